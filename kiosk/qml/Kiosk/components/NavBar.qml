import QtQuick
import QtQuick.Layouts
import Kiosk

// Home, Back and Language, at the bottom of every screen, within a seated visitor's reach.
Rectangle {
    id: root

    property bool showHome: true
    property bool showBack: true
    property bool showLanguage: true
    property bool showBreak: false
    signal homeClicked()
    signal backClicked()
    signal languageClicked()
    signal breakClicked()

    implicitHeight: Theme.touch + 2 * Theme.gap
    color: Theme.surface

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.gap

        BigButton {
            objectName: "navHome"
            visible: root.showHome
            text: qsTr("Home")
            onClicked: root.homeClicked()
        }
        BigButton {
            objectName: "navBack"
            visible: root.showBack
            text: qsTr("Back")
            onClicked: root.backClicked()
        }
        BigButton {
            objectName: "navBreak"
            visible: root.showBreak
            text: qsTr("Take a break")
            onClicked: root.breakClicked()
        }
        Item { Layout.fillWidth: true }
        Text {
            // gives way to the buttons on a narrow screen: two lines, then cut short
            objectName: "profileMarker"
            visible: Care.profileLabel.length > 0
            Layout.fillWidth: true
            Layout.minimumWidth: Theme.touch
            Layout.maximumWidth: implicitWidth
            horizontalAlignment: Text.AlignRight
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            text: Care.profileLabel
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.smallSize
            font.family: Theme.fontFamily
        }
        Text {
            objectName: "previewMarker"
            visible: Exhibit.preview
            text: qsTr("Preview")
            textFormat: Text.PlainText
            color: Theme.warning
            font.pixelSize: Theme.smallSize
            font.family: Theme.fontFamily
        }
        BigButton {
            objectName: "navLanguage"
            visible: root.showLanguage
            text: qsTr("Language")
            onClicked: root.languageClicked()
        }
    }
}
