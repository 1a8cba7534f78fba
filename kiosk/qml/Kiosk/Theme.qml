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
    // 24 px in a laptop window on a projector, at least 26 px full size; times the
    // visitor's "A+" step (100 to 200 %)
    readonly property real textScale: Access.textScale
    readonly property int baseSize: projector ? (compact ? 24 : Math.max(26, Math.round(8.5 * mm)))
                                    : compact ? 20 : Math.max(24, Math.round(8.5 * mm))
    readonly property int bodySize: Math.round(baseSize * textScale)
    readonly property int smallSize: Math.round(bodySize * 0.8)
    // headings grow to 150 % only: already large, they stay larger than the body text at
    // every step and leave the screen to what the visitor reads
    readonly property real headingScale: Math.min(textScale, 1.5)
    readonly property int headingSize: Math.max(bodySize, Math.round(baseSize * 1.35 * headingScale))
    readonly property int titleSize: Math.round(baseSize * 1.9 * headingScale)
    readonly property int displaySize: Math.round(baseSize * 2.4 * headingScale)
    // buttons' labels grow to 125 %: short, and at least 8.5 mm already, they keep the
    // navigation on one line and leave the screen to the text the visitor enlarged
    readonly property int controlSize: Math.round(baseSize * Math.min(textScale, 1.25))
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
    // (fewer, wider columns as the visitor makes the text larger)
    function chapterColumns(w) { return Math.max(1, Math.floor(w / Math.max(touch * 6, bodySize * 12))) }
    function chapterCoverWidth(w) { return Math.floor(w / chapterColumns(w)) - gap }
    // a chapter card's cell, and the box its map fills (the card's top third)
    function chapterCellHeight() { return Math.round(bodySize * 14) }
    function chapterCoverHeight() { return (chapterCellHeight() - gap) * 0.34 }
    // The part of a map decoded at width w (height/width ratio) that a box w by h shows,
    // centred as PreserveAspectCrop centres it: only that part is kept in memory.
    function coverClip(w, h, ratio) {
        if (!(ratio > 0) || !(w > 0))
            return Qt.rect(0, 0, 0, 0)  // shape unknown: the whole map (no clip)
        const full = Math.floor(w * ratio)
        const shown = Math.min(full, Math.ceil(h))
        return Qt.rect(0, Math.floor((full - shown) / 2), w, shown)
    }

    // colours: every pair the screens use keeps body text at 7:1, large text at 4.5:1 and
    // controls, focus rings and timeline marks at 3:1, in both themes (tests/ui check it).
    // High contrast: the staff's theme, or a visitor's choice until the idle reset.
    readonly property bool highContrast: Access.highContrast
    readonly property color background: highContrast ? "#000000" : "#111316"
    readonly property color surface: highContrast ? "#000000" : "#1d2126"
    readonly property color surfaceRaised: highContrast ? "#262626" : "#2a3038"
    readonly property color text: highContrast ? "#ffffff" : "#f3f0e8"
    readonly property color textMuted: highContrast ? "#f0f0f0" : "#c9c3b6"
    readonly property color accent: highContrast ? "#ffe066" : "#e8c468"
    readonly property color accentText: highContrast ? "#000000" : "#111316"
    readonly property color warning: highContrast ? "#ffc2ad" : "#f2b8a0"
    readonly property color disabledText: highContrast ? "#c8c8c8" : "#a7a29a"
    readonly property color focus: highContrast ? "#66ccff" : "#8fc7ff"
    // the edge of a button or a card against the screen behind it
    readonly property color controlBorder: highContrast ? "#ffffff" : "#7d8590"
    readonly property color overlay: highContrast ? "#f0000000" : "#e6111316"

    // the seated layout: the share of the screen's height, from the top, left empty so
    // that every control is within reach of a seated visitor (a screen mounted as the
    // configuration describes: its top edge above 48 inches)
    readonly property real seatedReserve: 0.25

    // motion: a staff setting; durations read from here are 0 when motion is reduced
    readonly property bool reduceMotion: Access.reduceMotion
    function duration(ms) { return reduceMotion ? 0 : ms }
}
