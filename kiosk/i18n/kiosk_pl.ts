<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About the exhibit</source>
        <translation>O wystawie</translation>
    </message>
    <message>
        <source>No description is available.</source>
        <translation>Brak opisu.</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>Wsparcie i pomoc</translation>
    </message>
</context>
<context>
    <name>AdminExit</name>
    <message>
        <source>Staff only: hold for the staff panel</source>
        <translation>Tylko dla obsługi: przytrzymaj, aby otworzyć panel obsługi</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Soviet war crimes, 1919–1991</source>
        <translation>Sowieckie zbrodnie wojenne 1919–1991</translation>
    </message>
    <message>
        <source>Crimes against civilians and prisoners, the evidence behind them, and how they are remembered</source>
        <translation>Zbrodnie na ludności cywilnej i jeńcach, dowody na nie i pamięć o nich</translation>
    </message>
</context>
<context>
    <name>BreakScreen</name>
    <message>
        <source>Take a break</source>
        <translation>Zrób przerwę</translation>
    </message>
    <message>
        <source>Take as long as you need. You can come back to the exhibit, choose another part of it, or stop here.</source>
        <translation>Nie spiesz się. Możesz wrócić do wystawy, wybrać inną jej część albo na tym skończyć.</translation>
    </message>
    <message>
        <source>Back to the start of the exhibit</source>
        <translation>Wróć na początek wystawy</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>Wsparcie i pomoc</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <source>This chapter describes %1.</source>
        <translation>Ten rozdział opisuje %1.</translation>
    </message>
    <message>
        <source>This section describes %1.</source>
        <translation>Ta część opisuje %1.</translation>
    </message>
    <message>
        <source>This event involved %1.</source>
        <translation>To wydarzenie obejmowało %1.</translation>
    </message>
    <message>
        <source>The details that follow describe %1.</source>
        <translation>Dalsze szczegóły opisują %1.</translation>
    </message>
    <message>
        <source>These numbers concern %1.</source>
        <translation>Te liczby dotyczą następującej kwestii: %1.</translation>
    </message>
    <message>
        <source>This image shows dead or injured people.</source>
        <translation>To zdjęcie przedstawia zabitych lub rannych ludzi.</translation>
    </message>
    <message>
        <source>It concerns %1.</source>
        <translation>Dotyczy: %1.</translation>
    </message>
    <message>
        <source>This image concerns %1.</source>
        <translation>To zdjęcie dotyczy: %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>Classroom profile</source>
        <translation>Profil: klasa szkolna</translation>
    </message>
    <message>
        <source>Under-14 profile</source>
        <translation>Profil: poniżej 14 lat</translation>
    </message>
</context>
<context>
    <name>ChapterCard</name>
    <message>
        <source>Contains distressing content</source>
        <translation>Zawiera poruszające treści</translation>
    </message>
</context>
<context>
    <name>ChapterListScreen</name>
    <message>
        <source>Chapters</source>
        <translation>Rozdziały</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>Shown in English</source>
        <translation>Wyświetlane po angielsku</translation>
    </message>
    <message>
        <source>On the timeline</source>
        <translation>Na osi czasu</translation>
    </message>
    <message>
        <source>You chose to read only the summary of this chapter.</source>
        <translation>Zgodnie z twoim wyborem widzisz tylko streszczenie tego rozdziału.</translation>
    </message>
    <message>
        <source>This profile shows the summary of each chapter.</source>
        <translation>Ten profil pokazuje tylko streszczenie każdego rozdziału.</translation>
    </message>
    <message>
        <source>Read the whole chapter</source>
        <translation>Przeczytaj cały rozdział</translation>
    </message>
    <message>
        <source>Historians disagree</source>
        <translation>Historycy się spierają</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>Źródła (%1)</translation>
    </message>
    <message>
        <source>Numbers (%1)</source>
        <translation>Liczby (%1)</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Słowniczek</translation>
    </message>
    <message>
        <source>Hide the detailed account</source>
        <translation>Ukryj szczegółową relację</translation>
    </message>
    <message>
        <source>Read the detailed account</source>
        <translation>Przeczytaj szczegółową relację</translation>
    </message>
    <message>
        <source>Contains distressing details</source>
        <translation>Zawiera poruszające szczegóły</translation>
    </message>
    <message>
        <source>In this chapter</source>
        <translation>W tym rozdziale</translation>
    </message>
    <message>
        <source>In numbers</source>
        <translation>W liczbach</translation>
    </message>
    <message>
        <source>Many of these crimes were never tried. Some have been, and they are remembered. You can read on, or take a moment first.</source>
        <translation>Wielu z tych zbrodni nigdy nie osądzono. Niektóre jednak osądzono, a pamięć o nich trwa. Możesz czytać dalej albo najpierw chwilę odpocząć.</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>Zrób przerwę</translation>
    </message>
    <message>
        <source>Dates in this chapter</source>
        <translation>Daty w tym rozdziale</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>Ages %1+</source>
        <translation>Wiek: %1+</translation>
    </message>
    <message>
        <source>Ages %1–%2</source>
        <translation>Wiek: %1–%2</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 stops</source>
        <translation>przystanki: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Stop %1 of %2</source>
        <translation>Przystanek %1 z %2</translation>
    </message>
