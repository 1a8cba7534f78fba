pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// An event card: its date as precisely as it is known, summary, numbers and sources,
// and the way into its chapter.
ScreenFrame {
    id: root
    objectName: "eventScreen"
    property string eventId: ""
    narration: ["event:" + eventId]
    readonly property EventView card: EventView { eventId: root.eventId }
    title: card.title || ""
    warned: card.warnings.length > 0 || card.images.some(i => i.warnings.length > 0)

    Flickable {
        objectName: "eventFlick"
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
                objectName: "eventDate"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignLeft  // mirrored in Dari
                text: (root.card.dateLabel || "") + " · " + (root.card.place || "")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.accent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
            }
            BodyText {
                objectName: "eventSummary"
                Layout.fillWidth: true
                text: root.card.summary || ""
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gap
                BigButton {
                    objectName: "eventSources"
                    text: qsTr("Sources (%1)").arg(root.card.sourceCount || 0)
                    onClicked: root.nav.sourcesOf("event", root.eventId, root.card.title)
                }
                BigButton {
                    objectName: "eventFigures"
                    visible: root.card.figureCount > 0
                    text: qsTr("Numbers (%1)").arg(root.card.figureCount)
                    onClicked: root.nav.figures("event", root.eventId)
                }
                BigButton {
                    objectName: "eventChapter"
                    text: qsTr("Open the chapter")
                    detail: root.card.chapterTitle || ""
                    onClicked: root.nav.chapter(root.card.chapterId)
                }
                PrintButton {
                    kind: "event"
                    targetId: root.card.found ? root.eventId : ""
                    maxWidth: column.width
                }
            }
            Repeater {
                model: root.card.images || []
                MediaFigure {
                    required property var modelData
                    media: modelData
                    nav: root.nav
                    Layout.fillWidth: true
                }
            }
        }
    }
}
