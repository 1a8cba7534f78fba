import QtQuick
import Kiosk

// A curator-editable page from the content (for example "How to read the sources").
ScreenFrame {
    id: root
    objectName: "pageScreen"
    property string pageId: ""
    readonly property PageView page: PageView { pageId: root.pageId }
    title: page.title || ""

    Flickable {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        contentHeight: pageBody.implicitHeight + Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        BodyText {
            id: pageBody
            objectName: "pageBody"
            width: Math.min(parent.width, Theme.readingWidth)
            x: Exhibit.rightToLeft ? parent.width - width : 0  // the reading side
            text: root.page.body || qsTr("This page is not available.")
        }
    }
}
