<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About the exhibit</source>
        <translation>この展示について</translation>
    </message>
    <message>
        <source>No description is available.</source>
        <translation>説明はまだありません。</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>サポートと相談</translation>
    </message>
</context>
<context>
    <name>AdminExit</name>
    <message>
        <source>Staff only: hold for the staff panel</source>
        <translation>スタッフ専用：長押しでスタッフ用パネルを開きます</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Soviet war crimes, 1919–1991</source>
        <translation>ソ連の戦争犯罪 1919～1991年</translation>
    </message>
    <message>
        <source>Crimes against civilians and prisoners, the evidence behind them, and how they are remembered</source>
        <translation>民間人と捕虜に対する犯罪、その証拠、そして記憶のされ方</translation>
    </message>
</context>
<context>
    <name>BreakScreen</name>
    <message>
        <source>Take a break</source>
        <translation>ひと休み</translation>
    </message>
    <message>
        <source>Take as long as you need. You can come back to the exhibit, choose another part of it, or stop here.</source>
        <translation>好きなだけ時間をとってください。展示に戻ることも、別の部分を選ぶことも、ここで終わりにすることもできます。</translation>
    </message>
    <message>
        <source>Back to the start of the exhibit</source>
        <translation>展示の最初に戻る</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>サポートと相談</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <source>This chapter describes %1.</source>
        <translation>この章では%1について説明しています。</translation>
    </message>
    <message>
        <source>This section describes %1.</source>
        <translation>この節では%1について説明しています。</translation>
    </message>
    <message>
        <source>This event involved %1.</source>
        <translation>この出来事には%1が含まれます。</translation>
    </message>
    <message>
        <source>The details that follow describe %1.</source>
        <translation>この先の詳しい記述では%1について説明しています。</translation>
    </message>
    <message>
        <source>These numbers concern %1.</source>
        <translation>これらの数字の内容：%1。</translation>
    </message>
    <message>
        <source>This image shows dead or injured people.</source>
        <translation>この画像には、亡くなった人や負傷した人が写っています。</translation>
    </message>
    <message>
        <source>It concerns %1.</source>
        <translation>内容：%1。</translation>
    </message>
    <message>
        <source>This image concerns %1.</source>
        <translation>この画像の内容：%1。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1、そして%2</translation>
    </message>
    <message>
        <source>Classroom profile</source>
        <translation>授業モード</translation>
    </message>
    <message>
        <source>Under-14 profile</source>
        <translation>14歳未満モード</translation>
    </message>
</context>
<context>
    <name>ChapterCard</name>
    <message>
        <source>Contains distressing content</source>
        <translation>つらい内容を含みます</translation>
    </message>
</context>
<context>
    <name>ChapterListScreen</name>
    <message>
        <source>Chapters</source>
        <translation>章の一覧</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>Shown in English</source>
        <translation>英語で表示しています</translation>
    </message>
    <message>
        <source>On the timeline</source>
        <translation>年表で見る</translation>
    </message>
    <message>
        <source>You chose to read only the summary of this chapter.</source>
        <translation>この章は要約だけを読むことにしました。</translation>
    </message>
    <message>
        <source>This profile shows the summary of each chapter.</source>
        <translation>このモードでは各章の要約を表示します。</translation>
    </message>
    <message>
        <source>Read the whole chapter</source>
        <translation>章全体を読む</translation>
    </message>
    <message>
        <source>Historians disagree</source>
        <translation>歴史家の見方が分かれる点</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>出典（%1）</translation>
    </message>
    <message>
        <source>Numbers (%1)</source>
        <translation>数字（%1）</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>用語集</translation>
    </message>
    <message>
        <source>Hide the detailed account</source>
        <translation>詳しい記述を閉じる</translation>
    </message>
    <message>
        <source>Read the detailed account</source>
        <translation>詳しい記述を読む</translation>
    </message>
    <message>
        <source>Contains distressing details</source>
        <translation>つらい詳細を含みます</translation>
    </message>
    <message>
        <source>In this chapter</source>
        <translation>この章の内容</translation>
    </message>
    <message>
        <source>In numbers</source>
        <translation>数字で見る</translation>
    </message>
    <message>
        <source>Many of these crimes were never tried. Some have been, and they are remembered. You can read on, or take a moment first.</source>
        <translation>これらの犯罪の多くは、裁かれることがありませんでした。裁かれたものもあります。そして、これらの犯罪は記憶されています。このまま読み進めることも、先に少し休むこともできます。</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>ひと休みする</translation>
    </message>
    <message>
        <source>Dates in this chapter</source>
        <translation>この章の主な日付</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>Ages %1+</source>
        <translation>%1歳以上</translation>
    </message>
    <message>
        <source>Ages %1–%2</source>
        <translation>%1～%2歳</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>%1 stops</source>
        <translation>%1か所</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Stop %1 of %2</source>
        <translation>%2か所中%1か所目</translation>
    </message>
