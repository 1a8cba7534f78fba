"""A chapter as an exhibit: the reading column with a second column beside it on a wide
screen (in the flow on portrait and laptop), its region and period above the title, dates
as chips, a cue while there is more to read, and the reading place kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from kiosk.app.screenshots import call
from tests.ui.helpers import (
    current_screen,
    every_item,
    find,
    frame,
    frames,
    items,
    qml,
    scroll_into_view,
    settle,
    tap,
    until,
)

LOADING = 2  # Loader.Loading


def _box(item: Any) -> tuple[float, float, float, float]:
    p = item.mapToScene(QPointF(0, 0))
    return p.x(), p.y(), p.x() + item.width(), p.y() + item.height()


def open_chapter(ex: Any, chapter_id: str) -> Any:
    ex.services.care.accept([w.id for w in ex.services.exhibit.repository.warnings("en")])
    call(ex.nav, "chapter", chapter_id)
    frames(ex.window)
    assert ex.screen() == "chapterScreen"
    screen = current_screen(ex.window)
    # the second column is made in the background (asynchronous loaders, then its
    # figures and dates): wait until every loader has made its part, then until what it
    # holds stops changing over a few frames, as a visitor's next frames would show it
    until(
        ex.window,
        lambda: (
            not [
                i
                for i in every_item(screen)
                if i.inherits("QQuickLoader")
                and i.property("active")
                and qml(ex.engine, i, "status") == LOADING
            ]
        ),
        strict=False,
    )
    parts = ("eventRow_", "figureBar_", "index_", "image_")
    counts: list[int] = []
    for _ in range(300):
        counts.append(len([i for i in items(screen) if i.objectName().startswith(parts)]))
        if len(counts) >= 4 and counts[-1] > 0 and len(set(counts[-4:])) == 1:
            break
        frame(ex.window)
    return screen


def test_a_wide_chapter_has_a_second_column(start_exhibit: Any, real_db: Path) -> None:
    ex = start_exhibit(real_db)
    screen = open_chapter(ex, "estonia")
    text = find(screen, "chapterSummary")
    aside = find(screen, "chapterAside")
    # beside the text, not under it: the map, the section index and the dates
    assert _box(aside)[0] >= _box(text)[2]
    assert [i for i in items(aside) if i.objectName().startswith("image_")], "no map"
    index = [i for i in items(screen) if i.objectName().startswith("index_")]
    assert len(index) >= 3
    dates = [i for i in items(aside) if i.objectName().startswith("eventRow_")]
    assert dates and all(d.height() >= 48 for d in dates)
    # a date is drawn as a chip: a filled card, not bare text
    assert qml(ex.engine, dates[0], "color.toString()") not in ("#111316", "#00000000")
    # an index entry brings its section to the top of the reading column
    target = index[2]
    scroll_into_view(find(screen, "chapterEvents").property("item"), target)
    section_id = target.objectName().removeprefix("index_")
    tap(ex.window, target)
    settle(200)
    section = find(screen, "section_" + section_id)
    top = _box(find(screen, "chapterList"))[1]
    assert abs(_box(section)[1] - top) < 4


@pytest.mark.parametrize("size", [(1080, 1920), (1366, 768)], ids=["portrait", "laptop"])
def test_in_portrait_and_on_a_laptop_the_second_column_is_in_the_flow(
    start_exhibit: Any, real_db: Path, size: tuple[int, int]
) -> None:
    ex = start_exhibit(real_db, size=size)
    screen = open_chapter(ex, "estonia")
    # a laptop keeps the dates column beside the text; the map and the index are in the
    # flow of the reading column
    side = [i for i in items(screen) if i.objectName() == "chapterEvents"]
    assert bool(side) == (size[0] > size[1])
    if side:
        assert [i for i in items(side[0]) if i.objectName().startswith("eventRow_")]
        assert not [i for i in items(side[0]) if i.objectName().startswith(("index_", "image_"))]
    aside = next(i for i in items(find(screen, "chapterList")) if i.objectName() == "chapterAside")
    summary = find(screen, "chapterSummary")
    for _ in range(50):  # the column is made in the background: a busy machine places it later
        if _box(aside)[1] >= _box(summary)[3]:
            break
        settle(100)
    assert _box(aside)[1] >= _box(summary)[3]  # after the summary, in the reading column
    assert abs(_box(aside)[0] - _box(summary)[0]) < 2
    assert [i for i in items(screen) if i.objectName().startswith("index_")]


def test_the_chapter_names_its_region_and_period_above_its_title(
    start_exhibit: Any, real_db: Path
) -> None:
    ex = start_exhibit(real_db)
    screen = open_chapter(ex, "estonia")
    over, title = find(screen, "screenOverline"), find(screen, "screenTitle")
    assert over.property("text") == "Baltic states · 1940–1959"
    assert _box(over)[3] <= _box(title)[1] + 1


def test_a_long_chapter_shows_there_is_more_until_its_end(
    start_exhibit: Any, real_db: Path
) -> None:
    ex = start_exhibit(real_db)
    screen = open_chapter(ex, "estonia")
    cues = [i for i in items(screen) if i.objectName() == "moreBelow"]
    assert cues, "no cue on a chapter longer than the screen"
    qml(ex.engine, screen, "toEnd()")
    settle(200)
    reading = [i for i in items(screen) if i.objectName() == "moreBelow"]
    # the reading column's cue is gone at its end (the second column may keep its own)
    assert len(reading) < len(cues) or not reading


def test_back_returns_to_the_exact_reading_position(start_exhibit: Any, real_db: Path) -> None:
    ex = start_exhibit(real_db)
    screen = open_chapter(ex, "estonia")
    lst = find(screen, "chapterList")
    qml(ex.engine, lst, "contentY = contentY + 1234")
    settle(100)
    before = lst.property("contentY")
    for step in (("sources",), ("term", "nkvd"), ("timeline",)):
        call(ex.nav, *step)
        settle(100)
        call(ex.nav, "back")
        settle(100)
        assert ex.screen() == "chapterScreen"
        assert lst.property("contentY") == before, step


def test_back_from_another_chapter_shows_this_chapter_where_it_was_left(
    start_exhibit: Any, real_db: Path
) -> None:
    """A chapter opened above another (its closing card, a search result) and then Back:
    the visitor finds the first chapter again, its own title and text, where they left it
    (every chapter screen reads the one chapter model)."""
    ex = start_exhibit(real_db)
    ex.services.care.accept([w.id for w in ex.services.exhibit.repository.warnings("en")])
    screen = open_chapter(ex, "estonia")
    title, summary = ex.services.exhibit.chapter.title, find(screen, "chapterSummary")
    estonia_text = summary.property("text")
    lst = find(screen, "chapterList")
    qml(ex.engine, lst, "contentY = contentY + 900")
    settle(100)
    before = lst.property("contentY")
    call(ex.nav, "chapter", "latvia")  # as its closing card does
    settle(200)
    assert ex.screen() == "chapterScreen" and current_screen(ex.window) is not screen
    assert ex.services.exhibit.chapter.title.startswith("Latvia")
    call(ex.nav, "back")
    settle(200)
    assert current_screen(ex.window) is screen
    assert find(screen, "screenTitle").property("text") == title
    assert summary.property("text") == estonia_text
    assert abs(lst.property("contentY") - before) < 2
    settle(800)  # and it stays there once every part has been made again
    assert abs(lst.property("contentY") - before) < 2


def test_keys_scroll_a_chapter(start_exhibit: Any, real_db: Path) -> None:
    ex = start_exhibit(real_db, size=(1366, 768))
    screen = open_chapter(ex, "estonia")
    lst = find(screen, "chapterList")
    start = lst.property("contentY")
    moves = []
    for key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Up, Qt.Key.Key_End):
        QTest.keyClick(ex.window, key)
        settle(50)
        moves.append(lst.property("contentY"))
    assert start < moves[0] < moves[1] and moves[2] < moves[1]
    assert lst.property("atYEnd")
    QTest.keyClick(ex.window, Qt.Key.Key_Home)
    settle(50)
    assert lst.property("atYBeginning")


def test_the_gate_names_what_it_guards(start_exhibit: Any, real_db: Path) -> None:
    ex = start_exhibit(real_db)
    call(ex.nav, "chapter", "estonia")
    settle()
    assert ex.screen() == "gateScreen"
    screen = current_screen(ex.window)
    named = find(screen, "screenOverline").property("text")
    assert named == ex.services.exhibit.chapter.title and named.startswith("Estonia")
    assert _box(find(screen, "screenOverline"))[3] <= _box(find(screen, "screenTitle"))[1] + 1


def test_the_second_column_shows_the_chapters_numbers_as_bars(
    start_exhibit: Any, real_db: Path
) -> None:
    ex = start_exhibit(real_db)
    screen = open_chapter(ex, "estonia")
    figures = find(screen, "chapterFigures")
    bars = [i for i in items(figures) if i.objectName().startswith("figureBar_")]
    assert len(bars) >= 3 and all(b.height() >= 48 for b in bars)
    # a share is drawn against the whole: "50%" fills half its track
    half = next(b for b in bars if any(t == "50%" for t in texts_in(b)))
    track = next(i for i in items(half) if i.objectName() == "figureBarTrack")
    low = next(i for i in items(half) if i.objectName() == "figureBarLow")
    assert abs(low.width() / track.width() - 0.5) < 0.02
    # a tap opens the numbers with every estimate and who gives it
    scroll_into_view(find(screen, "chapterEvents").property("item"), bars[0])
    tap(ex.window, bars[0])
    assert ex.screen() in ("figureScreen", "gateScreen")


def test_numbers_behind_a_gate_stay_off_the_second_column(
    start_exhibit: Any, real_db: Path
) -> None:
    ex = start_exhibit(real_db)
    screen = open_chapter(ex, "estonia")
    shown = len([i for i in items(screen) if i.objectName().startswith("figureBar_")])
    ex.services.care.forget()  # a new visitor: the tags are no longer accepted
    call(ex.nav, "chapter", "estonia")
    settle(200)
    if ex.screen() == "gateScreen":
        call(ex.nav, "answerGate", "continue")  # the chapter's gate, not its numbers'
        settle(200)
    gated = [
        r["sectionId"]
        for r in ex.services.exhibit.section_rows()
        if r["figureCount"] and ex.services.exhibit.gateBefore("figures-section", r["sectionId"])
    ]
    now = len(
        [i for i in items(current_screen(ex.window)) if i.objectName().startswith("figureBar_")]
    )
    assert (now < shown) if gated else (now == shown)


def texts_in(item: Any) -> list[str]:
    return [str(i.property("text")) for i in items(item) if i.inherits("QQuickText")]


def test_a_chapter_opens_at_the_top_of_its_own_text_in_its_first_frame(
    start_exhibit: Any, real_db: Path
) -> None:
    from PySide6.QtCore import QObject

    ex = start_exhibit(real_db)
    ex.services.care.accept([w.id for w in ex.services.exhibit.repository.warnings("en")])
    for _ in range(100):  # the chapter screen is made in the background after start-up
        if ex.nav.property("kept") is not None:
            break
        settle(50)
    screen = open_chapter(ex, "estonia")
    lst = find(screen, "chapterList")
    qml(ex.engine, lst, "contentY = contentY + 1234")  # read on, then go elsewhere
    settle(100)
    for chapter_id in ("manchuria", "estonia"):
        call(ex.nav, "home")
        settle(100)
        seen: dict[str, Any] = {}

        def first_frame(seen: dict[str, Any] = seen) -> None:
            stack = ex.window.findChild(QObject, "stack")
            shown = stack.property("currentItem")
            summary = next(i for i in items(shown) if i.objectName() == "chapterSummary")
            seen.update(
                title=find(shown, "screenTitle").property("text"),
                overline=find(shown, "screenOverline").property("text"),
                summary=summary.property("text"),
                at=_box(summary),
                top=_box(find(shown, "chapterList"))[1],
            )

        ex.window.frameSwapped.connect(first_frame, type=Qt.ConnectionType.SingleShotConnection)
        call(ex.nav, "chapter", chapter_id)
        for _ in range(100):
            if seen:
                break
            settle(10)
        chapter = ex.services.exhibit.chapter
        assert seen["title"] == chapter.property("title")
        assert seen["overline"].startswith(chapter.property("region"))
        assert seen["summary"] == chapter.property("summary")
        # its text starts at the top of the reading column, where it stays
        assert abs(seen["at"][1] - seen["top"]) < 2
        settle(300)
        screen = current_screen(ex.window)
        assert _box(find(screen, "chapterSummary")) == seen["at"]
