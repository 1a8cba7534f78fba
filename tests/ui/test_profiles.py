"""The profile rules as promises, by tapping through the screens of the small content.

The classroom and under-14 profiles withhold parts of the same screens the museum walk
of the real content goes through (``test_museum_walk.py``): here every chapter and event
of the small test content, whose chapters carry a detail layer, warned and graphic images
and tagged events, is walked in each profile. The rules are unit tests of
``kiosk.content.policy`` too.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from kiosk.app.screenshots import call
from tests.ui.helpers import (
    current_screen,
    find,
    items,
    open_event,
    open_from_card,
    qml,
    read_event,
    scroll_into_view,
    settle,
    sharp_warned,
    snippets,
    tap,
    tap_name,
    visible_text,
    walk_sections,
)


def test_a_tagged_event_met_first_stands_behind_its_own_gate(
    start_exhibit: Any, small_db: Path
) -> None:
    ex = start_exhibit(small_db)
    call(ex.nav, "event", "south-1945")  # from the timeline, before any chapter
    settle()
    assert ex.screen() == "gateScreen"
    gate = visible_text(ex.window)
    assert "the killing of civilians and prisoners" in gate
    assert "Soldiers killed civilians" not in gate
    tap_name(ex.window, "gateContinue")
    assert ex.screen() == "eventScreen"
    assert "Soldiers killed civilians" in visible_text(ex.window)
    call(ex.nav, "event", "north-deportation-1941")  # untagged: no gate
    settle()
    assert ex.screen() == "eventScreen"


# -- classroom and under 14, on the small content -------------------------------


@pytest.mark.parametrize("profile", ["museum", "classroom", "young"])
def test_profile_rules_hold_on_every_chapter(
    start_exhibit: Any, small_db: Path, profile: str
) -> None:
    ex = start_exhibit(small_db, profile=profile)
    details = snippets(small_db, "detail")
    bodies = snippets(small_db, "body")
    assert details and bodies
    media_tags = ex.services.exhibit.repository.media_tags()
    chapters = ex.services.exhibit.chapters.rows()
    assert [r["chapterId"] for r in chapters] == ["north", "south"]
    for index, row in enumerate(chapters):
        ex.services.care.forget()  # a new visitor for every chapter
        open_from_card(ex, row["chapterId"], index)
        assert ex.screen() == "gateScreen", row["chapterId"]  # both chapters are tagged
        assert not any(b in visible_text(ex.window) for b in bodies.values())
        tap_name(ex.window, "gateContinue")
        assert ex.screen() == "chapterScreen", row["chapterId"]
        drawn: set[tuple[str, str]] = set()
        seen = "\n".join(walk_sections(ex, drawn))
        assert not sharp_warned(ex, drawn), (profile, row["chapterId"])
        assert not [d for d in details.values() if d in seen], (profile, row["chapterId"])
        buttons = [i for i in items(current_screen(ex.window)) if i.objectName() == "detailButton"]
        if profile == "young":
            assert not [b for b in bodies.values() if b in seen], row["chapterId"]
            assert not [m for m, _ in drawn if media_tags.get(m)], row["chapterId"]
            continue
        sections = ex.services.exhibit.chapter.sections.rows()
        assert all(bodies[s["sectionId"]] in seen for s in sections), row["chapterId"]
        has_detail = any(s["hasDetail"] for s in sections)
        assert bool(buttons) is (has_detail and profile == "museum"), (profile, row)
        if row["chapterId"] == "north":  # its sections carry the map and the graphic picture
            expected = {("test-map", "display")}
            if profile == "museum":
                expected.add(("test-graphic", "blur"))
            assert drawn == expected, profile


def test_the_detail_layer_has_its_own_gate_even_after_the_chapters(
    start_exhibit: Any, small_db: Path
) -> None:
    ex = start_exhibit(small_db)
    detail = "A graphic account that belongs only in the detail layer"
    open_from_card(ex, "north", 0)
    tap_name(ex.window, "gateContinue")  # accepts the chapter's tags, the detail's among them
    lst = find(current_screen(ex.window), "chapterList")
    qml(ex.engine, lst, "positionViewAtIndex(2, 0)")  # north-soldiers
    section = find(current_screen(ex.window), "section_north-soldiers")
    button = find(section, "detailButton")
    scroll_into_view(lst, button)
    tap(ex.window, button)
    assert ex.screen() == "gateScreen"
    assert detail not in visible_text(ex.window)
    tap_name(ex.window, "gateContinue")
    assert ex.screen() == "chapterScreen"
    lst = find(current_screen(ex.window), "chapterList")
    qml(ex.engine, lst, "positionViewAtIndex(2, 0)")
    section = find(current_screen(ex.window), "section_north-soldiers")
    scroll_into_view(lst, find(section, "sectionDetail"))
    assert detail in visible_text(ex.window)


def test_under_14_profile_lists_no_chapter_a_curator_marked_unsuitable(
    start_exhibit: Any, db_copy: Path
) -> None:
    conn = sqlite3.connect(db_copy)
    conn.execute("UPDATE chapters SET young_unsuitable = 1 WHERE id = 'south'")
    conn.commit()
    conn.close()
    for profile, cards in [("young", {"north"}), ("classroom", {"north", "south"})]:
        ex = start_exhibit(db_copy, profile=profile)
        call(ex.nav, "chapters")
        settle()
        shown = {
            i.objectName().removeprefix("chapterCard_")
            for i in items(current_screen(ex.window))
            if i.objectName().startswith("chapterCard_")
        }
        assert shown == cards, profile


@pytest.mark.parametrize("profile", ["museum", "classroom", "young"])
def test_profile_rules_hold_on_every_event(
    start_exhibit: Any, small_db: Path, profile: str
) -> None:
    """Every event card, tapped from its chapter's list of dates, through its gate."""
    ex = start_exhibit(small_db, profile=profile)
    details = snippets(small_db, "detail")
    media_tags = ex.services.exhibit.repository.media_tags()
    visited, seen_images = 0, set()
    for index, row in enumerate(ex.services.exhibit.chapters.rows()):
        open_from_card(ex, row["chapterId"], index)
        if ex.screen() == "gateScreen":
            tap_name(ex.window, "gateContinue")
        for event in ex.services.exhibit.event_rows():
            open_event(ex, event["eventId"])
            if ex.screen() == "gateScreen":
                assert event["summary"][:40] not in visible_text(ex.window)
                tap_name(ex.window, "gateContinue")
            assert ex.screen() == "eventScreen", event["eventId"]
            drawn: set[tuple[str, str]] = set()
            shown = read_event(ex, drawn)
            assert not any(d in shown for d in details.values()), event["eventId"]
            assert not sharp_warned(ex, drawn), (profile, event["eventId"])
            if profile != "museum":
                assert not [m for m, _ in drawn if "graphic-image" in media_tags.get(m, ())]
            if profile == "young":
                assert not [m for m, _ in drawn if media_tags.get(m)]
            visited += 1
            seen_images |= drawn
            call(ex.nav, "back")
            settle(20)
    assert visited == 3  # every event of the small content
    # an untagged image on one event, a graphic one on two others
    expected = {("test-plain", "display")}
    if profile == "museum":
        expected.add(("test-graphic", "blur"))
    assert seen_images == expected


