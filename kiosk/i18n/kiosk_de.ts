<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About the exhibit</source>
        <translation>Über diese Ausstellung</translation>
    </message>
    <message>
        <source>No description is available.</source>
        <translation>Keine Beschreibung vorhanden.</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>Hilfe und Unterstützung</translation>
    </message>
</context>
<context>
    <name>AdminExit</name>
    <message>
        <source>Staff only: hold for the staff panel</source>
        <translation>Nur für das Personal: gedrückt halten, um das Personalmenü zu öffnen</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Soviet war crimes, 1919–1991</source>
        <translation>Sowjetische Kriegsverbrechen, 1919–1991</translation>
    </message>
    <message>
        <source>Crimes against civilians and prisoners, the evidence behind them, and how they are remembered</source>
        <translation>Verbrechen an Zivilisten und Gefangenen, die Belege dafür und wie an sie erinnert wird</translation>
    </message>
</context>
<context>
    <name>BreakScreen</name>
    <message>
        <source>Take a break</source>
        <translation>Machen Sie eine Pause</translation>
    </message>
    <message>
        <source>Take as long as you need. You can come back to the exhibit, choose another part of it, or stop here.</source>
        <translation>Nehmen Sie sich so viel Zeit, wie Sie brauchen. Sie können zur Ausstellung zurückkehren, einen anderen Teil wählen oder hier aufhören.</translation>
    </message>
    <message>
        <source>Back to the start of the exhibit</source>
        <translation>Zurück zum Anfang der Ausstellung</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>Hilfe und Unterstützung</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <source>This chapter describes %1.</source>
        <translation>Dieses Kapitel beschreibt %1.</translation>
    </message>
    <message>
        <source>This section describes %1.</source>
        <translation>Dieser Abschnitt beschreibt %1.</translation>
    </message>
    <message>
        <source>This event involved %1.</source>
        <translation>Bei diesem Ereignis geht es um %1.</translation>
    </message>
    <message>
        <source>The details that follow describe %1.</source>
        <translation>Die folgenden Einzelheiten beschreiben %1.</translation>
    </message>
    <message>
        <source>These numbers concern %1.</source>
        <translation>Diese Zahlen betreffen %1.</translation>
    </message>
    <message>
        <source>This image shows dead or injured people.</source>
        <translation>Dieses Bild zeigt tote oder verletzte Menschen.</translation>
    </message>
    <message>
        <source>It concerns %1.</source>
        <translation>Es geht um %1.</translation>
    </message>
    <message>
        <source>This image concerns %1.</source>
        <translation>Dieses Bild betrifft %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Classroom profile</source>
        <translation>Profil: Schulklasse</translation>
    </message>
    <message>
        <source>Under-14 profile</source>
        <translation>Profil: Unter 14</translation>
    </message>
</context>
<context>
    <name>ChapterCard</name>
    <message>
        <source>Contains distressing content</source>
        <translation>Enthält belastende Inhalte</translation>
    </message>
</context>
<context>
    <name>ChapterListScreen</name>
    <message>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>Shown in English</source>
        <translation>Auf Englisch angezeigt</translation>
    </message>
    <message>
        <source>On the timeline</source>
        <translation>Auf der Zeitleiste</translation>
    </message>
    <message>
        <source>You chose to read only the summary of this chapter.</source>
        <translation>Sie haben sich entschieden, nur die Zusammenfassung dieses Kapitels zu lesen.</translation>
    </message>
    <message>
        <source>This profile shows the summary of each chapter.</source>
        <translation>In diesem Profil sehen Sie von jedem Kapitel nur die Zusammenfassung.</translation>
    </message>
    <message>
        <source>Read the whole chapter</source>
        <translation>Das ganze Kapitel lesen</translation>
    </message>
    <message>
        <source>Historians disagree</source>
        <translation>Die Forschung ist sich uneinig</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>Quellen (%1)</translation>
    </message>
    <message>
        <source>Numbers (%1)</source>
        <translation>Zahlen (%1)</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Begriffe</translation>
    </message>
    <message>
        <source>Hide the detailed account</source>
        <translation>Ausführliche Schilderung ausblenden</translation>
    </message>
    <message>
        <source>Read the detailed account</source>
        <translation>Ausführliche Schilderung lesen</translation>
    </message>
    <message>
        <source>Contains distressing details</source>
        <translation>Enthält belastende Einzelheiten</translation>
    </message>
    <message>
        <source>In this chapter</source>
        <translation>In diesem Kapitel</translation>
    </message>
    <message>
        <source>In numbers</source>
        <translation>In Zahlen</translation>
    </message>
    <message>
        <source>Many of these crimes were never tried. Some have been, and they are remembered. You can read on, or take a moment first.</source>
        <translation>Viele dieser Verbrechen kamen nie vor Gericht. Manche schon, und an sie wird erinnert. Sie können weiterlesen oder sich zuerst einen Moment Zeit nehmen.</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>Pause machen</translation>
    </message>
    <message>
        <source>Dates in this chapter</source>
        <translation>Chronik dieses Kapitels</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>Ages %1+</source>
        <translation>Ab %1 Jahren</translation>
    </message>
    <message>
        <source>Ages %1–%2</source>
        <translation>%1–%2 Jahre</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1 stops</source>
        <translation>%1 Stationen</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Stop %1 of %2</source>
        <translation>Station %1 von %2</translation>
    </message>