</context>
<context>
    <name>ClassroomBar</name>
    <message>
        <source>Previous</source>
        <translation>Poprzedni</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Pytania do dyskusji</translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>Wskazówki dla nauczyciela</translation>
    </message>
    <message>
        <source>Print this</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <source>End lesson</source>
        <translation>Zakończ lekcję</translation>
    </message>
</context>
<context>
    <name>ClassroomPanel</name>
    <message>
        <source>Shown in English</source>
        <translation>Wyświetlane po angielsku</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>This exhibit is not available at the moment</source>
        <translation>Wystawa jest w tej chwili niedostępna</translation>
    </message>
    <message>
        <source>Please ask a member of staff for help.</source>
        <translation>Poproś o pomoc pracownika muzeum.</translation>
    </message>
    <message>
        <source>For staff: %1</source>
        <translation>Dla obsługi: %1</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Sources (%1)</source>
        <translation>Źródła (%1)</translation>
    </message>
    <message>
        <source>Numbers (%1)</source>
        <translation>Liczby (%1)</translation>
    </message>
    <message>
        <source>Open the chapter</source>
        <translation>Otwórz rozdział</translation>
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
        <translation>wiosna</translation>
    </message>
    <message>
        <source>summer</source>
        <translation>lato</translation>
    </message>
    <message>
        <source>autumn</source>
        <translation>jesień</translation>
    </message>
    <message>
        <source>winter</source>
        <translation>zima</translation>
    </message>
    <message>
        <source>c. {}</source>
        <translation>ok. {}</translation>
    </message>
    <message>
        <source>winter {}–{}</source>
        <translation>zima {}/{}</translation>
    </message>
    <message>
        <source>{}–{}</source>
        <translation>{}–{}</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 do %2</translation>
    </message>
</context>
<context>
    <name>FigureScreen</name>
    <message>
        <source>The numbers and who gives them</source>
        <translation>Liczby i kto je podaje</translation>
    </message>
    <message>
        <source>Estimates differ</source>
        <translation>Szacunki się różnią</translation>
    </message>
    <message>
        <source>About this source</source>
        <translation>O tym źródle</translation>
    </message>
</context>
<context>
    <name>GateScreen</name>
    <message>
        <source>Before you continue</source>
        <translation>Zanim przejdziesz dalej</translation>
    </message>
    <message>
        <source>You can read the whole chapter, read only its summary, or go back.</source>
        <translation>Możesz przeczytać cały rozdział, tylko jego streszczenie albo wrócić.</translation>
    </message>
    <message>
        <source>You can continue or go back.</source>
        <translation>Możesz przejść dalej albo wrócić.</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Pokaż szczegóły</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Summary only</source>
        <translation>Tylko streszczenie</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Wróć</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>Wsparcie i pomoc</translation>
    </message>
