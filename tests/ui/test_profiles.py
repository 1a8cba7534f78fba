"""The profile rules as promises, on the real content, by tapping through the screens.

For each profile every chapter is opened from its card, every section is scrolled into
view, and every text on screen is collected: detail layers never appear in the classroom
and under-14 profiles, section texts never in the under-14 profile, and in the museum
profile nothing tagged appears before the visitor chose Continue at its gate.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject

from kiosk.app.screenshots import call, settle
from kiosk.content import text
from tests.ui.helpers import (
    current_screen,
    find,
    items,
    qml,
    scroll_into_view,
    tap,
    tap_name,
    texts,
)


def snippets(db: Path, field: str) -> dict[str, str]:
    """A recognisable piece (before any figure) of every English section text of a field."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = conn.execute(
        "SELECT id, text FROM sections_text WHERE field = ? AND lang = 'en'", (field,)
    ).fetchall()
    return {
        i: text.FIG_REF.split(t)[0][:50] for i, t in rows if len(text.FIG_REF.split(t)[0]) >= 20
    }


def visible_text(window: Any) -> str:
    return "\n".join(texts(current_screen(window)))


def visible_images(ex: Any) -> set[tuple[str, str]]:
    """(media id, variant) of every exhibit image drawn on the current screen."""
    names = ex.services.exhibit.repository.media_names()
    by_checksum = {digest: media_id for media_id, (digest, _) in names.items()}
    out = set()
    for item in items(current_screen(ex.window)):
        if item.inherits("QQuickImage"):
            url = item.property("source").toString()
            if "/kiosk-media-" in url:  # <checksum>-<variant>.<suffix>
                digest, variant = url.rsplit("/", 1)[-1].split(".")[0].rsplit("-", 1)
                out.add((by_checksum[digest], variant))
    return out


def sharp_warned(ex: Any, seen: set[tuple[str, str]]) -> set[str]:
    """Warned images drawn sharp: the visitor never tapped Show in these walks."""
    tags = ex.services.exhibit.repository.media_tags()
    return {m for m, variant in seen if variant == "display" and tags.get(m)}


def open_from_card(ex: Any, chapter_id: str, index: int) -> None:
    call(ex.nav, "home")
    call(ex.nav, "chapters")
    settle()
    grid = find(current_screen(ex.window), "chapterGrid")
    qml(ex.engine, grid, f"positionViewAtIndex({index}, 0)")  # GridView.Beginning
    settle()
    tap_name(ex.window, f"chapterCard_{chapter_id}")


def walk_sections(ex: Any, images: set[tuple[str, str]] | None = None) -> list[str]:
    """Scroll the chapter through every section; return the text seen at each stop (and
    add the images drawn to ``images``)."""
    lst = find(current_screen(ex.window), "chapterList")
    seen = [visible_text(ex.window)]
    shown = images if images is not None else set()
    shown |= visible_images(ex)
    for i in range(qml(ex.engine, lst, "count")):
        qml(ex.engine, lst, f"positionViewAtIndex({i}, 0)")  # ListView.Beginning
        settle(20)
        seen.append(visible_text(ex.window))
        shown |= visible_images(ex)
        section = current_screen(ex.window)
        names = [x.objectName() for x in items(section) if x.objectName().startswith("image_")]
        for name in dict.fromkeys(names):
            # found again each time: scrolling to one image may recycle another's delegate
            figures = [x for x in items(current_screen(ex.window)) if x.objectName() == name]
            if not figures:
                continue
            scroll_into_view(lst, figures[0])  # each image in full view, as a visitor sees it
            shown |= visible_images(ex)
            seen.append(visible_text(ex.window))
        qml(ex.engine, lst, f"positionViewAtIndex({i}, 0)")
    qml(ex.engine, lst, "positionViewAtEnd()")
    settle(20)
    seen.append(visible_text(ex.window))
    shown |= visible_images(ex)
    return seen


