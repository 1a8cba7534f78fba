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
    title: Exhibit.chapter.title
    warned: Exhibit.chapter.warned
    property string focusSection: ""     // opened from a search result: show this section first
    property string focusQuery: ""       // and the words searched for: marked in that section

    // sections are shown unless the profile or the visitor's choice says summary only
    readonly property bool showSections: Exhibit.chapter.showSections

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

    readonly property bool wide: width > height * 1.3 && width >= Theme.readingWidth + Theme.bodySize * 14

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.margin

        ListView {
            id: list
            objectName: "chapterList"
            Layout.fillHeight: true
            Layout.fillWidth: !root.wide
            Layout.preferredWidth: root.wide ? Math.min(Theme.readingWidth, root.width * 0.62) : -1
            spacing: Theme.margin
            boundsBehavior: Flickable.StopAtBounds
            // the sections of the chapter open now; a screen taken off the stack lets go
            // at once (the model is shared: the next chapter may fill it before this
            // screen is gone)
            model: root.showSections && root.StackView.index >= 0 ? Exhibit.chapter.sections : null
            readonly property int textWidth: Math.min(width, Theme.readingWidth)
            Component.onCompleted: Qt.callLater(root.showFocus)
            // a section to show first stays on top while the texts above it are laid out
            // (they grow after the first frame), until the reader moves the list
            property bool focusHeld: root.focusSection.length > 0
            onMovementStarted: focusHeld = false
            // the section at the top, remembered while the visitor reads, so that a
            // change of language (which reloads the texts) keeps their place
            property int topIndex: 0
            onContentYChanged: if (root.visible && count > 0) topIndex = Math.max(0, indexAt(width / 2, contentY + 10))
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
                    if (list.focusHeld && root.visible)
                        Qt.callLater(root.showFocus)
                    else if (!root.focusSection && list.topIndex === 0 && list.contentY > list.originY)
                        Qt.callLater(list.positionViewAtBeginning)
                }
                Text {
                    objectName: "chapterPeriod"
                    width: list.textWidth
                    text: Exhibit.chapter.region + " · " + Exhibit.chapter.period
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.smallSize
                }
                BodyText {
                    objectName: "chapterSummary"
                    width: list.textWidth
                    text: Exhibit.chapter.summary
                    font.pixelSize: Math.round(Theme.bodySize * 1.1)
                }
                Text {
                    objectName: "fallbackMarker"
                    width: list.textWidth
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
                        targetId: Exhibit.chapter.chapterId
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
                Repeater {
                    // the chapter's cover (a locator map): never a warned image
                    model: Exhibit.chapter.cover
                    MediaFigure {
                        required property var modelData
                        media: modelData
                        nav: root.nav
                        width: list.textWidth
                        maxHeight: Theme.bodySize * 11
                    }
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
                    visible: section.kind === "perspective"
                    width: list.textWidth
                    text: qsTr("Historians disagree")
                    textFormat: Text.PlainText
                    color: Theme.accent
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.smallSize
                    font.bold: true
                }
                Text {
                    width: list.textWidth
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
                    active: !root.wide
                    visible: active
                    width: list.textWidth
                    sourceComponent: EventList {}
                }
                ClosingCard {
                    width: list.textWidth
                }
            }
        }

        Loader {
            // on a wide screen the dates stand beside the text
            objectName: "chapterEvents"
            active: root.wide
            visible: active
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: Flickable {
                contentHeight: wideEvents.implicitHeight + Theme.margin
                boundsBehavior: Flickable.StopAtBounds
                clip: true
                EventList {
                    id: wideEvents
                    width: parent.width
                }
            }
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
        spacing: Theme.gap
        Text {
            width: parent.width
            text: qsTr("Dates in this chapter")
            textFormat: Text.PlainText
            color: Theme.text
            font.family: Theme.serifFamily
            font.pixelSize: Theme.headingSize
        }
        Repeater {
            model: Exhibit.chapter.events
            Rectangle {
                id: eventRow
                required property string eventId
                required property string dateLabel
                required property string title
                required property string place
                objectName: "eventRow_" + eventId
                width: parent.width
                implicitHeight: Math.max(Theme.touch, eventColumn.implicitHeight + Theme.gap / 2)
                radius: Theme.radius
                color: eventTap.pressed ? Theme.surfaceRaised : "transparent"
                TapHandler {
                    id: eventTap
                    onTapped: root.nav.event(eventRow.eventId)
                }
                Column {
                    id: eventColumn
                    y: Theme.gap / 4
                    width: parent.width
                    Text {
                        width: parent.width
                        text: eventRow.dateLabel
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.accent
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.smallSize
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
