pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// All chapters as cards; delegates are created lazily as the grid scrolls.
ScreenFrame {
    id: root
    objectName: "chapterListScreen"
    title: qsTr("Chapters")

    GridView {
        id: grid
        objectName: "chapterGrid"
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.gap
        readonly property int columns: Theme.chapterColumns(width)
        cellWidth: Math.floor(width / columns)
        cellHeight: Theme.chapterCellHeight()
        boundsBehavior: Flickable.StopAtBounds
        model: Exhibit.chapters
        delegate: Item {
            id: cell
            required property string chapterId
            required property string title
            required property string period
            required property string region
            required property string coverId
            required property real coverRatio
            required property bool hasWarning
            width: grid.cellWidth
            height: grid.cellHeight
            ChapterCard {
                objectName: "chapterCard_" + cell.chapterId
                anchors.fill: parent
                anchors.margins: Theme.gap / 2
                title: cell.title
                period: cell.period
                region: cell.region
                coverId: cell.coverId
                coverRatio: cell.coverRatio
                hasWarning: cell.hasWarning
                onActivated: root.nav.chapter(cell.chapterId)
            }
        }
    }
}
