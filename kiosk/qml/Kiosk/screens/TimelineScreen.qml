pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// The timeline, 1917 to today: eras behind, events as cards as tall as their text,
// filters above. It opens on 1939-1945. Flick or drag to move; pinch, the wheel with
// Ctrl, +/- or the buttons to zoom (the point under the fingers or the cursor stays);
// tap an era's name to fit it, a cluster to zoom to its events. Arrows and the wheel pan
// on a laptop. Positions come from Python (Timeline); this file only draws them.
ScreenFrame {
    id: root
    objectName: "timelineScreen"
    // a short window (a laptop) gives the title's line to the cards: the title moves
    // into the row of filters
    readonly property bool compact: height < 900
    title: compact ? "" : qsTr("Timeline")

    property string focusChapter: ""
    readonly property bool rtl: Exhibit.rightToLeft

    // cards: width and padding here, height from Python (which measures their text)
    readonly property real cardWidth: Math.round(Theme.smallSize * 11.5)
    readonly property real cardPad: Math.round(Theme.gap / 2)
    // above the cards: the eras' names (a touch target each), then the axis labels
    readonly property real eraHeight: Theme.touchFloor
    readonly property real laneTop: eraHeight + Theme.smallSize * 1.6 + Theme.gap

    // A change of zoom draws the new layout first as the old one looked, then moves it
    // into place: every position is drawn as x * drawScale + drawOffset (left to right).
    property real drawScale: 1
    property real drawOffset: 0
    property bool pinching: false

    // content x as Python sees it (left to right), whatever the reading direction
    function ltrX(x, w) { return rtl ? Timeline.contentWidth - x - w : x }
    function drawX(x, w) { return ltrX(x * drawScale + drawOffset, w) }
    function ltrLeft() { return ltrX(flick.contentX, flick.width) }
    function ltrViewX(viewX) { return rtl ? flick.width - viewX : viewX }
    function report() { Timeline.setViewport(ltrLeft(), flick.width, flick.height - laneTop) }
    // the style is handed over once the screen is complete, then on every change
    property bool completed: false
    function style() { if (completed) Timeline.setCardStyle(probe.font, cardWidth, cardPad) }
    // zoom by a factor, keeping the point viewX pixels from the view's left edge still
    function zoomAt(factor, viewX) {
        settle.complete()
        Timeline.zoomBy(factor, ltrLeft(), ltrViewX(viewX))
    }
    function pan(dx) {
        flick.contentX = Math.max(0, Math.min(flick.contentWidth - flick.width, flick.contentX + dx))
    }
    // the wheel moves forward in time in the reading direction
    function wheel(event, viewX) {
        if (event.modifiers & Qt.ControlModifier) {
            root.zoomAt(Math.pow(1.25, event.angleDelta.y / 120), viewX)
        } else {
            const d = event.angleDelta.x !== 0 ? -event.angleDelta.x : -event.angleDelta.y
            root.pan((rtl ? -d : d) * flick.width / 1200)
        }
    }

    Component.onCompleted: {
        completed = true
        style()
        Timeline.setSize(flick.width, flick.height - laneTop)
        if (focusChapter.length > 0)
            Timeline.focusChapter(focusChapter)
        else
            Timeline.showOpening()
        report()
    }
    onCardWidthChanged: style()
    onCardPadChanged: style()

    Connections {
        target: Timeline
        function onMoved(contentX, fromScale, fromOffset) {
            settle.stop()
            flick.contentX = root.ltrX(contentX, flick.width)
            const animate = !root.pinching && (Math.abs(fromScale - 1) > 0.001 || Math.abs(fromOffset) > 0.5)
            root.drawScale = animate ? fromScale : 1
            root.drawOffset = animate ? fromOffset : 0
            if (animate)
                settle.restart()
        }
    }
    Connections {
        // the cards in the new language (and mirrored in Dari), on the same dates
        target: Exhibit
        function onLanguageChanged() { Qt.callLater(Timeline.reload) }
    }
    ParallelAnimation {
        id: settle
        // none at all when the staff reduce motion
        NumberAnimation { target: root; property: "drawScale"; to: 1; duration: Theme.duration(180); easing.type: Easing.OutCubic }
        NumberAnimation { target: root; property: "drawOffset"; to: 0; duration: Theme.duration(180); easing.type: Easing.OutCubic }
    }

    Text {
        Accessible.role: Accessible.StaticText
        Accessible.name: text
        // the cards' font, handed to Python to measure their text
        id: probe
        visible: false
        textFormat: Text.PlainText
        font.family: Theme.fontFamily
        font.pixelSize: Theme.smallSize
        onFontChanged: root.style()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap / 2

        // filters: categories, then chapters, several at once; a count and one-tap clear
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.topMargin: root.compact ? Theme.gap / 2 : 0
            spacing: Theme.gap
            Text {
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                objectName: "timelineHeading"
                visible: root.compact
                text: qsTr("Timeline")
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.serifFamily
                font.pixelSize: Theme.headingSize
            }
            ChipStrip {
                id: filters
                objectName: "filterChips"
                Layout.fillWidth: true
            }
            Text {
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                objectName: "timelineCount"
                text: qsTr("%n event(s) shown", "", Timeline.shownCount)
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
            }
            BigButton {
                objectName: "clearFilters"
                visible: Timeline.filtered
                text: qsTr("Show all")
                onClicked: Timeline.clearFilters()
            }
            BigButton {
                objectName: "zoomOut"
                text: "−"
                Accessible.name: qsTr("Zoom out")
                enabled: Timeline.canZoomOut
                onClicked: root.zoomAt(0.5, flick.width / 2)
            }
            BigButton {
                objectName: "zoomIn"
                text: "+"
                Accessible.name: qsTr("Zoom in")
                enabled: Timeline.canZoomIn
                onClicked: root.zoomAt(2, flick.width / 2)
            }
        }

        Item {
            id: stage
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true

            PinchHandler {
                // the layout follows the fingers, and is remade for the new zoom when
                // they lift; the point between them stays where it is
                id: pinch
                target: null
                grabPermissions: PointerHandler.CanTakeOverFromAnything
                property real viewX: 0
                onActiveChanged: {
                    if (active) {
                        settle.complete()
                        viewX = centroid.position.x
                        return
                    }
                    root.pinching = true
                    root.zoomAt(root.drawScale, viewX)
                    root.pinching = false
                }
                onActiveScaleChanged: {
                    if (!active)
                        return
                    // about the fingers' first centre, in left-to-right content x
                    const anchor = root.ltrLeft() + root.ltrViewX(viewX)
                    root.drawScale = activeScale
                    root.drawOffset = anchor * (1 - activeScale)
                }
            }
            Flickable {
                id: flick
                objectName: "timelineFlick"
                anchors.fill: parent
                interactive: !pinch.active
                contentWidth: Timeline.contentWidth
                contentHeight: height
                flickableDirection: Flickable.HorizontalFlick
                boundsBehavior: Flickable.StopAtBounds
                focus: true
                onContentXChanged: root.report()
                // size changes come in bursts while the screen lays out: report once
                onWidthChanged: Qt.callLater(root.report)
                onHeightChanged: Qt.callLater(root.report)
                Keys.onLeftPressed: root.pan(-width / 4)
                Keys.onRightPressed: root.pan(width / 4)
                Keys.onPressed: (event) => {
                    if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal) root.zoomAt(2, width / 2)
                    else if (event.key === Qt.Key_Minus) root.zoomAt(0.5, width / 2)
                    else if (event.key === Qt.Key_PageDown) root.pan(root.rtl ? -width : width)
                    else if (event.key === Qt.Key_PageUp) root.pan(root.rtl ? width : -width)
                    else return
                    event.accepted = true
                }

                Item {
                    id: content
                    width: flick.contentWidth
                    height: flick.height

                    PointHandler {
                        // a finger on the glass holds the layout where it is, so that a
                        // tap during a zoom reaches the card it was aimed at
                        onActiveChanged: {
                            if (active && settle.running) settle.pause()
                            else if (!active && settle.paused) settle.resume()
                        }
                    }
                    WheelHandler {
                        objectName: "timelineWheel"
                        target: null
                        onWheel: (event) => root.wheel(event, point.position.x - flick.contentX)
                    }

                    Repeater {
                        // eras as bands behind everything; a tap on a name fits its era
                        model: Timeline.eras
                        Rectangle {
                            id: era
                            required property var modelData
                            required property int index
                            objectName: "era_" + era.modelData.eraId
                            width: era.modelData.width * root.drawScale
                            x: root.drawX(era.modelData.x, width)
                            height: flick.height
                            color: era.index % 2 ? Theme.surface : Theme.background
                            Rectangle {
                                objectName: "eraBand"
                                Accessible.role: Accessible.Button
                                Accessible.name: qsTr("Fit the era: %1").arg(era.modelData.title)
                                Accessible.onPressAction: Timeline.fitEra(era.modelData.eraId)
                                width: parent.width
                                height: root.eraHeight
                                color: eraTap.pressed ? Theme.surfaceRaised : "transparent"
                                TapHandler {
                                    id: eraTap
                                    onTapped: Timeline.fitEra(era.modelData.eraId)
                                }
                            }
                            Text {
                                Accessible.role: Accessible.StaticText
                                Accessible.name: text
                                // the name stays in view while its era is, and is drawn
                                // only where it fits whole
                                objectName: "eraName"
                                readonly property real viewLeft: Math.max(0, flick.contentX - era.x)
                                readonly property real viewRight: Math.min(era.width, flick.contentX + flick.width - era.x)
                                visible: implicitWidth + 2 * Theme.gap <= viewRight - viewLeft
                                x: root.rtl ? viewRight - implicitWidth - Theme.gap : viewLeft + Theme.gap
                                y: (root.eraHeight - height) / 2
                                text: era.modelData.title
                                textFormat: Text.PlainText
                                color: Theme.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.smallSize
                            }
                        }
                    }
                    Rectangle {
                        // the axis line under the eras' names
                        y: root.eraHeight
                        width: parent.width
                        height: 2
                        color: Theme.controlBorder
                    }
                    Repeater {
                        model: Timeline.ticks
                        Item {
                            id: tick
                            required property real axisX
                            required property string label
                            required property bool major
                            readonly property real pos: root.drawX(tick.axisX, 0)
                            Rectangle {
                                x: tick.pos - 1
                                y: root.eraHeight
                                width: 2
                                height: tick.major ? Theme.gap : Theme.gap / 2
                                color: Theme.textMuted
                            }
                            Text {
                                Accessible.role: Accessible.StaticText
                                Accessible.name: text
                                x: root.rtl ? tick.pos - width - 6 : tick.pos + 6
                                y: root.eraHeight + 2
                                text: tick.label
                                textFormat: Text.PlainText
                                color: tick.major ? Theme.text : Theme.textMuted
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.smallSize
                                font.bold: tick.major
                            }
                        }
                    }
                    Repeater {
                        model: Timeline.items
                        TimelineCard {
                            id: placed
                            x: root.drawX(placed.axisX, width)
                            y: root.laneTop + placed.cardTop
                            width: root.cardWidth
                            rtl: root.rtl
                            pad: root.cardPad
                            // where its date begins, from the card's reading edge
                            dateAt: placed.anchorX - placed.axisX
                            onOpened: {
                                if (!placed.isCluster)
                                    root.nav.event(placed.itemId)
                                else if (!Timeline.openCluster(placed.itemId))
                                    clusterList.open()
                            }
                        }
                    }
                }
            }

            // the events of a cluster that zooming cannot part (all on one day)
            Rectangle {
                id: clusterList
                objectName: "clusterList"
                anchors.fill: parent
                visible: false
                color: Theme.overlay
                function open() { visible = true; list.positionViewAtBeginning() }
                TapHandler { onTapped: clusterList.visible = false }
                Accessible.ignored: true  // its Close button is the control
                ListView {
                    id: list
                    anchors.fill: parent
                    anchors.margins: Theme.margin
                    spacing: Theme.gap / 2
                    clip: true
                    model: Timeline.clusterEvents
                    header: Item {
                        width: list.width
                        height: close.height + Theme.gap
                        BigButton {
                            id: close
                            objectName: "closeClusterList"
                            text: qsTr("Close")
                            onClicked: clusterList.visible = false
                        }
                    }
                    delegate: BigButton {
                        id: row
                        required property string eventId
                        required property string dateLabel
                        required property string title
                        objectName: "clusterEvent_" + eventId
                        width: Math.min(list.width, Theme.readingWidth)
                        text: row.title
                        detail: row.dateLabel
                        onClicked: { clusterList.visible = false; root.nav.event(row.eventId) }
                    }
                }
            }
        }
    }

    // One row of filter chips (categories, then chapters) that scrolls, with a fade and
    // an arrow at each end where there is more.
    component ChipStrip: Item {
        id: strip
        implicitHeight: Theme.touch
        Flickable {
            id: chips
            objectName: "filterChipsView"
            anchors.fill: parent
            contentWidth: chipRow.implicitWidth
            contentHeight: height
            flickableDirection: Flickable.HorizontalFlick
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            // right to left, the first chips are at the right end
            onContentWidthChanged: if (root.rtl) contentX = Math.max(0, contentWidth - width)
            Row {
                id: chipRow
                spacing: Theme.gap / 2
                Repeater {
                    model: Timeline.categoryChips
                    Chip { onToggled: (chipId) => Timeline.toggleCategory(chipId) }
                }
                Rectangle {
                    // between the kinds of crime and the chapters
                    width: 2
                    height: Theme.touch
                    color: Theme.surfaceRaised
                }
                Repeater {
                    model: Timeline.chapterChips
                    Chip { onToggled: (chipId) => Timeline.toggleChapter(chipId) }
                }
            }
        }
        MoreCue { objectName: root.rtl ? "filtersLess" : "filtersMore"; atRight: true; view: chips }
        MoreCue { objectName: root.rtl ? "filtersMore" : "filtersLess"; atRight: false; view: chips }
    }

    // A fade and an arrow at one side of a strip that scrolls further that way.
    component MoreCue: Item {
        id: cue
        required property Flickable view
        required property bool atRight
        // towards the end of the reading direction
        readonly property bool forward: atRight !== root.rtl
        visible: atRight ? !view.atXEnd : !view.atXBeginning
        width: Theme.touch * 1.5
        height: parent.height
        x: atRight ? parent.width - width : 0
        Rectangle {
            anchors.fill: parent
            gradient: Gradient {
                orientation: Gradient.Horizontal
                GradientStop { position: 0; color: cue.atRight ? "transparent" : Theme.background }
                GradientStop { position: 0.6; color: Theme.background }
                GradientStop { position: 1; color: cue.atRight ? Theme.background : "transparent" }
            }
        }
        BigButton {
            objectName: cue.objectName + "Button"
            x: cue.atRight ? cue.width - width : 0
            // forced left to right: in Dari text a lone angle quote would be mirrored
            text: String.fromCharCode(0x202D, cue.atRight ? 0x203A : 0x2039, 0x202C) // › or ‹
            Accessible.name: cue.forward ? qsTr("More") : qsTr("Back to the start")
            onClicked: {
                const step = cue.view.width * 0.7 * (cue.atRight ? 1 : -1)
                const last = cue.view.contentWidth - cue.view.width
                cue.view.contentX = Math.max(0, Math.min(last, cue.view.contentX + step))
            }
        }
    }

    component Chip: Rectangle {
        id: chip
        required property string chipId
        required property string label
        required property bool selected
        required property int count
        signal toggled(string chipId)
        objectName: "chip_" + chipId
        activeFocusOnTab: true
        Accessible.role: Accessible.CheckBox
        Accessible.name: chip.label + " (" + chip.count + ")"
        Accessible.checkable: true
        Accessible.checked: chip.selected
        Accessible.onPressAction: chip.toggled(chip.chipId)
        Accessible.onToggleAction: chip.toggled(chip.chipId)
        Keys.onReturnPressed: chip.toggled(chip.chipId)
        Keys.onEnterPressed: chip.toggled(chip.chipId)
        Keys.onSpacePressed: chip.toggled(chip.chipId)
        implicitWidth: chipText.implicitWidth + 2 * Theme.gap
        height: Theme.touch
        radius: height / 2
        color: selected ? Theme.accent : Theme.surface
        border.width: activeFocus ? 4 : 2
        border.color: activeFocus ? Theme.focus : Theme.controlBorder
        Text {
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            id: chipText
            anchors.centerIn: parent
            text: chip.label + " (" + chip.count + ")"
            textFormat: Text.PlainText
            color: chip.selected ? Theme.accentText : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
        }
        TapHandler { onTapped: chip.toggled(chip.chipId) }
    }

    component TimelineCard: Item {
        id: card
        required property string itemId
        required property real axisX
        required property real anchorX
        required property real cardTop
        required property real cardHeight
        required property real span
        required property bool isCluster
        required property int count
        required property string dateLabel
        required property string title
        required property bool fuzzy
        required property bool warned
        property bool rtl: false
        property real pad: 8
        property real dateAt: 0
        signal opened()
        objectName: "timelineItem_" + itemId
        height: cardHeight

        // the dated span: a bar in the gap above the card, from where the date begins to
        // where it ends or the card does; soft-edged when the date is uncertain
        Rectangle {
            visible: !card.isCluster
            readonly property real from: Math.max(0, card.dateAt)
            readonly property real to: Math.min(card.width, card.dateAt + Math.max(6, card.span * root.drawScale))
            x: card.rtl ? card.width - to : from
            y: -7
            width: Math.max(6, to - from)
            height: 5
            radius: 2.5
            color: Theme.accent
            opacity: card.fuzzy ? 0.5 : 1
        }
        Rectangle {
            objectName: "timelineCard"
            activeFocusOnTab: true
            Accessible.role: Accessible.Button
            Accessible.name: (card.isCluster ? qsTr("%n event(s)", "", card.count) + " · " : "")
                             + card.dateLabel + ": " + (card.isCluster ? qsTr("Tap to zoom in") : card.title)
            Accessible.onPressAction: card.opened()
            Keys.onReturnPressed: card.opened()
            Keys.onEnterPressed: card.opened()
            Keys.onSpacePressed: card.opened()
            width: card.width
            height: card.height
            radius: Theme.radius
            color: tap.pressed ? Theme.surfaceRaised : Theme.surface
            border.width: activeFocus ? 4 : (card.isCluster ? 3 : 2)
            border.color: activeFocus ? Theme.focus : (card.isCluster ? Theme.accent : Theme.controlBorder)
            Column {
                x: card.pad
                y: card.pad
                width: parent.width - 2 * card.pad
                Text {
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                    objectName: "cardDate"
                    width: parent.width
                    text: card.isCluster ? qsTr("%n event(s)", "", card.count) + " · " + card.dateLabel
                                         : card.dateLabel
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.accent
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.smallSize
                    font.bold: card.isCluster
                }
                Text {
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                    objectName: "cardTitle"
                    width: parent.width
                    text: card.isCluster ? qsTr("Tap to zoom in") : card.title
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: card.isCluster ? Theme.textMuted : Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.smallSize
                }
            }
            TapHandler {
                id: tap
                onTapped: card.opened()
            }
        }
    }
}
