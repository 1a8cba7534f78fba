import QtQuick
import Kiosk

// Shown instead of the exhibit when its content cannot be used: never a blank screen.
Item {
    id: root
    objectName: "errorScreen"
    required property Navigator nav

    Rectangle { anchors.fill: parent; color: Theme.background }
    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.readingWidth)
        spacing: Theme.margin
        Text {
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("This exhibit is not available at the moment")
            textFormat: Text.PlainText
            color: Theme.text
            font.family: Theme.serifFamily
            font.pixelSize: Theme.titleSize
        }
        Text {
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Please ask a member of staff for help.")
            textFormat: Text.PlainText
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
        }
        Text {
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            objectName: "errorDetail"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("For staff: %1").arg(Exhibit.errorMessage)
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
        }
    }
}
