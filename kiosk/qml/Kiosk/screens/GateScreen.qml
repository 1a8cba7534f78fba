import QtQuick
import QtQuick.Layouts
import Kiosk

// A content warning: what is ahead, in plain words made from its tags, and the
// visitor's choice. No countdown, and no default that skips the choice.
ScreenFrame {
    id: root
    objectName: "gateScreen"

    property string scope: "chapter"     // chapter | section | event | detail | figure
    property var tags: []
    property string chapterId: ""
    property string sectionId: ""
    property string eventId: ""
    property string figureKind: ""       // figure scope: the numbers of a section or event
    property string targetId: ""
    property string focusSection: ""     // a search result: the section to show first
    property string focusQuery: ""       // and the words searched for, to mark in it
    property bool full: false            // asked for from a summary-only chapter
    title: qsTr("Before you continue")
    // what the gate stands before, named above its title (never any of its text)
    overline: root.scope === "event" ? (guardedEvent.title || "") : Exhibit.chapter.title
    warned: true
    announcement: title + ". " + gate.text

    EventView {
        id: guardedEvent
        eventId: root.scope === "event" ? root.eventId : ""
    }

    GateView {
        id: gate
        scope: root.scope
        tags: root.tags
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            y: Theme.gap
            width: Math.min(parent.width - 2 * Theme.margin, Theme.readingWidth)
            x: Exhibit.rightToLeft ? parent.width - width - Theme.margin : Theme.margin
            spacing: Theme.margin

            BodyText {
                objectName: "gateText"
                Layout.fillWidth: true
                font.pixelSize: Theme.headingSize
                text: gate.text
            }
            BodyText {
                Layout.fillWidth: true
                color: Theme.textMuted
                text: gate.offersSummary
                      ? qsTr("You can read the whole chapter, read only its summary, or go back.")
                      : qsTr("You can continue or go back.")
            }
            GridLayout {
                // every choice in view at once: no scrolling to find "Go back"
                Layout.fillWidth: true
                columns: root.width > root.height ? 2 : 1
                rowSpacing: Theme.gap
                columnSpacing: Theme.gap
                BigButton {
                    objectName: "gateContinue"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    primary: true
                    text: root.scope === "detail" ? qsTr("Show the details") : qsTr("Continue")
                    onClicked: root.nav.passGate(root, "continue")
                }
                BigButton {
                    objectName: "gateSummary"
                    visible: gate.offersSummary
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Summary only")
                    onClicked: root.nav.passGate(root, "summary")
                }
                BigButton {
                    objectName: "gateBack"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Go back")
                    onClicked: root.nav.passGate(root, "back")
                }
                BigButton {
                    objectName: "gateSupport"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Support and help")
                    onClicked: root.nav.support()
                }
            }
        }
    }
}
