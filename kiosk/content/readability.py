"""Reading level of English visitor text (Flesch–Kincaid grade), for the label layers.

Museum labels are read standing, by visitors from about 14 years of age: a chapter
summary aims at about grade 8, a section body at most about grade 10. The grade is
an estimate from sentence length and syllables per word; validate reports a text
above its level as a warning for an editor to look at, never as an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import FIG_REF

# Highest grade that still reads as "about grade N" (grade N.x rounds down to N).
SUMMARY_GRADE = 8.9
BODY_GRADE = 10.9

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d[\d,.]*")
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)]*(?:\s+|$)")
# Initials, titles and abbreviations that end with a full stop but not a sentence.
_NOT_AN_END = re.compile(
    r"\b(?:[A-Z]|Mr|Mrs|Dr|Prof|St|Gen|Col|Lt|Capt|No|vs|etc|e\.g|i\.e|U\.S|U\.K)\.\s", re.I
)
_VOWELS = re.compile(r"[aeiouy]+")
_HIATUS = re.compile(r"(?<![tsc])i[aou]|ua|uo|ri[ae]")


def syllables(word: str) -> int:
    """Syllables of an English word by vowel groups, with the common silent endings."""
    w = word.lower().strip("'’")
    if not w:
        return 0
    if w[0].isdigit():
        return 2  # a number is read as a few syllables; a rendered figure counts the same
    if len(w) <= 3:
        return 1
    count = len(_VOWELS.findall(w))
    count += len(_HIATUS.findall(w))  # "Lithuania", "period": two vowels, two syllables
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1  # silent e: "state", "made"
    if w.endswith(("ed", "es")) and not w.endswith(("ted", "ded", "ses", "zes", "ces", "ges")):
        count -= 1 if count > 1 else 0  # "killed", "lives"
    return max(count, 1)


@dataclass(frozen=True)
class Level:
    """A text's Flesch–Kincaid grade with the counts it was computed from."""

    grade: float
    words: int
    sentences: int
    syllables: int


def level(text: str) -> Level:
    """Flesch–Kincaid grade of a text (a ``{fig:...}`` placeholder reads as a number)."""
    plain = FIG_REF.sub("1000", text)
    protected = _NOT_AN_END.sub(lambda m: m.group(0).replace(".", "·"), plain)
    sentences = max(1, len([s for s in _SENTENCE_END.split(protected) if _WORD.search(s)]))
    found = _WORD.findall(plain)
    n = max(1, len(found))
    syl = sum(syllables(w) for w in found)
    grade = 0.39 * (n / sentences) + 11.8 * (syl / n) - 15.59
    return Level(round(grade, 1), len(found), sentences, syl)
