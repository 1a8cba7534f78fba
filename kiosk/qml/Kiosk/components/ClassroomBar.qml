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
    // "Print this" for the whole path: its handout in the Documents folder (classroom
    // mode registers HandoutView before its screens load: Classroom.install)
    readonly property HandoutView handout: HandoutView {
        kind: "path"
        targetId: Classroom.pathId
    }
    color: Theme.surfaceRaised

    ColumnLayout {
        id: row
        anchors.fill: parent
        anchors.topMargin: Theme.gap / 2
        anchors.bottomMargin: Theme.gap
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.gap / 2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Text {
                objectName: "classroomStopLabel"
                text: Classroom.stopLabel
                textFormat: Text.PlainText
                color: Theme.accent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                font.bold: true
            }
            Text {
                objectName: "classroomStopTitle"
                Layout.fillWidth: true
                // where the handout went, once printed; otherwise the stop's title
                text: root.handout.message || Classroom.stopTitle
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
            }
        }
        Flow {
            // one row on a laptop or a projector; on a narrow (portrait) screen the
            // buttons wrap onto a second row instead of running off the screen
            id: buttons
            objectName: "classroomButtons"
            Layout.fillWidth: true
            Layout.preferredHeight: implicitHeight
            spacing: Theme.gap
            layoutDirection: Exhibit.rightToLeft ? Qt.RightToLeft : Qt.LeftToRight

            BigButton {
                objectName: "classroomPrevious"
                enabled: Classroom.hasPrevious
                text: qsTr("Previous")
                onClicked: Classroom.previous()
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
                objectName: "classroomPrint"
                visible: root.handout.available
                enabled: !root.handout.busy
                text: qsTr("Print this")
                onClicked: root.handout.save()
            }
            BigButton {
                objectName: "classroomEnd"
                text: qsTr("End lesson")
                onClicked: Classroom.end()
            }
        }
    }
}
