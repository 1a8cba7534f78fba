<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About the exhibit</source>
        <translation>About the exhibit</translation>
    </message>
    <message>
        <source>No description is available.</source>
        <translation>No description is available.</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>Support and help</translation>
    </message>
</context>
<context>
    <name>AdminExit</name>
    <message>
        <source>Staff only: hold for the staff panel</source>
        <translation>Staff only: hold for the staff panel</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Soviet war crimes, 1919–1991</source>
        <translation>Soviet war crimes, 1919–1991</translation>
    </message>
    <message>
        <source>Crimes against civilians and prisoners, the evidence behind them, and how they are remembered</source>
        <translation>Crimes against civilians and prisoners, the evidence behind them, and how they are remembered</translation>
    </message>
</context>
<context>
    <name>BreakScreen</name>
    <message>
        <source>Take a break</source>
        <translation>Take a break</translation>
    </message>
    <message>
        <source>Take as long as you need. You can come back to the exhibit, choose another part of it, or stop here.</source>
        <translation>Take as long as you need. You can come back to the exhibit, choose another part of it, or stop here.</translation>
    </message>
    <message>
        <source>Back to the start of the exhibit</source>
        <translation>Back to the start of the exhibit</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>Support and help</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <source>This chapter describes %1.</source>
        <translation>This chapter describes %1.</translation>
    </message>
    <message>
        <source>This section describes %1.</source>
        <translation>This section describes %1.</translation>
    </message>
    <message>
        <source>This event involved %1.</source>
        <translation>This event involved %1.</translation>
    </message>
    <message>
        <source>The details that follow describe %1.</source>
        <translation>The details that follow describe %1.</translation>
    </message>
    <message>
        <source>These numbers concern %1.</source>
        <translation>These numbers concern %1.</translation>
    </message>
    <message>
        <source>This image shows dead or injured people.</source>
        <translation>This image shows dead or injured people.</translation>
    </message>
    <message>
        <source>It concerns %1.</source>
        <translation>It concerns %1.</translation>
    </message>
    <message>
        <source>This image concerns %1.</source>
        <translation>This image concerns %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>Classroom profile</source>
        <translation>Classroom profile</translation>
    </message>
    <message>
        <source>Under-14 profile</source>
        <translation>Under-14 profile</translation>
    </message>
</context>
<context>
    <name>ChapterCard</name>
    <message>
        <source>Contains distressing content</source>
        <translation>Contains distressing content</translation>
    </message>
</context>
<context>
    <name>ChapterListScreen</name>
    <message>
        <source>Chapters</source>
        <translation>Chapters</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>Shown in English</source>
        <translation>Shown in English</translation>
    </message>
    <message>
        <source>On the timeline</source>
        <translation>On the timeline</translation>
    </message>
    <message>
        <source>You chose to read only the summary of this chapter.</source>
        <translation>You chose to read only the summary of this chapter.</translation>
    </message>
    <message>
        <source>This profile shows the summary of each chapter.</source>
        <translation>This profile shows the summary of each chapter.</translation>
    </message>
    <message>
        <source>Read the whole chapter</source>
        <translation>Read the whole chapter</translation>
    </message>
    <message>
        <source>Historians disagree</source>
        <translation>Historians disagree</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>Sources (%1)</translation>
    </message>
    <message>
        <source>Numbers (%1)</source>
        <translation>Numbers (%1)</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>Hide the detailed account</source>
        <translation>Hide the detailed account</translation>
    </message>
    <message>
        <source>Read the detailed account</source>
        <translation>Read the detailed account</translation>
    </message>
    <message>
        <source>Contains distressing details</source>
        <translation>Contains distressing details</translation>
    </message>
    <message>
        <source>In this chapter</source>
        <translation>In this chapter</translation>
    </message>
    <message>
        <source>In numbers</source>
        <translation>In numbers</translation>
    </message>
    <message>
        <source>Many of these crimes were never tried. Some have been, and they are remembered. You can read on, or take a moment first.</source>
        <translation>Many of these crimes were never tried. Some have been, and they are remembered. You can read on, or take a moment first.</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>Take a break</translation>
    </message>
    <message>
        <source>Dates in this chapter</source>
        <translation>Dates in this chapter</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>Ages %1+</source>
        <translation>Ages %1+</translation>
    </message>
    <message>
        <source>Ages %1–%2</source>
        <translation>Ages %1–%2</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>%1 stops</source>
        <translation>%1 stops</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Stop %1 of %2</source>
        <translation>Stop %1 of %2</translation>
    </message>
