import QtQuick
import qml
import Kiosk.App

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
        cellHeight: Math.round(Theme.bodySize * 14)
        boundsBehavior: Flickable.StopAtBounds
        model: Exhibit.chapters
        delegate: Item {
            required property string chapterId
            required property string title
            required property string period
            required property string region
            required property string coverId
            required property bool hasWarning
            width: grid.cellWidth
            height: grid.cellHeight
            ChapterCard {
                objectName: "chapterCard_" + chapterId
                anchors.fill: parent
                anchors.margins: Theme.gap / 2
                title: parent.title
                period: parent.period
                region: parent.region
                coverId: parent.coverId
                hasWarning: parent.hasWarning
                onActivated: root.nav.chapter(chapterId)
            }
        }
    }
}
