"""A visitor's walk through the exhibit, by tapping the real items."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.ui.helpers import current_screen, tap_name, texts


def test_attract_to_chapter_and_back(start_exhibit: Any, small_db: Path) -> None:
    ex = start_exhibit(small_db)
    w = ex.window
    assert ex.screen() == "attractScreen"
    assert "Touch to begin" in texts(current_screen(w))
    tap_name(w, "attractTitle")  # any tap on the attract screen begins
    assert ex.screen() == "languageScreen"
    assert any("distressing" in t for t in texts(current_screen(w)))
    tap_name(w, "language_en")
    assert ex.screen() == "homeScreen"
    tap_name(w, "homeChapters")
    assert ex.screen() == "chapterListScreen"
    screen_texts = texts(current_screen(w))
    assert "The northern country" in screen_texts and "The southern region" in screen_texts
    tap_name(w, "chapterCard_north")
    assert ex.screen() == "gateScreen"
    gate = " ".join(texts(current_screen(w)))
    assert "the killing of civilians and prisoners and the rape of women and girls" in gate
    tap_name(w, "gateContinue")
    assert ex.screen() == "chapterScreen"
    shown = texts(current_screen(w))
    assert "The northern country" in shown
    assert any("9,254 to 10,861 people were taken" in t for t in shown)
    assert not any("graphic account" in t for t in shown)  # detail layer stays hidden
    tap_name(w, "navBack")
    assert ex.screen() == "chapterListScreen"  # the gate was replaced, not stacked
    tap_name(w, "navHome")
    assert ex.screen() == "homeScreen"


def test_language_button_returns_to_the_same_screen(start_exhibit: Any, small_db: Path) -> None:
    ex = start_exhibit(small_db)
    w = ex.window
    tap_name(w, "attractTitle")
    tap_name(w, "language_en")
    tap_name(w, "homeChapters")
    tap_name(w, "navLanguage")
    assert ex.screen() == "languageScreen"
    tap_name(w, "language_en")
    assert ex.screen() == "chapterListScreen"


def test_every_part_of_home_opens(start_exhibit: Any, small_db: Path) -> None:
    ex = start_exhibit(small_db)
    w = ex.window
    tap_name(w, "attractTitle")
    tap_name(w, "language_en")
    for tile, screen in [
        ("homeChapters", "chapterListScreen"),
        ("homeTimeline", "timelineScreen"),
        ("homeMap", "mapScreen"),
        ("homeSources", "sourcesScreen"),
        ("homeSearch", "searchScreen"),
        ("homeAbout", "aboutScreen"),
    ]:
        tap_name(w, tile)
        assert ex.screen() == screen
        tap_name(w, "navHome")


def test_about_page_comes_from_the_database(start_exhibit: Any, small_db: Path) -> None:
    ex = start_exhibit(small_db)
    w = ex.window
    tap_name(w, "attractTitle")
    tap_name(w, "language_en")
    tap_name(w, "homeAbout")
    assert ex.screen() == "aboutScreen"
    assert any("A small exhibit used by the tests" in t for t in texts(current_screen(w)))
