<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About the exhibit</source>
        <translation>دربارهٔ نمایشگاه</translation>
    </message>
    <message>
        <source>No description is available.</source>
        <translation>توضیحی در دسترس نیست.</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>کمک و پشتیبانی</translation>
    </message>
</context>
<context>
    <name>AdminExit</name>
    <message>
        <source>Staff only: hold for the staff panel</source>
        <translation>فقط برای کارمندان: برای باز کردن صفحهٔ کارمندان، لمس کنید و نگه دارید</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Soviet war crimes, 1919–1991</source>
        <translation>جنایات جنگی شوروی، ۱۹۱۹ تا ۱۹۹۱</translation>
    </message>
    <message>
        <source>Crimes against civilians and prisoners, the evidence behind them, and how they are remembered</source>
        <translation>جنایات علیه افراد ملکی و اسیران، شواهد آن‌ها و اینکه چگونه به یاد مانده‌اند</translation>
    </message>
</context>
<context>
    <name>BreakScreen</name>
    <message>
        <source>Take a break</source>
        <translation>کمی استراحت کنید</translation>
    </message>
    <message>
        <source>Take as long as you need. You can come back to the exhibit, choose another part of it, or stop here.</source>
        <translation>هر قدر که لازم دارید وقت بگیرید. می‌توانید به نمایشگاه برگردید، بخش دیگری از آن را انتخاب کنید یا همین‌جا بس کنید.</translation>
    </message>
    <message>
        <source>Back to the start of the exhibit</source>
        <translation>بازگشت به آغاز نمایشگاه</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>کمک و پشتیبانی</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <source>This chapter describes %1.</source>
        <translation>این فصل %1 را شرح می‌دهد.</translation>
    </message>
    <message>
        <source>This section describes %1.</source>
        <translation>این بخش %1 را شرح می‌دهد.</translation>
    </message>
    <message>
        <source>This event involved %1.</source>
        <translation>این رویداد با %1 همراه بود.</translation>
    </message>
    <message>
        <source>The details that follow describe %1.</source>
        <translation>جزئیاتی که در ادامه می‌آید %1 را شرح می‌دهد.</translation>
    </message>
    <message>
        <source>These numbers concern %1.</source>
        <translation>این ارقام مربوط است به: %1.</translation>
    </message>
    <message>
        <source>This image shows dead or injured people.</source>
        <translation>این تصویر افراد کشته‌شده یا زخمی را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>It concerns %1.</source>
        <translation>موضوع آن: %1.</translation>
    </message>
    <message>
        <source>This image concerns %1.</source>
        <translation>موضوع این تصویر: %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و %2</translation>
    </message>
    <message>
        <source>Classroom profile</source>
        <translation>حالت صنف درسی</translation>
    </message>
    <message>
        <source>Under-14 profile</source>
        <translation>حالت زیر ۱۴ سال</translation>
    </message>
</context>
<context>
    <name>ChapterCard</name>
    <message>
        <source>Contains distressing content</source>
        <translation>دارای محتوای دردناک</translation>
    </message>
</context>
<context>
    <name>ChapterListScreen</name>
    <message>
        <source>Chapters</source>
        <translation>فصل‌ها</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>Shown in English</source>
        <translation>به زبان انگلیسی</translation>
    </message>
    <message>
        <source>On the timeline</source>
        <translation>در جدول زمانی</translation>
    </message>
    <message>
        <source>You chose to read only the summary of this chapter.</source>
        <translation>شما انتخاب کردید که تنها خلاصهٔ این فصل را بخوانید.</translation>
    </message>
    <message>
        <source>This profile shows the summary of each chapter.</source>
        <translation>در این حالت، خلاصهٔ هر فصل نشان داده می‌شود.</translation>
    </message>
    <message>
        <source>Read the whole chapter</source>
        <translation>خواندن تمام فصل</translation>
    </message>
    <message>
        <source>Historians disagree</source>
        <translation>مورخان هم‌نظر نیستند</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>منابع (%1)</translation>
    </message>
    <message>
        <source>Numbers (%1)</source>
        <translation>ارقام (%1)</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>واژه‌نامه</translation>
    </message>
    <message>
        <source>Hide the detailed account</source>
        <translation>پنهان‌کردن شرح مفصل</translation>
    </message>
    <message>
        <source>Read the detailed account</source>
        <translation>خواندن شرح مفصل</translation>
    </message>
    <message>
        <source>Contains distressing details</source>
        <translation>دارای جزئیات دردناک</translation>
    </message>
    <message>
        <source>In this chapter</source>
        <translation>در این فصل</translation>
    </message>
    <message>
        <source>In numbers</source>
        <translation>به زبان ارقام</translation>
    </message>
    <message>
        <source>Many of these crimes were never tried. Some have been, and they are remembered. You can read on, or take a moment first.</source>
        <translation>بسیاری از این جنایات هرگز به محکمه کشانده نشدند. برخی به محکمه کشانده شده‌اند و یادشان زنده است. می‌توانید به خواندن ادامه دهید، یا نخست لحظه‌ای درنگ کنید.</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>کمی استراحت کنید</translation>
    </message>
    <message>
        <source>Dates in this chapter</source>
        <translation>تاریخ‌های این فصل</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>Ages %1+</source>
        <translation>سن %1 به بالا</translation>
    </message>
    <message>
        <source>Ages %1–%2</source>
        <translation>سن %1 تا %2</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 دقیقه</translation>
    </message>
    <message>
        <source>%1 stops</source>
        <translation>%1 ایستگاه</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Stop %1 of %2</source>
        <translation>ایستگاه %1 از %2</translation>
    </message>
