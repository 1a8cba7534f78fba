pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// The staff PIN pad (built only when the corner is held; see AdminExit).
Rectangle {
    id: pad
    property AdminExit exit: null  // the AdminExit that opened this pad
    objectName: "adminPad"
    color: Theme.background  // opaque: nothing of the screen behind shows through

    TapHandler {}  // swallow taps behind the pad
    Accessible.ignored: true  // the pad's own buttons are the controls

    Column {
        anchors.centerIn: parent
        spacing: Theme.gap
        Text {
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            anchors.horizontalCenter: parent.horizontalCenter
            text: qsTr("Staff PIN")
            textFormat: Text.PlainText
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.headingSize
        }
        Text {
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            objectName: "adminPinDots"
            anchors.horizontalCenter: parent.horizontalCenter
            text: Admin.lockedSeconds > 0
                  ? qsTr("Too many wrong PINs. Wait %1 s, then try again.").arg(Admin.lockedSeconds)
                  : pad.exit.wrong ? qsTr("Wrong PIN") : "•".repeat(pad.exit.pin.length)
            textFormat: Text.PlainText
            color: pad.exit.wrong || Admin.lockedSeconds > 0 ? Theme.warning : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.headingSize
        }
        GridLayout {
            anchors.horizontalCenter: parent.horizontalCenter
            columns: 3
            rowSpacing: Theme.gap / 2
            columnSpacing: Theme.gap / 2
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
                BigButton {
                    required property string modelData
                    objectName: "adminKey" + modelData
                    text: modelData
                    Layout.preferredWidth: Theme.touch * 2.4
                    enabled: Admin.lockedSeconds === 0 && pad.exit.pin.length < 12
                    onClicked: {
                        pad.exit.wrong = false;
                        pad.exit.pin += modelData;
                    }
                }
            }
            BigButton {
                objectName: "adminCancel"
                text: qsTr("Cancel")
                Layout.preferredWidth: Theme.touch * 2.4
                onClicked: pad.exit.close()
            }
            BigButton {
                objectName: "adminKey0"
                text: "0"
                Layout.preferredWidth: Theme.touch * 2.4
                enabled: Admin.lockedSeconds === 0 && pad.exit.pin.length < 12
                onClicked: {
                    pad.exit.wrong = false;
                    pad.exit.pin += "0";
                }
            }
            BigButton {
                objectName: "adminOk"
                primary: true
                text: qsTr("OK")
                Layout.preferredWidth: Theme.touch * 2.4
                enabled: Admin.lockedSeconds === 0 && pad.exit.pin.length >= 6
                onClicked: {
                    if (!Admin.unlock(pad.exit.pin)) {
                        pad.exit.pin = "";
                        pad.exit.wrong = true;
                    }
                }
            }
        }
    }
}
