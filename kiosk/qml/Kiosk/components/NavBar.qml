import QtQuick
import QtQuick.Layouts
import Kiosk

// Home, Back and Language, then the visitor's reading aids (A+, contrast), at the bottom
// of every screen, within a seated visitor's reach.
Rectangle {
    id: root

    property bool showHome: true
    property bool showBack: true
    property bool showLanguage: true
    property bool showBreak: false
    property Item screen: null  // what "Read aloud" reads
    property list<string> narration: []  // and the items it may have recordings of
    signal homeClicked()
    signal backClicked()
    signal languageClicked()
    signal breakClicked()

    implicitHeight: bar.implicitHeight + 2 * Theme.gap
    color: Theme.surface

    // the ways around on the reading side, the language and the reading aids on the other;
    // on two lines where one is not enough (large text on a portrait screen)
    readonly property real aidsWidth: (language.visible ? language.implicitWidth + Theme.gap : 0)
                                      + textSize.implicitWidth + Theme.gap + contrast.implicitWidth
                                      + (readAloud.visible ? readAloud.implicitWidth + Theme.gap : 0)
    readonly property bool oneLine: width - 2 * Theme.margin
                                    >= ways.implicitWidth + aidsWidth + 2 * Theme.gap

    GridLayout {
        id: bar
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.gap
        anchors.bottomMargin: Theme.gap
        columns: root.oneLine ? 2 : 1
        columnSpacing: Theme.gap
        rowSpacing: Theme.gap / 2

        RowLayout {
            id: ways
            Layout.fillWidth: true
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
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Text {
                objectName: "previewMarker"
                visible: Exhibit.preview
                text: qsTr("Preview")
                textFormat: Text.PlainText
                color: Theme.warning
                font.pixelSize: Theme.smallSize
                font.family: Theme.fontFamily
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
        GridLayout {
            // two rows of two where a portrait screen has no room for four
            id: aids
            Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
            columns: root.width - 2 * Theme.margin >= root.aidsWidth ? 4 : 2
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap / 2

            BigButton {
                id: language
                objectName: "navLanguage"
                visible: root.showLanguage
                text: qsTr("Language")
                onClicked: root.languageClicked()
            }
            BigButton {
                id: textSize
                objectName: "navTextSize"
                text: qsTr("A+")
                Accessible.description: qsTr("Text %1 %").arg(Access.textPercent)
                onClicked: Access.biggerText()
            }
            BigButton {
                // only where the voice can read the language (never Japanese kanji), or
                // where a curator recorded what the screen shows in this language
                id: readAloud
                objectName: "navReadAloud"
                visible: root.screen !== null
                         && (Speech.available || Speech.hasRecording(root.narration, Exhibit.language))
                text: Speech.speaking ? qsTr("Stop reading") : qsTr("Read aloud")
                onClicked: Speech.speaking ? Speech.stop() : Speech.readScreen(root.screen)
            }
            BigButton {
                // drawn as chosen (yellow) while the high-contrast colours are on
                id: contrast
                objectName: "navContrast"
                text: qsTr("Contrast")
                primary: Access.highContrast
                Accessible.checkable: true
                Accessible.checked: Access.highContrast
                onClicked: Access.toggleContrast()
            }
        }
    }
}