# -- single promises ------------------------------------------------------------------


def test_summary_only_hides_the_sections(start_exhibit: Any, small_db: Path) -> None:
    ex = start_exhibit(small_db)
    open_from_card(ex, "north", 0)
    tap_name(ex.window, "gateSummary")
    assert ex.screen() == "chapterScreen"
    shown = visible_text(ex.window)
    assert "You chose to read only the summary of this chapter." in shown
    assert "Officials drew up lists" not in shown
    tap_name(ex.window, "showFullChapter")
    assert ex.screen() == "gateScreen"
    tap_name(ex.window, "gateContinue")
    assert ex.screen() == "chapterScreen"
    assert "Officials drew up lists" in visible_text(ex.window)


def test_support_is_reachable_from_every_gate_and_the_about_page(
    start_exhibit: Any, small_db: Path
) -> None:
    ex = start_exhibit(small_db)
    open_from_card(ex, "north", 0)
    tap_name(ex.window, "gateSupport")
    assert ex.screen() == "supportScreen"
    call(ex.nav, "home")
    call(ex.nav, "about")
    tap_name(ex.window, "aboutSupport")
    assert ex.screen() == "supportScreen"


def test_take_a_break_on_warned_screens_only(start_exhibit: Any, small_db: Path) -> None:
    ex = start_exhibit(small_db)
    call(ex.nav, "home")
    settle()
    assert not [i for i in items(current_screen(ex.window)) if i.objectName() == "navBreak"]
    open_from_card(ex, "north", 0)
    tap_name(ex.window, "navBreak")
    assert ex.screen() == "breakScreen"
    shown = visible_text(ex.window)
    assert "Officials" not in shown and "rape" not in shown


def test_closing_card_after_a_harrowing_chapter(start_exhibit: Any, real_db: Path) -> None:
    ex = start_exhibit(real_db)
    ex.services.care.accept([w.id for w in ex.services.exhibit.repository.warnings("en")])
    call(ex.nav, "chapter", "germany")
    settle()
    lst = find(current_screen(ex.window), "chapterList")
    qml(ex.engine, lst, "positionViewAtEnd()")
    settle()
    card = find(current_screen(ex.window), "closingCard")
    tap(ex.window, find(card, "closing_trials"))
    assert ex.screen() == "chapterScreen"
    assert ex.services.exhibit.chapter.chapterId == "trials"


def test_numbers_with_a_warning_stand_behind_their_own_gate(
    start_exhibit: Any, small_db: Path
) -> None:
    ex = start_exhibit(small_db)
    call(ex.nav, "event", "north-deportation-1941")  # the event itself carries no tag
    settle()
    assert ex.screen() == "eventScreen"
    tap_name(ex.window, "eventFigures")
    assert ex.screen() == "gateScreen"
    assert "These numbers concern the killing of civilians and prisoners." in visible_text(
        ex.window
    )
    assert "9,254" not in visible_text(ex.window)
    tap_name(ex.window, "gateContinue")
    assert ex.screen() == "figureScreen"
    assert "9,254" in visible_text(ex.window)
    call(ex.nav, "back")
    tap_name(ex.window, "eventFigures")  # accepted for this visit: no second gate
    assert ex.screen() == "figureScreen"
