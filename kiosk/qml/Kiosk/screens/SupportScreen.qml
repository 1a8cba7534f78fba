import QtQuick
import Kiosk

// Support: what a visitor may feel and where to get help (curator-editable text).
ScreenFrame {
    id: root
    objectName: "supportScreen"
    readonly property PageView page: PageView { pageId: "support" }
    title: page.title || qsTr("Support and help")

    Flickable {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        contentHeight: supportBody.implicitHeight + Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        BodyText {
            id: supportBody
            objectName: "supportBody"
            width: Math.min(parent.width, Theme.readingWidth)
            x: Exhibit.rightToLeft ? parent.width - width : 0  // the reading side
            text: root.page.body || qsTr("If this exhibit has upset you, please speak to a member of staff.")
        }
    }
}
