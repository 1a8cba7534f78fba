pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// The numbers behind a text: what is counted, every estimate with who gives it, and,
// where estimates differ, each one as a bar on one scale.
ScreenFrame {
    id: root
    objectName: "figureScreen"

    property string kind: "section"
    property string targetId: ""
    readonly property FiguresView figures: FiguresView { kind: root.kind; targetId: root.targetId }
    title: qsTr("The numbers and who gives them")

    ListView {
        id: list
        objectName: "figureList"
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        model: root.figures.model
        delegate: Column {
            id: fig
            required property string figureId
            required property string counted
            required property string text
            required property bool disputed
            required property var estimates
            objectName: "figure_" + figureId
            width: Math.min(list.width, Theme.readingWidth)
            x: Exhibit.rightToLeft ? list.width - width : 0  // the reading side
            spacing: Theme.gap / 2
            Text {
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                width: parent.width
                horizontalAlignment: Text.AlignLeft  // mirrored in Dari
                text: fig.text
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.accent
                font.family: Theme.serifFamily
                font.pixelSize: Theme.titleSize
            }
            BodyText {
                width: parent.width
                text: fig.counted
            }
            Text {
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                visible: fig.disputed
                width: parent.width
                horizontalAlignment: Text.AlignLeft  // mirrored in Dari
                text: qsTr("Estimates differ")
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                font.bold: true
            }
            Repeater {
                model: fig.estimates
                Column {
                    id: estimate
                    required property var modelData
                    width: fig.width
                    spacing: 4
                    Rectangle {
                        // one scale for all estimates of this figure: 0 to the highest value,
                        // growing from the reading side
                        objectName: "estimateBar"
                        visible: fig.disputed
                        width: parent.width
                        height: Theme.gap
                        radius: height / 2
                        color: Theme.surface
                        Rectangle {
                            // a point estimate at the top of the scale stays inside the bar
                            readonly property real from: Math.min(parent.width * estimate.modelData.start, parent.width - width)
                            x: Exhibit.rightToLeft ? parent.width - from - width : from
                            width: Math.max(parent.height, parent.width * (estimate.modelData.end - estimate.modelData.start))
                            height: parent.height
                            radius: height / 2
                            color: Theme.accent
                        }
                    }
                    BodyText {
                        width: parent.width
                        font.pixelSize: Theme.smallSize
                        text: estimate.modelData.text + " · " + estimate.modelData.source
                              + (estimate.modelData.year ? " (" + estimate.modelData.year + ")" : "")
                    }
                    BodyText {
                        visible: estimate.modelData.note.length > 0
                        width: parent.width
                        font.pixelSize: Theme.smallSize
                        color: Theme.textMuted
                        text: estimate.modelData.note
                    }
                    BigButton {
                        objectName: "estimateSource"
                        x: Exhibit.rightToLeft ? parent.width - width : 0
                        text: qsTr("About this source")
                        onClicked: root.nav.source(estimate.modelData.sourceId)
                    }
                }
            }
        }
    }
}
