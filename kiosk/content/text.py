"""Visitor text helpers: figure placeholders, word counts, number formatting."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

FIG_REF = re.compile(r"\{fig:([a-z0-9][a-z0-9-]*)\}")
ANY_BRACE = re.compile(r"[{}]")
WORD = re.compile(r"[\w'’-]+", re.UNICODE)
MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z!][^>]*>")


def normalize(value: str) -> str:
    """Collapse runs of spaces and single line breaks; keep paragraph breaks.

    In the YAML sources a blank line inside a folded block (``>-``) starts a new
    paragraph; the exhibit shows it as one.
    """
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n|\n", value.strip()))
    return "\n\n".join(p for p in paragraphs if p)


def same_text(a: str, b: str) -> bool:
    """Equal but for spacing, line breaks and typography (a hyphen for an en dash,
    straight quotation marks for curly ones): a translation stays current when only the
    English typography was corrected."""
    from .typography import plain

    return plain(a).split() == plain(b).split()


@functools.cache
def _cjk() -> re.Pattern[str]:
    # compiled when first needed: its large class takes milliseconds, at start-up too
    return re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def is_cjk(value: str) -> bool:
    return bool(_cjk().search(value))


# Numbers kept with their Japanese counters (display only, like the isolates below: the
# content itself may hold no U+2060, see safety.py). Japanese breaks a line between any
# two characters, a digit and an ideograph too, so "1945年" could end a line on "1945"
# and start the next with "年". A WORD JOINER between them forbids that break: after a
# digit before a counter or unit ("1945年", "3万人"), after the ordinal and "about"
# prefixes ("第2", "約3"), and before a range's dash or wave, which never starts a line
# ("1939～" may end one: a narrow date column needs that break).
WORD_JOINER = "\u2060"
_JA_DIGIT = "0-9\uff10-\uff19"
_JA_WORD = "\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f"
_JA_RANGE = "\u2013\u301c\uff5e"  # en dash, wave dash, fullwidth tilde
# a search's marks (\x02, \x03) may sit between a number and its counter
_JA_JOIN = re.compile(
    rf"(?<=[{_JA_DIGIT}])([\x02\x03]?)(?=[\x02\x03]?[{_JA_WORD}{_JA_RANGE}])"
    rf"|(?<=[第約])([\x02\x03]?)(?=[\x02\x03]?[{_JA_DIGIT}])"
)


def keep_numbers_with_counters(value: str) -> str:
    """Japanese text for display, with a WORD JOINER wherever a line must not break
    between a number and its counter, unit, prefix or the range dash after it. Applying it twice
    changes nothing; removing every U+2060 gives the text back."""
    if not value or not any(c.isdigit() for c in value):
        return value

    return _JA_JOIN.sub(lambda m: (m.group(1) or m.group(2) or "") + WORD_JOINER, value)


def words(text: str) -> int:
    """Words as a reader counts them (a placeholder counts as one)."""
    return len(WORD.findall(FIG_REF.sub("N", text)))


def figure_refs(text: str) -> list[str]:
    return FIG_REF.findall(text)


@dataclass(frozen=True)
class FigureRange:
    """What a ``{fig:ID}`` placeholder renders: lowest low to highest high, and its unit."""

    low: float
    high: float
    unit: str


NumberFormat = Callable[[float], str]


def english_number(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.1f}".rstrip("0").rstrip(".")


# How the search index writes numbers per language (display uses QLocale instead).
# The locale each exhibit language is written in, where the bare code would mean another:
# "fa" alone is Iranian Persian; the exhibit's Persian is Dari, as spoken in Afghanistan.
LOCALE_TAGS = {"fa": "fa-AF"}


def locale_tag(lang: str) -> str:
    """The BCP 47 tag of an exhibit language (fa -> fa-AF)."""
    return LOCALE_TAGS.get(lang, lang)


_GROUP = {"de": ".", "pl": "\u00a0", "ru": "\u00a0", "et": "\u00a0", "fa": "\u066c"}
_DECIMAL = {"de": ",", "pl": ",", "ru": ",", "et": ",", "fa": "\u066b"}
# A range as each language writes it; translations put their own "from" (von, od, от)
# before the placeholder where grammar wants one. The app reads the same pattern from
# its interface translation ("%1 to %2").
RANGE = {
    "en": "{} to {}", "de": "{} bis {}", "pl": "{} do {}", "ru": "{} до {}",
    "et": "{} kuni {}", "ja": "{}～{}", "fa": "{} تا {}",
}  # fmt: skip


def number_for(lang: str) -> NumberFormat:
    group, decimal = _GROUP.get(lang, ","), _DECIMAL.get(lang, ".")

    def fmt(value: float) -> str:
        en = english_number(value)
        return en.replace(",", "\0").replace(".", decimal).replace("\0", group)

    return fmt


def range_pattern(lang: str) -> str:
    return RANGE.get(lang, "{}–{}")


def format_range(
    fr: FigureRange,
    number: NumberFormat = english_number,
    pattern: str = "{} to {}",
    percent: str = "{}%",
) -> str:
    """One value, or a range written with ``pattern`` ("{} to {}", "{} bis {}")."""
    lo, hi = number(fr.low), number(fr.high)
    if fr.unit == "percent":
        lo, hi = percent.format(lo), percent.format(hi)
    return lo if fr.low == fr.high else pattern.format(lo, hi)


def render(
    text: str,
    figures: Mapping[str, FigureRange],
    number: NumberFormat = english_number,
    pattern: str = "{} to {}",
) -> str:
    """Replace every ``{fig:ID}`` with its formatted range; unknown ids show as an ellipsis."""

    def sub(match: re.Match[str]) -> str:
        fr = figures.get(match.group(1))
        return format_range(fr, number, pattern) if fr else "…"

    return FIG_REF.sub(sub, text)


# Bidirectional isolation of left-to-right runs in right-to-left text (display only: the
# content itself may hold no bidi controls, see safety.py). A run starts and ends with a
# Latin letter or a digit and may hold spaces, separators and dashes between: "1941–1949",
# "9٬254 تا" -> "9٬254", "NKVD", "+93 20 210 0000".
LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"
_LTR = "A-Za-z\u00c0-\u024f0-9\u0660-\u0669\u06f0-\u06f9"
_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"
_INNER = " \u00a0.,:/+\\-\u2010-\u2014'\u2019\u066b\u066c"
_RUN = re.compile(
    rf"[{LRI}{FSI}\u2067][^{PDI}]*{PDI}"  # already isolated: kept as it is
    rf"|\+?[{_LTR}](?:[{_INNER}]*[{_LTR}])*[%\u066a]?"
)
_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def isolate_ltr(value: str) -> str:
    """Wrap each left-to-right run of a right-to-left text in an isolate, so that it
    never reorders its neighbours: numbers (and ranges) in LRI…PDI, runs with Latin
    letters in FSI…PDI. A text with no right-to-left letter at all (an English fallback
    in a search result) is isolated whole, so it reads left to right as a block.
    Applying it twice changes nothing."""
    if not _RTL_LETTER.search(value):
        if not value.strip() or value[0] in (LRI, FSI, "\u2067"):
            return value
        return (FSI if _LETTER.search(value) else LRI) + value + PDI

    def wrap(m: re.Match[str]) -> str:
        run = m.group(0)
        if run[0] in (LRI, FSI, "\u2067"):
            return run
        return (FSI if _LETTER.search(run) else LRI) + run + PDI

    return _RUN.sub(wrap, value)
