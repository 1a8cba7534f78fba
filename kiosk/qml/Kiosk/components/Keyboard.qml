import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import QtQuick.VirtualKeyboard.Styles
import Kiosk

// The on-screen keyboard of a kiosk (Qt Virtual Keyboard), with layouts limited to the
// exhibit's languages. Loaded only in kiosk mode, and only while a text field is shown.
// Drawn in the exhibit's colours, fonts and key shapes: its background and ordinary keys
// are ours; the function keys keep Qt's icons on our background.
InputPanel {
    id: root
    objectName: "keyboard"
    visible: active
    width: parent ? parent.width : 0  // the search screen sets the width (and so the height)
    Component.onCompleted: {
        VirtualKeyboardSettings.activeLocales = Exhibit.keyboardLocales
        root.keyboard.style.keyboardBackground = exhibitBackground
        root.keyboard.style.keyPanel = exhibitKey
    }

    Component {
        id: exhibitBackground
        Rectangle {
            objectName: "keyboardBackground"
            color: Theme.surface
        }
    }
    Component {
        id: exhibitKey
        KeyPanel {
            id: key
            Rectangle {
                anchors.fill: parent
                anchors.margins: Math.max(3, Math.round(parent.height * 0.06))
                radius: Theme.radius
                color: key.control && key.control.pressed ? Theme.surfaceRaised : Theme.background
                border.width: 2
                border.color: Theme.surfaceRaised
                Text {
                    anchors.centerIn: parent
                    text: key.control ? key.control.displayText : ""
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Math.round(parent.height * 0.45)
                }
            }
        }
    }
}
