<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About the exhibit</source>
        <translation>Об экспозиции</translation>
    </message>
    <message>
        <source>No description is available.</source>
        <translation>Описание недоступно.</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>Поддержка и помощь</translation>
    </message>
</context>
<context>
    <name>AdminExit</name>
    <message>
        <source>Staff only: hold for the staff panel</source>
        <translation>Только для сотрудников: удерживайте, чтобы открыть служебную панель</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Soviet war crimes, 1919–1991</source>
        <translation>Военные преступления СССР, 1919–1991</translation>
    </message>
    <message>
        <source>Crimes against civilians and prisoners, the evidence behind them, and how they are remembered</source>
        <translation>Преступления против мирных жителей и пленных, доказательства и память о них</translation>
    </message>
</context>
<context>
    <name>BreakScreen</name>
    <message>
        <source>Take a break</source>
        <translation>Сделайте паузу</translation>
    </message>
    <message>
        <source>Take as long as you need. You can come back to the exhibit, choose another part of it, or stop here.</source>
        <translation>Отдохните столько, сколько вам нужно. Вы можете вернуться к экспозиции, выбрать другую её часть или закончить на этом.</translation>
    </message>
    <message>
        <source>Back to the start of the exhibit</source>
        <translation>В начало экспозиции</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>Поддержка и помощь</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <source>This chapter describes %1.</source>
        <translation>Эта глава описывает %1.</translation>
    </message>
    <message>
        <source>This section describes %1.</source>
        <translation>Этот раздел описывает %1.</translation>
    </message>
    <message>
        <source>This event involved %1.</source>
        <translation>Это событие включало %1.</translation>
    </message>
    <message>
        <source>The details that follow describe %1.</source>
        <translation>Этот подробный рассказ описывает %1.</translation>
    </message>
    <message>
        <source>These numbers concern %1.</source>
        <translation>Эти цифры касаются следующего: %1.</translation>
    </message>
    <message>
        <source>This image shows dead or injured people.</source>
        <translation>На этом снимке — убитые или раненые люди.</translation>
    </message>
    <message>
        <source>It concerns %1.</source>
        <translation>Речь идёт о следующем: %1.</translation>
    </message>
    <message>
        <source>This image concerns %1.</source>
        <translation>Этот снимок касается следующего: %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>Classroom profile</source>
        <translation>Режим «Школьный класс»</translation>
    </message>
    <message>
        <source>Under-14 profile</source>
        <translation>Режим «До 14 лет»</translation>
    </message>
</context>
<context>
    <name>ChapterCard</name>
    <message>
        <source>Contains distressing content</source>
        <translation>Есть тяжёлые материалы</translation>
    </message>
</context>
<context>
    <name>ChapterListScreen</name>
    <message>
        <source>Chapters</source>
        <translation>Главы</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>Shown in English</source>
        <translation>Показано на английском языке</translation>
    </message>
    <message>
        <source>On the timeline</source>
        <translation>На ленте времени</translation>
    </message>
    <message>
        <source>You chose to read only the summary of this chapter.</source>
        <translation>Вы выбрали только краткое содержание этой главы.</translation>
    </message>
    <message>
        <source>This profile shows the summary of each chapter.</source>
        <translation>В этом режиме показано краткое содержание каждой главы.</translation>
    </message>
    <message>
        <source>Read the whole chapter</source>
        <translation>Читать всю главу</translation>
    </message>
    <message>
        <source>Historians disagree</source>
        <translation>Мнения историков расходятся</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>Источники (%1)</translation>
    </message>
    <message>
        <source>Numbers (%1)</source>
        <translation>Цифры (%1)</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Словарь</translation>
    </message>
    <message>
        <source>Hide the detailed account</source>
        <translation>Скрыть подробный рассказ</translation>
    </message>
    <message>
        <source>Read the detailed account</source>
        <translation>Читать подробный рассказ</translation>
    </message>
    <message>
        <source>Contains distressing details</source>
        <translation>Есть тяжёлые подробности</translation>
    </message>
    <message>
        <source>In this chapter</source>
        <translation>В этой главе</translation>
    </message>
    <message>
        <source>In numbers</source>
        <translation>В цифрах</translation>
    </message>
    <message>
        <source>Many of these crimes were never tried. Some have been, and they are remembered. You can read on, or take a moment first.</source>
        <translation>Многие из этих преступлений так и не дошли до суда. Некоторые дошли, и о них помнят. Вы можете читать дальше или сначала немного передохнуть.</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>Сделать паузу</translation>
    </message>
    <message>
        <source>Dates in this chapter</source>
        <translation>Даты в этой главе</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>Ages %1+</source>
        <translation>Возраст: %1+</translation>
    </message>
    <message>
        <source>Ages %1–%2</source>
        <translation>Возраст: %1–%2</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 мин.</translation>
    </message>
    <message>
        <source>%1 stops</source>
        <translation>остановок: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Stop %1 of %2</source>
        <translation>Остановка %1 из %2</translation>
    </message>
