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
from collections.abc import Iterable, Sequence
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


# Both passes over a table's texts work on the UTF-8 bytes SQLite stores, with C-speed
# primitives (a byte pattern whose first byte is one of a few, translate, find); each
# finds a superset of the texts at fault (suspects), which ``_first_of`` then examines
# one by one with the exact rules above. tests/content/test_safety.py proves the supersets.

# The refused characters as UTF-8 but the Arabic letter mark (U+061C, looked for on its
# own: its lead byte starts most Arabic letters). Every alternative starts with one
# byte, so a search skips the bytes that start none of them at C speed.
_CONTROL_BYTES = b"|".join(re.escape(bytes([c])) for c in (*range(0x09), *range(0x0B, 0x20), 0x7F))
_REFUSED_UTF8 = (
    rb"|\xc2[\x80-\x9f\xad]|\xe1\xa0\x8e|\xe2\x81[\xa0\xa6-\xa9]|\xee[\x80-\xbf]{2}"
    rb"|\xef[\x80-\xa3][\x80-\xbf]|\xef\xb7[\x90-\xaf]|\xef\xbb\xbf|\xef\xbf[\xbe\xbf]"
)
_FORBIDDEN_UTF8 = _CONTROL_BYTES + rb"|\xe2\x80[\x8b-\x8f\xaa-\xae]" + _REFUSED_UTF8
# the same without the joiners and direction marks a right-to-left or Indic text may hold
_FORBIDDEN_UTF8_STRICT = _CONTROL_BYTES + rb"|\xe2\x80[\x8b\xaa-\xae]" + _REFUSED_UTF8
_JOINERS_UTF8 = frozenset(c.encode() for c in _JOINERS)
_ALM = "\u061c"

# A line cannot break a run of MAX_WORD + 1 characters without white space. Looked for
# one byte a character (continuation bytes deleted): ASCII white space, "/", "-" and the
# CJK ideographs U+4000-U+9FFF (lead bytes E4-E9) break a run; every other character
# counts as a letter (non-ASCII spaces, dashes and kana too: a text more is examined now
# and then, none is missed).
_RUN = b"x" * (MAX_WORD + 1)
_BREAKS = b" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f/-" + bytes(range(0xE4, 0xEA))
_LETTERS = bytes(ord(" ") if c in _BREAKS else ord("x") for c in range(256))
_CONTINUATION = bytes(range(0x80, 0xC0))


@functools.cache
def _byte_pattern(source: bytes) -> re.Pattern[bytes]:
    return re.compile(source)


def first_unsafe_utf8(texts: Sequence[bytes]) -> tuple[int, str] | None:
    """``first_unsafe`` for texts as UTF-8 bytes, as SQLite stores them: each text is
    decoded only where a pass finds something. UnicodeDecodeError for bytes that are
    not UTF-8."""
    raw = b"\n".join(texts)  # an ASCII separator: the whole is UTF-8 if every text is
    blob = raw.decode("utf-8")
    ends = list(accumulate(len(t) + 1 for t in texts))  # where each text's successor starts
    strict = _byte_pattern(_FORBIDDEN_UTF8_STRICT)

    def joiners_allowed(i: int, start: int) -> bool:
        """Text ``i`` is in a script that needs joiners and has nothing else refused
        from byte ``start`` on."""
        end = ends[i] - 1
        if not _pattern(_JOINER_SCRIPTS).search(texts[i].decode("utf-8")):
            return False
        return strict.search(raw, start, end) is None

    suspects: set[int] = set()
    # refused characters: one search per text that has one
    pattern = _byte_pattern(_FORBIDDEN_UTF8)
    pos = 0
    while m := pattern.search(raw, pos):
        i = bisect_right(ends, m.start())
        pos = ends[i]
        if not (m.group() in _JOINERS_UTF8 and joiners_allowed(i, m.end())):
            suspects.add(i)
    if _ALM in blob:
        alm = _ALM.encode()
        suspects.update(
            i
            for i, t in enumerate(texts)
            if alm in t and not joiners_allowed(i, ends[i] - 1 - len(t))
        )
    # unbreakable runs, one byte a character (a text's separator breaks them)
    if _RUN in raw.translate(_LETTERS, _CONTINUATION):
        letters = [t.translate(_LETTERS, _CONTINUATION) for t in texts]
        starts = list(accumulate((len(t) + 1 for t in letters), initial=0))
        data = b" ".join(letters)
        at = data.find(_RUN)
        while at >= 0:
            i = bisect_right(starts, at) - 1
            suspects.add(i)
            at = data.find(_RUN, starts[i + 1]) if i + 1 < len(texts) else -1
    return _first_of(texts, sorted(suspects))


def _first_of(texts: Sequence[bytes], indexes: Iterable[int]) -> tuple[int, str] | None:
    """The first of the texts at ``indexes`` that is unsafe, examined on its own."""
    for i in indexes:
        text = texts[i].decode("utf-8")
        if bad := bad_characters(text):
            return i, f"contains {bad}"
        if word := long_word(text):
            return i, f"has a word longer than {MAX_WORD} characters ({word})"
    return None


def first_unsafe(texts: Sequence[str]) -> tuple[int, str] | None:
    """The index of the first text with a refused character or an unbreakable word, and
    the problem; None when all are safe (``first_unsafe_utf8`` on their UTF-8 bytes)."""
    return first_unsafe_utf8([t.encode("utf-8") for t in texts])


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
