import QtQuick
import QtQuick.Layouts
import qml
import Kiosk.App

// The sources one section or event rests on; each opens its card.
ScreenFrame {
    id: root
    objectName: "sourceListScreen"

    property string kind: "section"
    property string targetId: ""
    property string targetTitle: ""
    readonly property var sources: Exhibit.language, Sources.forText(kind, targetId)
    title: qsTr("Sources")

    ListView {
        id: list
        objectName: "sourceList"
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.gap
        boundsBehavior: Flickable.StopAtBounds
        model: root.sources
        header: BodyText {
            width: Math.min(list.width, Theme.readingWidth)
            x: Exhibit.rightToLeft ? list.width - width : 0  // the reading side
            bottomPadding: Theme.gap
            color: Theme.textMuted
            text: qsTr("What “%1” rests on:").arg(root.targetTitle)
        }
        delegate: BigButton {
            required property var modelData
            objectName: "source_" + modelData.sourceId
            width: Math.min(list.width, Theme.readingWidth)
            x: Exhibit.rightToLeft ? list.width - width : 0  // the reading side
            text: modelData.author + (modelData.year ? " (" + modelData.year + ")" : "")
            detail: modelData.title + " · " + modelData.kindLabel
            onClicked: root.nav.source(modelData.sourceId)
        }
    }
}