</context>
<context>
    <name>ClassroomBar</name>
    <message>
        <source>Previous</source>
        <translation>Предыдущая</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Вопросы для обсуждения</translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>Для учителя</translation>
    </message>
    <message>
        <source>Print this</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>End lesson</source>
        <translation>Завершить урок</translation>
    </message>
</context>
<context>
    <name>ClassroomPanel</name>
    <message>
        <source>Shown in English</source>
        <translation>Показано на английском языке</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>This exhibit is not available at the moment</source>
        <translation>Экспозиция сейчас недоступна</translation>
    </message>
    <message>
        <source>Please ask a member of staff for help.</source>
        <translation>Пожалуйста, обратитесь за помощью к сотруднику музея.</translation>
    </message>
    <message>
        <source>For staff: %1</source>
        <translation>Для сотрудников: %1</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Sources (%1)</source>
        <translation>Источники (%1)</translation>
    </message>
    <message>
        <source>Numbers (%1)</source>
        <translation>Цифры (%1)</translation>
    </message>
    <message>
        <source>Open the chapter</source>
        <translation>Открыть главу</translation>
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
        <translation>весна</translation>
    </message>
    <message>
        <source>summer</source>
        <translation>лето</translation>
    </message>
    <message>
        <source>autumn</source>
        <translation>осень</translation>
    </message>
    <message>
        <source>winter</source>
        <translation>зима</translation>
    </message>
    <message>
        <source>c. {}</source>
        <translation>ок. {}</translation>
    </message>
    <message>
        <source>winter {}–{}</source>
        <translation>зима {}/{}</translation>
    </message>
    <message>
        <source>{}–{}</source>
        <translation>{}–{}</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 до %2</translation>
    </message>
</context>
<context>
    <name>FigureScreen</name>
    <message>
        <source>The numbers and who gives them</source>
        <translation>Цифры и кто их приводит</translation>
    </message>
    <message>
        <source>Estimates differ</source>
        <translation>Оценки расходятся</translation>
    </message>
    <message>
        <source>About this source</source>
        <translation>Об этом источнике</translation>
    </message>
</context>
<context>
    <name>GateScreen</name>
    <message>
        <source>Before you continue</source>
        <translation>Прежде чем продолжить</translation>
    </message>
    <message>
        <source>You can read the whole chapter, read only its summary, or go back.</source>
        <translation>Вы можете прочитать всю главу, только её краткое содержание или вернуться назад.</translation>
    </message>
    <message>
        <source>You can continue or go back.</source>
        <translation>Вы можете продолжить или вернуться назад.</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Показать подробности</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Summary only</source>
        <translation>Только краткое содержание</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Вернуться назад</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>Поддержка и помощь</translation>
    </message>
