pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import QtQuick.VirtualKeyboard.Styles
import Kiosk

// The on-screen keyboard of a kiosk (Qt Virtual Keyboard), with layouts limited to the
// exhibit's languages. Loaded only in kiosk mode, and only while a text field is shown.
// Drawn in the exhibit's colours, fonts and key shapes: its background, ordinary keys and
// space bar are ours; the other function keys keep Qt's icons on our background.
// It opens on the visitor's language, and names each layout as the language picker does
// (Qt's own style names en_GB "British English" on the space bar and in the language list,
// which it builds itself: so the language key steps through the layouts instead).
InputPanel {
    id: root
    objectName: "keyboard"
    visible: active
    width: parent ? parent.width : 0  // the search screen sets the width (and so the height)
    Component.onCompleted: {
        VirtualKeyboardSettings.activeLocales = Exhibit.keyboardLocales
        root.followVisitor()
        root.keyboard.style.keyboardBackground = exhibitBackground
        root.keyboard.style.keyPanel = exhibitKey
        root.keyboard.style.spaceKeyPanel = exhibitSpace
        // the language key steps to the next layout instead of opening Qt's list, which
        // names its languages itself; the space bar then says which one is on
        root.keyboard.style.languagePopupListEnabled = false
    }

    function followVisitor() {
        if (Exhibit.keyboardLocale !== "")
            VirtualKeyboardSettings.locale = Exhibit.keyboardLocale
    }
    // the name the picker gives the language of a keyboard layout
    function languageName(layout) {
        const name = Exhibit.keyboardNames[layout]
        return name ? name : ""
    }

    Connections {
        target: Exhibit
        function onLanguageChanged() { root.followVisitor() }
    }

    Component {
        id: exhibitBackground
        Rectangle {
            objectName: "keyboardBackground"
            color: Theme.surface
        }
    }
    Component {
        id: exhibitSpace
        KeyPanel {
            id: space
            Rectangle {
                anchors.fill: parent
                anchors.margins: Math.max(3, Math.round(parent.height * 0.06))
                radius: Theme.radius
                color: space.control && space.control.pressed ? Theme.surfaceRaised : Theme.background
                border.width: 2
                border.color: Theme.surfaceRaised
                Text {
                    objectName: "keyboardLanguageName"
                    anchors.centerIn: parent
                    width: parent.width - 2 * parent.radius
                    horizontalAlignment: Text.AlignHCenter
                    elide: Text.ElideRight
                    text: root.languageName(InputContext.locale)
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Math.round(parent.height * 0.36)
                }
            }
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
