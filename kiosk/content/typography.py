"""Typography per language: en dashes in number ranges, each language's quotation marks.

``kiosk content validate`` warns on each breach; ``same_text`` treats typographic
variants as the same text, so correcting a dash or a quotation mark in English does not
send every translation of it back to a translator.
"""

from __future__ import annotations

import re

# opening and closing quotation marks of each exhibit language
QUOTES = {
    "en": ("“", "”"),
    "de": ("„", "“"),
    "pl": ("„", "”"),
    "ru": ("«", "»"),
    "et": ("„", "“"),
    "ja": ("「", "」"),
    "fa": ("«", "»"),
}
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_HYPHEN_RANGE = re.compile(r"(?<=\d)-(?=\d)")
_VARIANTS = str.maketrans({"–": "-", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
                           "「": '"', "」": '"'})  # fmt: skip


# every quotation mark of the exhibit's languages, and the straight ones (apostrophes are
# not quotation marks: "the victors' history")
QUOTATION_MARKS = frozenset('"“”„«»「」『』‹›')


def marks(lang: str) -> tuple[str, str]:
    """The opening and closing quotation marks of ``lang`` (English's for any other)."""
    return QUOTES.get(lang.split("-")[0], QUOTES["en"])


def quote(text: str, lang: str) -> str:
    """``text`` in the quotation marks of ``lang``: «…» in Russian, 「…」 in Japanese."""
    opening, closing = marks(lang)
    return f"{opening}{text}{closing}"


def unquote(text: str, lang: str) -> str:
    """``text`` without the quotation marks ``quote`` put around it in ``lang``."""
    opening, closing = marks(lang)
    if len(text) >= 2 and text.startswith(opening) and text.endswith(closing):
        return text[len(opening) : -len(closing)]
    return text


def quotation_marks_in(text: str) -> list[str]:
    """The quotation marks in ``text``, each once, in the order they first stand."""
    return list(dict.fromkeys(ch for ch in text if ch in QUOTATION_MARKS))


def plain(text: str) -> str:
    """``text`` with dashes and quotation marks reduced to ASCII (for comparisons)."""
    return text.translate(_VARIANTS)


def problems(text: str, lang: str) -> list[str]:
    """What breaks the typography of ``lang`` in ``text`` (placeholders excepted)."""
    visible = _PLACEHOLDER.sub(" ", text)
    found = []
    if _HYPHEN_RANGE.search(visible):
        found.append("write a range of numbers or dates with an en dash (1939–1945), not a hyphen")
    if '"' in visible:
        opening, closing = QUOTES.get(lang.split("-")[0], QUOTES["en"])
        found.append(f"use the language's quotation marks {opening}…{closing}, not straight quotes")
    return found


__all__ = ["QUOTATION_MARKS", "QUOTES", "marks", "plain", "problems", "quotation_marks_in", "quote",
           "unquote"]  # fmt: skip
