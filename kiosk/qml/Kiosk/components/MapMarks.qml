pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// The numbers on a map's deportation routes, set on the picture in the visitor's
// language and digits; each one opens its figure, with every estimate and who gives it.
// The picture carries the arrows; it never carries words or numbers.
Item {
    id: root

    required property var routes          // [{figureId, label, x, y}]: shares of the picture
    required property real pictureWidth   // the picture as drawn inside this item
    required property real pictureHeight
    property Navigator nav: null

    Repeater {
        model: root.routes
        Item {
            id: mark
            required property var modelData
            objectName: "route_" + modelData.figureId
            width: Math.max(Theme.touch, chip.width)
            height: Theme.touch
            // centred on its point of the route, kept inside the picture
            x: Math.max(0, Math.min(root.width - width,
                (root.width - root.pictureWidth) / 2 + modelData.x * root.pictureWidth - width / 2))
            y: Math.max(0, Math.min(root.height - height,
                (root.height - root.pictureHeight) / 2 + modelData.y * root.pictureHeight - height / 2))
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("The numbers and who gives them: %1").arg(modelData.label)

            Rectangle {
                id: chip
                anchors.centerIn: parent
                width: number.implicitWidth + Theme.gap
                height: number.implicitHeight + Theme.gap / 2
                radius: height / 2
                color: tap.pressed ? Theme.surfaceRaised : Theme.surface
                border.width: 2
                border.color: Theme.text
                Text {
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                    id: number
                    objectName: "routeNumber"
                    anchors.centerIn: parent
                    text: mark.modelData.label
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.smallSize
                    font.bold: true
                }
            }
            TapHandler {
                id: tap
                enabled: root.nav !== null
                onTapped: root.nav.figures("figure", mark.modelData.figureId)
            }
        }
    }
}
