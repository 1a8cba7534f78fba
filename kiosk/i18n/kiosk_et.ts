<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About the exhibit</source>
        <translation>Näitusest</translation>
    </message>
    <message>
        <source>No description is available.</source>
        <translation>Kirjeldus puudub.</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>Abi ja tugi</translation>
    </message>
</context>
<context>
    <name>AdminExit</name>
    <message>
        <source>Staff only: hold for the staff panel</source>
        <translation>Ainult töötajatele: hoia all, et avada töötajate paneel</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Soviet war crimes, 1919–1991</source>
        <translation>Nõukogude sõjakuriteod, 1919–1991</translation>
    </message>
    <message>
        <source>Crimes against civilians and prisoners, the evidence behind them, and how they are remembered</source>
        <translation>Kuriteod tsiviilisikute ja vangide vastu, tõendid nende kohta ja see, kuidas neid mäletatakse</translation>
    </message>
</context>
<context>
    <name>BreakScreen</name>
    <message>
        <source>Take a break</source>
        <translation>Tee paus</translation>
    </message>
    <message>
        <source>Take as long as you need. You can come back to the exhibit, choose another part of it, or stop here.</source>
        <translation>Võta nii palju aega, kui vajad. Võid näituse juurde tagasi tulla, valida sellest mõne teise osa või siin lõpetada.</translation>
    </message>
    <message>
        <source>Back to the start of the exhibit</source>
        <translation>Tagasi näituse algusesse</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>Abi ja tugi</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <source>This chapter describes %1.</source>
        <translation>See peatükk kirjeldab %1.</translation>
    </message>
    <message>
        <source>This section describes %1.</source>
        <translation>See osa kirjeldab %1.</translation>
    </message>
    <message>
        <source>This event involved %1.</source>
        <translation>See sündmus hõlmas %1.</translation>
    </message>
    <message>
        <source>The details that follow describe %1.</source>
        <translation>Järgnevad üksikasjad kirjeldavad %1.</translation>
    </message>
    <message>
        <source>These numbers concern %1.</source>
        <translation>Need arvud puudutavad järgmist: %1.</translation>
    </message>
    <message>
        <source>This image shows dead or injured people.</source>
        <translation>Sellel pildil on surnud või haavatud inimesed.</translation>
    </message>
    <message>
        <source>It concerns %1.</source>
        <translation>See puudutab järgmist: %1.</translation>
    </message>
    <message>
        <source>This image concerns %1.</source>
        <translation>See pilt puudutab järgmist: %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 ja %2</translation>
    </message>
    <message>
        <source>Classroom profile</source>
        <translation>Kooliklassi profiil</translation>
    </message>
    <message>
        <source>Under-14 profile</source>
        <translation>Alla 14-aastaste profiil</translation>
    </message>
</context>
<context>
    <name>ChapterCard</name>
    <message>
        <source>Contains distressing content</source>
        <translation>Sisaldab häirivat sisu</translation>
    </message>
</context>
<context>
    <name>ChapterListScreen</name>
    <message>
        <source>Chapters</source>
        <translation>Peatükid</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>Shown in English</source>
        <translation>Näidatakse inglise keeles</translation>
    </message>
    <message>
        <source>On the timeline</source>
        <translation>Ajajoonel</translation>
    </message>
    <message>
        <source>You chose to read only the summary of this chapter.</source>
        <translation>Otsustasid lugeda sellest peatükist ainult kokkuvõtet.</translation>
    </message>
    <message>
        <source>This profile shows the summary of each chapter.</source>
        <translation>Selles profiilis näidatakse igast peatükist ainult kokkuvõtet.</translation>
    </message>
    <message>
        <source>Read the whole chapter</source>
        <translation>Loe kogu peatükki</translation>
    </message>
    <message>
        <source>Historians disagree</source>
        <translation>Ajaloolased on eri meelt</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>Allikad (%1)</translation>
    </message>
    <message>
        <source>Numbers (%1)</source>
        <translation>Arvud (%1)</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Mõisted</translation>
    </message>
    <message>
        <source>Hide the detailed account</source>
        <translation>Peida üksikasjalik kirjeldus</translation>
    </message>
    <message>
        <source>Read the detailed account</source>
        <translation>Loe üksikasjalikku kirjeldust</translation>
    </message>
    <message>
        <source>Contains distressing details</source>
        <translation>Sisaldab häirivaid üksikasju</translation>
    </message>
    <message>
        <source>In this chapter</source>
        <translation>Selles peatükis</translation>
    </message>
    <message>
        <source>In numbers</source>
        <translation>Arvudes</translation>
    </message>
    <message>
        <source>Many of these crimes were never tried. Some have been, and they are remembered. You can read on, or take a moment first.</source>
        <translation>Paljusid neist kuritegudest pole kunagi kohtus arutatud. Mõnda on, ja neid mäletatakse. Võid edasi lugeda või enne veidi hinge tõmmata.</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>Tee paus</translation>
    </message>
    <message>
        <source>Dates in this chapter</source>
        <translation>Selle peatüki daatumid</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>Ages %1+</source>
        <translation>Vanus %1+</translation>
    </message>
    <message>
        <source>Ages %1–%2</source>
        <translation>Vanus %1–%2</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutit</translation>
    </message>
    <message>
        <source>%1 stops</source>
        <translation>%1 peatust</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Stop %1 of %2</source>
        <translation>Peatus %1/%2</translation>
    </message>
