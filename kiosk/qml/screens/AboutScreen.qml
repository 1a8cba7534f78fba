import QtQuick
import qml
import Kiosk.App

// About the exhibit: a curator-editable page from the content database.
ScreenFrame {
    id: root
    objectName: "aboutScreen"
    readonly property var page: Exhibit.page("about")
    title: page.title || qsTr("About the exhibit")

    Flickable {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        contentHeight: aboutBody.implicitHeight + Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        BodyText {
            id: aboutBody
            objectName: "aboutBody"
            width: Math.min(parent.width, Theme.readingWidth)
            text: root.page.body || qsTr("No description is available.")
        }
    }
}