</context>
<context>
    <name>HandoutPrinter</name>
    <message>
        <source>Only the chapter&apos;s summary, as chosen in the exhibit.</source>
        <translation>Tylko streszczenie rozdziału, zgodnie z wyborem dokonanym na wystawie.</translation>
    </message>
    <message>
        <source>This profile prints the summary of each chapter.</source>
        <translation>Ten profil drukuje tylko streszczenie każdego rozdziału.</translation>
    </message>
    <message>
        <source>Soviet war crimes, 1919–1991: a handout from the exhibit</source>
        <translation>Sowieckie zbrodnie wojenne 1919–1991: materiał z wystawy</translation>
    </message>
    <message>
        <source>From the chapter: %1</source>
        <translation>Z rozdziału: %1</translation>
    </message>
    <message>
        <source>Content note: %1</source>
        <translation>Ostrzeżenie o treści: %1</translation>
    </message>
    <message>
        <source>Not yet translated: shown in English.</source>
        <translation>Jeszcze nieprzetłumaczone: tekst po angielsku.</translation>
    </message>
    <message>
        <source>Historians disagree</source>
        <translation>Historycy się spierają</translation>
    </message>
    <message>
        <source>The chapter&apos;s detailed accounts are not included.</source>
        <translation>Szczegółowe relacje z tego rozdziału nie zostały uwzględnione.</translation>
    </message>
    <message>
        <source>Dates in this chapter</source>
        <translation>Daty w tym rozdziale</translation>
    </message>
    <message>
        <source>Numbers and who gives them</source>
        <translation>Liczby i kto je podaje</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <source>Printed on %1 from the exhibit&apos;s content, version %2.</source>
        <translation>Wydrukowano %1 z treści wystawy, wersja %2.</translation>
    </message>
    <message>
        <source>Museum profile</source>
        <translation>Profil: muzeum</translation>
    </message>
    <message>
        <source>Classroom profile: no detailed accounts, no graphic images</source>
        <translation>Profil: klasa szkolna – bez szczegółowych relacji i drastycznych zdjęć</translation>
    </message>
    <message>
        <source>Under-14 profile: summaries only</source>
        <translation>Profil: poniżej 14 lat – tylko streszczenia</translation>
    </message>
    <message>
        <source>Ages %1+</source>
        <translation>Wiek: %1+</translation>
    </message>
    <message>
        <source>Ages %1–%2</source>
        <translation>Wiek: %1–%2</translation>
    </message>
    <message>
        <source>Soviet war crimes, 1919–1991: a lesson path through the exhibit</source>
        <translation>Sowieckie zbrodnie wojenne 1919–1991: ścieżka edukacyjna po wystawie</translation>
    </message>
    <message>
        <source>%1 · %2 minutes · %3 stops</source>
        <translation>%1 · %2 min · przystanki: %3</translation>
    </message>
    <message>
        <source>Students will:</source>
        <translation>Uczniowie będą umieli:</translation>
    </message>
    <message>
        <source>Stop %1 of %2</source>
        <translation>Przystanek %1 z %2</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Pytania do dyskusji</translation>
    </message>
    <message>
        <source>For the teacher</source>
        <translation>Dla nauczyciela</translation>
    </message>
</context>
<context>
    <name>HandoutView</name>
    <message>
        <source>this computer has no Documents folder</source>
        <translation>na tym komputerze nie ma folderu Dokumenty</translation>
    </message>
    <message>
        <source>Saving the handout…</source>
        <translation>Zapisywanie materiału…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Zapisano w %1</translation>
    </message>
    <message>
        <source>The handout could not be saved: %1</source>
        <translation>Nie udało się zapisać materiału: %1</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Soviet war crimes, 1919–1991</source>
        <translation>Sowieckie zbrodnie wojenne 1919–1991</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Rozdziały</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) on countries and themes</source>
        <translation>
            <numerusform>%n rozdział o krajach i tematach</numerusform>
            <numerusform>%n rozdziały o krajach i tematach</numerusform>
            <numerusform>%n rozdziałów o krajach i tematach</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <source>1917 to today, year by year</source>
        <translation>Od 1917 roku do dziś, rok po roku</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Where each chapter happened</source>
        <translation>Gdzie rozgrywa się każdy rozdział</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <source>What every claim rests on</source>
        <translation>Na czym opiera się każde twierdzenie</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Find a name, a place or a word</source>
        <translation>Znajdź nazwisko, miejsce lub słowo</translation>
    </message>
    <message>
        <source>About the exhibit</source>
        <translation>O wystawie</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Jesteś tu jeszcze?</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit will start again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>Za %n sekundę wystawa zacznie się od nowa dla następnej osoby.</numerusform>
            <numerusform>Za %n sekundy wystawa zacznie się od nowa dla następnej osoby.</numerusform>
            <numerusform>Za %n sekund wystawa zacznie się od nowa dla następnej osoby.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Kontynuuj</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Cursor left</source>
        <translation>Kursor w lewo</translation>
    </message>
    <message>
        <source>Cursor right</source>
        <translation>Kursor w prawo</translation>
    </message>
    <message>
        <source>Half space</source>
        <translation>Półspacja</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spacja</translation>
    </message>
    <message>
        <source>Capital letters</source>
        <translation>Wielkie litery</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Usuń ostatni znak</translation>
    </message>
    <message>
        <source>Enter: show the results</source>
        <translation>Enter: pokaż wyniki</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>Ukryj klawiaturę</translation>
    </message>
    <message>
        <source>Keyboard language: %1. Tap for the next one</source>
        <translation>Język klawiatury: %1. Dotknij, aby wybrać następny</translation>
    </message>
    <message>
        <source>Numbers and symbols</source>
        <translation>Cyfry i symbole</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Litery</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Wybierz język</translation>
    </message>
    <message>
        <source>This exhibit describes killings, deportations and sexual violence. Before the most distressing parts you can choose what to see.</source>
        <translation>Ta wystawa opisuje zabójstwa, deportacje i przemoc seksualną. Przed najbardziej poruszającymi częściami możesz wybrać, co chcesz zobaczyć.</translation>
    </message>
    <message>
        <source>Some parts in English</source>
        <translation>Niektóre części po angielsku</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Soviet war crimes, 1919–1991</source>
        <translation>Sowieckie zbrodnie wojenne 1919–1991</translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>Wskazówki dla nauczyciela</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Pytania do dyskusji</translation>
    </message>
