import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Window

ApplicationWindow {
    id: window
    objectName: "mainWindow"

    width: 1920
    height: 1080
    visible: true
    title: qsTr("Soviet war crimes, 1919–1991")
    color: Theme.background
    // a kiosk stays above any window another program opens (its window manager permitting)
    flags: Exhibit.fullscreen ? (Qt.Window | Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint)
                              : Qt.Window
    visibility: Exhibit.fullscreen ? Window.FullScreen : Window.Windowed
    font.family: Theme.fontFamily
    LayoutMirroring.enabled: Exhibit.rightToLeft
    LayoutMirroring.childrenInherit: true

    Component.onCompleted: Theme.mm = Math.max(1, Screen.pixelDensity)
    Binding {
        // the desktop's own contrast setting (a kiosk's operating system, a teacher's
        // laptop): high contrast from the first frame where it asks for it
        target: Access
        property: "systemHighContrast"
        value: Application.styleHints.accessibility.contrastPreference === Qt.HighContrast
    }
    Binding {
        // classroom mode: type for the back of the room
        target: Theme
        property: "projector"
        value: Classroom.active
    }
    Binding {
        target: Theme
        property: "compact"
        value: Exhibit.density === "laptop"
               // a laptop-sized window; a tall portrait screen keeps the kiosk's size
               || (Exhibit.density === "auto" && !Exhibit.fullscreen && window.width < 1600
                   && window.height < 1200)
    }

    // A kiosk ignores window-closing shortcuts; only the staff exit closes it.
    onClosing: (close) => { close.accepted = Admin.mayClose() }

    // Named navigation for every screen (passed to each as `nav`).
    Navigator {
        id: navigator
        view: stack
        shelf: shelf
    }
    Item {
        // a screen kept for its next use (the chapter screen) waits here, out of sight
        id: shelf
        visible: false
        anchors.fill: stack
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: classroomBar.top
        focus: true  // keys reach the screen on top (a laptop's Tab, Enter and Esc)
        // outside opening hours nothing is shown, so nothing ticks or redraws
        visible: Opening.open
        Component.onCompleted: navigator.attract()
        // No StackView transitions: it ignores taps while one runs. The new screen is
        // there at once and fades in briefly instead (fadeIn), taking taps from its
        // first frame.
        pushEnter: null; pushExit: null; popEnter: null; popExit: null
        replaceEnter: null; replaceExit: null

        onCurrentItemChanged: {
            if (currentItem !== null) {
                fadeIn.stop()
                fadeIn.start()
            }
            Idle.armed = Exhibit.status === "ok" && Opening.open
                         && currentItem !== null && currentItem.objectName !== "attractScreen"
            Stats.screenShown(currentItem ? currentItem.objectName : "", depth)
            // a screen reader hears where the visitor is now (a warning, on a gate)
            Speech.stop()  // reading ends with its screen
            const frame = currentItem as ScreenFrame
            if (frame)
                Access.announce(frame.announcement)
        }
    }

    Rectangle {
        // The new screen fades in from 35 % as a veil of the background colour over it
        // clears: the same picture as fading the screen itself over the window's
        // background, but the screen is drawn opaque, so the software renderer draws
        // only what shows instead of every layer of it (a chapter's first frame: about
        // 20 ms less). Taps pass through it.
        id: veil
        objectName: "screenVeil"
        anchors.fill: stack
        color: Theme.background
        opacity: 0
        visible: opacity > 0 && stack.visible
    }
    NumberAnimation {
        // at most 200 ms, never blocking a tap (the screen is live while it fades in)
        id: fadeIn
        objectName: "screenFade"
        target: veil
        property: "opacity"
        from: 0.65
        to: 0
        duration: 150
        easing.type: Easing.OutCubic
    }

    // Classroom mode: a lesson's bar under every screen, its questions over them
    ClassroomPanel {
        objectName: "classroomQuestions"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: classroomBar.top
        visible: Classroom.running && (Classroom.questionsShown || Classroom.noteShown)
        heading: Classroom.noteShown ? qsTr("Teacher's note") : qsTr("Discussion questions")
        lines: Classroom.noteShown ? [Classroom.note] : Classroom.questions
        inEnglish: !Classroom.noteShown && Classroom.questionsFallback
    }
    Loader {
        // classroom mode only: its "Print this" needs the handout module, which a kiosk
        // imports only after its first frame (main.register_print_this)
        id: classroomBar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        active: Classroom.active
        visible: Classroom.running && Opening.open
        source: "components/ClassroomBar.qml"
    }
    Connections {
        target: Classroom
        function onStopChanged() { navigator.lessonStop() }
    }
    Shortcut {
        sequences: ["Right", "PgDown"]
        enabled: Classroom.running
        onActivated: Classroom.next()
    }
    Shortcut {
        sequences: ["Left", "PgUp"]
        enabled: Classroom.running
        onActivated: Classroom.previous()
    }

    Connections {
        target: Idle
        function onResetRequested() { Exhibit.resetSession() }
    }
    Connections {
        target: Exhibit
        function onSessionReset() { navigator.attract() }
        function onStatusChanged() { navigator.attract() }
    }

    Shortcut {
        // a teacher's Esc goes back; never on a kiosk, where keys are not the way out
        // (classroom mode on a projector is a teacher's, full screen or not)
        sequence: "Esc"
        enabled: (!Exhibit.fullscreen || Classroom.active) && stack.depth > 1
        onActivated: navigator.back()
    }

    IdleOverlay { anchors.fill: parent }
    Rectangle {
        // closed: black, as a switched-off screen; staff can still hold the corner
        objectName: "closedScreen"
        anchors.fill: parent
        visible: !Opening.open
        color: "black"
    }
    AdminExit { }
    CoverCache { }
}
