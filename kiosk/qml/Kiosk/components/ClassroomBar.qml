import QtQuick
import QtQuick.Layouts
import Kiosk

// The lesson's own bar, under every screen while a lesson runs: where the class is
// ("Stop 3 of 8" and the stop's title), previous and next, the discussion questions,
// the teacher's note and the end of the lesson. The keyboard does the same (Main):
// arrows and Page Up/Down for the stops.
Rectangle {
    id: root
    objectName: "classroomBar"

    implicitHeight: visible ? row.implicitHeight + 2 * Theme.gap : 0
    color: Theme.surfaceRaised

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.topMargin: Theme.gap
        anchors.bottomMargin: Theme.gap
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.gap

        BigButton {
            objectName: "classroomPrevious"
            enabled: Classroom.hasPrevious
            text: qsTr("Previous")
            onClicked: Classroom.previous()
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.minimumWidth: Theme.touch
            spacing: 0
            Text {
                objectName: "classroomStopLabel"
                Layout.fillWidth: true
                text: Classroom.stopLabel
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: Theme.accent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                font.bold: true
            }
            Text {
                objectName: "classroomStopTitle"
                Layout.fillWidth: true
                text: Classroom.stopTitle
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
            }
        }
        BigButton {
            objectName: "classroomNext"
            enabled: Classroom.hasNext
            primary: true
            text: qsTr("Next")
            onClicked: Classroom.next()
        }
        BigButton {
            objectName: "classroomQuestionsButton"
            primary: Classroom.questionsShown
            text: qsTr("Discussion questions")
            onClicked: Classroom.toggleQuestions()
        }
        BigButton {
            objectName: "classroomNoteButton"
            visible: Classroom.note.length > 0
            primary: Classroom.noteShown
            text: qsTr("Teacher's note")
            onClicked: Classroom.toggleNote()
        }
        BigButton {
            objectName: "classroomEnd"
            text: qsTr("End lesson")
            onClicked: Classroom.end()
        }
    }
}
