import QtQuick
import QtQuick.Layouts
import Kiosk

// The staff panel behind the PIN: audience profile, and closing the exhibit.
Rectangle {
    id: root
    objectName: "staffPanel"
    color: Theme.overlay

    signal closeRequested()
    property AdminExit exit: null  // the AdminExit that opened this panel
    onCloseRequested: if (exit) exit.close()

    TapHandler {}  // swallow taps behind the panel

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.readingWidth)
        spacing: Theme.gap

        Text {
            Layout.fillWidth: true
            text: qsTr("Staff")
            textFormat: Text.PlainText
            color: Theme.text
            font.family: Theme.serifFamily
            font.pixelSize: Theme.titleSize
        }
        BodyText {
            Layout.fillWidth: true
            color: Theme.textMuted
            text: qsTr("Audience profile. Classroom hides the detailed accounts; under 14 shows chapter summaries only.")
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.gap
            Repeater {
                model: [
                    { id: "museum", label: qsTr("Museum") },
                    { id: "classroom", label: qsTr("Classroom") },
                    { id: "young", label: qsTr("Under 14") }
                ]
                BigButton {
                    required property var modelData
                    objectName: "profile_" + modelData.id
                    text: modelData.label
                    primary: Care.profile === modelData.id
                    onClicked: Care.setProfile(modelData.id)
                }
            }
        }
        BigButton {
            objectName: "staffExit"
            Layout.fillWidth: true
            visible: Admin.kioskMode
            text: qsTr("Close the exhibit")
            onClicked: Admin.exitExhibit()
        }
        BigButton {
            objectName: "staffClose"
            Layout.fillWidth: true
            primary: true
            text: qsTr("Back to the exhibit")
            onClicked: root.closeRequested()
        }
    }
}
