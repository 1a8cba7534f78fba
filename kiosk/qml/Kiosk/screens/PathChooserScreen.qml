pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Classroom mode's first screen: the lesson paths, each with its ages, length, stops and
// aims, and a button that starts it. The lesson then runs in the classroom bar (Main).
ScreenFrame {
    id: root
    objectName: "pathChooserScreen"
    title: qsTr("Choose a lesson path")
    showBack: false

    Flickable {
        id: flick
        objectName: "pathList"
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        contentHeight: column.implicitHeight + Theme.margin
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: column
            width: Math.min(flick.width, Theme.readingWidth * 1.2)
            x: Exhibit.rightToLeft ? flick.width - width : 0  // the reading side
            spacing: Theme.margin

            BodyText {
                objectName: "pathIntro"
                width: parent.width
                color: Theme.textMuted
                text: paths.count > 0
                      ? qsTr("Each path leads a class through the exhibit, stop by stop, with questions to discuss. The classroom profile is on: no detailed accounts of violence and no graphic images.")
                      : qsTr("This exhibit's content has no lesson paths.")
            }
            Repeater {
                id: paths
                model: Classroom.paths
                delegate: Rectangle {
                    id: card
                    required property string pathId
                    required property string title
                    required property string facts
                    required property var aims
                    required property bool fallback
                    objectName: "path_" + pathId
                    width: column.width
                    height: inner.implicitHeight + 2 * Theme.gap
                    radius: Theme.radius
                    color: Theme.surface

                    Column {
                        id: inner
                        x: Theme.gap
                        y: Theme.gap
                        width: card.width - 2 * Theme.gap
                        spacing: Theme.gap / 2

                        Text {
                            objectName: "pathTitle"
                            width: parent.width
                            text: card.title
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            color: Theme.text
                            font.family: Theme.serifFamily
                            font.pixelSize: Theme.headingSize
                        }
                        Text {
                            objectName: "pathFacts"
                            width: parent.width
                            text: card.facts + (card.fallback ? " · " + qsTr("Shown in English") : "")
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            color: Theme.textMuted
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.smallSize
                        }
                        BigButton {
                            objectName: "startPath_" + card.pathId
                            primary: true
                            text: qsTr("Start this lesson")
                            onClicked: Classroom.start(card.pathId)
                        }
                        Text {
                            width: parent.width
                            text: qsTr("Students will:")
                            textFormat: Text.PlainText
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                        }
                        Repeater {
                            model: card.aims
                            delegate: Text {
                                required property string modelData
                                width: inner.width
                                leftPadding: Theme.gap
                                text: "• " + modelData
                                textFormat: Text.PlainText
                                wrapMode: Text.Wrap
                                color: Theme.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.bodySize
                            }
                        }
                    }
                }
            }
        }
    }
}
