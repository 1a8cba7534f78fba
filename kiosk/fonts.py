"""The bundled fonts: which characters they cover, and the Japanese subset. No Qt.

Latin, Cyrillic and Arabic fonts ship whole. The Japanese font is a subset of Noto
Sans CJK JP holding only the characters the exhibit's strings use, so it stays small;
``kiosk fonts subset --cjk NotoSansCJK-Regular.ttc`` makes it again after the
Japanese text changes (a test fails until then).
"""

from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

from .paths import FONTS_DIR, I18N_DIR

CJK_SUBSET = "NotoSansJP-Subset.otf"
# kana and common punctuation stay in the subset whatever the text says
_ALWAYS = [chr(c) for c in range(0x3000, 0x3100)] + [chr(c) for c in range(0xFF01, 0xFF5F)]


def font_files(folder: Path = FONTS_DIR) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in (".ttf", ".otf"))


def covered(folder: Path = FONTS_DIR) -> set[int]:
    """Every code point some bundled font has a glyph for."""
    from fontTools.ttLib import TTFont

    points: set[int] = set()
    for path in font_files(folder):
        with TTFont(str(path), lazy=True) as font:
            points |= set(font.getBestCmap())
    return points


def shipped_strings(db: Path, i18n: Path = I18N_DIR) -> Iterator[str]:
    """Every string the exhibit can show: content of every language, interface texts."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name LIKE '%\\_text' ESCAPE '\\'"
            )
        ]
        for t in tables:
            yield from (r[0] for r in conn.execute(f"SELECT text FROM {t}"))
        yield from (f"{n} {p}" for n, p in conn.execute("SELECT name, prompt FROM languages"))
        yield from (
            " ".join(str(v) for v in row if v)
            for row in conn.execute("SELECT author, title, publisher, reference FROM sources")
        )
    finally:
        conn.close()
    for ts in sorted(i18n.glob("*.ts")):
        root = ET.parse(ts).getroot()
        for node in root.iter():
            if node.tag in ("source", "translation", "numerusform") and node.text:
                yield node.text


def missing_glyphs(strings: Iterable[str], points: set[int]) -> dict[str, str]:
    """Characters without a glyph in any bundled font, each with a sample string."""
    out: dict[str, str] = {}
    for s in strings:
        for ch in s:
            if ch.isspace() or ord(ch) < 0x20 or ch in "\u200b\u200c\u200d\u200e\u200f\ufeff":
                continue
            if ord(ch) not in points and ch not in out:
                out[ch] = s[:60]
    return out


def subset_cjk(source: Path, db: Path, out: Path = FONTS_DIR / CJK_SUBSET) -> int:
    """Write the Japanese subset from a full Noto Sans CJK font; return its glyph count."""
    from fontTools import subset
    from fontTools.ttLib import TTCollection, TTFont

    text = "".join(shipped_strings(db)) + "".join(_ALWAYS)
    chars = {c for c in text if ord(c) >= 0x2E80}
    if source.suffix.lower() == ".ttc":
        collection = TTCollection(str(source))
        font = next(
            f
            for f in collection.fonts
            if "JP" in f["name"].getDebugName(1) or "JP" in f["name"].getDebugName(4)
        )
    else:
        font = TTFont(str(source))
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    sub = subset.Subsetter(options)
    sub.populate(unicodes=sorted(ord(c) for c in chars))
    sub.subset(font)
    tmp = out.with_suffix(".tmp")
    font.save(str(tmp))
    tmp.replace(out)
    return len(font.getGlyphOrder())
