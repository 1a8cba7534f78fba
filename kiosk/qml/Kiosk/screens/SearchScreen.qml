pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk

// Search: type a word, results appear as you type, grouped by chapters, events,
// sources and glossary. On a kiosk the on-screen keyboard of Main.qml opens.
ScreenFrame {
    id: root
    objectName: "searchScreen"
    title: qsTr("Search")

    readonly property SearchView results: SearchView { }

    // On a short screen at a large text size (1366 × 768 at 200 %) the navigation takes
    // most of the height and the keyboard above it shrank to keys no finger can hit:
    // there the navigation steps aside while the keyboard is up (its hide key and Enter
    // bring it back, with the results)
    readonly property bool keyboardUp: keyboard.panel !== null && keyboard.panel.visible
    showNavBar: !(keyboardUp && navBarHeight > height * 0.3)
    function run() { results.query = field.text }

    Timer {
        id: typing
        interval: 150
        onTriggered: root.run()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.gap

        TextField {
            id: field
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.readingWidth
            // a finger's height, and taller when the visitor's larger text needs it
            implicitHeight: Math.max(Theme.touch, field.contentHeight + field.topPadding + field.bottomPadding)
            font.pixelSize: Theme.bodySize
            font.family: Theme.fontFamily
            color: Theme.text
            placeholderText: qsTr("Type a name, a place or a word")
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Search")
            Accessible.description: placeholderText
            placeholderTextColor: Theme.textMuted
            maximumLength: 200
            inputMethodHints: Qt.ImhNoPredictiveText
            focus: true
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.width: field.activeFocus ? 4 : 2
                border.color: field.activeFocus ? Theme.focus : Theme.controlBorder
            }
            onTextChanged: typing.restart()
            // Enter (or the keyboard's own return key) puts the keyboard away and keeps
            // the results, which then have the whole screen
            onAccepted: {
                typing.stop()
                root.run()
                list.forceActiveFocus()  // no text field in focus: the keyboard goes
            }
            Component.onCompleted: forceActiveFocus()
        }
        Text {
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            objectName: "searchCount"
            Layout.fillWidth: true
            visible: field.text.trim().length > 0
            horizontalAlignment: Text.AlignLeft  // mirrored in Dari, whatever its digits
            text: root.results.count === 0 ? qsTr("Nothing found. Try another word or a shorter one.")
                                           : qsTr("%n result(s)", "", root.results.count)
                                             .replace(String(root.results.count), root.results.countText)
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
        }
        Text {
            objectName: "searchSuggestionsTitle"
            Accessible.role: Accessible.Heading
            Accessible.name: text
            Layout.fillWidth: true
            visible: suggestions.visible
            horizontalAlignment: Text.AlignLeft
            text: qsTr("Or start with one of these")
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
        }
        Flow {
            // an empty field suggests themes and places, so a visitor need not type
            id: suggestions
            objectName: "searchSuggestions"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.readingWidth * 1.5
            visible: field.text.trim().length === 0 && root.results.suggestions.length > 0
            spacing: Theme.gap / 2
            Repeater {
                model: root.results.suggestions
                BigButton {
                    required property string modelData
                    required property int index
                    objectName: "suggestion_" + index
                    text: modelData
                    onClicked: {
                        field.text = modelData
                        typing.stop()
                        root.run()
                        list.forceActiveFocus()
                    }
                }
            }
        }
        ListView {
            id: list
            objectName: "searchResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.gap / 2
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            model: root.results.model
            section.property: "group"
            section.delegate: Text {
                required property string section
                Accessible.role: Accessible.Heading
                Accessible.name: text
                width: list.width
                horizontalAlignment: Text.AlignLeft  // mirrored: the reading side in Dari
                topPadding: Theme.gap
                text: section
                textFormat: Text.PlainText
                color: Theme.accent
                font.family: Theme.serifFamily
                font.pixelSize: Theme.headingSize
            }
            // the list places each delegate at x = 0: the card inside it moves to the
            // reading side (right to left too)
            delegate: Item {
                id: hit
                required property string kind
                required property string ref
                required property string chapterId
                required property string title
                required property string markup
                width: list.width
                implicitHeight: card.height
                Rectangle {
                    id: card
                    objectName: "result_" + hit.kind + "_" + hit.ref
                    activeFocusOnTab: true
                    border.width: activeFocus ? 4 : 0
                    border.color: Theme.focus
                    Accessible.role: Accessible.Button
                    Accessible.name: hit.title
                    Accessible.onPressAction: tapper.tapped(null, Qt.LeftButton)
                    Keys.onReturnPressed: tapper.tapped(null, Qt.LeftButton)
                    Keys.onEnterPressed: tapper.tapped(null, Qt.LeftButton)
                    Keys.onSpacePressed: tapper.tapped(null, Qt.LeftButton)
                    width: Math.min(list.width, Theme.readingWidth)
                    x: Exhibit.rightToLeft ? list.width - width : 0
                    height: Math.max(Theme.touch, col.implicitHeight + Theme.gap)
                    radius: Theme.radius
                    color: tapper.pressed ? Theme.surfaceRaised : Theme.surface
                    Column {
                        id: col
                        x: Theme.gap
                        y: Theme.gap / 2
                        width: parent.width - 2 * Theme.gap
                        Text {
                            Accessible.role: Accessible.StaticText
                            Accessible.name: text
                            width: parent.width
                            horizontalAlignment: Text.AlignLeft
                            text: hit.title
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                        }
                        HighlightedText {
                            width: parent.width
                            markup: hit.markup
                        }
                    }
                    TapHandler {
                        id: tapper
                        onTapped: root.nav.result({ kind: hit.kind, ref: hit.ref, chapterId: hit.chapterId }, field.text)
                    }
                }
            }
        }
        Item {
            // room for the on-screen keyboard while it is up: the results end at its top
            objectName: "keyboardRoom"
            Layout.fillWidth: true
            Layout.preferredHeight: keyboard.panel && keyboard.panel.visible ? keyboard.panel.height : 0
        }
    }

    Rectangle {
        // the keyboard's tray, the screen's whole width: what does not fit above the
        // keyboard (suggestions at a large text size) goes under it, never beside it
        objectName: "keyboardTray"
        visible: root.keyboardUp
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: keyboard.height
        color: Theme.surface
    }
    Loader {
        // kiosk mode: the keyboard is part of the exhibit, never the system's
        id: keyboard
        objectName: "keyboardLoader"
        active: Exhibit.fullscreen && Exhibit.onScreenKeyboard
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        // the keyboard's height follows its width (about 0.31 of it): on a wide screen
        // it is kept under half the height, so that the results above it stay readable
        width: Math.min(parent.width, Math.round(parent.height * 1.45))
        source: "../components/Keyboard.qml"
        // an InputPanel, visible while active (named Item here: naming its type would
        // load the keyboard's module with every search screen)
        readonly property Item panel: item as Item
    }
}