</context>
<context>
    <name>ClassroomBar</name>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>話し合いの問い</translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>教師用メモ</translation>
    </message>
    <message>
        <source>Print this</source>
        <translation>プリント</translation>
    </message>
    <message>
        <source>End lesson</source>
        <translation>授業を終える</translation>
    </message>
</context>
<context>
    <name>ClassroomPanel</name>
    <message>
        <source>Shown in English</source>
        <translation>英語で表示しています</translation>
    </message>
</context>
<context>
    <name>ErrorScreen</name>
    <message>
        <source>This exhibit is not available at the moment</source>
        <translation>この展示は現在ご利用いただけません</translation>
    </message>
    <message>
        <source>Please ask a member of staff for help.</source>
        <translation>お手数ですが、スタッフにお声がけください。</translation>
    </message>
    <message>
        <source>For staff: %1</source>
        <translation>スタッフ向け：%1</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Sources (%1)</source>
        <translation>出典（%1）</translation>
    </message>
    <message>
        <source>Numbers (%1)</source>
        <translation>数字（%1）</translation>
    </message>
    <message>
        <source>Open the chapter</source>
        <translation>章を開く</translation>
    </message>
</context>
<context>
    <name>Exhibit</name>
    <message>
        <source>{d} {m} {y}</source>
        <translation>{y}年{m}{d}日</translation>
    </message>
    <message>
        <source>{m} {y}</source>
        <translation>{y}年{m}</translation>
    </message>
    <message>
        <source>spring</source>
        <translation>春</translation>
    </message>
    <message>
        <source>summer</source>
        <translation>夏</translation>
    </message>
    <message>
        <source>autumn</source>
        <translation>秋</translation>
    </message>
    <message>
        <source>winter</source>
        <translation>冬</translation>
    </message>
    <message>
        <source>c. {}</source>
        <translation>{}頃</translation>
    </message>
    <message>
        <source>winter {}–{}</source>
        <translation>{}～{}年の冬</translation>
    </message>
    <message>
        <source>{}–{}</source>
        <translation>{}～{}年</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
</context>
<context>
    <name>FigureScreen</name>
    <message>
        <source>The numbers and who gives them</source>
        <translation>数字と、それを示しているのは誰か</translation>
    </message>
    <message>
        <source>Estimates differ</source>
        <translation>推計が分かれています</translation>
    </message>
    <message>
        <source>About this source</source>
        <translation>この出典について</translation>
    </message>
</context>
<context>
    <name>GateScreen</name>
    <message>
        <source>Before you continue</source>
        <translation>先に進む前に</translation>
    </message>
    <message>
        <source>You can read the whole chapter, read only its summary, or go back.</source>
        <translation>章全体を読むことも、要約だけを読むことも、戻ることもできます。</translation>
    </message>
    <message>
        <source>You can continue or go back.</source>
        <translation>先に進むことも、戻ることもできます。</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>詳細を表示する</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>先に進む</translation>
    </message>
    <message>
        <source>Summary only</source>
        <translation>要約だけ読む</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>サポートと相談</translation>
    </message>
