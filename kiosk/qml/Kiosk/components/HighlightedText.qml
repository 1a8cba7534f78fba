import QtQuick
import Kiosk

// The one text item that shows markup: search snippets. Its markup is made by the
// exhibit's own code (content escaped first, then matches wrapped in <b>), never read
// from the database.
Text {
    id: root
    property string markup: ""
    text: markup
    textFormat: Text.StyledText
    wrapMode: Text.Wrap
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.smallSize
    // a screen reader gets the words, not the markup
    Accessible.role: Accessible.StaticText
    Accessible.name: markup.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">")
                           .replace(/&quot;/g, "\"").replace(/&#39;/g, "'").replace(/&amp;/g, "&")
}
