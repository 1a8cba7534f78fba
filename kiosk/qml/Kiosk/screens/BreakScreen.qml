import QtQuick
import QtQuick.Layouts
import Kiosk

// "Take a break": a calm screen with nothing of the exhibit's content on it.
ScreenFrame {
    id: root
    objectName: "breakScreen"
    title: qsTr("Take a break")

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.readingWidth)
        spacing: Theme.margin

        BodyText {
            objectName: "breakText"
            Layout.fillWidth: true
            font.pixelSize: Theme.headingSize
            text: qsTr("Take as long as you need. You can come back to the exhibit, choose another part of it, or stop here.")
        }
        BigButton {
            objectName: "breakHome"
            Layout.fillWidth: true
            primary: true
            text: qsTr("Back to the start of the exhibit")
            onClicked: root.nav.home()
        }
        BigButton {
            objectName: "breakSupport"
            Layout.fillWidth: true
            text: qsTr("Support and help")
            onClicked: root.nav.support()
        }
    }
}
