import QtQuick
import Kiosk

// A chapter's short attributed quotation from a witness or historian, beside its text:
// the words large, in their language's own quotation marks (the view gives them so), a
// rule, "— who, where the words stand" below, and the sources they rest on. Nothing is
// drawn where the chapter has none or the care policy withholds it (a profile, or a gate
// the visitor has not passed). Mirrored in Dari with the rest of the screen.
Column {
    id: root

    property string chapterId: ""
    property Navigator nav: null         // the navigator, for the sources

    readonly property QuotationView view: QuotationView { chapterId: root.chapterId }
    // "— who, where the words stand", punctuated as the language writes it (an
    // attribution not yet translated keeps the English comma)
    readonly property string attribution: !view.role ? "— " + view.by
        : view.byFallback ? "— " + view.by + ", " + view.role
        : qsTr("— %1, %2").arg(view.by).arg(view.role)

    objectName: "quotation"
    visible: view.hasQuotation
    height: visible ? implicitHeight : 0
    spacing: Theme.gap / 2
    // read as one: the words, then who said them and where they stand
    Accessible.role: Accessible.StaticText
    Accessible.name: view.hasQuotation
        ? qsTr("Quotation: %1 by %2").arg(view.text).arg(root.attribution.slice(2))
        : ""

    Text {
        objectName: "quotationText"
        Accessible.ignored: true  // the quotation says it, with who said it
        width: root.width
        horizontalAlignment: Text.AlignLeft  // mirrored: the right in Dari
        text: root.view.text
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.text
        font.family: Theme.serifFamily
        font.pixelSize: Theme.headingSize
        lineHeight: 1.2
    }
    Rectangle {
        objectName: "quotationRule"
        x: Exhibit.rightToLeft ? root.width - width : 0  // on the reading side
        width: Math.min(root.width, Theme.bodySize * 4)
        height: 3
        radius: 1
        color: Theme.accent
    }
    Text {
        objectName: "quotationBy"
        Accessible.ignored: true  // the quotation says it
        width: root.width
        horizontalAlignment: Text.AlignLeft
        text: root.attribution
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.smallSize
        lineHeight: 1.15
    }
    Text {
        objectName: "quotationFallback"
        Accessible.role: Accessible.StaticText
        Accessible.name: text
        visible: root.view.fallback
        width: root.width
        horizontalAlignment: Text.AlignLeft
        text: qsTr("Shown in English")
        textFormat: Text.PlainText
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.smallSize
    }
    BigButton {
        objectName: "quotationSources"
        x: Exhibit.rightToLeft ? root.width - width : 0
        width: Math.min(implicitWidth, root.width)
        visible: root.view.sourceCount > 0
        text: qsTr("Sources (%1)").arg(root.view.sourceCountText)
        onClicked: if (root.nav) root.nav.sourcesOf("quotation", root.chapterId, root.view.by)
    }
}
