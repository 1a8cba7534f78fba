import QtQuick
import qml
import Kiosk.App

// The attract loop: the exhibit's title, a rotating chapter highlight (titles and
// periods only, never images or graphic text), and "touch to begin" in each language.
Item {
    id: root
    objectName: "attractScreen"

    required property var nav
    property int highlight: 0
    property int prompt: 0

    Rectangle { anchors.fill: parent; color: Theme.background }

    Timer {
        interval: 6000
        running: root.visible
        repeat: true
        onTriggered: {
            root.highlight = (root.highlight + 1) % Math.max(1, Exhibit.chapters.count)
            root.prompt = (root.prompt + 1) % Math.max(1, Exhibit.languages.count)
        }
    }

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.readingWidth * 1.3)
        spacing: Theme.margin

        Text {
            objectName: "attractTitle"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Soviet war crimes, 1919–1991")
            textFormat: Text.PlainText
            color: Theme.text
            font.family: Theme.serifFamily
            font.pixelSize: Theme.displaySize
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Crimes against civilians and prisoners, the evidence behind them, and how they are remembered")
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
        }
        Column {
            // one chapter at a time: built once, its text changes every few seconds
            readonly property var current: root.highlight >= 0 ? Exhibit.highlight(root.highlight) : ({})
            width: parent.width
            spacing: Theme.gap / 2
            Text {
                objectName: "attractHighlight"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: parent.current.title || ""
                textFormat: Text.PlainText
                color: Theme.accent
                font.family: Theme.serifFamily
                font.pixelSize: Theme.headingSize
            }
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: (parent.current.region || "") + " · " + (parent.current.period || "")
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
            }
        }
    }

    Text {
        objectName: "attractPrompt"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin * 2
        text: Exhibit.prompt(root.prompt)
        textFormat: Text.PlainText
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.headingSize
    }

    TapHandler {
        objectName: "attractTap"
        onTapped: root.nav.begin()
    }
    Keys.onPressed: root.nav.begin()
    focus: true
}