</context>
<context>
    <name>ClassroomBar</name>
    <message>
        <source>Previous</source>
        <translation>Vorherige</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Diskussionsfragen</translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>Hinweis für Lehrkräfte</translation>
    </message>
    <message>
        <source>Print this</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>End lesson</source>
        <translation>Stunde beenden</translation>
    </message>
</context>
<context>
    <name>ClassroomPanel</name>
    <message>
        <source>Shown in English</source>
        <translation>Auf Englisch angezeigt</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>This exhibit is not available at the moment</source>
        <translation>Diese Ausstellung ist gerade nicht verfügbar</translation>
    </message>
    <message>
        <source>Please ask a member of staff for help.</source>
        <translation>Bitte wenden Sie sich an das Museumspersonal.</translation>
    </message>
    <message>
        <source>For staff: %1</source>
        <translation>Für das Personal: %1</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Sources (%1)</source>
        <translation>Quellen (%1)</translation>
    </message>
    <message>
        <source>Numbers (%1)</source>
        <translation>Zahlen (%1)</translation>
    </message>
    <message>
        <source>Open the chapter</source>
        <translation>Zum Kapitel</translation>
    </message>
</context>
<context>
    <name>Exhibit</name>
    <message>
        <source>{d} {m} {y}</source>
        <translation>{d}. {m} {y}</translation>
    </message>
    <message>
        <source>{m} {y}</source>
        <translation>{m} {y}</translation>
    </message>
    <message>
        <source>spring</source>
        <translation>Frühling</translation>
    </message>
    <message>
        <source>summer</source>
        <translation>Sommer</translation>
    </message>
    <message>
        <source>autumn</source>
        <translation>Herbst</translation>
    </message>
    <message>
        <source>winter</source>
        <translation>Winter</translation>
    </message>
    <message>
        <source>c. {}</source>
        <translation>um {}</translation>
    </message>
    <message>
        <source>winter {}–{}</source>
        <translation>Winter {}/{}</translation>
    </message>
    <message>
        <source>{}–{}</source>
        <translation>{}–{}</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>FigureScreen</name>
    <message>
        <source>The numbers and who gives them</source>
        <translation>Die Zahlen und wer sie nennt</translation>
    </message>
    <message>
        <source>Estimates differ</source>
        <translation>Die Schätzungen gehen auseinander</translation>
    </message>
    <message>
        <source>About this source</source>
        <translation>Über diese Quelle</translation>
    </message>
</context>
<context>
    <name>GateScreen</name>
    <message>
        <source>Before you continue</source>
        <translation>Bevor es weitergeht</translation>
    </message>
    <message>
        <source>You can read the whole chapter, read only its summary, or go back.</source>
        <translation>Sie können das ganze Kapitel lesen, nur die Zusammenfassung lesen oder zurückgehen.</translation>
    </message>
    <message>
        <source>You can continue or go back.</source>
        <translation>Sie können fortfahren oder zurückgehen.</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Einzelheiten zeigen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Summary only</source>
        <translation>Nur die Zusammenfassung</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>Hilfe und Unterstützung</translation>
    </message>