</context>
<context>
    <name>ClassroomBar</name>
    <message>
        <source>Previous</source>
        <translation>Eelmine</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Järgmine</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Aruteluküsimused</translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>Märkus õpetajale</translation>
    </message>
    <message>
        <source>Print this</source>
        <translation>Prindi</translation>
    </message>
    <message>
        <source>End lesson</source>
        <translation>Lõpeta tund</translation>
    </message>
</context>
<context>
    <name>ClassroomPanel</name>
    <message>
        <source>Shown in English</source>
        <translation>Näidatakse inglise keeles</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>This exhibit is not available at the moment</source>
        <translation>See näitus ei ole praegu saadaval</translation>
    </message>
    <message>
        <source>Please ask a member of staff for help.</source>
        <translation>Palun küsi abi muuseumi töötajalt.</translation>
    </message>
    <message>
        <source>For staff: %1</source>
        <translation>Töötajatele: %1</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Sources (%1)</source>
        <translation>Allikad (%1)</translation>
    </message>
    <message>
        <source>Numbers (%1)</source>
        <translation>Arvud (%1)</translation>
    </message>
    <message>
        <source>Open the chapter</source>
        <translation>Ava peatükk</translation>
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
        <translation>kevad</translation>
    </message>
    <message>
        <source>summer</source>
        <translation>suvi</translation>
    </message>
    <message>
        <source>autumn</source>
        <translation>sügis</translation>
    </message>
    <message>
        <source>winter</source>
        <translation>talv</translation>
    </message>
    <message>
        <source>c. {}</source>
        <translation>u {}</translation>
    </message>
    <message>
        <source>winter {}–{}</source>
        <translation>talv {}/{}</translation>
    </message>
    <message>
        <source>{}–{}</source>
        <translation>{}–{}</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 kuni %2</translation>
    </message>
</context>
<context>
    <name>FigureScreen</name>
    <message>
        <source>The numbers and who gives them</source>
        <translation>Arvud ja kes need esitavad</translation>
    </message>
    <message>
        <source>Estimates differ</source>
        <translation>Hinnangud lähevad lahku</translation>
    </message>
    <message>
        <source>About this source</source>
        <translation>Sellest allikast</translation>
    </message>
</context>
<context>
    <name>GateScreen</name>
    <message>
        <source>Before you continue</source>
        <translation>Enne kui jätkad</translation>
    </message>
    <message>
        <source>You can read the whole chapter, read only its summary, or go back.</source>
        <translation>Võid lugeda kogu peatükki, ainult selle kokkuvõtet või minna tagasi.</translation>
    </message>
    <message>
        <source>You can continue or go back.</source>
        <translation>Võid jätkata või minna tagasi.</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Näita üksikasju</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jätka</translation>
    </message>
    <message>
        <source>Summary only</source>
        <translation>Ainult kokkuvõte</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mine tagasi</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>Abi ja tugi</translation>
    </message>