</context>
<context>
    <name>ClassroomBar</name>
    <message>
        <source>Previous</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>پرسش‌های بحث</translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>یادداشت برای معلم</translation>
    </message>
    <message>
        <source>Print this</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <source>End lesson</source>
        <translation>پایان درس</translation>
    </message>
</context>
<context>
    <name>ClassroomPanel</name>
    <message>
        <source>Shown in English</source>
        <translation>به زبان انگلیسی</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>This exhibit is not available at the moment</source>
        <translation>این نمایشگاه در حال حاضر در دسترس نیست</translation>
    </message>
    <message>
        <source>Please ask a member of staff for help.</source>
        <translation>لطفاً از یکی از کارمندان کمک بخواهید.</translation>
    </message>
    <message>
        <source>For staff: %1</source>
        <translation>برای کارمندان: %1</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Sources (%1)</source>
        <translation>منابع (%1)</translation>
    </message>
    <message>
        <source>Numbers (%1)</source>
        <translation>ارقام (%1)</translation>
    </message>
    <message>
        <source>Open the chapter</source>
        <translation>باز کردن فصل</translation>
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
        <translation>بهار</translation>
    </message>
    <message>
        <source>summer</source>
        <translation>تابستان</translation>
    </message>
    <message>
        <source>autumn</source>
        <translation>خزان</translation>
    </message>
    <message>
        <source>winter</source>
        <translation>زمستان</translation>
    </message>
    <message>
        <source>c. {}</source>
        <translation>حدود {}</translation>
    </message>
    <message>
        <source>winter {}–{}</source>
        <translation>زمستان {} تا {}</translation>
    </message>
    <message>
        <source>{}–{}</source>
        <translation>{} تا {}</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 تا %2</translation>
    </message>
</context>
<context>
    <name>FigureScreen</name>
    <message>
        <source>The numbers and who gives them</source>
        <translation>ارقام و اینکه چه کسی آن‌ها را ارائه می‌کند</translation>
    </message>
    <message>
        <source>Estimates differ</source>
        <translation>برآوردها متفاوت‌اند</translation>
    </message>
    <message>
        <source>About this source</source>
        <translation>دربارهٔ این منبع</translation>
    </message>
</context>
<context>
    <name>GateScreen</name>
    <message>
        <source>Before you continue</source>
        <translation>پیش از ادامه</translation>
    </message>
    <message>
        <source>You can read the whole chapter, read only its summary, or go back.</source>
        <translation>می‌توانید تمام فصل را بخوانید، تنها خلاصهٔ آن را بخوانید یا برگردید.</translation>
    </message>
    <message>
        <source>You can continue or go back.</source>
        <translation>می‌توانید ادامه دهید یا برگردید.</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>نشان دادن جزئیات</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Summary only</source>
        <translation>تنها خلاصه</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>کمک و پشتیبانی</translation>
    </message>