@pytest.mark.parametrize("profile", ["museum", "classroom", "young"])
def test_profile_rules_hold_on_every_chapter(
    start_exhibit: Any, real_db: Path, profile: str
) -> None:
    ex = start_exhibit(real_db, profile=profile)
    details = snippets(real_db, "detail")
    bodies = snippets(real_db, "body")
    assert details and bodies
    chapters = ex.services.exhibit.chapters.rows()
    opened_details = 0
    for index, row in enumerate(chapters):
        open_from_card(ex, row["chapterId"], index)
        tagged = bool(ex.services.care.gated(row["warnings"]))
        if ex.screen() == "gateScreen":
            shown = visible_text(ex.window)
            assert not any(b in shown for b in bodies.values()), row["chapterId"]
            tap_name(ex.window, "gateContinue")
        else:
            # no gate: either untagged, or its tags were accepted earlier in this visit
            assert not tagged or not ex.services.care.needs_gate(row["warnings"])
        assert ex.screen() == "chapterScreen", row["chapterId"]
        drawn: set[tuple[str, str]] = set()
        seen = "\n".join(walk_sections(ex, drawn))
        assert not sharp_warned(ex, drawn), (profile, row["chapterId"])
        for section_id, snippet in details.items():
            assert snippet not in seen, (profile, section_id)
        if profile == "young":
            assert not any(b in seen for b in bodies.values()), row["chapterId"]
            continue
        sections = ex.services.exhibit.chapter.sections.rows()
        assert any(bodies.get(s["sectionId"], "\0") in seen for s in sections), row["chapterId"]
        if profile != "museum":
            assert not [
                i for i in items(current_screen(ex.window)) if i.objectName() == "detailButton"
            ]
            continue
        for s in sections:
            if not s["hasDetail"] or s["sectionId"] not in details:
                continue
            lst = find(current_screen(ex.window), "chapterList")
            qml(ex.engine, lst, f"positionViewAtIndex({sections.index(s)}, 0)")
            settle(20)
            section = find(current_screen(ex.window), f"section_{s['sectionId']}")
            button = find(section, "detailButton")
            scroll_into_view(lst, button)
            tap(ex.window, button)
            assert ex.screen() == "gateScreen"
            assert details[s["sectionId"]] not in visible_text(ex.window)
            tap_name(ex.window, "gateContinue")
            assert ex.screen() == "chapterScreen"
            lst = find(current_screen(ex.window), "chapterList")
            qml(ex.engine, lst, f"positionViewAtIndex({sections.index(s)}, 0)")
            settle(20)
            section = find(current_screen(ex.window), f"section_{s['sectionId']}")
            scroll_into_view(lst, find(section, "sectionDetail"))
            assert details[s["sectionId"]] in visible_text(ex.window)
            opened_details += 1
    if profile == "museum":
        assert opened_details >= 5  # the real content has detail layers, and they open


def test_every_tagged_chapter_has_a_gate_and_no_untagged_one(
    start_exhibit: Any, real_db: Path
) -> None:
    ex = start_exhibit(real_db)
    for index, row in enumerate(ex.services.exhibit.chapters.rows()):
        ex.services.care.forget()  # a fresh visitor for every chapter
        open_from_card(ex, row["chapterId"], index)
        expected = "gateScreen" if row["warnings"] else "chapterScreen"
        assert ex.screen() == expected, row["chapterId"]


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


def test_navigator_is_a_qobject(start_exhibit: Any, small_db: Path) -> None:
    ex = start_exhibit(small_db)
    assert isinstance(ex.nav, QObject)


@pytest.mark.parametrize("profile", ["museum", "classroom", "young"])
@pytest.mark.parametrize("content", ["real_db", "small_db"])
def test_profile_rules_hold_on_every_event(
    start_exhibit: Any, request: pytest.FixtureRequest, content: str, profile: str
) -> None:
    """Every event card, tapped from its chapter's list of dates, through its gate."""
    db = request.getfixturevalue(content)
    ex = start_exhibit(db, profile=profile)
    details = snippets(db, "detail")
    tags = ex.services.exhibit.repository.media_tags()
    visited, seen_images = 0, set()
    for index, row in enumerate(ex.services.exhibit.chapters.rows()):
        open_from_card(ex, row["chapterId"], index)
        if ex.screen() == "gateScreen":
            tap_name(ex.window, "gateContinue")
        for event in ex.services.exhibit.event_rows():
            screen = current_screen(ex.window)
            item = find(screen, f"eventRow_{event['eventId']}")
            dates = find(screen, "chapterEvents").property("item")
            scroll_into_view(
                dates if dates.inherits("QQuickFlickable") else find(screen, "chapterList"), item
            )
            tap(ex.window, item)
            if ex.screen() == "gateScreen":
                assert event["summary"][:40] not in visible_text(ex.window)
                tap_name(ex.window, "gateContinue")
            assert ex.screen() == "eventScreen", event["eventId"]
            flick = find(current_screen(ex.window), "eventFlick")
            drawn = visible_images(ex)
            for figure in [
                x for x in items(current_screen(ex.window)) if x.objectName().startswith("image_")
            ]:
                scroll_into_view(flick, figure)
                drawn |= visible_images(ex)
            shown = visible_text(ex.window)
            assert not any(d in shown for d in details.values()), event["eventId"]
            assert not sharp_warned(ex, drawn), (profile, event["eventId"])
            if profile != "museum":
                assert not [m for m, _ in drawn if "graphic-image" in tags.get(m, ())]
            if profile == "young":
                assert not [m for m, _ in drawn if tags.get(m)]
            visited += 1
            seen_images |= drawn
            call(ex.nav, "back")
            settle(20)
    assert visited == sum(
        len(ex.services.exhibit.repository.events("en", chapter_id=r["chapterId"]))
        for r in ex.services.exhibit.chapters.rows()
    )
    if content == "small_db":  # an untagged image on one event, a graphic one on another
        expected = {("test-plain", "display")}
        if profile == "museum":
            expected.add(("test-graphic", "blur"))
        assert seen_images == expected


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
