<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About the exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No description is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminExit</name>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff PIN is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Soviet war crimes, 1919–1991</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crimes against civilians and prisoners, the evidence behind them, and how they are remembered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakScreen</name>
    <message>
        <source>Take a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take as long as you need. You can come back to the exhibit, choose another part of it, or stop here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start of the exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <source>This chapter describes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section describes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event involved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details that follow describe %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image shows %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under-14 profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChapterCard</name>
    <message>
        <source>Contains distressing content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChapterListScreen</name>
    <message>
        <source>Chapters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>Shown in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose to read only the summary of this chapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile shows the summary of each chapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the whole chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historians disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the detailed account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the detailed account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains distressing details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many of these crimes were never tried. Some have been, and they are remembered. You can read on, or take a moment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates in this chapter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>This exhibit is not available at the moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please ask a member of staff for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For staff: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Sources (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chapter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exhibit</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureScreen</name>
    <message>
        <source>The numbers and who gives them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimates differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GateScreen</name>
    <message>
        <source>Before you continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read the whole chapter, read only its summary, or go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can continue or go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Soviet war crimes, 1919–1991</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) on countries and themes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What every claim rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a name, a place or a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the exhibit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exhibit will start again for the next visitor in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exhibit describes killings, deportations and sexual violence. Before the most distressing parts you can choose what to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some parts in English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Soviet war crimes, 1919–1991</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageScreen</name>
    <message>
        <source>This page is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, a place or a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. Try another word or a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceListScreen</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What “%1” rests on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceScreen</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who made it, and why that matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court ruling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Politician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wartime propaganda or investigative agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parliament</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Literature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesScreen</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read the sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience profile. Classroom hides the detailed accounts; under 14 shows chapter summaries only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Museum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportScreen</name>
    <message>
        <source>Support and help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this exhibit has upset you, please speak to a member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermScreen</name>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