</context>
<context>
    <name>HandoutPrinter</name>
    <message>
        <source>Only the chapter&apos;s summary, as chosen in the exhibit.</source>
        <translation>Только краткое содержание главы, как выбрано на выставке.</translation>
    </message>
    <message>
        <source>This profile prints the summary of each chapter.</source>
        <translation>В этом режиме печатается краткое содержание каждой главы.</translation>
    </message>
    <message>
        <source>Soviet war crimes, 1919–1991: a handout from the exhibit</source>
        <translation>Военные преступления СССР, 1919–1991: раздаточный материал выставки</translation>
    </message>
    <message>
        <source>From the chapter: %1</source>
        <translation>Из главы: %1</translation>
    </message>
    <message>
        <source>Content note: %1</source>
        <translation>Предупреждение о содержании: %1</translation>
    </message>
    <message>
        <source>Not yet translated: shown in English.</source>
        <translation>Ещё не переведено: текст на английском языке.</translation>
    </message>
    <message>
        <source>Historians disagree</source>
        <translation>Мнения историков расходятся</translation>
    </message>
    <message>
        <source>The chapter&apos;s detailed accounts are not included.</source>
        <translation>Подробные рассказы этой главы не включены.</translation>
    </message>
    <message>
        <source>Dates in this chapter</source>
        <translation>Даты в этой главе</translation>
    </message>
    <message>
        <source>Numbers and who gives them</source>
        <translation>Цифры и кто их приводит</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Printed on %1 from the exhibit&apos;s content, version %2.</source>
        <translation>Напечатано %1 по материалам выставки, версия %2.</translation>
    </message>
    <message>
        <source>Museum profile</source>
        <translation>Режим «Музей»</translation>
    </message>
    <message>
        <source>Classroom profile: no detailed accounts, no graphic images</source>
        <translation>Режим «Школьный класс»: без подробных рассказов и жестоких изображений</translation>
    </message>
    <message>
        <source>Under-14 profile: summaries only</source>
        <translation>Режим «До 14 лет»: только краткое содержание</translation>
    </message>
    <message>
        <source>Ages %1+</source>
        <translation>Возраст: %1+</translation>
    </message>
    <message>
        <source>Ages %1–%2</source>
        <translation>Возраст: %1–%2</translation>
    </message>
    <message>
        <source>Soviet war crimes, 1919–1991: a lesson path through the exhibit</source>
        <translation>Военные преступления СССР, 1919–1991: учебный маршрут по выставке</translation>
    </message>
    <message>
        <source>%1 · %2 minutes · %3 stops</source>
        <translation>%1 · %2 мин. · остановок: %3</translation>
    </message>
    <message>
        <source>Students will:</source>
        <translation>Ученики смогут:</translation>
    </message>
    <message>
        <source>Stop %1 of %2</source>
        <translation>Остановка %1 из %2</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Вопросы для обсуждения</translation>
    </message>
    <message>
        <source>For the teacher</source>
        <translation>Для учителя</translation>
    </message>
</context>
<context>
    <name>HandoutView</name>
    <message>
        <source>this computer has no Documents folder</source>
        <translation>на этом компьютере нет папки «Документы»</translation>
    </message>
    <message>
        <source>Saving the handout…</source>
        <translation>Сохранение материала…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>The handout could not be saved: %1</source>
        <translation>Не удалось сохранить материал: %1</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Soviet war crimes, 1919–1991</source>
        <translation>Военные преступления СССР, 1919–1991</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Главы</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) on countries and themes</source>
        <translation>
            <numerusform>%n глава по странам и темам</numerusform>
            <numerusform>%n главы по странам и темам</numerusform>
            <numerusform>%n глав по странам и темам</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>1917 to today, year by year</source>
        <translation>С 1917 года до наших дней, год за годом</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Where each chapter happened</source>
        <translation>Где происходили события каждой главы</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>What every claim rests on</source>
        <translation>На чём основано каждое утверждение</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Find a name, a place or a word</source>
        <translation>Найти имя, место или слово</translation>
    </message>
    <message>
        <source>About the exhibit</source>
        <translation>Об экспозиции</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit will start again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>Через %n секунду экспозиция начнётся заново для следующего посетителя.</numerusform>
            <numerusform>Через %n секунды экспозиция начнётся заново для следующего посетителя.</numerusform>
            <numerusform>Через %n секунд экспозиция начнётся заново для следующего посетителя.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Cursor left</source>
        <translation>Курсор влево</translation>
    </message>
    <message>
        <source>Cursor right</source>
        <translation>Курсор вправо</translation>
    </message>
    <message>
        <source>Half space</source>
        <translation>Полупробел</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>Capital letters</source>
        <translation>Заглавные буквы</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Удалить последний символ</translation>
    </message>
    <message>
        <source>Enter: show the results</source>
        <translation>Ввод: показать результаты</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>Скрыть клавиатуру</translation>
    </message>
    <message>
        <source>Keyboard language: %1. Tap for the next one</source>
        <translation>Язык клавиатуры: %1. Нажмите, чтобы выбрать следующий</translation>
    </message>
    <message>
        <source>Numbers and symbols</source>
        <translation>Цифры и символы</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Буквы</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>Выберите язык</translation>
    </message>
    <message>
        <source>This exhibit describes killings, deportations and sexual violence. Before the most distressing parts you can choose what to see.</source>
        <translation>Эта экспозиция рассказывает об убийствах, депортациях и сексуальном насилии. Перед самыми тяжёлыми частями вы сможете выбрать, что смотреть.</translation>
    </message>
    <message>
        <source>Some parts in English</source>
        <translation>Частично на английском</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Soviet war crimes, 1919–1991</source>
        <translation>Военные преступления СССР, 1919–1991</translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>Заметка для учителя</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Вопросы для обсуждения</translation>
    </message>