</context>
<context>
    <name>MapMarks</name>
    <message>
        <source>The numbers and who gives them: %1</source>
        <translation>Liczby i kto je podaje: %1</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Where it happened</source>
        <translation>Gdzie to się wydarzyło</translation>
    </message>
    <message>
        <source>The map could not be loaded.</source>
        <translation>Nie udało się wczytać mapy.</translation>
    </message>
    <message>
        <source>Approximate borders of %1</source>
        <translation>Przybliżone granice z %1 roku</translation>
    </message>
    <message>
        <source>Not tied to one place:</source>
        <translation>Niezwiązane z jednym miejscem:</translation>
    </message>
</context>
<context>
    <name>MediaFigure</name>
    <message>
        <source>Blurred image</source>
        <translation>Rozmyte zdjęcie</translation>
    </message>
    <message>
        <source>Show the image</source>
        <translation>Pokaż zdjęcie</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>Wsparcie i pomoc</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
    <message>
        <source>This image could not be loaded.</source>
        <translation>Nie udało się wczytać tego zdjęcia.</translation>
    </message>
    <message>
        <source>Photograph taken by the perpetrators</source>
        <translation>Zdjęcie wykonane przez sprawców</translation>
    </message>
    <message>
        <source>Approximate borders of %1</source>
        <translation>Przybliżone granice z %1 roku</translation>
    </message>
</context>
<context>
    <name>MoreBelow</name>
    <message>
        <source>More below</source>
        <translation>Więcej poniżej</translation>
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
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>Zrób przerwę</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Text %1 %</source>
        <translation>Rozmiar tekstu %1%</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Zatrzymaj czytanie</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Czytaj na głos</translation>
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
        <translation>Ta strona jest niedostępna.</translation>
    </message>
</context>
<context>
    <name>PathChooserScreen</name>
    <message>
        <source>Choose a lesson path</source>
        <translation>Wybierz ścieżkę edukacyjną</translation>
    </message>
    <message>
        <source>Each path leads a class through the exhibit, stop by stop, with questions to discuss. The classroom profile is on: no detailed accounts of violence and no graphic images.</source>
        <translation>Każda ścieżka prowadzi klasę przez wystawę, przystanek po przystanku, z pytaniami do dyskusji. Włączony jest profil „klasa szkolna”: bez szczegółowych opisów przemocy i bez drastycznych zdjęć.</translation>
    </message>
    <message>
        <source>This exhibit&apos;s content has no lesson paths.</source>
        <translation>Treści tej wystawy nie zawierają ścieżek edukacyjnych.</translation>
    </message>
    <message>
        <source>Shown in English</source>
        <translation>Wyświetlane po angielsku</translation>
    </message>
    <message>
        <source>Start this lesson</source>
        <translation>Rozpocznij tę lekcję</translation>
    </message>
    <message>
        <source>Students will:</source>
        <translation>Uczniowie będą umieli:</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN obsługi</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait %1 s, then try again.</source>
        <translation>Zbyt wiele błędnych PIN-ów. Odczekaj %1 s i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Błędny PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
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
        <translation>Drukuj</translation>
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
        <translation>Cytat: %1, autor: %2</translation>
    </message>
    <message>
        <source>Shown in English</source>
        <translation>Wyświetlane po angielsku</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>Źródła (%1)</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Type a name, a place or a word</source>
        <translation>Wpisz nazwisko, miejsce lub słowo</translation>
    </message>
    <message>
        <source>Nothing found. Try another word or a shorter one.</source>
        <translation>Nic nie znaleziono. Spróbuj innego albo krótszego słowa.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n wynik</numerusform>
            <numerusform>%n wyniki</numerusform>
            <numerusform>%n wyników</numerusform>
        </translation>
    </message>
    <message>
        <source>Or start with one of these</source>
        <translation>Albo zacznij od jednego z tych haseł</translation>
    </message>
