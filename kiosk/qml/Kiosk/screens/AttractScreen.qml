import QtQuick
import Kiosk

// The attract loop: the exhibit's title, a rotating chapter highlight (titles and
// periods only, never images or graphic text), and "touch to begin" in each language.
Item {
    id: root
    objectName: "attractScreen"

    required property Navigator nav
    // one step every few seconds: the next chapter and "touch to begin" in the next language
    readonly property AttractView view: AttractView { }

    Rectangle { anchors.fill: parent; color: Theme.background }

    Timer {
        interval: 6000
        running: root.visible
        repeat: true
        onTriggered: root.advance()
    }
    // the next step cross-fades: the highlight (map and title) and the prompt fade out,
    // change, and fade in again; a tap anywhere still begins at once
    function advance() { crossFade.restart() }
    SequentialAnimation {
        id: crossFade
        NumberAnimation { target: root; property: "stepOpacity"; to: 0; duration: 300; easing.type: Easing.InQuad }
        ScriptAction { script: root.view.step = root.view.step + 1 }
        NumberAnimation { target: root; property: "stepOpacity"; to: 1; duration: 300; easing.type: Easing.OutQuad }
    }
    property real stepOpacity: 1

    Column {
        // centred in the room above "touch to begin", never behind it
        anchors.horizontalCenter: parent.horizontalCenter
        y: Math.max(0, (prompt.y - height) / 2)
        width: Math.min(parent.width - 2 * Theme.margin, Theme.readingWidth * 1.3)
        spacing: Theme.margin

        Text {
            Accessible.role: Accessible.StaticText
            Accessible.name: text
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
            Accessible.role: Accessible.StaticText
            Accessible.name: text
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
            objectName: "attractStep"
            width: parent.width
            spacing: Theme.gap / 2
            opacity: root.stepOpacity
            Image {
                // the chapter's locator map, where it has an untagged one
                objectName: "attractMap"
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.min(parent.width, Theme.readingWidth * 0.7)
                height: Math.round(width * 0.5)
                visible: root.view.coverId.length > 0 && status === Image.Ready
                source: root.view.coverId && width > 0 ? Exhibit.mediaUrlAt(root.view.coverId, width) : ""
                sourceSize.width: width
                fillMode: Image.PreserveAspectCrop
                asynchronous: true
            }
            Text {
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                objectName: "attractHighlight"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: root.view.title
                textFormat: Text.PlainText
                color: Theme.accent
                font.family: Theme.serifFamily
                font.pixelSize: Theme.headingSize
            }
            Text {
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: root.view.region + " · " + root.view.period
                textFormat: Text.PlainText
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
            }
        }
    }

    Text {
        Accessible.role: Accessible.StaticText
        Accessible.name: text
        id: prompt
        objectName: "attractPrompt"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin * 2
        text: root.view.prompt
        opacity: root.stepOpacity
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
    Accessible.role: Accessible.Button
    Accessible.name: prompt.text
    Accessible.onPressAction: root.nav.begin()
}
