import QtQuick
import qml

// Plain text only: content never reaches a rich-text parser.
Text {
    id: root
    textFormat: Text.PlainText
    wrapMode: Text.Wrap
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize
    lineHeight: 1.25
}
