import QtQuick
import Kiosk

// A glossary term and its definition.
ScreenFrame {
    id: root
    objectName: "termScreen"
    property string termId: ""
    readonly property TermView entry: TermView { termId: root.termId }
    title: entry.term || qsTr("Glossary")

    BodyText {
        objectName: "termDefinition"
        width: Math.min(parent.width - 2 * Theme.margin, Theme.readingWidth)
        x: Exhibit.rightToLeft ? parent.width - width - Theme.margin : Theme.margin
        font.pixelSize: Theme.headingSize
        text: root.entry.definition || ""
    }
}