</context>
<context>
    <name>HandoutPrinter</name>
    <message>
        <source>Only the chapter&apos;s summary, as chosen in the exhibit.</source>
        <translation>展示で選んだとおり、この章の要約だけをプリントしています。</translation>
    </message>
    <message>
        <source>This profile prints the summary of each chapter.</source>
        <translation>このモードでは各章の要約をプリントします。</translation>
    </message>
    <message>
        <source>Soviet war crimes, 1919–1991: a handout from the exhibit</source>
        <translation>ソ連の戦争犯罪 1919～1991年：展示のプリント</translation>
    </message>
    <message>
        <source>From the chapter: %1</source>
        <translation>章：%1</translation>
    </message>
    <message>
        <source>Content note: %1</source>
        <translation>内容についての注意：%1</translation>
    </message>
    <message>
        <source>Not yet translated: shown in English.</source>
        <translation>まだ日本語になっていないため、英語で表示しています。</translation>
    </message>
    <message>
        <source>Historians disagree</source>
        <translation>歴史家の見方が分かれる点</translation>
    </message>
    <message>
        <source>The chapter&apos;s detailed accounts are not included.</source>
        <translation>この章の詳しい記述は含まれていません。</translation>
    </message>
    <message>
        <source>Dates in this chapter</source>
        <translation>この章の主な日付</translation>
    </message>
    <message>
        <source>Numbers and who gives them</source>
        <translation>数字とその出所</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Printed on %1 from the exhibit&apos;s content, version %2.</source>
        <translation>%1に展示の内容（バージョン%2）からプリントしました。</translation>
    </message>
    <message>
        <source>Museum profile</source>
        <translation>博物館モード</translation>
    </message>
    <message>
        <source>Classroom profile: no detailed accounts, no graphic images</source>
        <translation>授業モード：詳しい記述と生々しい画像は含みません</translation>
    </message>
    <message>
        <source>Under-14 profile: summaries only</source>
        <translation>14歳未満モード：要約のみ</translation>
    </message>
    <message>
        <source>Ages %1+</source>
        <translation>%1歳以上</translation>
    </message>
    <message>
        <source>Ages %1–%2</source>
        <translation>%1～%2歳</translation>
    </message>
    <message>
        <source>Soviet war crimes, 1919–1991: a lesson path through the exhibit</source>
        <translation>ソ連の戦争犯罪 1919～1991年：展示をめぐる授業コース</translation>
    </message>
    <message>
        <source>%1 · %2 minutes · %3 stops</source>
        <translation>%1・%2分・%3か所</translation>
    </message>
    <message>
        <source>Students will:</source>
        <translation>授業のねらい：</translation>
    </message>
    <message>
        <source>Stop %1 of %2</source>
        <translation>%2か所中%1か所目</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>話し合いの問い</translation>
    </message>
    <message>
        <source>For the teacher</source>
        <translation>教師用</translation>
    </message>
</context>
<context>
    <name>HandoutView</name>
    <message>
        <source>this computer has no Documents folder</source>
        <translation>このコンピューターには「ドキュメント」フォルダーがありません</translation>
    </message>
    <message>
        <source>Saving the handout…</source>
        <translation>プリントを書き出しています…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>書き出し先：%1</translation>
    </message>
    <message>
        <source>The handout could not be saved: %1</source>
        <translation>プリントを書き出せませんでした：%1</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Soviet war crimes, 1919–1991</source>
        <translation>ソ連の戦争犯罪 1919～1991年</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>章の一覧</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) on countries and themes</source>
        <translation>
            <numerusform>国やテーマごとの%n章</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>年表</translation>
    </message>
    <message>
        <source>1917 to today, year by year</source>
        <translation>1917年から現在まで、年ごとに</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地図</translation>
    </message>
    <message>
        <source>Where each chapter happened</source>
        <translation>各章の出来事の場所</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>What every claim rests on</source>
        <translation>すべての記述の根拠</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Find a name, a place or a word</source>
        <translation>人名・地名・言葉を探す</translation>
    </message>
    <message>
        <source>About the exhibit</source>
        <translation>この展示について</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>まだご覧になっていますか？</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit will start again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>あと%n秒で、次の方のために展示が最初に戻ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Cursor left</source>
        <translation>カーソルを前へ</translation>
    </message>
    <message>
        <source>Cursor right</source>
        <translation>カーソルを次へ</translation>
    </message>
    <message>
        <source>Half space</source>
        <translation>半スペース</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>Capital letters</source>
        <translation>大文字</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>最後の文字を消す</translation>
    </message>
    <message>
        <source>Enter: show the results</source>
        <translation>決定：結果を表示</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>キーボードを隠す</translation>
    </message>
    <message>
        <source>Keyboard language: %1. Tap for the next one</source>
        <translation>キーボードの言語：%1。タップで次の言語へ</translation>
    </message>
    <message>
        <source>Numbers and symbols</source>
        <translation>数字と記号</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>文字</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>言語を選んでください</translation>
    </message>
    <message>
        <source>This exhibit describes killings, deportations and sexual violence. Before the most distressing parts you can choose what to see.</source>
        <translation>この展示では、殺害、強制移住、性暴力について説明しています。特につらい内容の前では、何を見るかを自分で選ぶことができます。</translation>
    </message>
    <message>
        <source>Some parts in English</source>
        <translation>一部は英語で表示</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Soviet war crimes, 1919–1991</source>
        <translation>ソ連の戦争犯罪 1919～1991年</translation>
    </message>
    <message>
        <source>Teacher&apos;s note</source>
        <translation>教師用メモ</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>話し合いの問い</translation>
    </message>