</context>
<context>
    <name>HandoutPrinter</name>
    <message>
        <source>Only the chapter&apos;s summary, as chosen in the exhibit.</source>
        <translation>تنها خلاصهٔ فصل، مطابق انتخابی که در نمایشگاه کردید.</translation>
    </message>
    <message>
        <source>This profile prints the summary of each chapter.</source>
        <translation>در این حالت، تنها خلاصهٔ هر فصل چاپ می‌شود.</translation>
    </message>
    <message>
        <source>Soviet war crimes, 1919–1991: a handout from the exhibit</source>
        <translation>جنایات جنگی شوروی، ۱۹۱۹ تا ۱۹۹۱: جزوهٔ نمایشگاه</translation>
    </message>
    <message>
        <source>From the chapter: %1</source>
        <translation>از فصل: %1</translation>
    </message>
    <message>
        <source>Content note: %1</source>
        <translation>هشدار محتوا: %1</translation>
    </message>
    <message>
        <source>Not yet translated: shown in English.</source>
        <translation>هنوز ترجمه نشده است: به زبان انگلیسی.</translation>
    </message>
    <message>
        <source>Historians disagree</source>
        <translation>مورخان هم‌نظر نیستند</translation>
    </message>
    <message>
        <source>The chapter&apos;s detailed accounts are not included.</source>
        <translation>شرح‌های مفصل این فصل در این جزوه نیامده است.</translation>
    </message>
    <message>
        <source>Dates in this chapter</source>
        <translation>تاریخ‌های این فصل</translation>
    </message>
    <message>
        <source>Numbers and who gives them</source>
        <translation>ارقام و گویندگان آن‌ها</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>Printed on %1 from the exhibit&apos;s content, version %2.</source>
        <translation>چاپ‌شده در %1 از محتوای نمایشگاه، نسخهٔ %2.</translation>
    </message>
    <message>
        <source>Museum profile</source>
        <translation>حالت موزیم</translation>
    </message>
    <message>
        <source>Classroom profile: no detailed accounts, no graphic images</source>
        <translation>حالت صنف درسی: بدون شرح مفصل و بدون تصاویر دلخراش</translation>
    </message>
    <message>
        <source>Under-14 profile: summaries only</source>
        <translation>حالت زیر ۱۴ سال: تنها خلاصه‌ها</translation>
    </message>
    <message>
        <source>Ages %1+</source>
        <translation>سن %1 به بالا</translation>
    </message>
    <message>
        <source>Ages %1–%2</source>
        <translation>سن %1 تا %2</translation>
    </message>
    <message>
        <source>Soviet war crimes, 1919–1991: a lesson path through the exhibit</source>
        <translation>جنایات جنگی شوروی، ۱۹۱۹ تا ۱۹۹۱: مسیر درسی در نمایشگاه</translation>
    </message>
    <message>
        <source>%1 · %2 minutes · %3 stops</source>
        <translation>%1 · %2 دقیقه · %3 ایستگاه</translation>
    </message>
    <message>
        <source>Students will:</source>
        <translation>شاگردان:</translation>
    </message>
    <message>
        <source>Stop %1 of %2</source>
        <translation>ایستگاه %1 از %2</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>پرسش‌های بحث</translation>
    </message>
    <message>
        <source>For the teacher</source>
        <translation>برای معلم</translation>
    </message>
</context>
<context>
    <name>HandoutView</name>
    <message>
        <source>this computer has no Documents folder</source>
        <translation>این کمپیوتر پوشهٔ اسناد ندارد</translation>
    </message>
    <message>
        <source>Saving the handout…</source>
        <translation>جزوه ذخیره می‌شود…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>ذخیره شد در %1</translation>
    </message>
    <message>
        <source>The handout could not be saved: %1</source>
        <translation>جزوه ذخیره نشد: %1</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Soviet war crimes, 1919–1991</source>
        <translation>جنایات جنگی شوروی، ۱۹۱۹ تا ۱۹۹۱</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>فصل‌ها</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) on countries and themes</source>
        <translation>
            <numerusform>%n فصل دربارهٔ کشورها و موضوع‌ها</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>جدول زمانی</translation>
    </message>
    <message>
        <source>1917 to today, year by year</source>
        <translation>از ۱۹۱۷ تا امروز، سال به سال</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>نقشه</translation>
    </message>
    <message>
        <source>Where each chapter happened</source>
        <translation>رویدادهای هر فصل کجا رخ داد</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>What every claim rests on</source>
        <translation>هر گفته بر چه استوار است</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <source>Find a name, a place or a word</source>
        <translation>یک نام، یک جا یا یک واژه را پیدا کنید</translation>
    </message>
    <message>
        <source>About the exhibit</source>
        <translation>دربارهٔ نمایشگاه</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>هنوز اینجا هستید؟</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit will start again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>نمایشگاه پس از %n ثانیه برای بازدیدکنندهٔ بعدی از نو آغاز می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Cursor left</source>
        <translation>مکان‌نما به چپ</translation>
    </message>
    <message>
        <source>Cursor right</source>
        <translation>مکان‌نما به راست</translation>
    </message>
    <message>
        <source>Half space</source>
        <translation>نیم‌فاصله</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>فاصله</translation>
    </message>
    <message>
        <source>Capital letters</source>
        <translation>حروف بزرگ</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>حذف آخرین حرف</translation>
    </message>
    <message>
        <source>Enter: show the results</source>
        <translation>ورود: نمایش نتایج</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>پنهان کردن کیبورد</translation>
    </message>
    <message>
        <source>Keyboard language: %1. Tap for the next one</source>
        <translation>زبان کیبورد: %1. برای زبان بعدی لمس کنید</translation>
    </message>
    <message>
        <source>Numbers and symbols</source>
        <translation>اعداد و نمادها</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>حروف</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>زبان خود را انتخاب کنید</translation>
    </message>
    <message>
        <source>This exhibit describes killings, deportations and sexual violence. Before the most distressing parts you can choose what to see.</source>
        <translation>این نمایشگاه از کشتارها، تبعیدهای اجباری و خشونت جنسی سخن می‌گوید. پیش از دردناک‌ترین بخش‌ها می‌توانید انتخاب کنید که چه چیزی را ببینید.</translation>
    </message>
    <message>
        <source>Some parts in English</source>
        <translation>برخی بخش‌ها به زبان انگلیسی</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Soviet war crimes, 1919–1991</source>
        <translation>جنایات جنگی شوروی، ۱۹۱۹ تا ۱۹۹۱</translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>یادداشت برای معلم</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>پرسش‌های بحث</translation>
    </message>
