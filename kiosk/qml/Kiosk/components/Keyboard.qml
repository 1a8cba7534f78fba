pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import QtQuick.VirtualKeyboard.Styles
import Kiosk

// The on-screen keyboard of a kiosk (Qt Virtual Keyboard), with layouts limited to the
// exhibit's languages. Loaded only in kiosk mode, and only while a text field is shown.
// Drawn in the exhibit's colours, fonts and key shapes: every key is ours, the function
// keys (shift, delete, enter, hide, language, numbers) with shapes drawn here instead of
// Qt's icons, since the bundled fonts have no arrows or keyboard symbols. Each key says
// what it does to a screen reader, and follows the high-contrast theme.
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
        const style = root.keyboard.style
        style.keyboardBackground = exhibitBackground
        style.keyPanel = exhibitKey
        style.spaceKeyPanel = exhibitSpace
        style.shiftKeyPanel = exhibitShift
        style.backspaceKeyPanel = exhibitBackspace
        style.enterKeyPanel = exhibitEnter
        style.hideKeyPanel = exhibitHide
        style.languageKeyPanel = exhibitLanguage
        style.symbolKeyPanel = exhibitMode    // "&123" / "ABC", and Japanese kana/Latin
        style.modeKeyPanel = exhibitMode
        // the language key steps to the next layout instead of opening Qt's list, which
        // names its languages itself; the space bar then says which one is on
        style.languagePopupListEnabled = false
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
    // a layout written right to left (Dari): its delete and enter shapes point the other way
    readonly property bool rightToLeft: Qt.locale(InputContext.locale).textDirection === Qt.RightToLeft

    Connections {
        target: Exhibit
        function onLanguageChanged() { root.followVisitor() }
    }

    // A key's face: the exhibit's rounded key on the keyboard's surface. Function keys are
    // raised; a pressed key lights its edge; the high-contrast theme draws every edge white.
    component Face: Rectangle {
        id: face
        property BaseKey control: null
        property bool functionKey: false
        property bool lit: false          // a key that is on (caps lock)
        readonly property bool pressed: face.control !== null && face.control.pressed
        readonly property bool usable: face.control === null || face.control.enabled
        // what a label or a shape on this face is drawn in
        readonly property color ink: !face.usable ? Theme.disabledText
                                     : face.lit ? Theme.accentText : Theme.text
        anchors.fill: parent
        anchors.margins: Math.max(3, Math.round(parent.height * 0.06))
        radius: Theme.radius
        color: face.lit ? Theme.accent
               : face.pressed ? Theme.surfaceRaised
               : face.functionKey ? Theme.surfaceRaised : Theme.background
        border.width: face.pressed ? 4 : 2
        border.color: face.pressed ? Theme.focus
                      : Theme.highContrast ? Theme.controlBorder : Theme.surfaceRaised
    }

    // A shape drawn on a key, in a square in the middle of the key (the fonts we bundle
    // have no arrows or keyboard symbols). Lines are a tenth of the square, rounded.
    component Glyph: Canvas {
        id: glyph
        property string shape: ""
        property color ink: Theme.text
        property bool filled: false     // shift: on for the next letter
        property bool underlined: false // shift: caps lock
        property bool mirrored: false   // a right-to-left layout
        property real share: 0.62       // of the key's height
        objectName: "keyGlyph_" + shape
        anchors.centerIn: parent
        width: Math.round(parent.height * share)
        height: width
        onShapeChanged: requestPaint()
        onInkChanged: requestPaint()
        onFilledChanged: requestPaint()
        onUnderlinedChanged: requestPaint()
        onMirroredChanged: requestPaint()
        onWidthChanged: requestPaint()
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            const s = width
            if (s <= 0)
                return
            ctx.save()
            if (glyph.mirrored) {
                ctx.translate(s, 0)
                ctx.scale(-1, 1)
            }
            ctx.scale(s, s)   // from here on the square is 1 × 1
            ctx.strokeStyle = glyph.ink
            ctx.fillStyle = glyph.ink
            ctx.lineWidth = 0.085
            ctx.lineCap = "round"
            ctx.lineJoin = "round"
            const line = function(points) {
                ctx.beginPath()
                ctx.moveTo(points[0], points[1])
                for (let i = 2; i < points.length; i += 2)
                    ctx.lineTo(points[i], points[i + 1])
            }
            switch (glyph.shape) {
            case "shift":   // an open arrow up; filled while on, underlined for caps lock
                line([0.5, 0.1, 0.88, 0.5, 0.68, 0.5, 0.68, 0.78, 0.32, 0.78, 0.32, 0.5, 0.12, 0.5])
                ctx.closePath()
                if (glyph.filled)
                    ctx.fill()
                ctx.stroke()
                if (glyph.underlined) {
                    line([0.32, 0.93, 0.68, 0.93])
                    ctx.stroke()
                }
                break
            case "backspace":   // a tag pointing back, with a cross in it
                line([0.06, 0.5, 0.32, 0.2, 0.94, 0.2, 0.94, 0.8, 0.32, 0.8])
                ctx.closePath()
                ctx.stroke()
                line([0.5, 0.37, 0.76, 0.63])
                ctx.stroke()
                line([0.76, 0.37, 0.5, 0.63])
                ctx.stroke()
                break
            case "enter":   // down and back: the return arrow
                line([0.86, 0.2, 0.86, 0.6, 0.14, 0.6])
                ctx.stroke()
                line([0.34, 0.4, 0.14, 0.6, 0.34, 0.8])
                ctx.stroke()
                break
            case "hide":    // a keyboard, and below it a chevron down
                ctx.beginPath()
                ctx.roundedRect(0.1, 0.14, 0.8, 0.48, 0.08, 0.08)
                ctx.stroke()
                for (let row = 0; row < 2; ++row)
                    for (let col = 0; col < 5; ++col)
                        ctx.fillRect(0.2 + col * 0.13, 0.24 + row * 0.12, 0.07, 0.06)
                ctx.fillRect(0.33, 0.49, 0.34, 0.06)
                line([0.36, 0.74, 0.5, 0.88, 0.64, 0.74])
                ctx.stroke()
                break
            case "language":    // a globe: its rim, a meridian, the equator, two parallels
                ctx.lineWidth = 0.065
                ctx.beginPath()
                ctx.arc(0.5, 0.5, 0.4, 0, 2 * Math.PI)
                ctx.stroke()
                ctx.beginPath()
                ctx.ellipse(0.32, 0.1, 0.36, 0.8)
                ctx.stroke()
                line([0.1, 0.5, 0.9, 0.5])
                ctx.stroke()
                line([0.5, 0.1, 0.5, 0.9])
                ctx.stroke()
                line([0.19, 0.28, 0.81, 0.28])
                ctx.stroke()
                line([0.19, 0.72, 0.81, 0.72])
                ctx.stroke()
                break
            case "left":    // the cursor keys of the Japanese layout
            case "right":
                if (glyph.shape === "right") {
                    ctx.translate(1, 0)
                    ctx.scale(-1, 1)
                }
                line([0.14, 0.5, 0.86, 0.5])
                ctx.stroke()
                line([0.4, 0.24, 0.14, 0.5, 0.4, 0.76])
                ctx.stroke()
                break
            case "joiner":  // Dari's zero-width non-joiner: apart, with a bar between
                line([0.08, 0.5, 0.34, 0.3, 0.34, 0.7])
                ctx.closePath()
                ctx.fill()
                line([0.92, 0.5, 0.66, 0.3, 0.66, 0.7])
                ctx.closePath()
                ctx.fill()
                line([0.5, 0.18, 0.5, 0.82])
                ctx.stroke()
                break
            }
            ctx.restore()
        }
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
            objectName: "key"
            // keys whose symbol the bundled fonts lack get a drawn shape instead
            readonly property string display: key.control ? key.control.displayText : ""
            readonly property string shape: display === "\u2190" ? "left"
                                            : display === "\u2192" ? "right"
                                            : display === "\u25c2\u205e\u25b8" ? "joiner" : ""
            // a vowel sign alone (Dari's fatha) is shown on a connecting stroke
            readonly property bool mark: /^[\u064b-\u065f\u0670]$/.test(display)
            Accessible.role: Accessible.Button
            Accessible.name: key.shape === "left" ? qsTr("Cursor left")
                             : key.shape === "right" ? qsTr("Cursor right")
                             : key.shape === "joiner" ? qsTr("Half space")
                             : key.control && key.control.uppercased ? key.display.toUpperCase()
                             : key.display
            Face {
                id: keyFace
                control: key.control
                Text {
                    visible: key.shape === ""
                    anchors.centerIn: parent
                    text: key.mark ? "\u0640" + key.display : key.display
                    textFormat: Text.PlainText
                    color: keyFace.ink
                    font.family: Theme.fontFamily
                    font.pixelSize: Math.round(parent.height * 0.45)
                    font.capitalization: key.control && key.control.uppercased ? Font.AllUppercase : Font.MixedCase
                }
                Glyph {
                    visible: key.shape !== ""
                    shape: key.shape
                    ink: keyFace.ink
                    share: 0.5
                }
            }
        }
    }
    Component {
        id: exhibitSpace
        KeyPanel {
            id: space
            objectName: "keySpace"
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Space")
            Face {
                control: space.control
                Text {
                    objectName: "keyboardLanguageName"
                    anchors.centerIn: parent
                    width: parent.width - 2 * parent.radius
                    horizontalAlignment: Text.AlignHCenter
                    // a narrow space bar (Japanese) sets the name smaller, never cut
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: 10
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
        id: exhibitShift
        KeyPanel {
            id: shift
            objectName: "keyShift"
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Capital letters")
            Accessible.checkable: true
            Accessible.checked: InputContext.shiftActive || InputContext.capsLockActive
            Face {
                id: shiftFace
                control: shift.control
                functionKey: true
                lit: InputContext.capsLockActive
                Glyph {
                    shape: "shift"
                    ink: shiftFace.ink
                    filled: InputContext.shiftActive || InputContext.capsLockActive
                    underlined: InputContext.capsLockActive
                }
            }
        }
    }
    Component {
        id: exhibitBackspace
        KeyPanel {
            id: backspace
            objectName: "keyBackspace"
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Delete the last character")
            Face {
                id: backspaceFace
                control: backspace.control
                functionKey: true
                Glyph { shape: "backspace"; ink: backspaceFace.ink; mirrored: root.rightToLeft }
            }
        }
    }
    Component {
        id: exhibitEnter
        KeyPanel {
            id: enter
            objectName: "keyEnter"
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Enter: show the results")
            Face {
                id: enterFace
                control: enter.control
                functionKey: true
                Glyph { shape: "enter"; ink: enterFace.ink; mirrored: root.rightToLeft }
            }
        }
    }
    Component {
        id: exhibitHide
        KeyPanel {
            id: hide
            objectName: "keyHide"
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Hide the keyboard")
            Face {
                id: hideFace
                control: hide.control
                functionKey: true
                Glyph { shape: "hide"; ink: hideFace.ink }
            }
        }
    }
    Component {
        id: exhibitLanguage
        KeyPanel {
            id: language
            objectName: "keyLanguage"
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Keyboard language: %1. Tap for the next one")
                             .arg(root.languageName(InputContext.locale))
            Face {
                id: languageFace
                control: language.control
                functionKey: true
                Glyph { shape: "language"; ink: languageFace.ink; share: 0.56 }
            }
        }
    }
    Component {
        id: exhibitMode
        KeyPanel {
            id: mode
            objectName: "keyMode"
            // "&123" (or the layout's own digits) to the numbers; "ABC" (or the layout's
            // own letters) back to them
            readonly property bool toSymbols: !root.keyboard.symbolMode
            Accessible.role: Accessible.Button
            Accessible.name: mode.control && mode.control.keyType !== QtVirtualKeyboard.KeyType.SymbolModeKey
                             ? mode.control.displayText
                             : mode.toSymbols ? qsTr("Numbers and symbols") : qsTr("Letters")
            Face {
                id: modeFace
                control: mode.control
                functionKey: true
                Text {
                    anchors.centerIn: parent
                    width: parent.width - 2 * parent.radius
                    horizontalAlignment: Text.AlignHCenter
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: 10
                    text: mode.control ? mode.control.displayText : ""
                    textFormat: Text.PlainText
                    color: modeFace.ink
                    font.family: Theme.fontFamily
                    font.pixelSize: Math.round(parent.height * 0.36)
                }
            }
        }
    }
}
