import QtQuick
import Kiosk

// Staff access: press and hold the top-left corner for three seconds, enter the PIN,
// then close the exhibit or change the audience profile.
Item {
    id: root
    anchors.fill: parent

    property string pin: ""
    property bool wrong: false

    function open() {
        pin = "";
        wrong = false;
        pad.active = true;
    }
    function close() {
        pin = "";
        pad.active = false;
        Admin.lock();
    }

    Item {
        objectName: "adminCorner"
        width: Theme.touch
        height: Theme.touch
        TapHandler {
            longPressThreshold: 3
            onLongPressed: root.open()
        }
    }

    Loader {
        // built only when staff open it, so start-up does not pay for it
        id: pad
        active: false
        anchors.fill: parent
        // loaded from files by URL, so start-up compiles neither (nor QtQuick.Layouts)
        source: active ? (Admin.unlocked ? "StaffPanel.qml" : "PinPad.qml") : ""
        onLoaded: item.exit = root
    }
}
