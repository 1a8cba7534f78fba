import QtQuick
import Kiosk

// "Still there?": shown while the idle countdown runs; one tap anywhere continues.
Loader {
    id: root
    active: Idle.countingDown
    visible: active
    // the warning is announced, and read aloud when the visitor listens
    onLoaded: {
        const words = qsTr("Still there?") + " "
                      + qsTr("The exhibit will start again for the next visitor in %n second(s).", "", Idle.secondsLeft)
        Access.announce(words)
        Speech.say(words)
    }
    sourceComponent: Rectangle {
        objectName: "idleOverlay"
        // a tap anywhere continues, as the Continue button (the control a reader finds) does
        Accessible.ignored: true
        color: Theme.background  // opaque: no label of the screen behind shows through

        TapHandler {
            onTapped: Idle.activity()
        }

        Column {
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.margin, Theme.readingWidth)
            spacing: Theme.gap
            Text {
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Still there?")
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.serifFamily
                font.pixelSize: Theme.titleSize
            }
            Text {
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                objectName: "idleSecondsLeft"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: qsTr("The exhibit will start again for the next visitor in %n second(s).", "", Idle.secondsLeft)
                textFormat: Text.PlainText
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
            }
            BigButton {
                objectName: "idleContinue"
                anchors.horizontalCenter: parent.horizontalCenter
                primary: true
                text: qsTr("Continue")
                onClicked: Idle.activity()
            }
        }
    }
}
