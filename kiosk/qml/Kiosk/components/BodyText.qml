import QtQuick
import Kiosk

// Plain text only: content never reaches a rich-text parser.
Text {
    id: root
    textFormat: Text.PlainText
    // set, not left to the text: a right-to-left layout then mirrors it, so a Dari line
    // that opens with an English name still starts on the right
    horizontalAlignment: Text.AlignLeft
    wrapMode: Text.Wrap
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize
    lineHeight: 1.25
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
