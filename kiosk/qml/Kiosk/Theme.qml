pragma Singleton
import QtQuick

// Sizes, colours and fonts for every screen. Physical sizes come from the
// screen's pixel density (set by Main); pixel floors hold on any screen.
QtObject {
    id: root

    // pixels per millimetre of the screen the exhibit is on
    property real mm: 3.78

    // laptop density (a window under about 1600 px, or set in the config): more lines per
    // screen, targets for a mouse and a touchpad (still 48 px); set by Main
    property bool compact: false

    // touch targets: at least 12 mm, never under 48 px; we aim for 64 px
    readonly property int touchFloor: compact ? 48 : Math.max(48, Math.round(12 * mm))
    readonly property int touch: compact ? 48 : Math.max(64, touchFloor)

    // classroom mode (a projector): type read from the back of the room; set by Main
    property bool projector: false

    // text: body em at least 8.5 mm on a kiosk; 20 px on a laptop an arm's length away;
    // 24 px in a laptop window on a projector, at least 26 px full size
    readonly property int bodySize: projector ? (compact ? 24 : Math.max(26, Math.round(8.5 * mm)))
                                    : compact ? 20 : Math.max(24, Math.round(8.5 * mm))
    readonly property int smallSize: Math.round(bodySize * 0.8)
    readonly property int headingSize: Math.round(bodySize * 1.35)
    readonly property int titleSize: Math.round(bodySize * 1.9)
    readonly property int displaySize: Math.round(bodySize * 2.4)
    // bundled with the exhibit (assets/fonts); Qt falls back to the bundled Arabic and
    // Japanese fonts for the scripts Noto Sans does not cover
    readonly property string fontFamily: "Noto Sans"
    readonly property string serifFamily: "Noto Serif"

    readonly property int gap: Math.round(bodySize * 0.75)
    readonly property int margin: Math.round(bodySize * 1.5)
    readonly property int radius: 10
    readonly property int readingWidth: bodySize * 30

    // The chapter grid in a view of width w: its columns, and the width its cards draw
    // their maps at (CoverCache decodes them at that width ahead of time).
    function chapterColumns(w) { return Math.max(1, Math.floor(w / (touch * 6))) }
    function chapterCoverWidth(w) { return Math.floor(w / chapterColumns(w)) - gap }

    // colours: every text pair keeps a contrast of at least 7:1 (tests/ui check it)
    readonly property color background: "#111316"
    readonly property color surface: "#1d2126"
    readonly property color surfaceRaised: "#2a3038"
    readonly property color text: "#f3f0e8"
    readonly property color textMuted: "#c9c3b6"
    readonly property color accent: "#e8c468"
    readonly property color accentText: "#111316"
    readonly property color warning: "#f2b8a0"
    readonly property color disabledText: "#a7a29a"
    readonly property color focus: "#8fc7ff"
    readonly property color overlay: "#e6111316"
}
