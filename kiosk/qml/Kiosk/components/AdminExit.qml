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

    function open() {
        pin = "";
        wrong = false;
        Admin.openPad();
    }
    function close() {
        pin = "";
        Admin.closePad();
    }

    Item {
        objectName: "adminCorner"
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Staff only: hold for the staff panel")
        readonly property real holdSeconds: Admin.holdSeconds
        width: Theme.touch
        height: Theme.touch
        TapHandler {
            longPressThreshold: Admin.holdSeconds
            onLongPressed: root.open()
        }
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
