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


__all__ = ["QUOTES", "plain", "problems"]
