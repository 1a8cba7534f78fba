import QtQuick
import QtQuick.Layouts
import qml
import Kiosk.App

// The sources one section or event rests on; each opens its card.
ScreenFrame {
    id: root
    objectName: "sourceListScreen"

    property string kind: "section"
    property string targetId: ""
    property string targetTitle: ""
    readonly property var sources: Exhibit.language, Sources.forText(kind, targetId)
    title: qsTr("Sources")

    ListView {
        id: list
        objectName: "sourceList"
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.gap
        boundsBehavior: Flickable.StopAtBounds
        model: root.sources
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
            required property var modelData
            width: list.width
            height: card.height
            BigButton {
                id: card
                objectName: "source_" + row.modelData.sourceId
                width: Math.min(list.width, Theme.readingWidth)
                x: Exhibit.rightToLeft ? list.width - width : 0  // the reading side
                text: row.modelData.author + (row.modelData.year ? " (" + row.modelData.year + ")" : "")
                detail: row.modelData.title + " · " + row.modelData.kindLabel
                onClicked: root.nav.source(row.modelData.sourceId)
            }
        }
    }
}