</context>
<context>
    <name>ClassroomBar</name>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Discussion questions</translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>Teacher&apos;s note</translation>
    </message>
    <message>
        <source>Print this</source>
        <translation>Print this</translation>
    </message>
    <message>
        <source>End lesson</source>
        <translation>End lesson</translation>
    </message>
</context>
<context>
    <name>ClassroomPanel</name>
    <message>
        <source>Shown in English</source>
        <translation>Shown in English</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>This exhibit is not available at the moment</source>
        <translation>This exhibit is not available at the moment</translation>
    </message>
    <message>
        <source>Please ask a member of staff for help.</source>
        <translation>Please ask a member of staff for help.</translation>
    </message>
    <message>
        <source>For staff: %1</source>
        <translation>For staff: %1</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Sources (%1)</source>
        <translation>Sources (%1)</translation>
    </message>
    <message>
        <source>Numbers (%1)</source>
        <translation>Numbers (%1)</translation>
    </message>
    <message>
        <source>Open the chapter</source>
        <translation>Open the chapter</translation>
    </message>
</context>
<context>
    <name>Exhibit</name>
    <message>
        <source>{d} {m} {y}</source>
        <translation>{d} {m} {y}</translation>
    </message>
    <message>
        <source>{m} {y}</source>
        <translation>{m} {y}</translation>
    </message>
    <message>
        <source>spring</source>
        <translation>spring</translation>
    </message>
    <message>
        <source>summer</source>
        <translation>summer</translation>
    </message>
    <message>
        <source>autumn</source>
        <translation>autumn</translation>
    </message>
    <message>
        <source>winter</source>
        <translation>winter</translation>
    </message>
    <message>
        <source>c. {}</source>
        <translation>c. {}</translation>
    </message>
    <message>
        <source>winter {}–{}</source>
        <translation>winter {}–{}</translation>
    </message>
    <message>
        <source>{}–{}</source>
        <translation>{}–{}</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
</context>
<context>
    <name>FigureScreen</name>
    <message>
        <source>The numbers and who gives them</source>
        <translation>The numbers and who gives them</translation>
    </message>
    <message>
        <source>Estimates differ</source>
        <translation>Estimates differ</translation>
    </message>
    <message>
        <source>About this source</source>
        <translation>About this source</translation>
    </message>
</context>
<context>
    <name>GateScreen</name>
    <message>
        <source>Before you continue</source>
        <translation>Before you continue</translation>
    </message>
    <message>
        <source>You can read the whole chapter, read only its summary, or go back.</source>
        <translation>You can read the whole chapter, read only its summary, or go back.</translation>
    </message>
    <message>
        <source>You can continue or go back.</source>
        <translation>You can continue or go back.</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Show the details</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Summary only</source>
        <translation>Summary only</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>Support and help</translation>
    </message>
</context>
<context>
    <name>HandoutPrinter</name>
    <message>
        <source>Only the chapter&apos;s summary, as chosen in the exhibit.</source>
        <translation>Only the chapter&apos;s summary, as chosen in the exhibit.</translation>
    </message>
    <message>
        <source>This profile prints the summary of each chapter.</source>
        <translation>This profile prints the summary of each chapter.</translation>
    </message>
    <message>
        <source>Soviet war crimes, 1919–1991: a handout from the exhibit</source>
        <translation>Soviet war crimes, 1919–1991: a handout from the exhibit</translation>
    </message>
    <message>
        <source>From the chapter: %1</source>
        <translation>From the chapter: %1</translation>
    </message>
    <message>
        <source>Content note: %1</source>
        <translation>Content note: %1</translation>
    </message>
    <message>
        <source>Not yet translated: shown in English.</source>
        <translation>Not yet translated: shown in English.</translation>
    </message>
    <message>
        <source>Historians disagree</source>
        <translation>Historians disagree</translation>
    </message>
    <message>
        <source>The chapter&apos;s detailed accounts are not included.</source>
        <translation>The chapter&apos;s detailed accounts are not included.</translation>
    </message>
    <message>
        <source>Dates in this chapter</source>
        <translation>Dates in this chapter</translation>
    </message>
    <message>
        <source>Numbers and who gives them</source>
        <translation>Numbers and who gives them</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Printed on %1 from the exhibit&apos;s content, version %2.</source>
        <translation>Printed on %1 from the exhibit&apos;s content, version %2.</translation>
    </message>
    <message>
        <source>Museum profile</source>
        <translation>Museum profile</translation>
    </message>
    <message>
        <source>Classroom profile: no detailed accounts, no graphic images</source>
        <translation>Classroom profile: no detailed accounts, no graphic images</translation>
    </message>
    <message>
        <source>Under-14 profile: summaries only</source>
        <translation>Under-14 profile: summaries only</translation>
    </message>
    <message>
        <source>Ages %1+</source>
        <translation>Ages %1+</translation>
    </message>
    <message>
        <source>Ages %1–%2</source>
        <translation>Ages %1–%2</translation>
    </message>
    <message>
        <source>Soviet war crimes, 1919–1991: a lesson path through the exhibit</source>
        <translation>Soviet war crimes, 1919–1991: a lesson path through the exhibit</translation>
    </message>
    <message>
        <source>%1 · %2 minutes · %3 stops</source>
        <translation>%1 · %2 minutes · %3 stops</translation>
    </message>
    <message>
        <source>Students will:</source>
        <translation>Students will:</translation>
    </message>
    <message>
        <source>Stop %1 of %2</source>
        <translation>Stop %1 of %2</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Discussion questions</translation>
    </message>
    <message>
        <source>For the teacher</source>
        <translation>For the teacher</translation>
    </message>
