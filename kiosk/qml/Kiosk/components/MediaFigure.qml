import QtQuick
import Kiosk

// One image with its caption, credit and licence. A warned image stands blurred behind
// its own small gate (what it shows, in words, and a Show button) until the visitor
// chooses to see it; Hide is always there once it shows. The profile may withhold it
// entirely (its ImageView says "hidden"): then nothing of it is drawn.
Column {
    id: root

    required property var media          // mediaId, width, height, caption, alt, credit, licence, perpetrator, warnings;
                                         // a map: borders (its year), routes (numbers on it)
    property Navigator nav: null         // the navigator, for the support screen
    property int maxHeight: Theme.bodySize * 18

    readonly property ImageView view: ImageView {
        mediaId: root.media.mediaId
        tags: root.media.warnings
        drawnWidth: Math.ceil(frame.width)
    }
    readonly property string mode: view.mode
    readonly property bool sharp: view.sharp

    objectName: "image_" + media.mediaId
    visible: mode !== "hidden"
    height: visible ? implicitHeight : 0
    spacing: Theme.gap / 2

    Item {
        id: frame
        objectName: "mediaFrame"
        x: Exhibit.rightToLeft ? root.width - width : 0  // on the reading side
        // keep the image's proportions inside the column's width and a height cap
        readonly property real ratio: root.media.width > 0 ? root.media.height / root.media.width : 0.66
        width: Math.min(root.width, root.maxHeight / ratio)
        height: Math.max(width * ratio, gateColumn.implicitHeight + Theme.gap)

        Rectangle {
            anchors.fill: parent
            color: Theme.surface
            radius: Theme.radius
        }
        Image {
            id: picture
            objectName: "mediaImage"
            anchors.fill: parent
            // the sharp variant is asked for only when it may be shown; the exhibit
            // hands out the blurred one otherwise, so a mistake here never shows it
            // asked for only once its size is known, and the view has picked the copy
            // for that size: a request without one decodes the full image, and a size
            // or copy that arrives later decodes it a second time
            source: root.visible && width > 0 && root.view.drawnWidth > 0 ? root.view.url : ""
            readonly property bool blurred: !root.sharp
            asynchronous: true
            cache: false
            fillMode: Image.PreserveAspectFit
            sourceSize.width: Math.min(1600, Math.ceil(width))
            Accessible.role: Accessible.Graphic
            Accessible.name: root.sharp ? root.media.alt : qsTr("Blurred image")
        }
        Rectangle {
            // the image's own gate: what it shows, in plain words, and the choice
            objectName: "imageGate"
            visible: root.mode === "gated"
            anchors.fill: parent
            radius: Theme.radius
            color: "#b3111316"
            Column {
                id: gateColumn
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.gap
                spacing: Theme.gap / 2
                Text {
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                    objectName: "imageGateText"
                    width: parent.width
                    text: root.view.gateText
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                }
                Row {
                    anchors.horizontalCenter: parent.horizontalCenter
                    spacing: Theme.gap
                    BigButton {
                        objectName: "imageShow"
                        primary: true
                        text: qsTr("Show the image")
                        onClicked: Care.showImage(root.media.mediaId, root.media.warnings)
                    }
                    BigButton {
                        objectName: "imageSupport"
                        visible: root.nav !== null
                        text: qsTr("Support and help")
                        onClicked: root.nav.support()
                    }
                }
            }
        }
        MapMarks {
            // a map's numbers, on its routes (a map never carries a warning)
            objectName: "mapMarks"
            anchors.fill: parent
            visible: root.sharp && picture.status === Image.Ready && routes.length > 0
            routes: root.media.routes ?? []
            pictureWidth: picture.paintedWidth
            pictureHeight: picture.paintedHeight
            nav: root.nav
        }
        BigButton {
            // always there once the image shows: one tap and it is blurred again
            objectName: "imageHide"
            visible: root.mode === "shown"
            anchors.top: parent.top
            anchors.right: parent.right
            anchors.margins: Theme.gap / 2
            text: qsTr("Hide")
            onClicked: Care.hideImage(root.media.mediaId)
        }
        Column {
            // the image could not be read: say so, and say what it shows
            objectName: "imageMissing"
            visible: picture.status === Image.Error
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.gap
            spacing: Theme.gap / 2
            Text {
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                width: parent.width
                text: qsTr("This image could not be loaded.")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
            }
            Text {
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                width: parent.width
                visible: root.sharp
                text: root.media.alt
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.smallSize
            }
        }
    }
    Text {
        Accessible.role: Accessible.StaticText
        Accessible.name: text
        objectName: "perpetratorNote"
        x: frame.x
        visible: root.media.perpetrator
        width: frame.width
        horizontalAlignment: Text.AlignLeft  // mirrored in Dari
        text: qsTr("Photograph taken by the perpetrators")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.warning
        font.family: Theme.fontFamily
        font.pixelSize: Theme.smallSize
        font.bold: true
    }
    Text {
        Accessible.role: Accessible.StaticText
        Accessible.name: text
        objectName: "mediaCaption"
        x: frame.x
        width: frame.width
        horizontalAlignment: Text.AlignLeft  // mirrored in Dari
        text: root.media.caption
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.smallSize
    }
    Text {
        Accessible.role: Accessible.StaticText
        Accessible.name: text
        // a map shows the borders of its time, as the dataset draws them
        objectName: "mapBorders"
        x: frame.x
        visible: (root.media.borders ?? "") !== ""
        width: frame.width
        horizontalAlignment: Text.AlignLeft  // mirrored in Dari
        text: qsTr("Approximate borders of %1").arg(root.media.borders ?? "")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.smallSize
    }
    Text {
        Accessible.role: Accessible.StaticText
        Accessible.name: text
        objectName: "mediaCredit"
        x: frame.x
        width: frame.width
        horizontalAlignment: Text.AlignLeft  // mirrored in Dari
        text: root.media.credit + " · " + root.media.licence
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Math.round(Theme.smallSize * 0.85)
    }
}
