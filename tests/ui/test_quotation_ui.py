"""A chapter's attributed quotation on screen: in the second column on a wide screen,
in the flow of the text in portrait and on a laptop, mirrored in Dari, named as one for
a screen reader, its sources a tap away, and absent where the care policy withholds it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAccessible

from kiosk.app.screenshots import call
from tests.app.test_quotation import quoted_db  # noqa: F401 - the fixture
from tests.ui.helpers import current_screen, find, items, qml, scroll_into_view, settle, tap
from tests.ui.test_chapter_ui import _box, open_chapter

KILIAN = "“Individuals, department stores, shops, apartments... all were robbed blind.”"
KILIAN_BY = (
    "— Walter Kilian, first mayor of Berlin-Charlottenburg under the Soviets, "
    "reporting on looting in 1945"
)


def quotation_of(screen: Any) -> Any:
    """The quotation on the screen, once the background has made it."""
    return find(screen, "quotation", timeout_ms=5000)


def part(quotation: Any, name: str) -> Any:
    return next(i for i in items(quotation) if i.objectName() == name)


def test_a_wide_chapter_shows_its_quotation_in_the_second_column(
    start_exhibit: Any, real_db: Path
) -> None:
    ex = start_exhibit(real_db, size=(1920, 1080))
    screen = open_chapter(ex, "germany")
    quote = quotation_of(screen)
    assert part(quote, "quotationText").property("text") == KILIAN
    assert part(quote, "quotationBy").property("text") == KILIAN_BY
    # beside the reading column, not in it
    assert _box(quote)[0] >= _box(find(screen, "chapterSummary"))[2]
    side = find(screen, "chapterEvents").property("item")
    # under the chapter's map, before the section index and the numbers
    index, figures = find(screen, "sectionIndex"), find(screen, "chapterFigures")
    cover = next(i for i in items(side) if i.objectName().startswith("image_"))
    assert _box(cover)[3] <= _box(quote)[1] <= _box(quote)[3] <= _box(index)[1]
    assert _box(index)[3] <= _box(figures)[1]
    # large: the quote is set bigger than the text beside it
    words = part(quote, "quotationText")
    assert (
        words.property("font").pixelSize()
        > find(screen, "chapterSummary").property("font").pixelSize()
    )
    # one name for a screen reader: the words, then who said them
    iface = QAccessible.queryAccessibleInterface(quote)
    assert iface.text(QAccessible.Text.Name) == f"Quotation: {KILIAN} by {KILIAN_BY[2:]}"
    # its sources open as any other text's do
    chip = part(quote, "quotationSources")
    assert chip.property("text") == "Sources (1)"
    scroll_into_view(side, chip, 200)
    tap(ex.window, chip)
    settle(200)
    assert ex.screen() == "sourceListScreen"
    listed = [i.objectName() for i in items(current_screen(ex.window))]
    assert [n for n in listed if n.startswith("source_")] == ["source_kilian"]


@pytest.mark.parametrize("size", [(1080, 1920), (1366, 768)], ids=["portrait", "laptop"])
def test_in_portrait_and_on_a_laptop_the_quotation_stands_in_the_flow(
    start_exhibit: Any, real_db: Path, size: tuple[int, int]
) -> None:
    ex = start_exhibit(real_db, size=size)
    screen = open_chapter(ex, "memory")
    quote = quotation_of(screen)
    assert part(quote, "quotationText").property("text").startswith("“because they felt")
    summary = find(screen, "chapterSummary")
    reading = find(screen, "chapterList")
    assert any(i is quote for i in items(reading)), "not in the reading column"
    assert abs(_box(quote)[0] - _box(summary)[0]) < 2
    assert _box(quote)[1] >= _box(summary)[3]  # after the summary, before the sections
    assert not [
        i
        for i in items(screen)
        if i.objectName() == "chapterEvents"
        and any(j.objectName() == "quotation" for j in items(i))
    ], "shown twice"


def test_in_dari_the_quotation_is_mirrored(start_exhibit: Any, real_db: Path) -> None:
    ex = start_exhibit(real_db, size=(1920, 1080), default_language="fa")
    screen = open_chapter(ex, "germany")
    quote = quotation_of(screen)
    words, rule, chip = (
        part(quote, n) for n in ("quotationText", "quotationRule", "quotationSources")
    )
    assert qml(ex.engine, words, "effectiveHorizontalAlignment === Qt.AlignRight")
    assert qml(
        ex.engine, part(quote, "quotationBy"), "effectiveHorizontalAlignment === Qt.AlignRight"
    )
    right = _box(quote)[2]
    assert abs(_box(rule)[2] - right) < 2 and abs(_box(chip)[2] - right) < 2
    # translated and reviewed: Dari words in Dari marks, not said to be English, and a
    # count and a year in the screen's own digits
    text = words.property("text")
    assert text.startswith("«") and text.endswith("»") and "چپاول" in text
    assert not [
        i for i in items(quote) if i.objectName() == "quotationFallback" and i.isVisible()
    ], "said to be in English"
    assert chip.property("text") == "منابع (۱)"
    by = part(quote, "quotationBy").property("text")
    assert "والتر کیلیان" in by and "۱۹۴۵" in by and "1945" not in by


def test_a_withheld_quotation_is_not_drawn(start_exhibit: Any, quoted_db: Path) -> None:  # noqa: F811
    ex = start_exhibit(quoted_db, size=(1920, 1080))
    call(ex.nav, "chapter", "north")
    settle(200)
    assert ex.screen() == "gateScreen"
    call(ex.nav, "answerGate", "summary")  # the summary only: its warned quote stays away
    settle(300)
    screen = current_screen(ex.window)
    assert not [i for i in items(screen) if i.objectName() == "quotation"]
    call(ex.nav, "fullChapter", "north", ["violence", "sexual-violence"])
    settle(200)
    if ex.screen() == "gateScreen":
        call(ex.nav, "answerGate", "continue")
        settle(300)
    quote = quotation_of(current_screen(ex.window))
    assert part(quote, "quotationText").property("text").startswith("“The trains left")
    ex.services.care.setProfile("young")  # under 14: no warned words beside a summary
    settle(200)
    assert not [i for i in items(current_screen(ex.window)) if i.objectName() == "quotation"]
