"""The care rules, as promises: gates, profiles, layers, and what the idle reset forgets."""

from __future__ import annotations

from pathlib import Path

from kiosk.app.care import Care
from kiosk.app.config import KioskConfig
from kiosk.app.exhibit import Exhibit

PHRASES = {
    "violence": "the killing of civilians and prisoners",
    "sexual-violence": "the rape of women and girls",
    "torture": "torture",
}


def test_gate_only_for_tagged_material_and_only_until_accepted() -> None:
    care = Care("museum", phrases=PHRASES)
    assert not care.needs_gate([])  # no tag, no gate: warnings must not cry wolf
    assert care.needs_gate(["violence"])
    care.accept(["violence"])
    assert not care.needs_gate(["violence"])
    assert care.needs_gate(["violence", "torture"])


def test_gate_wording_comes_from_the_tags() -> None:
    care = Care("museum", phrases=PHRASES)
    assert care.gate_text("section", ["sexual-violence", "violence"]) == (
        "This section describes the rape of women and girls and the killing of civilians "
        "and prisoners."
    )
    assert care.gate_text("chapter", ["violence", "sexual-violence", "torture"]) == (
        "This chapter describes the killing of civilians and prisoners, the rape of women "
        "and girls and torture."
    )
    assert care.gate_text("detail", ["torture"]) == "The details that follow describe torture."


def test_a_museum_chooses_which_tags_gate() -> None:
    care = Care("museum", gated_tags=["sexual-violence", "torture"], phrases=PHRASES)
    assert not care.needs_gate(["violence"])
    assert care.needs_gate(["violence", "torture"])
    assert care.gate_text("chapter", ["violence", "torture"]) == "This chapter describes torture."


def test_profiles_decide_the_layers() -> None:
    museum, classroom, young = Care("museum"), Care("classroom"), Care("young")
    assert museum.allowsDetail and museum.allowsSections
    assert not classroom.allowsDetail and classroom.allowsSections
    assert not young.allowsDetail and not young.allowsSections
    assert young.summary_only("any-chapter")
    classroom.answerGate("detail", "s", "continue", ["torture"])
    assert not classroom.detail_opened("s")  # classroom never opens the detail layer
    museum.answerGate("detail", "s", "continue", ["torture"])
    assert museum.detail_opened("s")


def test_idle_reset_forgets_choices_but_not_the_profile() -> None:
    care = Care("classroom")
    care.accept(["violence"])
    care.answerGate("chapter", "estonia", "summary", ["violence"])
    care.forget()
    assert care.needs_gate(["violence"]) and not care.summary_only("estonia")
    assert care.profile == "classroom"


def test_detail_text_reaches_qml_only_through_the_gate(small_db: Path) -> None:
    exhibit = Exhibit(small_db, KioskConfig(profile="museum"))
    assert exhibit.section_detail("north-soldiers") == ""
    exhibit.care.answerGate("detail", "north-soldiers", "continue", ["sexual-violence"])
    assert "graphic account" in exhibit.section_detail("north-soldiers")
    exhibit.resetSession()
    assert exhibit.section_detail("north-soldiers") == ""
    classroom = Exhibit(small_db, KioskConfig(profile="classroom"))
    classroom.care.answerGate("detail", "north-soldiers", "continue", ["sexual-violence"])
    assert classroom.section_detail("north-soldiers") == ""


def test_exhibit_phrases_follow_the_content(small_db: Path) -> None:
    exhibit = Exhibit(small_db, KioskConfig())
    assert exhibit.care.gate_text("chapter", ["death-of-children"]) == (
        "This chapter describes the deaths of children."
    )


def test_harrowing_chapter_closes_on_justice_and_memory(small_db: Path) -> None:
    exhibit = Exhibit(small_db, KioskConfig())
    exhibit.openChapter("north")  # sexual violence: severity 3
    assert exhibit.chapter.harrowing
    exhibit.openChapter("south")  # violence only
    assert not exhibit.chapter.harrowing