</context>
<context>
    <name>HandoutView</name>
    <message>
        <source>this computer has no Documents folder</source>
        <translation>this computer has no Documents folder</translation>
    </message>
    <message>
        <source>Saving the handout…</source>
        <translation>Saving the handout…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>The handout could not be saved: %1</source>
        <translation>The handout could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Soviet war crimes, 1919–1991</source>
        <translation>Soviet war crimes, 1919–1991</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapters</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) on countries and themes</source>
        <translation>
            <numerusform>%n chapter on countries and themes</numerusform>
            <numerusform>%n chapters on countries and themes</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>1917 to today, year by year</source>
        <translation>1917 to today, year by year</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Where each chapter happened</source>
        <translation>Where each chapter happened</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>What every claim rests on</source>
        <translation>What every claim rests on</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Find a name, a place or a word</source>
        <translation>Find a name, a place or a word</translation>
    </message>
    <message>
        <source>About the exhibit</source>
        <translation>About the exhibit</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Still there?</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit will start again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>The exhibit will start again for the next visitor in %n second.</numerusform>
            <numerusform>The exhibit will start again for the next visitor in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Cursor left</source>
        <translation>Cursor left</translation>
    </message>
    <message>
        <source>Cursor right</source>
        <translation>Cursor right</translation>
    </message>
    <message>
        <source>Half space</source>
        <translation>Half space</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Capital letters</source>
        <translation>Capital letters</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Delete the last character</translation>
    </message>
    <message>
        <source>Enter: show the results</source>
        <translation>Enter: show the results</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>Hide the keyboard</translation>
    </message>
    <message>
        <source>Keyboard language: %1. Tap for the next one</source>
        <translation>Keyboard language: %1. Tap for the next one</translation>
    </message>
    <message>
        <source>Numbers and symbols</source>
        <translation>Numbers and symbols</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Choose your language</translation>
    </message>
    <message>
        <source>This exhibit describes killings, deportations and sexual violence. Before the most distressing parts you can choose what to see.</source>
        <translation>This exhibit describes killings, deportations and sexual violence. Before the most distressing parts you can choose what to see.</translation>
    </message>
    <message>
        <source>Some parts in English</source>
        <translation>Some parts in English</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Soviet war crimes, 1919–1991</source>
        <translation>Soviet war crimes, 1919–1991</translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>Teacher&apos;s note</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Discussion questions</translation>
    </message>
</context>
<context>
    <name>MapMarks</name>
    <message>
        <source>The numbers and who gives them: %1</source>
        <translation>The numbers and who gives them: %1</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Where it happened</source>
        <translation>Where it happened</translation>
    </message>
    <message>
        <source>The map could not be loaded.</source>
        <translation>The map could not be loaded.</translation>
    </message>
    <message>
        <source>Approximate borders of %1</source>
        <translation>Approximate borders of %1</translation>
    </message>
    <message>
        <source>Not tied to one place:</source>
        <translation>Not tied to one place:</translation>
    </message>
</context>
<context>
    <name>MediaFigure</name>
    <message>
        <source>Blurred image</source>
        <translation>Blurred image</translation>
    </message>
    <message>
        <source>Show the image</source>
        <translation>Show the image</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>Support and help</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>This image could not be loaded.</source>
        <translation>This image could not be loaded.</translation>
    </message>
    <message>
        <source>Photograph taken by the perpetrators</source>
        <translation>Photograph taken by the perpetrators</translation>
    </message>
    <message>
        <source>Approximate borders of %1</source>
        <translation>Approximate borders of %1</translation>
    </message>
