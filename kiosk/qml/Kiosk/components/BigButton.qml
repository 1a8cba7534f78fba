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
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.description: detail
    Accessible.onPressAction: root.clicked()
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
                Accessible.ignored: true  // the button says it
                width: parent.width
                text: root.text
                textFormat: Text.PlainText
                horizontalAlignment: root.alignment
                wrapMode: Text.Wrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.controlSize
                font.bold: root.primary
                color: !root.enabled ? Theme.disabledText : (root.primary ? Theme.accentText : Theme.text)
                // a disabled primary button is drawn as an ordinary one: grey on yellow
                // would fall below 3:1
            }
            Text {
                id: sub
                Accessible.ignored: true  // the button's description
                width: parent.width
                visible: root.detail.length > 0
                text: root.detail
                textFormat: Text.PlainText
                horizontalAlignment: root.alignment
                wrapMode: Text.Wrap
                font.family: Theme.fontFamily
                font.pixelSize: Math.round(Theme.controlSize * 0.8)
                color: !root.enabled ? Theme.disabledText : (root.primary ? Theme.accentText : Theme.textMuted)
            }
        }
    }

    background: Rectangle {
        radius: Theme.radius
        color: root.primary && root.enabled ? Theme.accent
               : (root.down ? Theme.surfaceRaised : Theme.surface)
        border.width: 2
        border.color: root.enabled ? Theme.controlBorder : Theme.surfaceRaised
        Rectangle {
            // the focus ring: outside the button, on the screen's background, so it shows
            // on a primary (yellow) button as on any other
            objectName: "focusRing"
            visible: root.visualFocus
            anchors.fill: parent
            anchors.margins: -6
            radius: Theme.radius + 6
            color: "transparent"
            border.width: 4
            border.color: Theme.focus
        }
    }
}