</context>
<context>
    <name>MapMarks</name>
    <message>
        <source>The numbers and who gives them: %1</source>
        <translation>Цифры и кто их приводит: %1</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Where it happened</source>
        <translation>Где это произошло</translation>
    </message>
    <message>
        <source>The map could not be loaded.</source>
        <translation>Не удалось загрузить карту.</translation>
    </message>
    <message>
        <source>Approximate borders of %1</source>
        <translation>Приблизительные границы %1 года</translation>
    </message>
    <message>
        <source>Not tied to one place:</source>
        <translation>Не связаны с одним местом:</translation>
    </message>
</context>
<context>
    <name>MediaFigure</name>
    <message>
        <source>Blurred image</source>
        <translation>Размытое изображение</translation>
    </message>
    <message>
        <source>Show the image</source>
        <translation>Показать изображение</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>Поддержка и помощь</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>This image could not be loaded.</source>
        <translation>Не удалось загрузить это изображение.</translation>
    </message>
    <message>
        <source>Photograph taken by the perpetrators</source>
        <translation>Снимок сделан преступниками</translation>
    </message>
    <message>
        <source>Approximate borders of %1</source>
        <translation>Приблизительные границы %1 года</translation>
    </message>
</context>
<context>
    <name>MoreBelow</name>
    <message>
        <source>More below</source>
        <translation>Продолжение ниже</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>Сделать паузу</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Text %1 %</source>
        <translation>Размер текста %1 %</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Остановить чтение</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Читать вслух</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
</context>
<context>
    <name>PageScreen</name>
    <message>
        <source>This page is not available.</source>
        <translation>Эта страница недоступна.</translation>
    </message>
</context>
<context>
    <name>PathChooserScreen</name>
    <message>
        <source>Choose a lesson path</source>
        <translation>Выберите учебный маршрут</translation>
    </message>
    <message>
        <source>Each path leads a class through the exhibit, stop by stop, with questions to discuss. The classroom profile is on: no detailed accounts of violence and no graphic images.</source>
        <translation>Каждый маршрут ведёт класс по выставке, остановка за остановкой, с вопросами для обсуждения. Включён режим «Школьный класс»: без подробных описаний насилия и без жестоких изображений.</translation>
    </message>
    <message>
        <source>This exhibit&apos;s content has no lesson paths.</source>
        <translation>В содержании этой выставки нет учебных маршрутов.</translation>
    </message>
    <message>
        <source>Shown in English</source>
        <translation>Показано на английском языке</translation>
    </message>
    <message>
        <source>Start this lesson</source>
        <translation>Начать этот урок</translation>
    </message>
    <message>
        <source>Students will:</source>
        <translation>Ученики смогут:</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN-код для сотрудников</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait %1 s, then try again.</source>
        <translation>Слишком много неверных PIN-кодов. Подождите %1 с и попробуйте снова.</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Неверный PIN-код</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <source>Print this</source>
        <translation>Печать</translation>
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
        <translation>Цитата: %1, автор: %2</translation>
    </message>
    <message>
        <source>Shown in English</source>
        <translation>Показано на английском языке</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>Источники (%1)</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Type a name, a place or a word</source>
        <translation>Введите имя, место или слово</translation>
    </message>
    <message>
        <source>Nothing found. Try another word or a shorter one.</source>
        <translation>Ничего не найдено. Попробуйте другое или более короткое слово.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message>
        <source>Or start with one of these</source>
        <translation>Или начните с одной из этих подсказок</translation>
    </message>