</context>
<context>
    <name>MapMarks</name>
    <message>
        <source>The numbers and who gives them: %1</source>
        <translation>数字と、それを示しているのは誰か：%1</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Where it happened</source>
        <translation>出来事の場所</translation>
    </message>
    <message>
        <source>The map could not be loaded.</source>
        <translation>地図を表示できませんでした。</translation>
    </message>
    <message>
        <source>Approximate borders of %1</source>
        <translation>%1年ごろのおおよその国境</translation>
    </message>
    <message>
        <source>Not tied to one place:</source>
        <translation>一つの場所に限られない章：</translation>
    </message>
</context>
<context>
    <name>MediaFigure</name>
    <message>
        <source>Blurred image</source>
        <translation>ぼかした画像</translation>
    </message>
    <message>
        <source>Show the image</source>
        <translation>画像を表示する</translation>
    </message>
    <message>
        <source>Support and help</source>
        <translation>サポートと相談</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <source>This image could not be loaded.</source>
        <translation>この画像を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Photograph taken by the perpetrators</source>
        <translation>加害者が撮影した写真</translation>
    </message>
    <message>
        <source>Approximate borders of %1</source>
        <translation>%1年ごろのおおよその国境</translation>
    </message>
</context>
<context>
    <name>MoreBelow</name>
    <message>
        <source>More below</source>
        <translation>下に続きます</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Take a break</source>
        <translation>ひと休み</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Text %1 %</source>
        <translation>文字サイズ %1%</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>読み上げを止める</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>読み上げ</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>コントラスト</translation>
    </message>
</context>
<context>
    <name>PageScreen</name>
    <message>
        <source>This page is not available.</source>
        <translation>このページは表示できません。</translation>
    </message>
</context>
<context>
    <name>PathChooserScreen</name>
    <message>
        <source>Choose a lesson path</source>
        <translation>授業コースを選ぶ</translation>
    </message>
    <message>
        <source>Each path leads a class through the exhibit, stop by stop, with questions to discuss. The classroom profile is on: no detailed accounts of violence and no graphic images.</source>
        <translation>各コースは、話し合いの問いとともに、展示を一か所ずつ案内します。授業モードが有効です。暴力の詳しい記述や衝撃的な画像は表示されません。</translation>
    </message>
    <message>
        <source>This exhibit&apos;s content has no lesson paths.</source>
        <translation>この展示には授業コースがありません。</translation>
    </message>
    <message>
        <source>Shown in English</source>
        <translation>英語で表示しています</translation>
    </message>
    <message>
        <source>Start this lesson</source>
        <translation>この授業を始める</translation>
    </message>
    <message>
        <source>Students will:</source>
        <translation>授業のねらい：</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff PIN</source>
        <translation>スタッフ用PIN</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait %1 s, then try again.</source>
        <translation>PINの誤りが多すぎます。%1秒待ってから、もう一回お試しください。</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>PINが違います</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
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
        <translation>プリント</translation>
    </message>