</context>
<context>
    <name>MoreBelow</name>
    <message>
        <source>More below</source>
        <translation>More below</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>Take a break</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Text %1 %</source>
        <translation>Text %1 %</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
</context>
<context>
    <name>PageScreen</name>
    <message>
        <source>This page is not available.</source>
        <translation>This page is not available.</translation>
    </message>
</context>
<context>
    <name>PathChooserScreen</name>
    <message>
        <source>Choose a lesson path</source>
        <translation>Choose a lesson path</translation>
    </message>
    <message>
        <source>Each path leads a class through the exhibit, stop by stop, with questions to discuss. The classroom profile is on: no detailed accounts of violence and no graphic images.</source>
        <translation>Each path leads a class through the exhibit, stop by stop, with questions to discuss. The classroom profile is on: no detailed accounts of violence and no graphic images.</translation>
    </message>
    <message>
        <source>This exhibit&apos;s content has no lesson paths.</source>
        <translation>This exhibit&apos;s content has no lesson paths.</translation>
    </message>
    <message>
        <source>Shown in English</source>
        <translation>Shown in English</translation>
    </message>
    <message>
        <source>Start this lesson</source>
        <translation>Start this lesson</translation>
    </message>
    <message>
        <source>Students will:</source>
        <translation>Students will:</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait %1 s, then try again.</source>
        <translation>Too many wrong PINs. Wait %1 s, then try again.</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Wrong PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <translation>Print this</translation>
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
        <translation>Quotation: %1 by %2</translation>
    </message>
    <message>
        <source>Shown in English</source>
        <translation>Shown in English</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>Sources (%1)</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Type a name, a place or a word</source>
        <translation>Type a name, a place or a word</translation>
    </message>
    <message>
        <source>Nothing found. Try another word or a shorter one.</source>
        <translation>Nothing found. Try another word or a shorter one.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>Or start with one of these</source>
        <translation>Or start with one of these</translation>
    </message>
</context>
<context>
    <name>SourceListScreen</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>What “%1” rests on:</source>
        <translation>What “%1” rests on:</translation>
    </message>
</context>
<context>
    <name>SourceScreen</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Who made it, and why that matters</source>
        <translation>Who made it, and why that matters</translation>
    </message>
    <message>
        <source>Full reference</source>
        <translation>Full reference</translation>
    </message>
    <message>
        <source>Cited in</source>
        <translation>Cited in</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Official report</source>
        <translation>Official report</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Court ruling</source>
        <translation>Court ruling</translation>
    </message>
    <message>
        <source>Historian</source>
        <translation>Historian</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Journalist</translation>
    </message>
    <message>
        <source>Memoir</source>
        <translation>Memoir</translation>
    </message>
    <message>
        <source>Politician</source>
        <translation>Politician</translation>
    </message>
    <message>
        <source>Wartime propaganda or investigative agency</source>
        <translation>Wartime propaganda or investigative agency</translation>
    </message>
    <message>
        <source>Parliament</source>
        <translation>Parliament</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Literature</source>
        <translation>Literature</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Reference work</source>
        <translation>Reference work</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>given without attribution in the source article</source>
        <translation>given without attribution in the source article</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
</context>
<context>
    <name>SourcesScreen</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>How to read the sources</source>
        <translation>How to read the sources</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Audience profile. Classroom hides the detailed accounts; under 14 shows chapter summaries only.</source>
        <translation>Audience profile. Classroom hides the detailed accounts; under 14 shows chapter summaries only.</translation>
    </message>
    <message>
        <source>Museum</source>
        <translation>Museum</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Classroom</translation>
    </message>
    <message>
        <source>Under 14</source>
        <translation>Under 14</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>Reload content</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>Exit to desktop</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>Back to the exhibit</translation>
    </message>
</context>
<context>
    <name>SupportScreen</name>
    <message>
        <source>Support and help</source>
        <translation>Support and help</translation>
    </message>
    <message>
        <source>If this exhibit has upset you, please speak to a member of staff.</source>
        <translation>If this exhibit has upset you, please speak to a member of staff.</translation>
    </message>
</context>
<context>
    <name>TermScreen</name>
    <message>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown</source>
        <translation>
            <numerusform>%n event shown</numerusform>
            <numerusform>%n events shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit the era: %1</source>
        <translation>Fit the era: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap to zoom in</source>
        <translation>Tap to zoom in</translation>
    </message>
</context>
</TS>
