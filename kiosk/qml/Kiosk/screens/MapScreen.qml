pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Kiosk

// Europe and Asia in the borders of the time, with every chapter where it happened: a
// second way into the exhibit besides the chapter list. Each label opens its chapter;
// the view model places the labels so that none covers another or another place.
ScreenFrame {
    id: root
    objectName: "mapScreen"
    title: qsTr("Where it happened")

    // landscape: the words beside the map; portrait: under it
    readonly property bool wide: width > height
    // the labels keep their size when the visitor enlarges the text: larger, they no
    // longer find room on the map without covering each other (the chapter list has every
    // name at the visitor's size)
    readonly property real labelScale: 1
    // The labels are placed once the screen's first frame is on its way: a first visit
    // at a size places them for a tenth of a second or more (remembered after), and the
    // map picture itself is drawn a moment later anyway, decoded in the background.
    property bool framed: false
    Connections {
        target: root.Window.window
        enabled: !root.framed
        function onAfterAnimating() { root.framed = true }
    }
    readonly property PeriodMapView map: PeriodMapView {
        areaWidth: root.framed ? area.width : 0
        areaHeight: root.framed ? area.height : 0
        // on a small window the labels shrink a little, never their touch targets
        fontSize: Math.round(Theme.baseSize * 0.8 * root.labelScale * Math.min(1, Math.max(0.8, area.width / 1400)))
        labelWidth: Theme.baseSize * root.labelScale * 8  // the widest a label grows (then two lines)
        labelHeight: Theme.touch
        clearance: Theme.gap
    }

    GridLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.bottomMargin: Theme.gap / 2
        columns: root.wide ? 2 : 1
        rowSpacing: Theme.gap / 2
        columnSpacing: Theme.gap

        Item {
            id: area
            objectName: "mapArea"
            Layout.fillWidth: true
            Layout.fillHeight: true

            Image {
                id: picture
                objectName: "periodMap"
                x: root.map.imageX
                y: root.map.imageY
                width: root.map.imageWidth
                height: root.map.imageHeight
                // asked for once laid out: decoded once, at its size
                source: root.map.found && width > 0 ? root.map.url : ""
                asynchronous: true
                fillMode: Image.PreserveAspectFit
                sourceSize.width: Math.min(1600, Math.ceil(width))
                Accessible.role: Accessible.Graphic
                Accessible.name: root.map.alt
            }
            Repeater {
                // from each place to its label
                model: root.map.places
                Rectangle {
                    id: leader
                    required property real pinX
                    required property real pinY
                    required property real anchorX
                    required property real anchorY
                    x: pinX
                    y: pinY - height / 2
                    width: Math.hypot(anchorX - pinX, anchorY - pinY)
                    height: 3
                    color: Theme.text
                    antialiasing: true
                    transformOrigin: Item.Left
                    rotation: Math.atan2(anchorY - pinY, anchorX - pinX) * 180 / Math.PI
                }
            }
            Repeater {
                model: root.map.places
                Rectangle {
                    required property real pinX
                    required property real pinY
                    width: Math.round(Theme.gap * 0.9)
                    height: width
                    radius: width / 2
                    x: pinX - width / 2
                    y: pinY - height / 2
                    color: Theme.accent
                    border.width: 3
                    border.color: Theme.background
                }
            }
            Repeater {
                model: root.map.places
                Rectangle {
                    id: label
                    required property string chapterId
                    required property string title
                    required property string fullTitle
                    required property real labelX
                    required property real labelY
                    required property real labelWidth
                    required property real labelHeight
                    objectName: "place_" + chapterId
                    x: labelX
                    y: labelY
                    width: labelWidth
                    height: labelHeight
                    radius: Theme.radius
                    color: tap.pressed ? Theme.surfaceRaised : Theme.surface
                    border.width: activeFocus ? 4 : 2
                    border.color: activeFocus ? Theme.focus : Theme.text
                    activeFocusOnTab: true
                    Accessible.role: Accessible.Button
                    Accessible.name: fullTitle
                    Keys.onReturnPressed: root.nav.chapter(chapterId)
                    Keys.onSpacePressed: root.nav.chapter(chapterId)

                    Text {
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                        objectName: "placeTitle"
                        anchors.fill: parent
                        anchors.margins: Theme.gap / 4
                        text: label.title
                        textFormat: Text.PlainText
                        wrapMode: Text.WordWrap
                        maximumLineCount: 2
                        // smaller rather than cut: a label always says its whole name
                        fontSizeMode: Text.Fit
                        minimumPixelSize: Math.round(Theme.baseSize * 0.8 * root.labelScale * 0.6)
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Math.round(Theme.baseSize * 0.8 * root.labelScale)
                    }
                    TapHandler {
                        id: tap
                        onTapped: root.nav.chapter(label.chapterId)
                    }
                }
            }
            Text {
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                objectName: "mapMissing"
                anchors.centerIn: parent
                width: parent.width
                visible: !root.map.found || picture.status === Image.Error
                text: qsTr("The map could not be loaded.")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
            }
        }
        Flickable {
            // what the map shows and who drew it, then the chapters it cannot place;
            // beside the map it scrolls rather than push the map off the screen
            objectName: "mapSide"
            Layout.fillWidth: !root.wide
            Layout.fillHeight: root.wide
            Layout.preferredWidth: root.wide ? Math.min(Theme.bodySize * 10, root.width * 0.3) : -1
            Layout.preferredHeight: root.wide ? -1 : Math.min(side.implicitHeight, root.height / 3)
            contentHeight: side.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            clip: true

            Column {
                id: side
                width: parent.width
                spacing: Theme.gap / 2
                Text {
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                    objectName: "mapCaption"
                    visible: root.map.found
                    width: parent.width
                    text: (root.map.borders ? qsTr("Approximate borders of %1").arg(root.map.borders) + " · " : "")
                          + root.map.caption
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.smallSize
                }
                Text {
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                    objectName: "mapCredit"
                    visible: root.map.found
                    width: parent.width
                    text: root.map.credit
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Math.round(Theme.smallSize * 0.85)
                }
                Flow {
                    // chapters about law, memory and culture happened in no one place
                    objectName: "elsewhere"
                    visible: root.map.elsewhere.length > 0
                    width: parent.width
                    spacing: Theme.gap / 2
                    Text {
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                        width: root.wide ? parent.width : implicitWidth
                        height: Theme.touch
                        text: qsTr("Not tied to one place:")
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        verticalAlignment: Text.AlignVCenter
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.smallSize
                    }
                    Repeater {
                        model: root.map.elsewhere
                        BigButton {
                            required property var modelData
                            objectName: "elsewhere_" + modelData.chapterId
                            width: root.wide ? parent.width : Math.min(implicitWidth, parent.width)
                            text: modelData.title
                            onClicked: root.nav.chapter(modelData.chapterId)
                        }
                    }
                }
            }
        }
    }
}
