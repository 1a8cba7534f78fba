"""In Japanese a number stays on the line of its counter: the screens get "1945年" with
a WORD JOINER between, and Qt's line breaking then keeps them together; search and the
other languages are untouched."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QFont, QTextLayout, QTextOption

from kiosk.app.config import KioskConfig
from kiosk.app.exhibit import Exhibit
from kiosk.app.sources import Sources

WJ = "\u2060"


def lines(value: str, pixel_size: int, width: float) -> list[str]:
    """How Qt breaks ``value`` into lines of ``width`` pixels, as a wrapping Text does."""
    font = QFont("Noto Sans")
    font.setPixelSize(pixel_size)
    layout = QTextLayout(value, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    out = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        out.append(value[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return out


def test_a_japanese_title_keeps_its_year_with_its_counter(qapp: Any, real_db: Path) -> None:
    from kiosk.app.main import load_fonts

    load_fonts()
    exhibit = Exhibit(real_db, KioskConfig(default_language="ja"))
    assert exhibit.openChapter("japan")
    title = exhibit.chapter.title
    assert title.endswith(f"1945{WJ}年"), title
    stored = title.replace(WJ, "")
    # the width at which the stored title broke as "…1945" / "年" (a portrait kiosk)
    width = next(
        w for w in range(400, 1200, 4) if [x[-1] for x in lines(stored, 60, w)][:1] == ["5"]
    )
    assert lines(stored, 60, width)[1] == "年"
    shown = lines(title, 60, width)
    assert all(not line.startswith("年") for line in shown), shown
    assert shown[-1] == f"1945{WJ}年"


def test_search_and_other_languages_are_untouched(qapp: Any, real_db: Path) -> None:
    exhibit = Exhibit(real_db, KioskConfig(default_language="ja"))
    sources = Sources(exhibit)
    hits = sources.search_rows("1945年")  # typed without a joiner, found as before
    assert any(h["kind"] == "chapter" and h["ref"] == "japan" for h in hits)
    assert any(f"1945{WJ}年" in h["title"] for h in hits)  # shown joined
    for lang in ("en", "de", "fa"):
        exhibit.setLanguage(lang)
        assert exhibit.openChapter("japan")
        assert WJ not in exhibit.chapter.title + exhibit.chapter.summary
