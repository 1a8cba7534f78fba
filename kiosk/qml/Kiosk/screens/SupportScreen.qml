import QtQuick
import Kiosk

// Support: where to get help first, large (the page's first paragraph: the helplines),
// then what a visitor may feel (curator-editable text).
ScreenFrame {
    id: root
    objectName: "supportScreen"
    readonly property PageView page: PageView { pageId: "support" }
    title: page.title || qsTr("Support and help")

    Flickable {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        contentHeight: column.implicitHeight + Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        Column {
            id: column
            width: Math.min(parent.width, Theme.readingWidth)
            x: Exhibit.rightToLeft ? parent.width - width : 0  // the reading side
            spacing: Theme.gap
            Rectangle {
                width: parent.width
                height: lead.implicitHeight + 2 * Theme.gap
                radius: Theme.radius
                color: Theme.surface
                visible: root.page.lead.length > 0
                Text {
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                    id: lead
                    objectName: "supportLead"
                    x: Theme.gap
                    y: Theme.gap
                    width: parent.width - 2 * Theme.gap
                    horizontalAlignment: Text.AlignLeft  // mirrored in Dari
                    text: root.page.lead
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.headingSize
                    lineHeight: 1.3
                }
            }
            BodyText {
                id: supportBody
                objectName: "supportBody"
                width: parent.width
                text: root.page.found ? root.page.rest
                      : qsTr("If this exhibit has upset you, please speak to a member of staff.")
            }
        }
    }
}