</context>
<context>
    <name>HandoutPrinter</name>
    <message>
        <source>Only the chapter&apos;s summary, as chosen in the exhibit.</source>
        <translation>Nur die Zusammenfassung des Kapitels, wie in der Ausstellung gewählt.</translation>
    </message>
    <message>
        <source>This profile prints the summary of each chapter.</source>
        <translation>In diesem Profil wird von jedem Kapitel nur die Zusammenfassung gedruckt.</translation>
    </message>
    <message>
        <source>Soviet war crimes, 1919–1991: a handout from the exhibit</source>
        <translation>Sowjetische Kriegsverbrechen, 1919–1991: ein Handout aus der Ausstellung</translation>
    </message>
    <message>
        <source>From the chapter: %1</source>
        <translation>Aus dem Kapitel: %1</translation>
    </message>
    <message>
        <source>Content note: %1</source>
        <translation>Inhaltshinweis: %1</translation>
    </message>
    <message>
        <source>Not yet translated: shown in English.</source>
        <translation>Noch nicht übersetzt: auf Englisch wiedergegeben.</translation>
    </message>
    <message>
        <source>Historians disagree</source>
        <translation>Die Forschung ist sich uneinig</translation>
    </message>
    <message>
        <source>The chapter&apos;s detailed accounts are not included.</source>
        <translation>Die ausführlichen Schilderungen des Kapitels sind nicht enthalten.</translation>
    </message>
    <message>
        <source>Dates in this chapter</source>
        <translation>Chronik dieses Kapitels</translation>
    </message>
    <message>
        <source>Numbers and who gives them</source>
        <translation>Zahlen und wer sie nennt</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Printed on %1 from the exhibit&apos;s content, version %2.</source>
        <translation>Gedruckt am %1 aus den Inhalten der Ausstellung, Version %2.</translation>
    </message>
    <message>
        <source>Museum profile</source>
        <translation>Profil: Museum</translation>
    </message>
    <message>
        <source>Classroom profile: no detailed accounts, no graphic images</source>
        <translation>Profil: Schulklasse – keine ausführlichen Schilderungen, keine drastischen Bilder</translation>
    </message>
    <message>
        <source>Under-14 profile: summaries only</source>
        <translation>Profil: Unter 14 – nur Zusammenfassungen</translation>
    </message>
    <message>
        <source>Ages %1+</source>
        <translation>Ab %1 Jahren</translation>
    </message>
    <message>
        <source>Ages %1–%2</source>
        <translation>%1–%2 Jahre</translation>
    </message>
    <message>
        <source>Soviet war crimes, 1919–1991: a lesson path through the exhibit</source>
        <translation>Sowjetische Kriegsverbrechen, 1919–1991: ein Lernpfad durch die Ausstellung</translation>
    </message>
    <message>
        <source>%1 · %2 minutes · %3 stops</source>
        <translation>%1 · %2 Minuten · %3 Stationen</translation>
    </message>
    <message>
        <source>Students will:</source>
        <translation>Die Schülerinnen und Schüler sollen:</translation>
    </message>
    <message>
        <source>Stop %1 of %2</source>
        <translation>Station %1 von %2</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Diskussionsfragen</translation>
    </message>
    <message>
        <source>For the teacher</source>
        <translation>Für Lehrkräfte</translation>
    </message>