</context>
<context>
    <name>HandoutPrinter</name>
    <message>
        <source>Only the chapter&apos;s summary, as chosen in the exhibit.</source>
        <translation>Ainult peatüki kokkuvõte, nagu näitusel valiti.</translation>
    </message>
    <message>
        <source>This profile prints the summary of each chapter.</source>
        <translation>Selles profiilis prinditakse igast peatükist ainult kokkuvõte.</translation>
    </message>
    <message>
        <source>Soviet war crimes, 1919–1991: a handout from the exhibit</source>
        <translation>Nõukogude sõjakuriteod, 1919–1991: jaotusmaterjal näituselt</translation>
    </message>
    <message>
        <source>From the chapter: %1</source>
        <translation>Peatükist: %1</translation>
    </message>
    <message>
        <source>Content note: %1</source>
        <translation>Sisuhoiatus: %1</translation>
    </message>
    <message>
        <source>Not yet translated: shown in English.</source>
        <translation>Veel tõlkimata: inglise keeles.</translation>
    </message>
    <message>
        <source>Historians disagree</source>
        <translation>Ajaloolased on eri meelt</translation>
    </message>
    <message>
        <source>The chapter&apos;s detailed accounts are not included.</source>
        <translation>Peatüki üksikasjalikud kirjeldused ei ole kaasatud.</translation>
    </message>
    <message>
        <source>Dates in this chapter</source>
        <translation>Selle peatüki daatumid</translation>
    </message>
    <message>
        <source>Numbers and who gives them</source>
        <translation>Arvud ja kes need esitab</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Allikad</translation>
    </message>
    <message>
        <source>Printed on %1 from the exhibit&apos;s content, version %2.</source>
        <translation>Prinditud %1 näituse sisust, versioon %2.</translation>
    </message>
    <message>
        <source>Museum profile</source>
        <translation>Muuseumi profiil</translation>
    </message>
    <message>
        <source>Classroom profile: no detailed accounts, no graphic images</source>
        <translation>Kooliklassi profiil: ilma üksikasjalike kirjelduste ja jõhkrate piltideta</translation>
    </message>
    <message>
        <source>Under-14 profile: summaries only</source>
        <translation>Alla 14-aastaste profiil: ainult kokkuvõtted</translation>
    </message>
    <message>
        <source>Ages %1+</source>
        <translation>Vanus %1+</translation>
    </message>
    <message>
        <source>Ages %1–%2</source>
        <translation>Vanus %1–%2</translation>
    </message>
    <message>
        <source>Soviet war crimes, 1919–1991: a lesson path through the exhibit</source>
        <translation>Nõukogude sõjakuriteod, 1919–1991: õpperada läbi näituse</translation>
    </message>
    <message>
        <source>%1 · %2 minutes · %3 stops</source>
        <translation>%1 · %2 minutit · %3 peatust</translation>
    </message>
    <message>
        <source>Students will:</source>
        <translation>Õpilased oskavad:</translation>
    </message>
    <message>
        <source>Stop %1 of %2</source>
        <translation>Peatus %1/%2</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Aruteluküsimused</translation>
    </message>
    <message>
        <source>For the teacher</source>
        <translation>Õpetajale</translation>
    </message>
</context>
<context>
    <name>HandoutView</name>
    <message>
        <source>this computer has no Documents folder</source>
        <translation>selles arvutis ei ole dokumentide kausta</translation>
    </message>
    <message>
        <source>Saving the handout…</source>
        <translation>Jaotusmaterjali salvestamine…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Salvestatud: %1</translation>
    </message>
    <message>
        <source>The handout could not be saved: %1</source>
        <translation>Jaotusmaterjali ei õnnestunud salvestada: %1</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Soviet war crimes, 1919–1991</source>
        <translation>Nõukogude sõjakuriteod, 1919–1991</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Peatükid</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) on countries and themes</source>
        <translation>
            <numerusform>%n peatükk riikide ja teemade kohta</numerusform>
            <numerusform>%n peatükki riikide ja teemade kohta</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Ajatelg</translation>
    </message>
    <message>
        <source>1917 to today, year by year</source>
        <translation>Aastast 1917 tänapäevani, aasta aasta järel</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Where each chapter happened</source>
        <translation>Kus iga peatüki sündmused toimusid</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Allikad</translation>
    </message>
    <message>
        <source>What every claim rests on</source>
        <translation>Millele iga väide tugineb</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Otsing</translation>
    </message>
    <message>
        <source>Find a name, a place or a word</source>
        <translation>Leia nimi, koht või sõna</translation>
    </message>
    <message>
        <source>About the exhibit</source>
        <translation>Näitusest</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Oled veel siin?</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit will start again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>Näitus algab järgmise külastaja jaoks uuesti %n sekundi pärast.</numerusform>
            <numerusform>Näitus algab järgmise külastaja jaoks uuesti %n sekundi pärast.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jätka</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Cursor left</source>
        <translation>Kursor vasakule</translation>
    </message>
    <message>
        <source>Cursor right</source>
        <translation>Kursor paremale</translation>
    </message>
    <message>
        <source>Half space</source>
        <translation>Pooltühik</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Tühik</translation>
    </message>
    <message>
        <source>Capital letters</source>
        <translation>Suurtähed</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Kustuta viimane märk</translation>
    </message>
    <message>
        <source>Enter: show the results</source>
        <translation>Sisesta: näita tulemusi</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>Peida klaviatuur</translation>
    </message>
    <message>
        <source>Keyboard language: %1. Tap for the next one</source>
        <translation>Klaviatuuri keel: %1. Puuduta, et valida järgmine</translation>
    </message>
    <message>
        <source>Numbers and symbols</source>
        <translation>Numbrid ja sümbolid</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Tähed</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Vali keel</translation>
    </message>
    <message>
        <source>This exhibit describes killings, deportations and sexual violence. Before the most distressing parts you can choose what to see.</source>
        <translation>See näitus kirjeldab tapmisi, küüditamisi ja seksuaalvägivalda. Enne kõige raskemaid osi saad valida, mida näha tahad.</translation>
    </message>
    <message>
        <source>Some parts in English</source>
        <translation>Osa on inglise keeles</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Soviet war crimes, 1919–1991</source>
        <translation>Nõukogude sõjakuriteod, 1919–1991</translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>Märkus õpetajale</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Aruteluküsimused</translation>
    </message>
