import QtQuick
import Kiosk

// "More below": a fade over the foot of a scrolled text and a short cue, shown while
// there is more to read. Taps pass through it to the text.
Item {
    id: root
    objectName: "moreBelow"

    required property Flickable flick
    readonly property bool more: flick.contentHeight > flick.height + 1 && !flick.atYEnd

    // the screen places it over the foot of the flickable (a sibling of it)
    height: Theme.bodySize * 3
    visible: more

    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop { position: 0.0; color: "transparent" }
            GradientStop { position: 0.75; color: Theme.background }
        }
    }
    Text {
        objectName: "moreBelowText"
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.gap / 4
        anchors.horizontalCenter: parent.horizontalCenter
        text: qsTr("More below") + " ↓"
        textFormat: Text.PlainText
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.smallSize
    }
}
