pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// One chapter: summary, then its sections, with kinetic scrolling. Its dated events
// stand beside the text on a wide screen and after it on a tall one.
ScreenFrame {
    id: root
    objectName: "chapterScreen"
    // at 150 % text and more the title would leave the text a few lines: it then opens
    // the reading column and scrolls away with the text (the screen reader still hears it)
    readonly property bool titleScrolls: Access.textScale >= 1.5
    title: titleScrolls ? "" : Exhibit.chapter.title
    overline: titleScrolls ? "" : Exhibit.chapter.region + " · " + Exhibit.chapter.period
    announcement: Exhibit.chapter.title
    warned: Exhibit.chapter.warned
    property string chapterId: ""        // the chapter this screen was opened for
    property string focusSection: ""     // opened from a search result: show this section first
    property string focusQuery: ""       // and the words searched for: marked in that section

    // sections are shown unless the profile or the visitor's choice says summary only
    readonly property bool showSections: Exhibit.chapter.showSections

    // The navigator keeps one chapter screen and shows it again for the next chapter
    // (Navigator.keepChapterScreen). Off the stack it lets go of what it showed: the
    // sections, the second column and the dates are made again, for the chapter open
    // then, each time it is shown; and it opens at the top of the text.
    readonly property bool shown: StackView.index >= 0
    onShownChanged: {
        list.topIndex = 0
        list.topSection = ""
        list.focusHeld = root.focusSection.length > 0
        if (list.headerItem)
            (list.headerItem as Column).forceLayout()  // the height of this chapter's texts
        list.positionViewAtBeginning()
        if (shown)
            Qt.callLater(root.showFocus)
    }

    // "Read aloud" plays the recording of the section at the top of the text (once the
    // visitor has scrolled to it, or opened the chapter at it), else the chapter's
    narration: {
        const items = []
        if (root.showSections && list.topIndex > 0 && list.topSection)
            items.push("section:" + list.topSection)
        else if (root.showSections && root.focusSection)
            items.push("section:" + root.focusSection)
        items.push("chapter:" + Exhibit.chapter.chapterId)
        return items
    }

    Connections {
        target: Exhibit
        function onLanguageChanged() { Qt.callLater(() => list.positionViewAtIndex(list.topIndex, ListView.Beginning)) }
    }

    function showFocus() {
        for (let i = 0; root.focusSection && root.showSections && i < list.count; ++i) {
            if (list.itemAtIndex(i) === null) list.positionViewAtIndex(i, ListView.Beginning)
            const item = list.itemAtIndex(i)
            if (item && item.objectName === "section_" + root.focusSection) {
                list.positionViewAtIndex(i, ListView.Beginning)
                return
            }
        }
        list.positionViewAtBeginning()
    }

    // a wide screen: the reading column, and beside it what a visitor looks at (the
    // map, the sections to jump to, the dates); in portrait and on a laptop these
    // stand in the flow of the text
    readonly property bool wide: width > height * 1.3 && width >= Theme.readingWidth + Theme.bodySize * 14
    // on a laptop the dates column stays beside the text, the map and index go in the flow
    readonly property bool asideInFlow: !wide || Theme.compact

    // a section index entry: the section at the top of the reading column
    function jumpTo(index) { list.positionViewAtIndex(index, ListView.Beginning) }

    // keys on a laptop: Up/Down a few lines, Page Up/Down a screen, Home/End
    function scrollBy(dy) {
        const top = list.originY
        const bottom = list.originY + Math.max(0, list.contentHeight - list.height)
        list.contentY = Math.max(top, Math.min(bottom, list.contentY + dy))
    }
    // the end of the chapter, its closing card too (positionViewAtEnd stops at the last
    // section, and the list knows its height exactly only once it has laid it out)
    function toEnd() {
        list.positionViewAtEnd()
        scrollBy(list.contentHeight)
        Qt.callLater(() => scrollBy(list.contentHeight))
    }
    Keys.onPressed: (event) => {
        const line = Theme.bodySize * 1.25 * 3
        if (event.key === Qt.Key_Down) scrollBy(line)
        else if (event.key === Qt.Key_Up) scrollBy(-line)
        else if (event.key === Qt.Key_PageDown) scrollBy(list.height * 0.9)
        else if (event.key === Qt.Key_PageUp) scrollBy(-list.height * 0.9)
        else if (event.key === Qt.Key_Home) list.positionViewAtBeginning()
        else if (event.key === Qt.Key_End) toEnd()
        else return
        event.accepted = true
    }
    // the keys reach the chapter whenever it is the screen on top (also after Back)
    StackView.onActivated: forceActiveFocus()
    // the model holds this screen's chapter (not one opened above it)
    readonly property bool current: !root.chapterId || Exhibit.chapter.chapterId === root.chapterId
    property real leftAt: 0    // how far down the visitor had read, in this chapter
    // before another chapter opens above this one (it fills the one chapter model)
    Connections {
        target: root.nav
        function onChapterOpening() {
            if (root.StackView.status === StackView.Active)
                root.leftAt = list.contentY - list.originY
        }
    }
    property bool restoring: false
    // Back to this chapter after another was opened above it (its closing card, a search
    // result): every chapter screen reads the one chapter model, so this chapter is read
    // into it again, and the visitor finds the text where they left it
    StackView.onActivating: {
        if (root.current)
            return
        root.restoring = true
        if (!Exhibit.openChapter(root.chapterId)) {
            root.restoring = false
            return
        }
        // the same texts come back in the same sizes once the rows are made again: the
        // place is set again as they grow, until the visitor moves or they have settled
        Qt.callLater(root.restorePlace)
        restored.restart()
    }
    function restorePlace() {
        list.forceLayout()
        list.contentY = list.originY + root.leftAt
    }
    Timer {
        id: restored
        interval: 400
        onTriggered: root.restoring = false
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.margin

        Item {
            Layout.fillHeight: true
            Layout.fillWidth: !root.wide
            Layout.preferredWidth: root.wide ? Math.min(Theme.readingWidth, root.width * 0.62) : -1

        ListView {
            id: list
            objectName: "chapterList"
            anchors.fill: parent
            spacing: Theme.margin
            boundsBehavior: Flickable.StopAtBounds
            // the sections of the chapter open now; a screen taken off the stack lets go
            // at once (the model is shared: the next chapter may fill it before this
            // screen is gone)
            model: root.showSections && root.shown ? Exhibit.chapter.sections : null
            readonly property int textWidth: Math.min(width, Theme.readingWidth)
            Component.onCompleted: Qt.callLater(root.showFocus)
            // a section to show first stays on top while the texts above it are laid out
            // (they grow after the first frame), until the reader moves the list
            property bool focusHeld: root.focusSection.length > 0
            onMovementStarted: { focusHeld = false; root.restoring = false }
            // the section at the top, remembered while the visitor reads, so that a
            // change of language (which reloads the texts) keeps their place
            property int topIndex: 0
            // and its id (the item at an index the view has just laid out: none is made)
            property string topSection: ""
            onContentYChanged: {
                if (root.visible && count > 0) {
                    topIndex = Math.max(0, indexAt(width / 2, contentY + 10))
                    const top = itemAtIndex(topIndex)
                    topSection = top && top.objectName.startsWith("section_") ? top.objectName.slice(8) : ""
                }
            }
            // scrolled to the end of the sections: counted in the usage figures
            onAtYEndChanged: if (atYEnd && count > 0 && contentHeight > height) Stats.chapterRead(Exhibit.chapter.chapterId)

            header: Column {
                width: list.textWidth
                // the reading column starts on the reading side (right to left too)
                x: Exhibit.rightToLeft ? list.width - list.textWidth : 0
                spacing: Theme.gap
                bottomPadding: Theme.margin
                onHeightChanged: {
                    // (a screen on its way out of the stack no longer follows the model)
                    if (root.restoring)
                        Qt.callLater(root.restorePlace)  // this chapter's texts coming back
                    if (!root.current || root.restoring)
                        return  // (or another chapter's texts, opened above this one)
                    if (list.focusHeld && root.visible)
                        Qt.callLater(root.showFocus)
                    else if (!root.focusSection && list.topIndex === 0 && list.contentY !== list.originY)
                        list.positionViewAtBeginning()  // at once: the frame to come shows the top
                }
                Column {
                    // the title block, scrolling with the text at large text sizes
                    objectName: "chapterTitleInFlow"
                    visible: root.titleScrolls
                    width: list.textWidth
                    topPadding: Theme.gap
                    Text {
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                        objectName: "chapterOverlineInFlow"
                        width: parent.width
                        horizontalAlignment: Text.AlignLeft  // mirrored in Dari
                        text: Exhibit.chapter.region + " · " + Exhibit.chapter.period
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.accent
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.smallSize
                        font.letterSpacing: 1
                    }
                    Text {
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                        objectName: "chapterTitleText"
                        width: parent.width
                        horizontalAlignment: Text.AlignLeft
                        text: Exhibit.chapter.title
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.family: Theme.serifFamily
                        font.pixelSize: Theme.titleSize
                    }
                }
                BodyText {
                    objectName: "chapterSummary"
                    width: list.textWidth
                    text: Exhibit.chapter.summary
                    font.pixelSize: Math.round(Theme.bodySize * 1.1)
                }
                Text {
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                    objectName: "fallbackMarker"
                    width: list.textWidth
                    horizontalAlignment: Text.AlignLeft  // mirrored in Dari
                    visible: Exhibit.chapter.fallback
                    text: qsTr("Shown in English")
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    font.pixelSize: Theme.smallSize
                }
                Flow {
                    width: list.textWidth
                    spacing: Theme.gap
                    BigButton {
                        objectName: "onTheTimeline"
                        text: qsTr("On the timeline")
                        onClicked: root.nav.timelineFor(Exhibit.chapter.chapterId)
                    }
                    PrintButton {
                        kind: "chapter"
                        // (off the stack none: a message about the last visitor's handout goes)
                        targetId: root.shown ? Exhibit.chapter.chapterId : ""
                        maxWidth: list.textWidth
                    }
                }
                BodyText {
                    objectName: "summaryOnlyNote"
                    visible: !root.showSections
                    width: list.textWidth
                    color: Theme.textMuted
                    font.pixelSize: Theme.smallSize
                    text: Care.allowsSections ? qsTr("You chose to read only the summary of this chapter.") : qsTr("This profile shows the summary of each chapter.")
                }
                BigButton {
                    objectName: "showFullChapter"
                    x: Exhibit.rightToLeft ? list.textWidth - width : 0
                    visible: !root.showSections && Care.allowsSections
                    text: qsTr("Read the whole chapter")
                    onClicked: root.nav.fullChapter(Exhibit.chapter.chapterId, Exhibit.chapter.warnings)
                }
                Loader {
                    // portrait and laptop: the map and the section index in the flow
                    objectName: "chapterAsideInFlow"
                    active: root.asideInFlow && root.shown
                    asynchronous: true
                    // shown once made: while it is made its items are already in the
                    // scene, but its columns place them only at the end (every caption
                    // of the map on the first line, on top of each other)
                    visible: status === Loader.Ready
                    width: list.textWidth
                    sourceComponent: Aside { showDates: false }
                }
            }

            delegate: Column {
                id: section
                required property string sectionId
                required property string kind
                required property string title
                required property string body
                required property var sides
                required property int sourceCount
                required property int figureCount
                required property var terms
                required property bool hasDetail
                required property var detailWarnings
                required property var images
                // its detail layer, once opened at its gate, and the searched words
                // marked in the section a search result opened
                readonly property SectionView view: SectionView {
                    sectionId: section.sectionId
                    query: section.sectionId === root.focusSection ? root.focusQuery : ""
                }
                readonly property bool detailOpen: view.detailOpen
                readonly property string marked: view.marked
                objectName: "section_" + sectionId
                width: list.textWidth
                // the reading column starts on the reading side (right to left too)
                x: Exhibit.rightToLeft ? list.width - list.textWidth : 0
                spacing: Theme.gap / 2

                Text {
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                    visible: section.kind === "perspective"
                    width: list.textWidth
                    horizontalAlignment: Text.AlignLeft
                    text: qsTr("Historians disagree")
                    textFormat: Text.PlainText
                    color: Theme.accent
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.smallSize
                    font.bold: true
                }
                Text {
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                    width: list.textWidth
                    horizontalAlignment: Text.AlignLeft  // mirrored: the right in Dari
                    text: section.title
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.family: Theme.serifFamily
                    font.pixelSize: Theme.headingSize
                }
                BodyText {
                    objectName: "sectionBody"
                    visible: section.marked === ""
                    width: list.textWidth
                    text: section.body
                }
                HighlightedText {
                    objectName: "sectionBodyMarked"
                    visible: section.marked !== ""
                    width: list.textWidth
                    markup: section.marked
                    font.pixelSize: Theme.bodySize
                    lineHeight: 1.25
                }
                Repeater {
                    model: section.images
                    MediaFigure {
                        required property var modelData
                        media: modelData
                        nav: root.nav
                        width: list.textWidth
                    }
                }
                Flow {
                    // what the text rests on: its sources, its numbers, its terms
                    width: list.textWidth
                    spacing: Theme.gap / 2

                    BigButton {
                        objectName: "sectionSources"
                        text: qsTr("Sources (%1)").arg(section.sourceCount)
                        onClicked: root.nav.sourcesOf("section", section.sectionId, section.title)
                    }
                    BigButton {
                        objectName: "sectionFigures"
                        visible: section.figureCount > 0
                        text: qsTr("Numbers (%1)").arg(section.figureCount)
                        onClicked: root.nav.figures("section", section.sectionId)
                    }
                    Repeater {
                        model: section.terms
                        BigButton {
                            required property var modelData
                            // a long term wraps inside the column instead of leaving it
                            width: Math.min(implicitWidth, list.textWidth)
                            objectName: "term_" + modelData.termId
                            text: modelData.term
                            detail: qsTr("Glossary")
                            onClicked: root.nav.term(modelData.termId)
                        }
                    }
                }
                BigButton {
                    // the detail layer: graphic specifics, museum profile only, behind a gate
                    objectName: "detailButton"
                    x: Exhibit.rightToLeft ? list.textWidth - width : 0
                    visible: section.hasDetail && Care.allowsDetail
                    text: section.detailOpen ? qsTr("Hide the detailed account") : qsTr("Read the detailed account")
                    detail: section.detailOpen ? "" : qsTr("Contains distressing details")
                    onClicked: section.detailOpen ? Care.closeDetail(section.sectionId) : root.nav.detail(section.sectionId)
                }
                BodyText {
                    objectName: "sectionDetail"
                    visible: section.detailOpen
                    width: list.textWidth
                    color: Theme.textMuted
                    text: section.view.detail
                }
                Repeater {
                    model: section.sides
                    Rectangle {
                        id: side
                        required property string modelData
                        width: list.textWidth
                        height: sideText.implicitHeight + Theme.gap
                        color: Theme.surface
                        radius: Theme.radius
                        BodyText {
                            id: sideText
                            x: Theme.gap
                            y: Theme.gap / 2
                            width: parent.width - 2 * Theme.gap
                            text: side.modelData
                        }
                    }
                }
            }

            footer: Column {
                width: list.textWidth
                // the reading column starts on the reading side (right to left too)
                x: Exhibit.rightToLeft ? list.width - list.textWidth : 0
                topPadding: Theme.margin
                bottomPadding: Theme.margin
                spacing: Theme.margin
                Loader {
                    // on a tall screen the dates follow the text
                    active: !root.wide && root.shown
                    visible: active
                    width: list.textWidth
                    sourceComponent: EventList {}
                }
                ClosingCard {
                    width: list.textWidth
                }
            }
        }

            MoreBelow {
                flick: list
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
            }
        }

        Item {
            Layout.fillWidth: root.wide
            Layout.fillHeight: true
            visible: root.wide
        Loader {
            // on a wide screen the second column: map, section index and dates
            id: aside
            objectName: "chapterEvents"
            active: root.wide && root.shown
            // built in the background: the tap's first frame shows the text at once;
            // shown once made (its columns place their items only then)
            asynchronous: true
            visible: status === Loader.Ready
            anchors.fill: parent
            sourceComponent: Flickable {
                contentHeight: wideAside.implicitHeight + Theme.margin
                boundsBehavior: Flickable.StopAtBounds
                clip: true
                Aside {
                    id: wideAside
                    width: parent.width
                    showDates: true
                    showMapAndIndex: !root.asideInFlow
                }
            }
        }
            MoreBelow {
                flick: aside.item ? aside.item as Flickable : list
                visible: aside.item !== null && more
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
            }
        }
    }

    // What a visitor looks at beside the text: the chapter's map (its cover, never a
    // warned image), a witness's or historian's words, the sections to jump to, its
    // numbers, and on a wide screen its dates.
    component Aside: Column {
        id: asideColumn
        objectName: "chapterAside"
        property bool showDates: true
        property bool showMapAndIndex: true
        spacing: Theme.margin
        Repeater {
            model: asideColumn.showMapAndIndex ? Exhibit.chapter.cover : []
            MediaFigure {
                required property var modelData
                media: modelData
                nav: root.nav
                width: asideColumn.width
                maxHeight: Theme.bodySize * (root.wide ? 10 : 13)
            }
        }
        Quotation {
            // a witness's or a historian's words, where the chapter has them (issue 13)
            visible: asideColumn.showMapAndIndex && view.hasQuotation
            width: asideColumn.width
            chapterId: Exhibit.chapter.chapterId
            nav: root.nav
        }
        Column {
            objectName: "sectionIndex"
            visible: asideColumn.showMapAndIndex && root.showSections && list.count > 1
            width: asideColumn.width
            spacing: Theme.gap / 2
            Text {
                Accessible.role: Accessible.Heading
                Accessible.name: text
                width: parent.width
                horizontalAlignment: Text.AlignLeft
                text: qsTr("In this chapter")
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.serifFamily
                font.pixelSize: Theme.headingSize
            }
            Repeater {
                model: root.showSections ? Exhibit.chapter.sections : null
                BigButton {
                    required property int index
                    required property string sectionId
                    required property string title
                    objectName: "index_" + sectionId
                    width: parent.width
                    alignment: Text.AlignLeft
                    text: title
                    onClicked: root.jumpTo(index)
                }
            }
        }
        Column {
            // the chapter's numbers as bars; a tap opens the figure with every estimate
            objectName: "chapterFigures"
            visible: asideColumn.showMapAndIndex && root.showSections && figures.rows.length > 0
            width: asideColumn.width
            spacing: Theme.gap / 2
            ChapterFiguresView {
                id: figures
                chapterId: Exhibit.chapter.chapterId
            }
            Text {
                Accessible.role: Accessible.Heading
                Accessible.name: text
                width: parent.width
                horizontalAlignment: Text.AlignLeft
                text: qsTr("In numbers")
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.serifFamily
                font.pixelSize: Theme.headingSize
            }
            Repeater {
                model: figures.rows
                Rectangle {
                    id: bar
                    required property var modelData
                    objectName: "figureBar_" + modelData.figureId
                    activeFocusOnTab: true
                    border.width: activeFocus ? 4 : 0
                    border.color: Theme.focus
                    Accessible.role: Accessible.Button
                    Accessible.name: bar.modelData.text
                    Accessible.onPressAction: root.nav.figures("section", bar.modelData.sectionId)
                    Keys.onReturnPressed: root.nav.figures("section", bar.modelData.sectionId)
                    Keys.onEnterPressed: root.nav.figures("section", bar.modelData.sectionId)
                    Keys.onSpacePressed: root.nav.figures("section", bar.modelData.sectionId)
                    width: parent.width
                    implicitHeight: Math.max(Theme.touch, barColumn.implicitHeight + Theme.gap)
                    radius: Theme.radius
                    color: barTap.pressed ? Theme.surfaceRaised : Theme.surface
                    TapHandler {
                        id: barTap
                        onTapped: root.nav.figures("section", bar.modelData.sectionId)
                    }
                    Column {
                        id: barColumn
                        x: Theme.gap
                        y: Theme.gap / 2
                        width: parent.width - 2 * Theme.gap
                        spacing: 4
                        Text {
                            width: parent.width
                            horizontalAlignment: Text.AlignLeft
                            text: bar.modelData.text
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            color: Theme.accent
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                        }
                        Rectangle {
                            // 0 to the chapter's largest figure of the same unit, growing
                            // from the reading side: solid to the lowest estimate, lighter
                            // over the span the estimates disagree on
                            objectName: "figureBarTrack"
                            width: parent.width
                            height: Math.round(Theme.gap * 0.8)
                            radius: height / 2
                            color: Theme.background
                            Rectangle {
                                objectName: "figureBarSpan"
                                width: Math.max(parent.height, parent.width * bar.modelData.end)
                                x: Exhibit.rightToLeft ? parent.width - width : 0
                                height: parent.height
                                radius: height / 2
                                color: Theme.accent
                                opacity: 0.45
                            }
                            Rectangle {
                                objectName: "figureBarLow"
                                width: Math.max(parent.height, parent.width * bar.modelData.start)
                                x: Exhibit.rightToLeft ? parent.width - width : 0
                                height: parent.height
                                radius: height / 2
                                color: Theme.accent
                            }
                        }
                        BodyText {
                            width: parent.width
                            text: bar.modelData.counted
                            font.pixelSize: Theme.smallSize
                            lineHeight: 1.1
                        }
                    }
                }
            }
        }
        Loader {
            active: asideColumn.showDates
            visible: active
            width: asideColumn.width
            sourceComponent: EventList {}
        }
    }

    // After a harrowing chapter: point to justice and remembrance, and to a break,
    // rather than leaving the visitor on the worst of it.
    component ClosingCard: Rectangle {
        objectName: "closingCard"
        visible: Exhibit.chapter.harrowing
        implicitHeight: closingColumn.implicitHeight + 2 * Theme.gap
        radius: Theme.radius
        color: Theme.surface
        Column {
            id: closingColumn
            x: Theme.gap
            y: Theme.gap
            width: parent.width - 2 * Theme.gap
            spacing: Theme.gap
            BodyText {
                width: parent.width
                text: qsTr("Many of these crimes were never tried. Some have been, and they are remembered. You can read on, or take a moment first.")
            }
            Flow {
                width: parent.width
                spacing: Theme.gap
                Repeater {
                    model: Exhibit.chapter.closing
                    BigButton {
                        required property var modelData
                        // a long title wraps inside the card instead of leaving it
                        width: Math.min(implicitWidth, parent.width)
                        objectName: "closing_" + modelData.chapterId
                        text: modelData.title
                        onClicked: root.nav.chapter(modelData.chapterId)
                    }
                }
                BigButton {
                    objectName: "closingBreak"
                    text: qsTr("Take a break")
                    onClicked: root.nav.rest()
                }
            }
        }
    }

    // The chapter's events as date and title lines.
    component EventList: Column {
        spacing: Theme.gap / 2
        Text {
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            width: parent.width
            horizontalAlignment: Text.AlignLeft
            text: qsTr("Dates in this chapter")
            textFormat: Text.PlainText
            color: Theme.text
            font.family: Theme.serifFamily
            font.pixelSize: Theme.headingSize
        }
        Repeater {
            model: Exhibit.chapter.events
            Rectangle {
                // a date chip: it looks tappable because it is
                id: eventRow
                required property string eventId
                required property string dateLabel
                required property string title
                required property string place
                objectName: "eventRow_" + eventId
                activeFocusOnTab: true
                Accessible.role: Accessible.Button
                Accessible.name: eventRow.dateLabel + ": " + eventRow.title
                Accessible.onPressAction: root.nav.event(eventRow.eventId)
                Keys.onReturnPressed: root.nav.event(eventRow.eventId)
                Keys.onEnterPressed: root.nav.event(eventRow.eventId)
                Keys.onSpacePressed: root.nav.event(eventRow.eventId)
                width: parent.width
                implicitHeight: Math.max(Theme.touch, eventColumn.implicitHeight + Theme.gap)
                radius: Theme.radius
                color: eventTap.pressed ? Theme.surfaceRaised : Theme.surface
                // a chip's outline, thicker and in the focus colour when Tab reaches it
                border.width: activeFocus ? 4 : 2
                border.color: activeFocus ? Theme.focus : Theme.surfaceRaised
                TapHandler {
                    id: eventTap
                    onTapped: root.nav.event(eventRow.eventId)
                }
                Column {
                    id: eventColumn
                    x: Theme.gap
                    y: Theme.gap / 2
                    width: parent.width - 2 * Theme.gap
                    Text {
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                        width: parent.width
                        // set, not left to the text: a date of digits only still starts
                        // on the reading side in Dari
                        horizontalAlignment: Text.AlignLeft
                        text: eventRow.dateLabel
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.accent
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.smallSize
                        font.bold: true
                    }
                    BodyText {
                        width: parent.width
                        text: eventRow.title + " · " + eventRow.place
                        font.pixelSize: Theme.smallSize
                    }
                }
            }
        }
    }
}
