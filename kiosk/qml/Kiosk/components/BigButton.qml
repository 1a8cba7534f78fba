import QtQuick
import QtQuick.Controls.Basic
import Kiosk

// A touch target of at least Theme.touch pixels, operable by tap, click and keyboard.
Button {
    id: root

    property bool primary: false
    property string detail: ""
    property int alignment: Text.AlignHCenter  // a list of links reads from its start

    implicitHeight: Math.max(Theme.touch, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(Theme.touch, implicitContentWidth + leftPadding + rightPadding)
    leftPadding: Theme.gap
    rightPadding: Theme.gap
    topPadding: Theme.gap / 2
    bottomPadding: Theme.gap / 2
    focusPolicy: Qt.StrongFocus
    Accessible.name: text
    // on a laptop Enter activates the focused button, as Space does
    Keys.onReturnPressed: (event) => { event.accepted = true; root.clicked() }
    Keys.onEnterPressed: (event) => { event.accepted = true; root.clicked() }

    contentItem: Item {
        implicitWidth: Math.max(label.implicitWidth, sub.visible ? sub.implicitWidth : 0)
        implicitHeight: label.implicitHeight + (sub.visible ? sub.implicitHeight + 2 : 0)

        Column {
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width
            spacing: 2
            Text {
                id: label
                width: parent.width
                text: root.text
                textFormat: Text.PlainText
                horizontalAlignment: root.alignment
                wrapMode: Text.Wrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.bold: root.primary
                color: !root.enabled ? Theme.disabledText : (root.primary ? Theme.accentText : Theme.text)
                // a disabled primary button is drawn as an ordinary one: grey on yellow
                // would fall below 3:1
            }
            Text {
                id: sub
                width: parent.width
                visible: root.detail.length > 0
                text: root.detail
                textFormat: Text.PlainText
                horizontalAlignment: root.alignment
                wrapMode: Text.Wrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
                color: !root.enabled ? Theme.disabledText : (root.primary ? Theme.accentText : Theme.textMuted)
            }
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: root.primary && root.enabled ? Theme.accent
               : (root.down ? Theme.surfaceRaised : Theme.surface)
        border.width: root.activeFocus ? 4 : 2
        border.color: root.activeFocus ? Theme.focus : (root.enabled ? Theme.surfaceRaised : Theme.surface)
    }
}
