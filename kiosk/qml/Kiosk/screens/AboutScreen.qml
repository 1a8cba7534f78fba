import QtQuick
import Kiosk

// About the exhibit: a curator-editable page from the content database.
ScreenFrame {
    id: root
    objectName: "aboutScreen"
    readonly property PageView page: PageView { pageId: "about" }
    title: page.title || qsTr("About the exhibit")

    Flickable {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        contentHeight: aboutColumn.implicitHeight + Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        Column {
            id: aboutColumn
            width: Math.min(parent.width, Theme.readingWidth)
            x: Exhibit.rightToLeft ? parent.width - width : 0  // the reading side
            spacing: Theme.margin
            BodyText {
                objectName: "aboutBody"
                width: parent.width
                text: root.page.body || qsTr("No description is available.")
            }
            BigButton {
                objectName: "aboutSupport"
                text: qsTr("Support and help")
                onClicked: root.nav.support()
            }
        }
    }
}
