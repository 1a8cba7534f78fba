import QtQuick
import QtQuick.Controls.Basic
import Kiosk

// Named navigation for every screen (passed to each as `nav`). Screens are compiled on
// first use, so start-up pays only for the attract screen.
QtObject {
    id: navigator
    objectName: "navigator"

    required property StackView view
    // where a screen kept for its next use waits, out of sight
    required property Item shelf

    function screen(name, props) {
        const all = Object.assign({ nav: navigator }, props || {})
        if (name === "ChapterScreen" && kept !== null && kept.StackView.index < 0)
            return [kept, all]
        return [Qt.resolvedUrl("screens/" + name + ".qml"), all]
    }

    // The chapter screen is made once, in the background after start-up's first frame
    // (main.after_first_frame), and shown again for every chapter: a tap then pays only
    // for the chapter's own texts, not for the frame, the bar and the controls around
    // them. Where it is in use already (a chapter opened from a chapter), the stack
    // makes another as before.
    property Item kept: null
    property bool keeping: false
    function keepChapterScreen() {
        if (kept !== null || keeping)
            return
        keeping = true
        const component = Qt.createComponent(Qt.resolvedUrl("screens/ChapterScreen.qml"),
                                             Component.Asynchronous)
        const incubate = () => {
            if (component.status === Component.Loading)
                return
            if (component.status !== Component.Ready) {
                console.warn("the chapter screen could not be kept:", component.errorString())
                return
            }
            const incubator = component.incubateObject(navigator.shelf, { nav: navigator })
            const done = () => {
                if (incubator.status !== Component.Ready)
                    return
                // the size of a screen on the stack, on the shelf too: its texts are laid
                // out already when it is shown
                const kept = incubator.object
                kept.width = Qt.binding(() => navigator.shelf.width)
                kept.height = Qt.binding(() => navigator.shelf.height)
                navigator.kept = kept
            }
            if (incubator.status === Component.Loading)
                incubator.onStatusChanged = done
            else
                done()
        }
        if (component.status === Component.Loading)
            component.statusChanged.connect(incubate)
        else
            incubate()
    }
    // Back remembers the last screens only: a long walk from link to link replaces
    // the top screen instead of piling up screens nobody returns to.
    readonly property int maxDepth: 12
    function show(name, props) {
        const s = screen(name, props)
        if (navigator.view.depth >= navigator.maxDepth) navigator.view.replace(s[0], s[1])
        else navigator.view.push(s[0], s[1])
    }
    function showOnly(name) { navigator.view.clear(); show(name); Qt.callLater(gc) }

    function home() { showOnly("HomeScreen") }
    function back() { if (navigator.view.depth > 1) navigator.view.pop(); else home() }
    function languages() { show("LanguageScreen") }
    function chapters() { show("ChapterListScreen") }
    function chapter(chapterId) { chapterAt(chapterId, "", "") }
    signal chapterOpening()
    // Where a gate stands, and what each answer leads to, is the care policy's
    // (Exhibit.gateBefore, Care.answerGate); the navigator only follows.
    // A search result opens its section first, with the searched words marked.
    function chapterAt(chapterId, sectionId, query) {
        navigator.chapterOpening()  // a chapter screen below keeps its place for Back
        if (!Exhibit.openChapter(chapterId))
            return
        const tags = Exhibit.gateBefore("chapter", chapterId)
        const focus = sectionId || ""
        const words = query || ""
        if (tags.length > 0)
            show("GateScreen", { scope: "chapter", tags: tags, chapterId: chapterId,
                                 focusSection: focus, focusQuery: words })
        else
            show("ChapterScreen", { chapterId: chapterId, focusSection: focus, focusQuery: words })
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
            navigator.view.pop()
            return
        }
        const next = gate.scope === "figure"
            ? screen("FigureScreen", { kind: gate.figureKind, targetId: gate.targetId })
            : gate.scope === "event" ? screen("EventScreen", { eventId: gate.eventId })
            : screen("ChapterScreen", { chapterId: gate.chapterId, focusSection: gate.focusSection,
                                        focusQuery: gate.focusQuery })
        navigator.view.replace(next[0], next[1])
    }
    function answerGate(choice) { passGate(navigator.view.currentItem, choice) }
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
    function periodMap() { show("MapScreen") }
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
    function languageChosen(first) { if (first) home(); else navigator.view.pop() }
    function attract() {
        if (Exhibit.status === "ok" && Classroom.active) lessonStop()
        else showOnly(Exhibit.status === "ok" ? "AttractScreen" : "ErrorScreen")
    }
    // Classroom mode: the lesson's current stop on its own screen (its gate first, where
    // the care policy puts one), or the choice of paths when no lesson runs.
    function lessonStop() {
        if (!Classroom.running) {
            showOnly("PathChooserScreen")
            return
        }
        navigator.view.clear()
        const ref = Classroom.stopRef
        switch (Classroom.stopKind) {
        case "chapter": chapter(ref); break
        case "section": chapterAt(Classroom.stopChapter, ref, ""); break
        case "event": event(ref); break
        case "source": source(ref); break
        default: figures("figure", ref)
        }
        if (navigator.view.depth === 0)  // a stop the content no longer has
            show("PathChooserScreen")
    }
    function screenName() { return navigator.view.currentItem ? navigator.view.currentItem.objectName : "" }
}
