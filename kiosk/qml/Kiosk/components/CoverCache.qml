pragma ComponentBehavior: Bound
import QtQuick
import Kiosk

// The chapter grid's maps, decoded ahead of time: once the window has drawn its first
// frame, every chapter card's map is decoded, off the GUI thread, at the size the grid
// draws it (Theme.chapterCoverWidth) and held here. The grid then finds them in Qt's
// image cache and shows its first frame with every map in it.
Item {
    id: root
    objectName: "coverCache"
    visible: false

    property bool started: false
    // how many maps are decoded (or have failed, or have none); ready when all are
    property int settled: 0
    readonly property bool ready: root.started && covers.count > 0 && root.settled >= covers.count
    readonly property int coverWidth: Theme.chapterCoverWidth(root.Window.width - 2 * Theme.margin)

    Connections {
        target: root.Window.window
        enabled: !root.started
        // after the frame's own handlers, in a later turn of the event loop
        function onFrameSwapped() { Qt.callLater(() => { root.started = true }) }
    }

    Repeater {
        id: covers
        model: root.started && root.coverWidth > 0 ? Exhibit.chapters : null
        Image {
            required property string coverId
            required property real coverRatio
            Accessible.ignored: true  // never shown: decodes ahead of the chapter grid
            // as ChapterCard asks for it: the same file, size and fill share one decode
            source: coverId ? Exhibit.mediaUrl(coverId, "card") : ""
            asynchronous: true
            fillMode: Image.PreserveAspectCrop
            sourceSize.width: root.coverWidth
            sourceClipRect: Theme.coverClip(root.coverWidth, Theme.chapterCoverHeight(), coverRatio)
            property bool done: false
            function settle() {
                if (!done && (status === Image.Ready || status === Image.Error || !coverId)) {
                    done = true
                    root.settled += 1
                }
            }
            onStatusChanged: settle()
            Component.onCompleted: settle()
        }
    }
}