</context>
<context>
    <name>Quotation</name>
    <message>
        <source>— %1, %2</source>
        <translation>— %1、%2</translation>
    </message>
    <message>
        <source>Quotation: %1 by %2</source>
        <translation>引用：%1（%2）</translation>
    </message>
    <message>
        <source>Shown in English</source>
        <translation>英語で表示しています</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>出典（%1）</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Type a name, a place or a word</source>
        <translation>人名・地名・言葉を入力してください</translation>
    </message>
    <message>
        <source>Nothing found. Try another word or a shorter one.</source>
        <translation>見つかりませんでした。別の言葉や、もっと短い言葉で試してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n件見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <source>Or start with one of these</source>
        <translation>または、こちらから始めてください</translation>
    </message>
</context>
<context>
    <name>SourceListScreen</name>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>What “%1” rests on:</source>
        <translation>「%1」の根拠：</translation>
    </message>
</context>
<context>
    <name>SourceScreen</name>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Who made it, and why that matters</source>
        <translation>誰が作ったのか、それがなぜ大切なのか</translation>
    </message>
    <message>
        <source>Full reference</source>
        <translation>書誌情報</translation>
    </message>
    <message>
        <source>Cited in</source>
        <translation>引用されている箇所</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Archive</source>
        <translation>公文書館の資料</translation>
    </message>
    <message>
        <source>Official report</source>
        <translation>公式報告書</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>調査委員会</translation>
    </message>
    <message>
        <source>Court ruling</source>
        <translation>判決</translation>
    </message>
    <message>
        <source>Historian</source>
        <translation>歴史家</translation>
    </message>
    <message>
        <source>Journalist</source>
        <translation>ジャーナリスト</translation>
    </message>
    <message>
        <source>Memoir</source>
        <translation>回想録</translation>
    </message>
    <message>
        <source>Politician</source>
        <translation>政治家</translation>
    </message>
    <message>
        <source>Wartime propaganda or investigative agency</source>
        <translation>戦時の宣伝機関・調査機関</translation>
    </message>
    <message>
        <source>Parliament</source>
        <translation>議会</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>映画</translation>
    </message>
    <message>
        <source>Literature</source>
        <translation>文学</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>メディア</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>Reference work</source>
        <translation>事典・参考図書</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>節</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>出来事</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>given without attribution in the source article</source>
        <translation>出典記事では出所が示されていない数字</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>章</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>出来事</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>用語集</translation>
    </message>
</context>
<context>
    <name>SourcesScreen</name>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>How to read the sources</source>
        <translation>出典の読み方</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff</source>
        <translation>スタッフ</translation>
    </message>
    <message>
        <source>Audience profile. Classroom hides the detailed accounts; under 14 shows chapter summaries only.</source>
        <translation>来館者の設定。「授業」では詳しい記述を表示せず、「14歳未満」では各章の要約だけを表示します。</translation>
    </message>
    <message>
        <source>Museum</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>授業</translation>
    </message>
    <message>
        <source>Under 14</source>
        <translation>14歳未満</translation>
    </message>
    <message>
        <source>Reload content</source>
        <translation>コンテンツをもう一回読み込む</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>デスクトップに戻る</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>展示に戻る</translation>
    </message>
</context>
<context>
    <name>SupportScreen</name>
    <message>
        <source>Support and help</source>
        <translation>サポートと相談</translation>
    </message>
    <message>
        <source>If this exhibit has upset you, please speak to a member of staff.</source>
        <translation>この展示を見てつらい気持ちになったときは、スタッフに声をかけてください。</translation>
    </message>
</context>
<context>
    <name>TermScreen</name>
    <message>
        <source>Glossary</source>
        <translation>用語集</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>Timeline</source>
        <translation>年表</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown</source>
        <translation>
            <numerusform>%n件の出来事を表示中</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Fit the era: %1</source>
        <translation>時代全体を表示：%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>More</source>
        <translation>もっと見る</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>最初に戻る</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n件の出来事</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap to zoom in</source>
        <translation>タップして拡大</translation>
    </message>
</context>
</TS>
