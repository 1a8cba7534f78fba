import QtQuick
import QtQuick.Layouts
import qml
import Kiosk.App

// One chapter: summary, then its sections, then its dated events; kinetic scrolling.
ScreenFrame {
    id: root
    objectName: "chapterScreen"
    title: Exhibit.chapter.title

    ListView {
        id: list
        objectName: "chapterList"
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        model: Exhibit.chapter.sections
        readonly property int textWidth: Math.min(width, Theme.readingWidth)

        header: Column {
            width: list.width
            spacing: Theme.gap
            bottomPadding: Theme.margin
            Text {
                objectName: "chapterPeriod"
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
                visible: Exhibit.chapter.fallback
                text: qsTr("Shown in English")
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize
            }
        }

        delegate: Column {
            id: section
            required property string sectionId
            required property string kind
            required property string title
            required property string body
            required property var sides
            objectName: "section_" + sectionId
            width: list.width
            spacing: Theme.gap / 2

            Text {
                visible: section.kind === "perspective"
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
                width: list.textWidth
                text: section.body
            }
            Repeater {
                model: section.sides
                Rectangle {
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
                        text: modelData
                    }
                }
            }
        }

        footer: Column {
            width: list.width
            topPadding: Theme.margin
            bottomPadding: Theme.margin
            spacing: Theme.gap
            Text {
                text: qsTr("Dates in this chapter")
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.serifFamily
                font.pixelSize: Theme.headingSize
            }
            Repeater {
                model: Exhibit.chapter.events
                RowLayout {
                    required property string dateLabel
                    required property string title
                    required property string place
                    width: list.textWidth
                    spacing: Theme.gap
                    Text {
                        Layout.preferredWidth: Theme.bodySize * 8
                        Layout.alignment: Qt.AlignTop
                        text: dateLabel
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        color: Theme.accent
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.smallSize
                    }
                    BodyText {
                        Layout.fillWidth: true
                        text: title + " (" + place + ")"
                        font.pixelSize: Theme.smallSize
                    }
                }
            }
        }
    }
}
