pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// The discussion questions of the stop on screen (or the teacher's note), in large type
// over the stop's screen, for the back of the room.
Rectangle {
    id: root

    property string heading: ""
    property var lines: []
    property bool inEnglish: false

    color: Theme.background  // opaque: the screen below must not show through the words

    Flickable {
        anchors.fill: parent
        anchors.margins: Theme.margin
        contentHeight: column.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        Column {
            id: column
            width: Math.min(parent.width, Theme.readingWidth * 1.3)
            x: Exhibit.rightToLeft ? parent.width - width : 0
            spacing: Theme.margin

            Text {
                objectName: "classroomPanelHeading"
                width: parent.width
                text: root.heading
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.accent
                font.family: Theme.serifFamily
                font.pixelSize: Theme.titleSize
            }
            Repeater {
                model: root.lines
                delegate: Text {
                    required property string modelData
                    required property int index
                    objectName: "classroomLine_" + index
                    width: column.width
                    text: (root.lines.length > 1 ? (index + 1) + ". " : "") + modelData
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.headingSize
                }
            }
            Text {
                objectName: "classroomPanelEnglish"
                visible: root.inEnglish
                width: parent.width
                text: qsTr("Shown in English")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
            }
        }
    }
}
