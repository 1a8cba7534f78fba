import QtQuick
import Kiosk

// The running lesson's handout ("Print this" for the whole path). A file of its own,
// loaded by the classroom bar only while a lesson runs: "Print this" (HandoutView) is
// registered after the exhibit's first frame, or when a lesson starts, never before the
// screens load.
QtObject {
    readonly property HandoutView view: HandoutView {
        kind: "path"
        targetId: Classroom.pathId
    }
}
