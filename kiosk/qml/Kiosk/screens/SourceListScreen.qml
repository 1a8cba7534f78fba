pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// The sources one section or event rests on; each opens its card.
ScreenFrame {
    id: root
    objectName: "sourceListScreen"

    property string kind: "section"
    property string targetId: ""
    property string targetTitle: ""
    readonly property SourceListView sources: SourceListView { kind: root.kind; targetId: root.targetId }
    title: qsTr("Sources")

    ListView {
        id: list
        objectName: "sourceList"
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.gap
        boundsBehavior: Flickable.StopAtBounds
        model: root.sources.model
        header: BodyText {
            width: Math.min(list.width, Theme.readingWidth)
            x: Exhibit.rightToLeft ? list.width - width : 0  // the reading side
            bottomPadding: Theme.gap
            color: Theme.textMuted
            text: qsTr("What “%1” rests on:").arg(root.targetTitle)
        }
        delegate: Item {
            // the view places its delegates at x 0: the card moves inside a full-width row
            id: row
            required property string sourceId
            required property string author
            required property string year
            required property string title
            required property string gloss
            required property string kindLabel
            width: list.width
            height: card.height
            BigButton {
                id: card
                objectName: "source_" + row.sourceId
                width: Math.min(list.width, Theme.readingWidth)
                x: Exhibit.rightToLeft ? list.width - width : 0  // the reading side
                text: row.author + (row.year ? " (" + row.year + ")" : "")
                detail: row.title + (row.gloss ? " (" + row.gloss + ")" : "") + " · " + row.kindLabel
                onClicked: root.nav.source(row.sourceId)
            }
        }
    }
}