</context>
<context>
    <name>MapMarks</name>
    <message>
        <source>The numbers and who gives them: %1</source>
        <translation>ارقام و اینکه چه کسی آن‌ها را ارائه می‌کند: %1</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Where it happened</source>
        <translation>کجا رخ داد</translation>
    </message>
    <message>
        <source>The map could not be loaded.</source>
        <translation>نقشه بارگذاری نشد.</translation>
    </message>
    <message>
        <source>Approximate borders of %1</source>
        <translation>مرزهای تقریبی سال %1</translation>
    </message>
    <message>
        <source>Not tied to one place:</source>
        <translation>وابسته به یک جای مشخص نیست:</translation>
    </message>
</context>
<context>
    <name>MediaFigure</name>
    <message>
        <source>Blurred image</source>
        <translation>تصویر تار شده</translation>
    </message>
    <message>
        <source>Show the image</source>
        <translation>نمایش تصویر</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>کمک و پشتیبانی</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>پنهان‌کردن</translation>
    </message>
    <message>
        <source>This image could not be loaded.</source>
        <translation>این تصویر بارگذاری نشد.</translation>
    </message>
    <message>
        <source>Photograph taken by the perpetrators</source>
        <translation>عکس گرفته‌شده توسط عاملان</translation>
    </message>
    <message>
        <source>Approximate borders of %1</source>
        <translation>مرزهای تقریبی سال %1</translation>
    </message>
</context>
<context>
    <name>MoreBelow</name>
    <message>
        <source>More below</source>
        <translation>ادامه در پایین</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation>صفحهٔ اصلی</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>استراحت</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Text %1 %</source>
        <translation>اندازهٔ متن %1٪</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>توقف خواندن</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>بلند خواندن</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>تضاد رنگ</translation>
    </message>
</context>
<context>
    <name>PageScreen</name>
    <message>
        <source>This page is not available.</source>
        <translation>این صفحه در دسترس نیست.</translation>
    </message>
</context>
<context>
    <name>PathChooserScreen</name>
    <message>
        <source>Choose a lesson path</source>
        <translation>یک مسیر درسی را انتخاب کنید</translation>
    </message>
    <message>
        <source>Each path leads a class through the exhibit, stop by stop, with questions to discuss. The classroom profile is on: no detailed accounts of violence and no graphic images.</source>
        <translation>هر مسیر، صنف را ایستگاه به ایستگاه از میان نمایشگاه می‌برد، همراه با پرسش‌هایی برای بحث. حالت صنف درسی روشن است: بدون شرح مفصل خشونت و بدون تصاویر دلخراش.</translation>
    </message>
    <message>
        <source>This exhibit&apos;s content has no lesson paths.</source>
        <translation>محتوای این نمایشگاه مسیر درسی ندارد.</translation>
    </message>
    <message>
        <source>Shown in English</source>
        <translation>به زبان انگلیسی</translation>
    </message>
    <message>
        <source>Start this lesson</source>
        <translation>شروع این درس</translation>
    </message>
    <message>
        <source>Students will:</source>
        <translation>شاگردان:</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>رمز کارمندان</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait %1 s, then try again.</source>
        <translation>پین نادرست بیش از حد وارد شد. %1 ثانیه صبر کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>رمز نادرست است</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <source>Print this</source>
        <translation>چاپ</translation>
    </message>
