import QtQuick
import Kiosk

// "Print this": the chapter's or event's handout as a PDF in the Documents folder, and
// where it went. Only in a windowed exhibit (a teacher's or a classroom's), never on a
// kiosk: the view model says whether it is offered. As narrow as its button until there
// is something to say, so that it can stand in a row of buttons.
Column {
    id: root

    required property string kind        // chapter | event
    required property string targetId
    property real maxWidth: Theme.readingWidth   // the message's width, once there is one
    readonly property HandoutView view: HandoutView {
        kind: root.kind
        targetId: root.targetId
    }

    visible: view.available
    spacing: Theme.gap / 2

    BigButton {
        objectName: "printHandout"
        x: Exhibit.rightToLeft ? root.width - width : 0
        enabled: !root.view.busy
        text: qsTr("Print this")
        onClicked: root.view.save()
    }
    Text {
        Accessible.role: Accessible.StaticText
        Accessible.name: text
        objectName: "printMessage"
        visible: text.length > 0
        width: root.maxWidth
        horizontalAlignment: Text.AlignLeft  // mirrored in Dari
        text: root.view.message
        textFormat: Text.PlainText
        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.smallSize
    }
}
