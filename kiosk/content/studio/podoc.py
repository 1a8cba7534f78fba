"""Edit one PO file entry by entry, rewriting only the entries that changed.

polib reads the file; an edited entry is written back in polib's own layout (as
``kiosk content export-po`` writes it) and every other entry keeps its bytes, so the
file stays what Weblate or Poedit wrote and its diff shows only the curator's edit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import polib

from .. import text as textmod
from ..translations import new_po

WRAP = 78
_CTX = re.compile(r'^msgctxt "((?:[^"\\]|\\.)*)"', re.M)


class PoError(Exception):
    """A PO file that cannot be read or an entry that cannot be written."""


@dataclass(frozen=True)
class Entry:
    """What a PO file says about one field."""

    msgid: str
    msgstr: str
    fuzzy: bool
    previous: str | None  # the English it was translated from, when that has changed


def status(entry: Entry | None, english: str) -> str:
    """missing | draft | reviewed | outdated (the English changed since)."""
    if entry is None or not entry.msgstr.strip():
        return "missing"
    if entry.previous is not None or not textmod.same_text(entry.msgid, english):
        return "outdated"
    return "draft" if entry.fuzzy else "reviewed"


def _unescape(value: str) -> str:
    return str(polib.unescape(value))


class PoDoc:
    """One language's PO file (``translations/<lang>/<group>.po``) as text."""

    def __init__(self, text: str | None, lang: str) -> None:
        self.lang = lang
        self.exists = text is not None
        self.text = text if text is not None else str(new_po(lang).__unicode__())
        self._read()

    def _read(self) -> None:
        try:
            po = polib.pofile(self.text, encoding="utf-8", wrapwidth=WRAP)
        except (OSError, ValueError) as exc:
            raise PoError(f"cannot read this PO file: {exc}") from exc
        self._entries: dict[str, Any] = {e.msgctxt: e for e in po if e.msgctxt and not e.obsolete}

    def keys(self) -> list[str]:
        return list(self._entries)

    def get(self, key: str) -> Entry | None:
        e = self._entries.get(key)
        if e is None:
            return None
        return Entry(e.msgid, e.msgstr, "fuzzy" in e.flags, e.previous_msgid or None)

    def _blocks(self) -> list[tuple[int, int, str]]:
        """(start, end, key) of every entry's text, blank lines between them excluded."""
        out = []
        for m in _CTX.finditer(self.text):
            start = self.text.rfind("\n\n", 0, m.start())
            start = 0 if start < 0 else start + 2
            end = self.text.find("\n\n", m.end())
            end = len(self.text) if end < 0 else end + 1
            out.append((start, end, _unescape(m.group(1))))
        return out

    def set(self, key: str, english: str, msgstr: str, state: str) -> None:
        """Write ``msgstr`` for ``key`` as a translation of ``english``: ``state`` is
        draft (fuzzy) or reviewed; an empty ``msgstr`` makes it missing."""
        if state not in ("draft", "reviewed"):
            raise PoError(f"unknown state {state!r}")
        old = self._entries.get(key)
        entry = polib.POEntry(msgctxt=key, msgid=english, msgstr=msgstr)
        if old is not None:
            entry.comment, entry.tcomment = old.comment, old.tcomment
            entry.occurrences = old.occurrences
            entry.flags = [f for f in old.flags if f != "fuzzy"]
        if msgstr.strip() and state == "draft":
            entry.flags.append("fuzzy")
        rendered = entry.__unicode__(wrapwidth=WRAP)
        if not rendered.endswith("\n"):
            rendered += "\n"
        block = next((b for b in self._blocks() if b[2] == key), None)
        if block is not None:
            start, end, _ = block
            text = self.text[:start] + rendered + self.text[end:]
        else:
            text = self.text if self.text.endswith("\n") else self.text + "\n"
            text = text + "\n" + rendered
        before = self.text
        self.text = text
        try:
            self._read()
            got = self.get(key)
            if got is None or got.msgstr != msgstr or got.msgid != english:
                raise PoError("the entry would not read back as written")
        except PoError:
            self.text = before
            self._read()
            raise