</context>
<context>
    <name>HandoutView</name>
    <message>
        <source>this computer has no Documents folder</source>
        <translation>dieser Computer hat keinen Ordner „Dokumente“</translation>
    </message>
    <message>
        <source>Saving the handout…</source>
        <translation>Handout wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>The handout could not be saved: %1</source>
        <translation>Das Handout konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Soviet war crimes, 1919–1991</source>
        <translation>Sowjetische Kriegsverbrechen, 1919–1991</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) on countries and themes</source>
        <translation>
            <numerusform>%n Kapitel über Länder und Themen</numerusform>
            <numerusform>%n Kapitel über Länder und Themen</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>1917 to today, year by year</source>
        <translation>Von 1917 bis heute, Jahr für Jahr</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Where each chapter happened</source>
        <translation>Wo jedes Kapitel spielt</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>What every claim rests on</source>
        <translation>Worauf sich jede Aussage stützt</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Find a name, a place or a word</source>
        <translation>Einen Namen, einen Ort oder ein Wort finden</translation>
    </message>
    <message>
        <source>About the exhibit</source>
        <translation>Über diese Ausstellung</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit will start again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>Die Ausstellung beginnt in %n Sekunde für den nächsten Besuch von vorn.</numerusform>
            <numerusform>Die Ausstellung beginnt in %n Sekunden für den nächsten Besuch von vorn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Cursor left</source>
        <translation>Cursor nach links</translation>
    </message>
    <message>
        <source>Cursor right</source>
        <translation>Cursor nach rechts</translation>
    </message>
    <message>
        <source>Half space</source>
        <translation>Halbes Leerzeichen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Capital letters</source>
        <translation>Großbuchstaben</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Letztes Zeichen löschen</translation>
    </message>
    <message>
        <source>Enter: show the results</source>
        <translation>Eingabe: Ergebnisse zeigen</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>Tastatur ausblenden</translation>
    </message>
    <message>
        <source>Keyboard language: %1. Tap for the next one</source>
        <translation>Tastatursprache: %1. Tippen für die nächste</translation>
    </message>
    <message>
        <source>Numbers and symbols</source>
        <translation>Zahlen und Zeichen</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Buchstaben</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Wählen Sie Ihre Sprache</translation>
    </message>
    <message>
        <source>This exhibit describes killings, deportations and sexual violence. Before the most distressing parts you can choose what to see.</source>
        <translation>Diese Ausstellung beschreibt Tötungen, Deportationen und sexuelle Gewalt. Vor den belastendsten Teilen können Sie wählen, was Sie sehen möchten.</translation>
    </message>
    <message>
        <source>Some parts in English</source>
        <translation>Einige Teile auf Englisch</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Soviet war crimes, 1919–1991</source>
        <translation>Sowjetische Kriegsverbrechen, 1919–1991</translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>Hinweis für Lehrkräfte</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Diskussionsfragen</translation>
    </message>
</context>
<context>
    <name>MapMarks</name>
    <message>
        <source>The numbers and who gives them: %1</source>
        <translation>Die Zahlen und wer sie nennt: %1</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Where it happened</source>
        <translation>Wo es geschah</translation>
    </message>
    <message>
        <source>The map could not be loaded.</source>
        <translation>Die Karte konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Approximate borders of %1</source>
        <translation>Ungefähre Grenzen von %1</translation>
    </message>
    <message>
        <source>Not tied to one place:</source>
        <translation>Nicht an einen Ort gebunden:</translation>
    </message>
</context>
<context>
    <name>MediaFigure</name>
    <message>
        <source>Blurred image</source>
        <translation>Unscharf gemachtes Bild</translation>
    </message>
    <message>
        <source>Show the image</source>
        <translation>Bild zeigen</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>Hilfe und Unterstützung</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>This image could not be loaded.</source>
        <translation>Dieses Bild konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Photograph taken by the perpetrators</source>
        <translation>Von den Tätern aufgenommenes Foto</translation>
    </message>
    <message>
        <source>Approximate borders of %1</source>
        <translation>Ungefähre Grenzen von %1</translation>
    </message>
</context>
<context>
    <name>MoreBelow</name>
    <message>
        <source>More below</source>
        <translation>Weiter unten mehr</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>Pause machen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Text %1 %</source>
        <translation>Textgröße %1 %</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Vorlesen beenden</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
</context>
<context>
    <name>PageScreen</name>
    <message>
        <source>This page is not available.</source>
        <translation>Diese Seite ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>PathChooserScreen</name>
    <message>
        <source>Choose a lesson path</source>
        <translation>Lernpfad wählen</translation>
    </message>
    <message>
        <source>Each path leads a class through the exhibit, stop by stop, with questions to discuss. The classroom profile is on: no detailed accounts of violence and no graphic images.</source>
        <translation>Jeder Lernpfad führt eine Klasse Station für Station durch die Ausstellung, mit Fragen zur Diskussion. Das Profil „Schulklasse“ ist eingeschaltet: keine ausführlichen Schilderungen von Gewalt und keine drastischen Bilder.</translation>
    </message>
    <message>
        <source>This exhibit&apos;s content has no lesson paths.</source>
        <translation>Die Inhalte dieser Ausstellung enthalten keine Lernpfade.</translation>
    </message>
    <message>
        <source>Shown in English</source>
        <translation>Auf Englisch angezeigt</translation>
    </message>
    <message>
        <source>Start this lesson</source>
        <translation>Diese Stunde beginnen</translation>
    </message>
    <message>
        <source>Students will:</source>
        <translation>Die Schülerinnen und Schüler sollen:</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>Personal-PIN</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait %1 s, then try again.</source>
        <translation>Zu viele falsche PINs. Bitte %1 s warten und erneut versuchen.</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Falsche PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <source>Print this</source>
        <translation>Drucken</translation>
    </message>
