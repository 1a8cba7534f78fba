import QtQuick
import QtQuick.Layouts
import Kiosk

// The staff panel behind the PIN: the kiosk's state, the audience profile, reloading
// the content and closing the exhibit.
Rectangle {
    id: root
    objectName: "staffPanel"
    color: Theme.background  // opaque: nothing of the screen behind shows through

    signal closeRequested()
    property AdminExit exit: null  // the AdminExit that opened this panel
    onCloseRequested: if (exit) exit.close()

    TapHandler {}  // swallow taps behind the panel
    Accessible.ignored: true  // the panel's own buttons are the controls

    Flickable {
        // scrolls where the panel is taller than a laptop window
        objectName: "staffScroll"
        anchors.fill: parent
        contentHeight: Math.max(height, panel.implicitHeight + 2 * Theme.margin)
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: panel
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.margin, Theme.readingWidth)
            spacing: Theme.gap

            Text {
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft  // mirrored in Dari
                text: qsTr("Staff")
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.serifFamily
                font.pixelSize: Theme.titleSize
            }
            GridLayout {
                objectName: "staffStatus"
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.gap
                Repeater {
                    model: Admin.status
                    Text {
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                        required property var modelData
                        required property int index
                        Layout.row: index
                        Layout.column: 0
                        text: modelData.label
                        textFormat: Text.PlainText
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.smallSize
                    }
                }
                Repeater {
                    model: Admin.status
                    Text {
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                        required property var modelData
                        required property int index
                        Layout.row: index
                        Layout.column: 1
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignLeft  // mirrored in Dari
                        text: modelData.value
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.smallSize
                    }
                }
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
                objectName: "staffReload"
                Layout.fillWidth: true
                text: qsTr("Reload content")
                onClicked: Admin.reloadContent()
            }
            BigButton {
                objectName: "staffExit"
                Layout.fillWidth: true
                visible: Admin.kioskMode
                text: qsTr("Exit to desktop")
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
}