</context>
<context>
    <name>SourceListScreen</name>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>What “%1” rests on:</source>
        <translation>На чём основан текст «%1»:</translation>
    </message>
</context>
<context>
    <name>SourceScreen</name>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Who made it, and why that matters</source>
        <translation>Кто его создал и почему это важно</translation>
    </message>
    <message>
        <source>Full reference</source>
        <translation>Полная ссылка</translation>
    </message>
    <message>
        <source>Cited in</source>
        <translation>Где упоминается</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <source>Official report</source>
        <translation>Официальный доклад</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Court ruling</source>
        <translation>Судебное решение</translation>
    </message>
    <message>
        <source>Historian</source>
        <translation>Историк</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>Журналист</translation>
    </message>
    <message>
        <source>Memoir</source>
        <translation>Мемуары</translation>
    </message>
    <message>
        <source>Politician</source>
        <translation>Политик</translation>
    </message>
    <message>
        <source>Wartime propaganda or investigative agency</source>
        <translation>Ведомство пропаганды или расследований военного времени</translation>
    </message>
    <message>
        <source>Parliament</source>
        <translation>Парламент</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Фильм</translation>
    </message>
    <message>
        <source>Literature</source>
        <translation>Литература</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Reference work</source>
        <translation>Справочное издание</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Цифра</translation>
    </message>
    <message>
        <source>given without attribution in the source article</source>
        <translation>приведено в исходной статье без указания автора</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Главы</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Словарь</translation>
    </message>
</context>
<context>
    <name>SourcesScreen</name>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>How to read the sources</source>
        <translation>Как читать источники</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff</source>
        <translation>Для сотрудников</translation>
    </message>
    <message>
        <source>Audience profile. Classroom hides the detailed accounts; under 14 shows chapter summaries only.</source>
        <translation>Режим для посетителей. «Школьный класс» скрывает подробные рассказы, «До 14 лет» показывает только краткое содержание глав.</translation>
    </message>
    <message>
        <source>Museum</source>
        <translation>Музей</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>Школьный класс</translation>
    </message>
    <message>
        <source>Under 14</source>
        <translation>До 14 лет</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>Перезагрузить материалы</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>Выйти на рабочий стол</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>Вернуться к экспозиции</translation>
    </message>
</context>
<context>
    <name>SupportScreen</name>
    <message>
        <source>Support and help</source>
        <translation>Поддержка и помощь</translation>
    </message>
    <message>
        <source>If this exhibit has upset you, please speak to a member of staff.</source>
        <translation>Если экспозиция вас расстроила, пожалуйста, обратитесь к сотруднику музея.</translation>
    </message>
</context>
<context>
    <name>TermScreen</name>
    <message>
        <source>Glossary</source>
        <translation>Словарь</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>Timeline</source>
        <translation>Лента времени</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown</source>
        <translation>
            <numerusform>Показано %n событие</numerusform>
            <numerusform>Показано %n события</numerusform>
            <numerusform>Показано %n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить масштаб</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить масштаб</translation>
    </message>
    <message>
        <source>Fit the era: %1</source>
        <translation>Показать эпоху целиком: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>В начало</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap to zoom in</source>
        <translation>Нажмите, чтобы увеличить</translation>
    </message>
</context>
</TS>
