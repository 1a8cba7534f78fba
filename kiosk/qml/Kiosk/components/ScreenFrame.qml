import QtQuick
import QtQuick.Layouts
import Kiosk

// The frame of every visitor screen: a title line, the screen's content, and the
// navigation bar at the bottom. `nav` is the navigator object of Main.qml.
Item {
    id: root

    required property Navigator nav
    property string title: ""
    property string overline: ""         // above the title: a chapter's region and period
    property bool showHome: true
    property bool showBack: true
    property bool showLanguage: true
    property bool warned: false          // the screen shows warned content: offer a break
    // the navigation may step aside for a while (search on a short screen while the
    // on-screen keyboard is up); its height when last shown (a hidden bar lays out none)
    property bool showNavBar: true
    property real navBarHeight: 0
    // what a screen reader is told when the screen opens (Main announces it)
    property string announcement: title
    // the items this screen shows, the most specific first ("section:ID", "chapter:ID",
    // "event:ID"): "Read aloud" plays a curator's recording of the first that has one
    property list<string> narration: []
    default property alias content: body.data

    Rectangle { anchors.fill: parent; color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Item {
            // the seated layout (staff config): nothing in the top quarter, above a
            // wheelchair user's reach on a standing kiosk; the screen's content, its
            // controls and the navigation sit below it
            objectName: "seatedReserve"
            visible: Access.seated
            Layout.fillWidth: true
            Layout.preferredHeight: Access.seated ? Math.round(root.height * Theme.seatedReserve) : 0
        }
        Text {
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            objectName: "screenOverline"
            visible: root.overline.length > 0 && root.title.length > 0
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.topMargin: Theme.gap
            horizontalAlignment: Text.AlignLeft  // mirrored in Dari, whatever its digits
            text: root.overline
            textFormat: Text.PlainText
            wrapMode: Text.Wrap  // larger text (A+) may need a second line
            maximumLineCount: Access.textStep > 0 ? 3 : 1
            elide: Text.ElideRight
            color: Theme.accent
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
            font.letterSpacing: 1
        }
        Text {
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            objectName: "screenTitle"
            visible: root.title.length > 0
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            Layout.topMargin: root.overline.length > 0 ? 0 : Theme.gap
            Layout.bottomMargin: Theme.gap / 2
            horizontalAlignment: Text.AlignLeft
            text: root.title
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            maximumLineCount: Access.textStep > 0 ? 4 : 2
            elide: Text.ElideRight
            color: Theme.text
            font.family: Theme.serifFamily
            font.pixelSize: Theme.titleSize
        }
        Item {
            id: body
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
        }
        Rectangle {
            // the captions of a recording while it plays, just above the controls
            objectName: "narrationCaptionBar"
            Layout.fillWidth: true
            visible: Speech.caption.length > 0
            implicitHeight: captionText.implicitHeight + Theme.gap
            color: Theme.surfaceRaised
            Text {
                id: captionText
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                objectName: "narrationCaption"
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: Theme.margin
                anchors.rightMargin: Theme.margin
                horizontalAlignment: Text.AlignHCenter
                text: Speech.caption
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
            }
        }
        NavBar {
            id: navBar
            objectName: "navBar"
            visible: root.showNavBar
            onImplicitHeightChanged: if (visible) root.navBarHeight = implicitHeight
            Component.onCompleted: root.navBarHeight = implicitHeight
            Layout.fillWidth: true
            showHome: root.showHome
            showBack: root.showBack
            showLanguage: root.showLanguage
            showBreak: root.warned
            screen: root
            narration: root.narration
            onBreakClicked: root.nav.rest()
            onHomeClicked: root.nav.home()
            onBackClicked: root.nav.back()
            onLanguageClicked: root.nav.languages()
        }
    }
}
