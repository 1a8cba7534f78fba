import QtQuick
import QtQuick.Layouts
import qml
import Kiosk.App

// Staff access: press and hold the top-left corner for three seconds, enter the PIN,
// then close the exhibit or change the audience profile.
Item {
    id: root
    anchors.fill: parent

    property string pin: ""
    property bool wrong: false

    function open() {
        pin = "";
        wrong = false;
        pad.active = true;
    }
    function close() {
        pin = "";
        pad.active = false;
        Admin.lock();
    }

    Item {
        objectName: "adminCorner"
        width: Theme.touch
        height: Theme.touch
        TapHandler {
            longPressThreshold: 3
            onLongPressed: root.open()
        }
    }

    Loader {
        // built only when staff open it, so start-up does not pay for it
        id: pad
        active: false
        anchors.fill: parent
        sourceComponent: Admin.unlocked ? staffComponent : padComponent
    }

    Component {
        id: staffComponent
        StaffPanel {
            onCloseRequested: root.close()
        }
    }

    Component {
        id: padComponent
        Rectangle {
            objectName: "adminPad"
            color: Theme.overlay

            TapHandler {}  // swallow taps behind the pad

            Column {
                anchors.centerIn: parent
                spacing: Theme.gap
                Text {
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: Admin.configured ? qsTr("Staff PIN") : qsTr("No staff PIN is configured")
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.headingSize
                }
                Text {
                    objectName: "adminPinDots"
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: root.wrong ? qsTr("Wrong PIN") : "•".repeat(root.pin.length)
                    textFormat: Text.PlainText
                    color: root.wrong ? Theme.warning : Theme.text
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
                            implicitWidth: Theme.touch * 1.5
                            enabled: Admin.configured
                            onClicked: {
                                root.wrong = false;
                                root.pin += modelData;
                            }
                        }
                    }
                    BigButton {
                        objectName: "adminCancel"
                        text: qsTr("Cancel")
                        onClicked: root.close()
                    }
                    BigButton {
                        objectName: "adminKey0"
                        text: "0"
                        implicitWidth: Theme.touch * 1.5
                        enabled: Admin.configured
                        onClicked: {
                            root.wrong = false;
                            root.pin += "0";
                        }
                    }
                    BigButton {
                        objectName: "adminOk"
                        primary: true
                        text: qsTr("OK")
                        enabled: Admin.configured
                        onClicked: {
                            if (!Admin.unlock(root.pin)) {
                                root.pin = "";
                                root.wrong = true;
                            }
                        }
                    }
                }
            }
        }
    }
}
