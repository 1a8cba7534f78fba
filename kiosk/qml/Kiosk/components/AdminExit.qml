import QtQuick
import Kiosk

// Staff access: press and hold the top-left corner for three seconds, enter the PIN,
// then see the kiosk's state, reload the content, change the audience profile or exit.
// With no PIN configured, holding the corner does nothing visible. The idle reset closes
// whatever is open (Admin.reset).
Item {
    id: root
    anchors.fill: parent

    property string pin: ""
    property bool wrong: false

    function close() {
        pin = "";
        Admin.closePad();
    }

    Item {
        // the corner staff hold: Admin recognises the hold itself from the window's input
        // (kiosk/app/gesture.py), so that it is tested against a million random events
        objectName: "adminCorner"
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Staff only: hold for the staff panel")
        readonly property real holdSeconds: Admin.holdSeconds
        width: Theme.touch
        height: Theme.touch
    }
    Connections {
        // the pad opens clean: no digits left from the last time
        target: Admin
        function onPadOpenChanged() { if (Admin.padOpen) { root.pin = ""; root.wrong = false } }
    }

    Loader {
        // built only when staff open it, so start-up does not pay for it
        id: pad
        active: Admin.padOpen
        anchors.fill: parent
        // loaded from files by URL, so start-up compiles neither (nor QtQuick.Layouts)
        source: active ? (Admin.unlocked ? "StaffPanel.qml" : "PinPad.qml") : ""
        onLoaded: item.exit = root
    }
}
