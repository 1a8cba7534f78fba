pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// Language choice: native names, never flags. On the first visit it also says, in
// plain words, what the exhibit contains.
ScreenFrame {
    id: root
    objectName: "languageScreen"

    property bool first: false
    title: qsTr("Choose your language")
    showBack: !first
    showHome: !first
    showLanguage: false

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.gap
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.gap
            width: parent.width - 2 * Theme.margin
            spacing: Theme.gap

            BodyText {
                objectName: "contentNotice"
                visible: root.first
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.readingWidth
                color: Theme.textMuted
                text: qsTr("This exhibit describes killings, deportations and sexual violence. Before the most distressing parts you can choose what to see.")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                Repeater {
                    model: Exhibit.languages
                    BigButton {
                        required property string code
                        required property string name
                        required property bool partial
                        objectName: "language_" + code
                        width: Math.max(implicitWidth, Theme.touch * 5)
                        text: name
                        detail: partial ? qsTr("Some parts in English") : ""
                        primary: code === Exhibit.language
                        onClicked: {
                            Exhibit.setLanguage(code)
                            root.nav.languageChosen(root.first)
                        }
                    }
                }
            }
        }
    }
}
