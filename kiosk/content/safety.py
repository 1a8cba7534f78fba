"""What content may contain before it reaches a path, a screen or a search snippet.

Content is untrusted: an id, a file name or a text from a YAML file, a PO file, an import
folder or a database never becomes a path unless it passes :func:`file_name`, and every
write goes through :func:`inside`, which proves the target stays in its folder. Texts
with control characters, bidirectional overrides or stray zero-width characters are
refused (:func:`bad_characters`), so nothing can hide, reorder or forge what a visitor
reads.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate
from pathlib import Path

# Same shape as every content id: lower-case words joined by single hyphens.
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
MAX_ID = 80
# A media file name: one plain path component with one short extension, no dot files.
FILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9]{1,8})?$")
MAX_FILE_NAME = 120
SHA256 = re.compile(r"^[0-9a-f]{64}$")
# The longest text one field may hold (a section body is about 1,500).
MAX_TEXT_CHARS = 20_000
# The longest word a screen can wrap (German compounds stay well under it).
MAX_WORD = 60

# Line breaks and tabs are text; every other C0/C1 control is not.
_CONTROL = {chr(c) for c in range(0x20) if chr(c) not in "\n\t"} | {
    chr(c) for c in range(0x7F, 0xA0)
}
# Embeddings, overrides and isolates: they reorder what is shown (U+202E turns text round).
_BIDI = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
# Direction marks (LRM, RLM, ALM) hold a number or a Latin name in place in right-to-left
# text; in any other text they only hide.
_MARKS = {"\u200e", "\u200f", "\u061c"}
# Invisible characters that hide words from search and from readers.
_INVISIBLE = {"\u200b", "\u2060", "\ufeff", "\u00ad", "\u180e"}
# Joiners are needed in Persian/Dari (ZWNJ) and in some Indic scripts; elsewhere they hide.
_JOINERS = {"\u200c", "\u200d"} | _MARKS
_JOINER_SCRIPTS = (
    "[\u0590-\u05ff\u0600-\u061b\u061d-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefe\u0900-\u0dff]"
)


class UnsafeName(ValueError):
    """An id or file name that cannot safely become part of a path."""


def is_id(value: str) -> bool:
    return isinstance(value, str) and len(value) <= MAX_ID and bool(ID.match(value))


def is_file_name(value: str) -> bool:
    return (
        isinstance(value, str)
        and len(value) <= MAX_FILE_NAME
        and bool(FILE_NAME.match(value))
        and value.upper().split(".")[0] not in _WINDOWS_DEVICES
    )


_WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)),
                    *(f"LPT{i}" for i in range(10))}  # fmt: skip


def file_name(value: str, what: str = "file name") -> str:
    """``value`` if it is one safe path component, else UnsafeName naming the problem."""
    if not isinstance(value, str) or not value:
        raise UnsafeName(f"{what} is empty")
    if "\x00" in value:
        raise UnsafeName(f"{what} contains a NUL character")
    if len(value) > MAX_FILE_NAME:
        raise UnsafeName(f"{what} is longer than {MAX_FILE_NAME} characters")
    if "/" in value or "\\" in value or value in (".", ".."):
        raise UnsafeName(f"{what} {value!r} is a path; give a plain file name")
    if not is_file_name(value):
        raise UnsafeName(
            f"{what} {value!r} may use only letters, digits, '-' and '_' with one extension"
        )
    return value


def inside(folder: Path, name: str, what: str = "file name") -> Path:
    """The path of ``name`` in ``folder``, proven to stay there (no climbing, no symlink)."""
    base = Path(folder).resolve()
    target = base / file_name(name, what)
    if target.is_symlink():
        raise UnsafeName(f"{what} {name!r} is a symbolic link")
    if target.resolve().parent != base:
        raise UnsafeName(f"{what} {name!r} leads outside {base.name}")
    return target


_FORBIDDEN = (
    "["
    + "".join(re.escape(c) for c in sorted(_CONTROL | _BIDI | _INVISIBLE | _JOINERS))
    + "\ue000-\uf8ff\ufdd0-\ufdef\ufffe\uffff]"
)


@functools.cache
def _pattern(source: str) -> re.Pattern[str]:
    """The large character classes here take milliseconds to compile: at first use
    (checking a database's texts), not at start-up."""
    return re.compile(source)


def bad_characters(text: str) -> str | None:
    """A description of the first character a visitor text must not contain, or None."""
    for m in _pattern(_FORBIDDEN).finditer(text):
        ch = m.group(0)
        if ch in _JOINERS and _pattern(_JOINER_SCRIPTS).search(text):
            continue
        if ch in _CONTROL:
            problem = "a control character"
        elif ch in _BIDI:
            problem = "a bidirectional control that reorders text"
        elif ch in _INVISIBLE:
            problem = "an invisible character"
        elif ch in _MARKS:
            problem = "a direction mark outside right-to-left text"
        elif ch in _JOINERS:
            problem = "a zero-width joiner outside a script that needs it"
        else:
            problem = "a private-use or non-character"
        name = unicodedata.name(ch, "")
        return (
            f"{problem} (U+{ord(ch):04X}{' ' + name if name else ''}) at character {m.start() + 1}"
        )
    return None


_LONG_WORD = r"[^\s/–—\-\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]{" + str(MAX_WORD + 1) + ",}"


# A line cannot break a run of MAX_WORD + 1 characters without white space. Looked for
# in the UTF-8 bytes with every byte but ASCII white space made "x": one fast substring
# search finds every text that may hold one (a few more: non-ASCII spaces and multi-byte
# letters count as "x" too), and only those are searched word by word.
_RUN = b"x" * (MAX_WORD + 1)
_SPACE_MAP = bytes(c if c in b" \t\n\r\x0b\x0c" else ord("x") for c in range(256))


def _texts_matching(pattern: re.Pattern[str], blob: str, starts: list[int]) -> list[int]:
    """Indexes of the texts joined in ``blob`` (starting at ``starts``) in which
    ``pattern`` matches: one search per such text, resumed at the next text."""
    found = []
    pos = 0
    while m := pattern.search(blob, pos):
        i = bisect_right(starts, m.start()) - 1
        found.append(i)
        pos = starts[i + 1]
    return found


def _texts_with_runs(blob: str, starts: list[int]) -> list[int]:
    """Indexes of the texts joined in ``blob`` that may hold an unbreakable run."""
    raw = blob.encode()
    data = raw.translate(_SPACE_MAP)
    found = []
    byte, char = 0, 0  # the same place in ``raw`` and in ``blob``
    while (at := data.find(_RUN, byte)) >= 0:
        # a run starts after white space or at the start: never inside a character
        char += len(raw[byte:at].decode())
        i = bisect_right(starts, char) - 1
        found.append(i)
        nxt = starts[i + 1]  # go on with the next text
        byte = at + len(blob[char:nxt].encode())
        char = nxt
    return found


def first_unsafe(texts: Sequence[str]) -> tuple[int, str] | None:
    """The index of the first text with a refused character or an unbreakable word, and
    the problem; None when all are safe. Two passes over all texts joined (fast at
    start-up); a text is examined on its own only where a pass finds something."""
    blob = "\n".join(texts)  # a line break is allowed and breaks a word: no false match
    starts = list(accumulate((len(t) + 1 for t in texts), initial=0))
    suspects = set(_texts_matching(_pattern(_FORBIDDEN), blob, starts))
    # Japanese texts have long runs and are checked; their characters break anywhere
    suspects.update(_texts_with_runs(blob, starts))
    for i in sorted(suspects):
        if bad := bad_characters(texts[i]):
            return i, f"contains {bad}"
        if word := long_word(texts[i]):
            return i, f"has a word longer than {MAX_WORD} characters ({word})"
    return None


# Between texts joined for the search over a whole table: an allowed character, which a
# text of a database could hold too (then every text is checked on its own instead).
_SEP = "\ufffc"
_SEP_BYTES = _SEP.encode()


def first_unsafe_utf8(texts: Sequence[bytes]) -> tuple[int, str] | None:
    """``first_unsafe`` for texts as UTF-8 bytes, as SQLite stores them: each text is
    decoded only where a pass finds something. UnicodeDecodeError for bytes that are
    not UTF-8."""
    raw = _SEP_BYTES.join(texts)
    blob = raw.decode("utf-8")
    if blob.count(_SEP) != len(texts) - 1:
        return first_unsafe([t.decode("utf-8") for t in texts])
    suspects: set[int] = set()
    # refused characters: one search per text that has one, counting separators on the way
    pattern = _pattern(_FORBIDDEN)
    pos = last = index = 0
    while m := pattern.search(blob, pos):
        index += blob.count(_SEP, last, m.start())
        last = m.start()
        suspects.add(index)
        nxt = blob.find(_SEP, last)
        if nxt < 0:
            break
        pos = nxt + 1
    # unbreakable runs, in the bytes (a separator joins the runs either side of it: a
    # text found so is checked and found innocent)
    starts = list(accumulate((len(t) + len(_SEP_BYTES) for t in texts), initial=0))
    data = raw.translate(_SPACE_MAP)
    at = data.find(_RUN)
    while at >= 0:
        i = bisect_right(starts, at) - 1
        suspects.add(i)
        at = data.find(_RUN, starts[i + 1]) if i + 1 < len(texts) else -1
    for i in sorted(suspects):
        text = texts[i].decode("utf-8")
        if bad := bad_characters(text):
            return i, f"contains {bad}"
        if word := long_word(text):
            return i, f"has a word longer than {MAX_WORD} characters ({word})"
    return None


def long_word(text: str) -> str | None:
    """The first run of more than MAX_WORD characters a line cannot break, or None.

    Japanese and Chinese break between any two characters, so they never count."""
    m = _pattern(_LONG_WORD).search(text)
    return m.group(0)[:20] + "…" if m else None


__all__ = [
    "ID",
    "MAX_TEXT_CHARS",
    "MAX_WORD",
    "SHA256",
    "UnsafeName",
    "bad_characters",
    "file_name",
    "first_unsafe",
    "first_unsafe_utf8",
    "inside",
    "is_file_name",
    "is_id",
    "long_word",
]
