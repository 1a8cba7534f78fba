"""Typography per language: validate names each breach; a typographic correction of the
English keeps its translations current."""

from __future__ import annotations

from kiosk.content import text, typography


def test_hyphen_ranges_and_straight_quotes_are_named_with_the_right_marks() -> None:
    assert typography.problems("from 1939–1945, 14–16 June", "en") == []
    assert len(typography.problems("from 1939-1945", "en")) == 1
    assert "„…“" in typography.problems('das "Wort"', "de")[0]
    assert "«…»" in typography.problems('слово "так"', "ru")[0]
    assert "「…」" in typography.problems('"言葉"', "ja")[0]
    assert typography.problems("«так»", "ru") == []


def test_placeholders_are_not_text() -> None:
    assert typography.problems("about {fig:poland-1939-1941-deportees} people", "en") == []


def test_a_typographic_correction_is_the_same_text() -> None:
    assert text.same_text('the "class enemies" of 1919-1920', "the “class enemies” of 1919–1920")
    assert not text.same_text("the class enemies of 1919", "the class enemies of 1920")
