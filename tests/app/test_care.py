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
    assert not care.needsGate([])  # no tag, no gate: warnings must not cry wolf
    assert care.needsGate(["violence"])
    care.accept(["violence"])
    assert not care.needsGate(["violence"])
    assert care.needsGate(["violence", "torture"])


def test_gate_wording_comes_from_the_tags() -> None:
    care = Care("museum", phrases=PHRASES)
    assert care.gateText("section", ["sexual-violence", "violence"]) == (
        "This section describes the rape of women and girls and the killing of civilians "
        "and prisoners."
    )
    assert care.gateText("chapter", ["violence", "sexual-violence", "torture"]) == (
        "This chapter describes the killing of civilians and prisoners, the rape of women "
        "and girls and torture."
    )
    assert care.gateText("detail", ["torture"]) == "The details that follow describe torture."


def test_a_museum_chooses_which_tags_gate() -> None:
    care = Care("museum", gated_tags=["sexual-violence", "torture"], phrases=PHRASES)
    assert not care.needsGate(["violence"])
    assert care.needsGate(["violence", "torture"])
    assert care.gateText("chapter", ["violence", "torture"]) == "This chapter describes torture."


def test_profiles_decide_the_layers() -> None:
    museum, classroom, young = Care("museum"), Care("classroom"), Care("young")
    assert museum.allowsDetail and museum.allowsSections
    assert not classroom.allowsDetail and classroom.allowsSections
    assert not young.allowsDetail and not young.allowsSections
    assert young.summaryOnly("any-chapter")
    classroom.openDetail("s", ["torture"])
    assert not classroom.detailOpened("s")  # classroom never opens the detail layer
    museum.openDetail("s", ["torture"])
    assert museum.detailOpened("s")


def test_idle_reset_forgets_choices_but_not_the_profile() -> None:
    care = Care("classroom")
    care.accept(["violence"])
    care.chooseSummary("estonia")
    care.forget()
    assert care.needsGate(["violence"]) and not care.summaryOnly("estonia")
    assert care.profile == "classroom"


def test_detail_text_reaches_qml_only_through_the_gate(small_db: Path) -> None:
    exhibit = Exhibit(small_db, KioskConfig(profile="museum"))
    assert exhibit.sectionDetail("north-soldiers") == ""
    exhibit.care.openDetail("north-soldiers", ["sexual-violence"])
    assert "graphic account" in exhibit.sectionDetail("north-soldiers")
    exhibit.resetSession()
    assert exhibit.sectionDetail("north-soldiers") == ""
    classroom = Exhibit(small_db, KioskConfig(profile="classroom"))
    classroom.care.openDetail("north-soldiers", ["sexual-violence"])
    assert classroom.sectionDetail("north-soldiers") == ""


def test_exhibit_phrases_follow_the_content(small_db: Path) -> None:
    exhibit = Exhibit(small_db, KioskConfig())
    assert exhibit.care.gateText("chapter", ["death-of-children"]) == (
        "This chapter describes the deaths of children."
    )


def test_harrowing_chapter_closes_on_justice_and_memory(small_db: Path) -> None:
    exhibit = Exhibit(small_db, KioskConfig())
    exhibit.openChapter("north")  # sexual violence: severity 3
    assert exhibit.chapter.harrowing
    exhibit.openChapter("south")  # violence only
    assert not exhibit.chapter.harrowing
