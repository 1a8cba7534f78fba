pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// Every source of the exhibit, grouped by kind, and a guide to reading them.
ScreenFrame {
    id: root
    objectName: "sourcesScreen"
    title: qsTr("Sources")
    readonly property SourceGroupsView view: SourceGroupsView { }

    ListView {
        id: list
        objectName: "sourcesList"
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        model: root.view.groups
        header: Item {
            width: list.width
            height: guide.implicitHeight + Theme.margin
            BigButton {
                id: guide
                objectName: "readingGuide"
                width: Math.min(list.width, Theme.readingWidth)
                x: Exhibit.rightToLeft ? list.width - width : 0  // the reading side
                primary: true
                text: qsTr("How to read the sources")
                onClicked: root.nav.page("reading-guide")
            }
        }
        delegate: Column {
            id: group
            required property var modelData
            width: list.width
            spacing: Theme.gap / 2
            Text {
                Accessible.role: Accessible.StaticText
                Accessible.name: text
                width: parent.width
                horizontalAlignment: Text.AlignLeft  // mirrored in Dari
                wrapMode: Text.Wrap  // a long kind ("Wartime propaganda ...") in Russian
                text: group.modelData.kindLabel
                textFormat: Text.PlainText
                color: Theme.accent
                font.family: Theme.serifFamily
                font.pixelSize: Theme.headingSize
            }
            Flow {
                width: parent.width
                spacing: Theme.gap / 2
                Repeater {
                    model: group.modelData.sources
                    BigButton {
                        id: entry
                        required property var modelData
                        objectName: "source_" + entry.modelData.sourceId
                        width: Math.min(implicitWidth, list.width)
                        text: entry.modelData.author + (entry.modelData.year ? " (" + entry.modelData.year + ")" : "")
                        onClicked: root.nav.source(entry.modelData.sourceId)
                    }
                }
            }
        }
    }
}
