import QtQuick
import QtQuick.Layouts
import Kiosk

// Home: the ways into the exhibit. Parts not built yet are shown disabled, not faked.
ScreenFrame {
    id: root
    objectName: "homeScreen"
    title: qsTr("Soviet war crimes, 1919–1991")
    showHome: false
    showBack: false

    // the map screen needs a period map in the content
    readonly property PeriodMapView periodMap: PeriodMapView {}

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        columns: root.width > root.height ? 2 : 1
        rowSpacing: Theme.gap
        columnSpacing: Theme.gap

        BigButton {
            objectName: "homeChapters"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            Layout.preferredHeight: 1
            primary: true
            text: qsTr("Chapters")
            detail: qsTr("%n chapter(s) on countries and themes", "", Exhibit.chapters.count)
            onClicked: root.nav.chapters()
        }
        BigButton {
            objectName: "homeTimeline"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            Layout.preferredHeight: 1
            text: qsTr("Timeline")
            detail: qsTr("1917 to today, year by year")
            onClicked: root.nav.timeline()
        }
        BigButton {
            objectName: "homeMap"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            Layout.preferredHeight: 1
            enabled: root.periodMap?.found ?? false
            text: qsTr("Map")
            detail: qsTr("Where each chapter happened")
            onClicked: root.nav.periodMap()
        }
        BigButton {
            objectName: "homeSources"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            Layout.preferredHeight: 1
            text: qsTr("Sources")
            detail: qsTr("What every claim rests on")
            onClicked: root.nav.sources()
        }
        BigButton {
            objectName: "homeSearch"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            Layout.preferredHeight: 1
            text: qsTr("Search")
            detail: qsTr("Find a name, a place or a word")
            onClicked: root.nav.search()
        }
        BigButton {
            objectName: "homeAbout"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            Layout.preferredHeight: 1
            text: qsTr("About the exhibit")
            onClicked: root.nav.about()
        }
    }
}
