pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// The timeline, 1917 to today: eras behind, events as cards in lanes, filters above.
// Flick or drag to move, pinch or +/- to zoom, arrow keys on a laptop. Positions come
// from Python (Timeline); this file only draws them.
ScreenFrame {
    id: root
    objectName: "timelineScreen"
    title: qsTr("Timeline")

    property string focusChapter: ""
    readonly property bool rtl: Exhibit.rightToLeft

    // content x as Python sees it (left to right), whatever the reading direction
    function ltrX(x, w) { return rtl ? Timeline.contentWidth - x - w : x }
    // cards start below the era titles and the axis labels
    readonly property real laneTop: Theme.bodySize * 3.6
    function report() { Timeline.setViewport(ltrX(flick.contentX, flick.width), flick.width, flick.height - laneTop) }
    function zoom(level, viewX) {
        const focus = ltrX(flick.contentX, flick.width) + (rtl ? flick.width - viewX : viewX)
        const x = Timeline.zoomTo(level, focus, rtl ? flick.width - viewX : viewX)
        flick.contentX = ltrX(x, flick.width)
        report()
    }

    Component.onCompleted: {
        if (focusChapter.length > 0)
            flick.contentX = ltrX(Timeline.focusChapter(focusChapter), flick.width)
        else if (rtl)
            flick.contentX = Math.max(0, Timeline.contentWidth - flick.width)
        report()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap / 2

        // filters: chapters and categories, several at once, with a count and one-tap clear
        ListView {
            id: chapterChips
            objectName: "chapterChips"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.preferredHeight: Theme.touch
            orientation: ListView.Horizontal
            spacing: Theme.gap / 2
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            model: Timeline.chapterChips
            delegate: Chip { onToggled: Timeline.toggleChapter(chipId) }
        }
        ListView {
            id: categoryChips
            objectName: "categoryChips"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.preferredHeight: Theme.touch
            orientation: ListView.Horizontal
            spacing: Theme.gap / 2
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            model: Timeline.categoryChips
            delegate: Chip { onToggled: Timeline.toggleCategory(chipId) }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            spacing: Theme.gap
            Text {
                objectName: "timelineCount"
                Layout.fillWidth: true
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
                onClicked: { Timeline.clearFilters(); root.report() }
            }
            BigButton {
                objectName: "zoomOut"
                text: "−"
                Accessible.name: qsTr("Zoom out")
                enabled: Timeline.level > 0
                onClicked: root.zoom(Timeline.level - 1, flick.width / 2)
            }
            BigButton {
                objectName: "zoomIn"
                text: "+"
                Accessible.name: qsTr("Zoom in")
                enabled: Timeline.level < Timeline.levels - 1
                onClicked: root.zoom(Timeline.level + 1, flick.width / 2)
            }
        }

        Flickable {
            id: flick
            objectName: "timelineFlick"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: Timeline.contentWidth
            contentHeight: height
            flickableDirection: Flickable.HorizontalFlick
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            focus: true
            onContentXChanged: root.report()
            // size changes come in bursts while the screen lays out: report once
            onWidthChanged: Qt.callLater(root.report)
            onHeightChanged: Qt.callLater(root.report)
            Keys.onLeftPressed: contentX = Math.max(0, contentX - width / 4)
            Keys.onRightPressed: contentX = Math.min(contentWidth - width, contentX + width / 4)
            Keys.onPressed: (event) => {
                if (event.key === Qt.Key_Plus || event.key === Qt.Key_Equal) root.zoom(Timeline.level + 1, width / 2)
                else if (event.key === Qt.Key_Minus) root.zoom(Timeline.level - 1, width / 2)
            }

            Item {
                width: flick.contentWidth
                height: flick.height

                PinchHandler {
                    // a pinch zooms one level, centred where the fingers are
                    target: null
                    onActiveChanged: {
                        if (active)
                            return
                        const viewX = centroid.scenePosition.x - flick.mapToItem(null, 0, 0).x
                        if (activeScale > 1.25) root.zoom(Timeline.level + 1, viewX)
                        else if (activeScale < 0.8) root.zoom(Timeline.level - 1, viewX)
                    }
                }

                Repeater {
                    // eras as bands behind everything
                    model: Timeline.eras
                    Rectangle {
                        id: era
                        required property var modelData
                        required property int index
                        x: root.ltrX(era.modelData.x, era.modelData.width)
                        width: era.modelData.width
                        height: flick.height
                        color: era.index % 2 ? Theme.surface : Theme.background
                        Text {
                            x: Theme.gap
                            y: Theme.gap / 2
                            width: parent.width - 2 * Theme.gap
                            text: era.modelData.title
                            textFormat: Text.PlainText
                            elide: Text.ElideRight
                            color: Theme.textMuted
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.smallSize
                        }
                    }
                }
                Repeater {
                    model: Timeline.ticks
                    Item {
                        id: tick
                        required property real axisX
                        required property string label
                        required property bool major
                        readonly property real pos: root.ltrX(tick.axisX, 0)
                        Rectangle {
                            x: tick.pos
                            y: Theme.bodySize * 1.6
                            width: 2
                            height: tick.major ? Theme.gap : Theme.gap / 2
                            color: Theme.textMuted
                        }
                        Text {
                            x: tick.pos + 4
                            y: Theme.bodySize * 1.6 + Theme.gap
                            text: tick.label
                            textFormat: Text.PlainText
                            color: tick.major ? Theme.text : Theme.textMuted
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.smallSize
                        }
                    }
                }
                Repeater {
                    model: Timeline.items
                    TimelineCard {
                        id: placed
                        laneTop: root.laneTop
                        rtl: root.rtl
                        x: root.ltrX(placed.axisX, placed.width)
                        onOpened: (itemId, isCluster, x) => {
                            if (isCluster) root.zoom(Math.min(Timeline.levels - 1, Timeline.level + 2), root.ltrX(x, 0) - flick.contentX)
                            else root.nav.event(itemId)
                        }
                    }
                }
            }
        }
    }

    component Chip: Rectangle {
        id: chip
        required property string chipId
        required property string label
        required property bool selected
        required property int count
        signal toggled()
        objectName: "chip_" + chipId
        implicitWidth: chipText.implicitWidth + 2 * Theme.gap
        height: Theme.touch
        radius: height / 2
        color: selected ? Theme.accent : Theme.surface
        border.width: 2
        border.color: Theme.surfaceRaised
        Text {
            id: chipText
            anchors.centerIn: parent
            text: chip.label + " (" + chip.count + ")"
            textFormat: Text.PlainText
            color: chip.selected ? Theme.accentText : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
        }
        TapHandler { onTapped: chip.toggled() }
    }

    component TimelineCard: Item {
        id: card
        required property string itemId
        required property real axisX
        required property int lane
        required property real span
        required property bool isCluster
        required property int count
        required property string dateLabel
        required property string title
        required property bool fuzzy
        required property bool warned
        property real laneTop: 0
        property bool rtl: false
        signal opened(string itemId, bool isCluster, real x)
        objectName: "timelineItem_" + itemId
        // the item covers the card and its span bar, in the reading direction
        readonly property real barWidth: isCluster ? 0 : Math.max(6, span)
        y: laneTop + lane * Timeline.laneHeight - 10
        width: Math.max(Timeline.cardWidth, barWidth)
        height: Timeline.laneHeight

        // the dated span: a bar for a range, soft-edged when the date is uncertain
        Rectangle {
            visible: !card.isCluster
            x: card.rtl ? card.width - card.barWidth : 0
            width: card.barWidth
            height: 6
            radius: 3
            color: Theme.accent
            opacity: card.fuzzy ? 0.45 : 1
        }
        Rectangle {
            objectName: "timelineCard"
            x: card.rtl ? card.width - Timeline.cardWidth : 0
            y: 10
            width: Timeline.cardWidth
            height: Timeline.laneHeight - Theme.gap
            radius: Theme.radius
            color: tap.pressed ? Theme.surfaceRaised : Theme.surface
            border.width: card.isCluster ? 3 : 1
            border.color: card.isCluster ? Theme.accent : Theme.surfaceRaised
            clip: true
            Column {
                x: Theme.gap / 2
                y: Theme.gap / 4
                width: parent.width - Theme.gap
                Text {
                    width: parent.width
                    text: card.isCluster ? qsTr("%n event(s)", "", card.count) + " · " + card.dateLabel
                                         : card.dateLabel
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    color: Theme.accent
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.smallSize
                    font.bold: card.isCluster
                }
                Text {
                    width: parent.width
                    text: card.isCluster ? qsTr("Tap to zoom in") : card.title
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.smallSize
                }
            }
            TapHandler {
                id: tap
                onTapped: card.opened(card.itemId, card.isCluster, card.axisX)
            }
        }
    }
}
