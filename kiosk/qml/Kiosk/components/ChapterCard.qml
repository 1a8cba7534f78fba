import QtQuick
import Kiosk

// One chapter in the list: cover (or a neutral placeholder), title, period, region,
// and a marker when the chapter carries a content warning.
Rectangle {
    id: root

    property string title
    property string period
    property string region
    property string coverId
    property real coverRatio: 0  // height / width of the copy of the map the card draws
    property bool hasWarning
    signal activated()

    radius: Theme.radius
    color: tap.pressed ? Theme.surfaceRaised : Theme.surface
    border.width: activeFocus ? 4 : 2
    border.color: activeFocus ? Theme.focus : Theme.controlBorder
    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    Accessible.name: title
    Accessible.description: (root.period + " · " + root.region)
                            + (root.hasWarning ? ". " + qsTr("Contains distressing content") : "")
    Accessible.onPressAction: root.activated()
    Keys.onReturnPressed: root.activated()
    Keys.onSpacePressed: root.activated()

    Rectangle {
        id: coverBox
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: parent.height * 0.34
        radius: Theme.radius
        color: Theme.surfaceRaised
        clip: true

        Image {
            id: cover
            objectName: "chapterCover"
            Accessible.ignored: true  // decorative: the card names the chapter
            anchors.fill: parent
            // asked for once laid out in both directions: decoded once, at its size
            source: width > 0 && height > 0 && root.coverId ? Exhibit.mediaUrl(root.coverId, "card") : ""
            visible: status === Image.Ready
            asynchronous: true
            fillMode: Image.PreserveAspectCrop
            // the width alone: the box is always wider than the map is tall, so a map
            // decoded to its width covers it, and one size means one decode (the one
            // CoverCache made ahead of time: Theme.chapterCoverWidth is this width); of
            // it only the band the box shows is kept (about half the map's height)
            sourceSize.width: width
            sourceClipRect: Theme.coverClip(width, height, root.coverRatio)
        }
        Text {
            // neutral placeholder where there is no cover or it failed to load
            objectName: "coverPlaceholder"
            anchors.centerIn: parent
            visible: cover.status !== Image.Ready
            text: root.period
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.family: Theme.serifFamily
            font.pixelSize: Theme.headingSize
        }
    }
    Column {
        anchors { left: parent.left; right: parent.right; top: coverBox.bottom; margins: Theme.gap }
        spacing: Theme.gap / 3
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignLeft  // mirrored in Dari
            text: root.title
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.bold: true
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignLeft  // mirrored in Dari
            text: root.period + " · " + root.region  // the years stay whole when it is cut
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            // room for a three-line title and two lines more; larger text gets two lines
            maximumLineCount: Access.textStep > 0 ? 2 : 1
            elide: Text.ElideRight
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
        }
        Text {
            objectName: "warningMarker"
            visible: root.hasWarning
            width: parent.width
            horizontalAlignment: Text.AlignLeft  // mirrored in Dari
            text: qsTr("Contains distressing content")
            textFormat: Text.PlainText
            maximumLineCount: 1
            fontSizeMode: Text.HorizontalFit  // smaller rather than cut: the warning is whole
            minimumPixelSize: Math.round(Theme.smallSize * 0.7)
            elide: Text.ElideRight
            color: Theme.warning
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
        }
    }
    TapHandler {
        id: tap
        onTapped: root.activated()
    }
}