</context>
<context>
    <name>SourceListScreen</name>
    <message>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <source>What “%1” rests on:</source>
        <translation>Na czym opiera się „%1”:</translation>
    </message>
</context>
<context>
    <name>SourceScreen</name>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Who made it, and why that matters</source>
        <translation>Kto je stworzył i dlaczego to ważne</translation>
    </message>
    <message>
        <source>Full reference</source>
        <translation>Pełny opis bibliograficzny</translation>
    </message>
    <message>
        <source>Cited in</source>
        <translation>Cytowane w</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Archive</source>
        <translation>Archiwum</translation>
    </message>
    <message>
        <source>Official report</source>
        <translation>Raport oficjalny</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Komisja</translation>
    </message>
    <message>
        <source>Court ruling</source>
        <translation>Orzeczenie sądu</translation>
    </message>
    <message>
        <source>Historian</source>
        <translation>Historyk</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Dziennikarz</translation>
    </message>
    <message>
        <source>Memoir</source>
        <translation>Wspomnienia</translation>
    </message>
    <message>
        <source>Politician</source>
        <translation>Polityk</translation>
    </message>
    <message>
        <source>Wartime propaganda or investigative agency</source>
        <translation>Wojenny urząd propagandowy lub śledczy</translation>
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
        <translation>Literatura</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statystyki</translation>
    </message>
    <message>
        <source>Reference work</source>
        <translation>Opracowanie encyklopedyczne</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Część</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>given without attribution in the source article</source>
        <translation>podane w artykule źródłowym bez wskazania autora</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Rozdziały</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Wydarzenia</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Słowniczek</translation>
    </message>
</context>
<context>
    <name>SourcesScreen</name>
    <message>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <source>How to read the sources</source>
        <translation>Jak czytać źródła</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff</source>
        <translation>Obsługa</translation>
    </message>
    <message>
        <source>Audience profile. Classroom hides the detailed accounts; under 14 shows chapter summaries only.</source>
        <translation>Profil odbiorców. „Klasa szkolna” ukrywa szczegółowe relacje; „Poniżej 14 lat” pokazuje tylko streszczenia rozdziałów.</translation>
    </message>
    <message>
        <source>Museum</source>
        <translation>Muzeum</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Klasa szkolna</translation>
    </message>
    <message>
        <source>Under 14</source>
        <translation>Poniżej 14 lat</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>Wczytaj treści ponownie</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>Zamknij i wróć do pulpitu</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>Wróć do wystawy</translation>
    </message>
</context>
<context>
    <name>SupportScreen</name>
    <message>
        <source>Support and help</source>
        <translation>Wsparcie i pomoc</translation>
    </message>
    <message>
        <source>If this exhibit has upset you, please speak to a member of staff.</source>
        <translation>Jeśli ta wystawa wywołała w tobie trudne emocje, porozmawiaj z pracownikiem muzeum.</translation>
    </message>
</context>
<context>
    <name>TermScreen</name>
    <message>
        <source>Glossary</source>
        <translation>Słowniczek</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown</source>
        <translation>
            <numerusform>Widoczne wydarzenia: %n</numerusform>
            <numerusform>Widoczne wydarzenia: %n</numerusform>
            <numerusform>Widoczne wydarzenia: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Pokaż wszystko</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Oddal</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Przybliż</translation>
    </message>
    <message>
        <source>Fit the era: %1</source>
        <translation>Pokaż całą epokę: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Więcej</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Z powrotem do początku</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n wydarzenie</numerusform>
            <numerusform>%n wydarzenia</numerusform>
            <numerusform>%n wydarzeń</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap to zoom in</source>
        <translation>Dotknij, aby przybliżyć</translation>
    </message>
</context>
</TS>