</context>
<context>
    <name>Quotation</name>
    <message>
        <source>— %1, %2</source>
        <translation>— %1, %2</translation>
    </message>
    <message>
        <source>Quotation: %1 by %2</source>
        <translation>Zitat: %1 von %2</translation>
    </message>
    <message>
        <source>Shown in English</source>
        <translation>Auf Englisch angezeigt</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>Quellen (%1)</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Type a name, a place or a word</source>
        <translation>Geben Sie einen Namen, einen Ort oder ein Wort ein</translation>
    </message>
    <message>
        <source>Nothing found. Try another word or a shorter one.</source>
        <translation>Nichts gefunden. Versuchen Sie es mit einem anderen oder kürzeren Wort.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Or start with one of these</source>
        <translation>Oder beginnen Sie mit einem dieser Stichwörter</translation>
    </message>
</context>
<context>
    <name>SourceListScreen</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>What “%1” rests on:</source>
        <translation>Worauf sich „%1“ stützt:</translation>
    </message>
</context>
<context>
    <name>SourceScreen</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Who made it, and why that matters</source>
        <translation>Von wem sie stammt und warum das wichtig ist</translation>
    </message>
    <message>
        <source>Full reference</source>
        <translation>Vollständige Quellenangabe</translation>
    </message>
    <message>
        <source>Cited in</source>
        <translation>Zitiert in</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Official report</source>
        <translation>Amtlicher Bericht</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Kommission</translation>
    </message>
    <message>
        <source>Court ruling</source>
        <translation>Gerichtsurteil</translation>
    </message>
    <message>
        <source>Historian</source>
        <translation>Geschichtswissenschaft</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Journalismus</translation>
    </message>
    <message>
        <source>Memoir</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Politician</source>
        <translation>Politik</translation>
    </message>
    <message>
        <source>Wartime propaganda or investigative agency</source>
        <translation>Propaganda- oder Untersuchungsstelle im Krieg</translation>
    </message>
    <message>
        <source>Parliament</source>
        <translation>Parlament</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Literature</source>
        <translation>Literatur</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Reference work</source>
        <translation>Nachschlagewerk</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>given without attribution in the source article</source>
        <translation>im Quellenartikel ohne Urheber angegeben</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Begriffe</translation>
    </message>
</context>
<context>
    <name>SourcesScreen</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>How to read the sources</source>
        <translation>Wie man die Quellen liest</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Audience profile. Classroom hides the detailed accounts; under 14 shows chapter summaries only.</source>
        <translation>Publikumsprofil. „Schulklasse“ blendet die ausführlichen Schilderungen aus, „Unter 14“ zeigt nur die Zusammenfassungen der Kapitel.</translation>
    </message>
    <message>
        <source>Museum</source>
        <translation>Museum</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Schulklasse</translation>
    </message>
    <message>
        <source>Under 14</source>
        <translation>Unter 14</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>Inhalte neu laden</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>Zum Desktop beenden</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>Zurück zur Ausstellung</translation>
    </message>
</context>
<context>
    <name>SupportScreen</name>
    <message>
        <source>Support and help</source>
        <translation>Hilfe und Unterstützung</translation>
    </message>
    <message>
        <source>If this exhibit has upset you, please speak to a member of staff.</source>
        <translation>Wenn Sie diese Ausstellung aufgewühlt hat, sprechen Sie bitte das Museumspersonal an.</translation>
    </message>
</context>
<context>
    <name>TermScreen</name>
    <message>
        <source>Glossary</source>
        <translation>Begriffe</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown</source>
        <translation>
            <numerusform>%n Ereignis angezeigt</numerusform>
            <numerusform>%n Ereignisse angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit the era: %1</source>
        <translation>Ganze Epoche zeigen: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Zurück zum Anfang</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap to zoom in</source>
        <translation>Zum Vergrößern tippen</translation>
    </message>
</context>
</TS>
