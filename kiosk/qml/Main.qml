import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Window
import qml
import Kiosk.App

ApplicationWindow {
    id: window
    objectName: "mainWindow"

    width: 1920
    height: 1080
    visible: true
    title: qsTr("Soviet war crimes, 1919–1991")
    color: Theme.background
    flags: Exhibit.fullscreen ? (Qt.Window | Qt.FramelessWindowHint) : Qt.Window
    visibility: Exhibit.fullscreen ? Window.FullScreen : Window.Windowed
    font.family: Theme.fontFamily
    LayoutMirroring.enabled: Exhibit.rightToLeft
    LayoutMirroring.childrenInherit: true

    Component.onCompleted: Theme.mm = Math.max(1, Screen.pixelDensity)

    // A kiosk ignores window-closing shortcuts; only the staff exit closes it.
    onClosing: (close) => { close.accepted = Admin.mayClose() }

    // Named navigation for every screen (passed to each as `nav`).
    QtObject {
        id: navigator
        objectName: "navigator"

        function home() { stack.replaceAll(homeScreen) }
        function back() { if (stack.depth > 1) stack.pop(); else home() }
        function languages() { stack.push(languageScreen) }
        function chapters() { stack.push(chapterListScreen) }
        function chapter(chapterId) { if (Exhibit.openChapter(chapterId)) stack.push(chapterScreen) }
        function about() { stack.push(aboutScreen) }
        function begin() { stack.push(languageScreen, { first: true }) }
        function languageChosen(first) { if (first) stack.replaceAll(homeScreen); else stack.pop() }
        function attract() { stack.replaceAll(Exhibit.status === "ok" ? attractScreen : errorScreen) }
        function screenName() { return stack.currentItem ? stack.currentItem.objectName : "" }
    }

    Component { id: attractScreen; AttractScreen { nav: navigator } }
    Component { id: languageScreen; LanguageScreen { nav: navigator } }
    Component { id: homeScreen; HomeScreen { nav: navigator } }
    Component { id: chapterListScreen; ChapterListScreen { nav: navigator } }
    Component { id: chapterScreen; ChapterScreen { nav: navigator } }
    Component { id: aboutScreen; AboutScreen { nav: navigator } }
    Component { id: errorScreen; ErrorScreen { nav: navigator } }

    StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
        initialItem: Exhibit.status === "ok" ? attractScreen : errorScreen
        // Screen changes are instant: no animation to wait for on slow hardware.
        pushEnter: null; pushExit: null; popEnter: null; popExit: null
        replaceEnter: null; replaceExit: null

        function replaceAll(component) { clear(); push(component) }

        onCurrentItemChanged: Idle.armed = Exhibit.status === "ok"
                              && currentItem !== null && currentItem.objectName !== "attractScreen"
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

    IdleOverlay { anchors.fill: parent }
    AdminExit { }
}
