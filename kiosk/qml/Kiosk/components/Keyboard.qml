import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Kiosk

// The on-screen keyboard of a kiosk (Qt Virtual Keyboard), with layouts limited to the
// exhibit's languages. Loaded only in kiosk mode, and only while a text field is shown.
InputPanel {
    id: root
    objectName: "keyboard"
    visible: active
    width: parent ? parent.width : 0
    Component.onCompleted: VirtualKeyboardSettings.activeLocales = Exhibit.keyboardLocales
}
