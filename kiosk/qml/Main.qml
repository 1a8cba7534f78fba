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

    // Named navigation for every screen (passed to each as `nav`). Screens are
    // compiled on first use, so start-up pays only for the attract screen.
    QtObject {
        id: navigator
        objectName: "navigator"

        function screen(name, props) {
            return [Qt.resolvedUrl("screens/" + name + ".qml"), Object.assign({ nav: navigator }, props || {})]
        }
        function show(name, props) { const s = screen(name, props); stack.push(s[0], s[1]) }
        function showOnly(name) { stack.clear(); show(name) }

        function home() { showOnly("HomeScreen") }
        function back() { if (stack.depth > 1) stack.pop(); else home() }
        function languages() { show("LanguageScreen") }
        function chapters() { show("ChapterListScreen") }
        function chapter(chapterId) { chapterAt(chapterId, "", "") }
        // Where a gate stands, and what each answer leads to, is the care policy's
        // (Exhibit.gateBefore, Care.answerGate); the navigator only follows.
        // A search result opens its section first, with the searched words marked.
        function chapterAt(chapterId, sectionId, query) {
            if (!Exhibit.openChapter(chapterId))
                return
            const tags = Exhibit.gateBefore("chapter", chapterId)
            const focus = sectionId || ""
            const words = query || ""
            if (tags.length > 0)
                show("GateScreen", { scope: "chapter", tags: tags, chapterId: chapterId,
                                     focusSection: focus, focusQuery: words })
            else
                show("ChapterScreen", { focusSection: focus, focusQuery: words })
        }
        // the detail layer always stands behind its own gate
        function detail(sectionId) {
            const tags = Exhibit.gateBefore("detail", sectionId)
            if (Care.allowsDetail)
                show("GateScreen", { scope: "detail", tags: tags, sectionId: sectionId })
        }
        function fullChapter(chapterId, tags) {
            show("GateScreen", { scope: "chapter", tags: tags, chapterId: chapterId, full: true })
        }
        function passGate(gate, choice) {
            const target = gate.scope === "detail" ? gate.sectionId
                         : gate.scope === "event" ? gate.eventId
                         : gate.scope === "figure" ? gate.targetId : gate.chapterId
            const then = Care.answerGate(gate.scope, target, choice, gate.tags)
            if (then === "back") {
                back()
                return
            }
            if (then === "return" || gate.full) {
                stack.pop()
                return
            }
            const next = gate.scope === "figure"
                ? screen("FigureScreen", { kind: gate.figureKind, targetId: gate.targetId })
                : gate.scope === "event" ? screen("EventScreen", { eventId: gate.eventId })
                : screen("ChapterScreen", { focusSection: gate.focusSection, focusQuery: gate.focusQuery })
            stack.replace(next[0], next[1])
        }
        function answerGate(choice) { passGate(stack.currentItem, choice) }
        function support() { show("SupportScreen") }
        function sources() { show("SourcesScreen") }
        function sourcesOf(kind, targetId, targetTitle) {
            show("SourceListScreen", { kind: kind, targetId: targetId, targetTitle: targetTitle })
        }
        function source(sourceId) { show("SourceScreen", { sourceId: sourceId }) }
        function figures(kind, targetId) {
            // numbers can carry a warning their text does not (an event's figures)
            const tags = Exhibit.gateBefore("figures-" + kind, targetId)
            if (tags.length > 0)
                show("GateScreen", { scope: "figure", tags: tags, figureKind: kind, targetId: targetId })
            else
                show("FigureScreen", { kind: kind, targetId: targetId })
        }
        function term(termId) { show("TermScreen", { termId: termId }) }
        function page(pageId) { show("PageScreen", { pageId: pageId }) }
        function search() { show("SearchScreen") }
        function timeline() { show("TimelineScreen") }
        function timelineFor(chapterId) { show("TimelineScreen", { focusChapter: chapterId }) }
        function event(eventId) {
            if (!Exhibit.hasEvent(eventId))
                return
            const tags = Exhibit.gateBefore("event", eventId)
            if (tags.length > 0)
                show("GateScreen", { scope: "event", tags: tags, eventId: eventId })
            else
                show("EventScreen", { eventId: eventId })
        }
        function result(hit, query) {
            if (hit.kind === "source") source(hit.ref)
            else if (hit.kind === "glossary") term(hit.ref)
            else if (hit.kind === "event") event(hit.ref)
            else chapterAt(hit.chapterId, hit.kind === "section" ? hit.ref : "", query || "")
        }
        function rest() { show("BreakScreen") }
        function about() { show("AboutScreen") }
        function begin() { show("LanguageScreen", { first: true }) }
        function languageChosen(first) { if (first) home(); else stack.pop() }
        function attract() { showOnly(Exhibit.status === "ok" ? "AttractScreen" : "ErrorScreen") }
        function screenName() { return stack.currentItem ? stack.currentItem.objectName : "" }
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
        Component.onCompleted: navigator.attract()
        // Screen changes are instant: no animation to wait for on slow hardware.
        pushEnter: null; pushExit: null; popEnter: null; popExit: null
        replaceEnter: null; replaceExit: null

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
    CoverCache { }
}
