"""Which language a text on screen is in, so that it is read aloud in that language's
voice: a translated screen shows English where a translation is missing."""

from __future__ import annotations

import sqlite3

from .schema import TEXT_FIELDS
from .views import SOURCE_LANGUAGE

# languages the speech engine the kiosks use (espeak-ng through speech-dispatcher) reads
# well; it reads Japanese kana only, and kanji as "Chinese letter": never Japanese
SPEAKABLE = ("en", "de", "pl", "ru", "et", "fa")
# how much of a text identifies it: the start, before any figure marker is expanded
_PREFIX = 40


def text_language(conn: sqlite3.Connection, text: str, wanted: str) -> str:
    """``wanted``, unless ``text`` is stored in English and not in ``wanted`` (the English
    fallback of a missing translation); a text not stored at all (the interface's own
    words, translated with the screens) is taken to be in ``wanted``."""
    words = " ".join(text.split())
    if wanted == SOURCE_LANGUAGE or len(words) < 3:
        return wanted
    start = words[:_PREFIX]
    query = " UNION ".join(
        f"SELECT lang FROM {table}_text WHERE lang IN (?, ?) AND substr(text, 1, ?) = ?"
        for table in TEXT_FIELDS
    )
    args: list[object] = []
    for _ in TEXT_FIELDS:
        args += [wanted, SOURCE_LANGUAGE, len(start), start]
    found = {row[0] for row in conn.execute(query, args)}
    return SOURCE_LANGUAGE if found == {SOURCE_LANGUAGE} else wanted


def speakable(lang: str) -> bool:
    """The speech engine reads ``lang`` (a code such as "de" or "fa-AF") properly."""
    return lang.split("-")[0] in SPEAKABLE