</context>
<context>
    <name>MapMarks</name>
    <message>
        <source>The numbers and who gives them: %1</source>
        <translation>Arvud ja kes need esitab: %1</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Where it happened</source>
        <translation>Kus see juhtus</translation>
    </message>
    <message>
        <source>The map could not be loaded.</source>
        <translation>Kaarti ei õnnestunud laadida.</translation>
    </message>
    <message>
        <source>Approximate borders of %1</source>
        <translation>Ligikaudsed piirid %1. aastal</translation>
    </message>
    <message>
        <source>Not tied to one place:</source>
        <translation>Ei ole seotud ühe kohaga:</translation>
    </message>
</context>
<context>
    <name>MediaFigure</name>
    <message>
        <source>Blurred image</source>
        <translation>Hägustatud pilt</translation>
    </message>
    <message>
        <source>Show the image</source>
        <translation>Näita pilti</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>Abi ja tugi</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Peida</translation>
    </message>
    <message>
        <source>This image could not be loaded.</source>
        <translation>Seda pilti ei õnnestunud laadida.</translation>
    </message>
    <message>
        <source>Photograph taken by the perpetrators</source>
        <translation>Foto on teinud toimepanijad</translation>
    </message>
    <message>
        <source>Approximate borders of %1</source>
        <translation>Ligikaudsed piirid %1. aastal</translation>
    </message>
</context>
<context>
    <name>MoreBelow</name>
    <message>
        <source>More below</source>
        <translation>Allpool veel</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation>Avaleht</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tagasi</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>Tee paus</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Eelvaade</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Text %1 %</source>
        <translation>Teksti suurus %1 %</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Lõpeta ettelugemine</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Loe ette</translation>
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
        <translation>See leht ei ole saadaval.</translation>
    </message>
</context>
<context>
    <name>PathChooserScreen</name>
    <message>
        <source>Choose a lesson path</source>
        <translation>Vali õpperada</translation>
    </message>
    <message>
        <source>Each path leads a class through the exhibit, stop by stop, with questions to discuss. The classroom profile is on: no detailed accounts of violence and no graphic images.</source>
        <translation>Iga õpperada juhatab klassi peatus peatuse haaval läbi näituse, koos aruteluküsimustega. Kooliklassi profiil on sees: vägivalla üksikasjalikke kirjeldusi ega jõhkraid pilte ei näidata.</translation>
    </message>
    <message>
        <source>This exhibit&apos;s content has no lesson paths.</source>
        <translation>Selle näituse sisus pole õpperadu.</translation>
    </message>
    <message>
        <source>Shown in English</source>
        <translation>Näidatakse inglise keeles</translation>
    </message>
    <message>
        <source>Start this lesson</source>
        <translation>Alusta seda tundi</translation>
    </message>
    <message>
        <source>Students will:</source>
        <translation>Õpilased oskavad:</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>Töötaja PIN-kood</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait %1 s, then try again.</source>
        <translation>Liiga palju valesid PIN-koode. Oota %1 s ja proovi uuesti.</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Vale PIN-kood</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Tühista</translation>
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
        <translation>Prindi</translation>
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
        <translation>Tsitaat: %1, autor: %2</translation>
    </message>
    <message>
        <source>Shown in English</source>
        <translation>Näidatakse inglise keeles</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>Allikad (%1)</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Search</source>
        <translation>Otsing</translation>
    </message>
    <message>
        <source>Type a name, a place or a word</source>
        <translation>Kirjuta nimi, koht või sõna</translation>
    </message>
    <message>
        <source>Nothing found. Try another word or a shorter one.</source>
        <translation>Midagi ei leitud. Proovi mõnda teist või lühemat sõna.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n tulemus</numerusform>
            <numerusform>%n tulemust</numerusform>
        </translation>
    </message>
    <message>
        <source>Or start with one of these</source>
        <translation>Või alusta ühest neist</translation>
    </message>