</context>
<context>
    <name>Quotation</name>
    <message>
        <source>— %1, %2</source>
        <translation>— %1، %2</translation>
    </message>
    <message>
        <source>Quotation: %1 by %2</source>
        <translation>نقل قول: %1، از %2</translation>
    </message>
    <message>
        <source>Shown in English</source>
        <translation>به زبان انگلیسی</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>منابع (%1)</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <source>Type a name, a place or a word</source>
        <translation>یک نام، یک جا یا یک واژه بنویسید</translation>
    </message>
    <message>
        <source>Nothing found. Try another word or a shorter one.</source>
        <translation>چیزی پیدا نشد. واژهٔ دیگری یا واژهٔ کوتاه‌تری را امتحان کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n نتیجه</numerusform>
        </translation>
    </message>
    <message>
        <source>Or start with one of these</source>
        <translation>یا از یکی از این‌ها شروع کنید</translation>
    </message>
</context>
<context>
    <name>SourceListScreen</name>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>What “%1” rests on:</source>
        <translation>«%1» بر این منابع استوار است:</translation>
    </message>
</context>
<context>
    <name>SourceScreen</name>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Who made it, and why that matters</source>
        <translation>چه کسی آن را پدید آورده و چرا این مهم است</translation>
    </message>
    <message>
        <source>Full reference</source>
        <translation>مشخصات کامل</translation>
    </message>
    <message>
        <source>Cited in</source>
        <translation>ذکرشده در</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Archive</source>
        <translation>آرشیف</translation>
    </message>
    <message>
        <source>Official report</source>
        <translation>گزارش رسمی</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>کمیسیون</translation>
    </message>
    <message>
        <source>Court ruling</source>
        <translation>حکم محکمه</translation>
    </message>
    <message>
        <source>Historian</source>
        <translation>مورخ</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>روزنامه‌نگار</translation>
    </message>
    <message>
        <source>Memoir</source>
        <translation>خاطرات</translation>
    </message>
    <message>
        <source>Politician</source>
        <translation>سیاستمدار</translation>
    </message>
    <message>
        <source>Wartime propaganda or investigative agency</source>
        <translation>نهاد تبلیغاتی یا تحقیقاتی زمان جنگ</translation>
    </message>
    <message>
        <source>Parliament</source>
        <translation>پارلمان</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>فلم</translation>
    </message>
    <message>
        <source>Literature</source>
        <translation>ادبیات</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>رسانه‌ها</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>احصائیه</translation>
    </message>
    <message>
        <source>Reference work</source>
        <translation>اثر مرجع</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>given without attribution in the source article</source>
        <translation>در مقالهٔ منبع بدون ذکر گوینده آمده است</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>فصل‌ها</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>رویدادها</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>واژه‌نامه</translation>
    </message>
</context>
<context>
    <name>SourcesScreen</name>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>How to read the sources</source>
        <translation>چگونه منابع را بخوانیم</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff</source>
        <translation>کارمندان</translation>
    </message>
    <message>
        <source>Audience profile. Classroom hides the detailed accounts; under 14 shows chapter summaries only.</source>
        <translation>حالت مخاطبان. حالت صنف درسی شرح‌های مفصل را پنهان می‌کند؛ حالت زیر ۱۴ سال تنها خلاصهٔ فصل‌ها را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Museum</source>
        <translation>موزیم</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>صنف درسی</translation>
    </message>
    <message>
        <source>Under 14</source>
        <translation>زیر ۱۴ سال</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>بارگذاری دوبارهٔ محتوا</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>خروج به میز کار</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>بازگشت به نمایشگاه</translation>
    </message>
</context>
<context>
    <name>SupportScreen</name>
    <message>
        <source>Support and help</source>
        <translation>کمک و پشتیبانی</translation>
    </message>
    <message>
        <source>If this exhibit has upset you, please speak to a member of staff.</source>
        <translation>اگر این نمایشگاه شما را ناراحت کرده است، لطفاً با یکی از کارمندان صحبت کنید.</translation>
    </message>
</context>
<context>
    <name>TermScreen</name>
    <message>
        <source>Glossary</source>
        <translation>واژه‌نامه</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>Timeline</source>
        <translation>جدول زمانی</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown</source>
        <translation>
            <numerusform>%n رویداد نمایش داده شده</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>نمایش همه</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>کوچک‌نمایی</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
        <source>Fit the era: %1</source>
        <translation>نمایش کامل دوره: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>More</source>
        <translation>بیشتر</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>بازگشت به آغاز</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n رویداد</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap to zoom in</source>
        <translation>برای بزرگ‌نمایی لمس کنید</translation>
    </message>
</context>
</TS>
