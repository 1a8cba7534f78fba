pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// A source card: who made it, what kind of evidence it is, its full reference, and
// every place in the exhibit that rests on it.
ScreenFrame {
    id: root
    objectName: "sourceScreen"

    property string sourceId: ""
    readonly property SourceView card: SourceView { sourceId: root.sourceId }
    title: card.author || qsTr("Source")

    Flickable {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        contentHeight: column.implicitHeight + Theme.margin
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            width: Math.min(parent.width, Theme.readingWidth)
            x: Exhibit.rightToLeft ? parent.width - width : 0  // the reading side
            spacing: Theme.gap

            Text {
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                objectName: "sourceTitle"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft  // mirrored in Dari
                text: root.card.title + (root.card.year ? " (" + root.card.year + ")" : "")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.text
                font.family: Theme.serifFamily
                font.pixelSize: Theme.headingSize
            }
            Text {
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                // the title as published stays above; its meaning in the visitor's language
                objectName: "sourceGloss"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft  // mirrored in Dari
                visible: text !== ""
                text: root.card.gloss
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.italic: true
            }
            Text {
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                objectName: "sourceKind"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft  // mirrored in Dari
                text: root.card.kindLabel || ""
                textFormat: Text.PlainText
                color: Theme.accent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                font.bold: true
            }
            Text {
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft  // mirrored in Dari
                text: qsTr("Who made it, and why that matters")
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
            }
            BodyText {
                objectName: "sourceProvenance"
                Layout.fillWidth: true
                text: root.card.provenance || ""
            }
            Text {
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft  // mirrored in Dari
                text: qsTr("Full reference")
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
            }
            BodyText {
                objectName: "sourceReference"
                Layout.fillWidth: true
                font.pixelSize: Theme.smallSize
                text: root.card.reference || ""
            }
            Text {
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft  // mirrored in Dari
                Layout.topMargin: Theme.gap
                text: qsTr("Cited in")
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.serifFamily
                font.pixelSize: Theme.headingSize
            }
            Repeater {
                model: root.card.citedIn || []
                BigButton {
                    required property var modelData
                    objectName: "citedIn_" + modelData.id
                    Layout.fillWidth: true
                    text: modelData.title
                    detail: modelData.chapterTitle + " · " + modelData.kindLabel
                    onClicked: modelData.kind === "event" ? root.nav.event(modelData.id)
                                                         : root.nav.chapter(modelData.chapterId)
                }
            }
        }
    }
}