</context>
<context>
    <name>SourceListScreen</name>
    <message>
        <source>Sources</source>
        <translation>Allikad</translation>
    </message>
    <message>
        <source>What “%1” rests on:</source>
        <translation>Millele tugineb „%1“:</translation>
    </message>
</context>
<context>
    <name>SourceScreen</name>
    <message>
        <source>Source</source>
        <translation>Allikas</translation>
    </message>
    <message>
        <source>Who made it, and why that matters</source>
        <translation>Kes selle koostas ja miks see on oluline</translation>
    </message>
    <message>
        <source>Full reference</source>
        <translation>Täielik viide</translation>
    </message>
    <message>
        <source>Cited in</source>
        <translation>Viidatud</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Archive</source>
        <translation>Arhiiv</translation>
    </message>
    <message>
        <source>Official report</source>
        <translation>Ametlik aruanne</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Komisjon</translation>
    </message>
    <message>
        <source>Court ruling</source>
        <translation>Kohtuotsus</translation>
    </message>
    <message>
        <source>Historian</source>
        <translation>Ajaloolane</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Ajakirjanik</translation>
    </message>
    <message>
        <source>Memoir</source>
        <translation>Memuaarid</translation>
    </message>
    <message>
        <source>Politician</source>
        <translation>Poliitik</translation>
    </message>
    <message>
        <source>Wartime propaganda or investigative agency</source>
        <translation>Sõjaaegne propaganda- või uurimisasutus</translation>
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
        <translation>Kirjandus</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Meedia</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistika</translation>
    </message>
    <message>
        <source>Reference work</source>
        <translation>Teatmeteos</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Osa</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sündmus</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Arv</translation>
    </message>
    <message>
        <source>given without attribution in the source article</source>
        <translation>lähteartiklis esitatud autorit nimetamata</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Peatükid</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sündmused</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Allikad</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Mõisted</translation>
    </message>
</context>
<context>
    <name>SourcesScreen</name>
    <message>
        <source>Sources</source>
        <translation>Allikad</translation>
    </message>
    <message>
        <source>How to read the sources</source>
        <translation>Kuidas allikaid lugeda</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff</source>
        <translation>Töötajad</translation>
    </message>
    <message>
        <source>Audience profile. Classroom hides the detailed accounts; under 14 shows chapter summaries only.</source>
        <translation>Külastajate profiil. „Kooliklass“ peidab üksikasjalikud kirjeldused, „Alla 14“ näitab ainult peatükkide kokkuvõtteid.</translation>
    </message>
    <message>
        <source>Museum</source>
        <translation>Muuseum</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Kooliklass</translation>
    </message>
    <message>
        <source>Under 14</source>
        <translation>Alla 14</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>Laadi sisu uuesti</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>Välju töölauale</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>Tagasi näituse juurde</translation>
    </message>
</context>
<context>
    <name>SupportScreen</name>
    <message>
        <source>Support and help</source>
        <translation>Abi ja tugi</translation>
    </message>
    <message>
        <source>If this exhibit has upset you, please speak to a member of staff.</source>
        <translation>Kui see näitus tekitas sinus raskeid tundeid, räägi palun mõne muuseumi töötajaga.</translation>
    </message>
</context>
<context>
    <name>TermScreen</name>
    <message>
        <source>Glossary</source>
        <translation>Mõisted</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>Timeline</source>
        <translation>Ajajoon</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown</source>
        <translation>
            <numerusform>Näidatud %n sündmus</numerusform>
            <numerusform>Näidatud %n sündmust</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Näita kõiki</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Vähenda</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Suurenda</translation>
    </message>
    <message>
        <source>Fit the era: %1</source>
        <translation>Näita kogu ajajärku: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Veel</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Tagasi algusesse</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n sündmus</numerusform>
            <numerusform>%n sündmust</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap to zoom in</source>
        <translation>Puuduta suurendamiseks</translation>
    </message>
</context>
</TS>
