"""The museum profile's promises on the real content, by tapping through the screens.

The real content is walked once, by a visitor who opens every chapter from its card (as a
new visitor each time), scrolls through every section, opens every detail layer behind
its gate and taps every event; the walk records what each screen showed, and the tests
below judge that record against the tags and texts in the database. When the suite runs
in parallel, the tests of this file run in one worker (see ``conftest.py``), so the walk
is made once. The other profiles: ``test_profiles.py``.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from kiosk.app.screenshots import call
from kiosk.content import text
from tests.conftest import Running, close_exhibits, open_exhibit
from tests.ui.helpers import (
    current_screen,
    find,
    frame,
    open_event,
    open_from_card,
    phrases,
    qml,
    read_event,
    scroll_into_view,
    sharp_warned,
    snippets,
    tags,
    tap,
    tap_name,
    visible_text,
    walk_sections,
)

pytestmark = pytest.mark.slow


# -- the museum profile on the real content: one walk, many promises ----------------


@dataclass
class Stop:
    """One place of the walk as the visitor met it."""

    place: str  # chapter, detail or event
    ident: str
    chapter: str
    accepted: frozenset[str]  # the tags this visitor had accepted on the way here
    gate: str | None  # what the gate in front said; None: no gate stood there
    screen: str  # where Continue (or the tap itself) led
    text: str  # everything shown there, every part scrolled into view
    images: set[tuple[str, str]] = field(default_factory=set)
    sharp_warned: set[str] = field(default_factory=set)


@dataclass
class Walk:
    db: Path
    chapters: list[str]  # as listed on the home screen's grid
    stops: list[Stop]

    def at(self, place: str) -> list[Stop]:
        return [s for s in self.stops if s.place == place]


def _walk_museum(ex: Running, db: Path) -> Walk:
    details = snippets(db, "detail")
    chapter_tags = tags(db, "chapter")
    section_detail_tags = tags(db, "section", "detail")
    event_tags = tags(db, "event")
    rows = ex.services.exhibit.chapters.rows()
    stops: list[Stop] = []

    def arrive(place: str, ident: str, chapter: str, accepted: set[str]) -> Stop:
        """Meet the gate, if one stands, and answer Continue."""
        gate = None
        if ex.screen() == "gateScreen":
            gate = visible_text(ex.window)
            tap_name(ex.window, "gateContinue")
        stop = Stop(place, ident, chapter, frozenset(accepted), gate, ex.screen(), "")
        stops.append(stop)
        return stop

    for index, row in enumerate(rows):
        chapter = row["chapterId"]
        ex.services.care.forget()  # a new visitor for every chapter
        accepted: set[str] = set()
        open_from_card(ex, chapter, index)
        stop = arrive("chapter", chapter, chapter, accepted)
        if stop.gate is not None:
            accepted |= chapter_tags.get(chapter, set())
        if stop.screen != "chapterScreen":
            continue
        stop.text = "\n".join(walk_sections(ex, stop.images))
        stop.sharp_warned = sharp_warned(ex, stop.images)

        sections = ex.services.exhibit.chapter.sections.rows()
        for position, s in enumerate(sections):
            if not s["hasDetail"] or s["sectionId"] not in details:
                continue
            lst = find(current_screen(ex.window), "chapterList")
            qml(ex.engine, lst, f"positionViewAtIndex({position}, 0)")
            frame(ex.window)
            section = find(current_screen(ex.window), f"section_{s['sectionId']}")
            button = find(section, "detailButton")
            scroll_into_view(lst, button)
            tap(ex.window, button)
            stop = arrive("detail", s["sectionId"], chapter, accepted)
            if stop.gate is not None:
                accepted |= section_detail_tags.get(s["sectionId"], set())
            if stop.screen != "chapterScreen":
                continue
            lst = find(current_screen(ex.window), "chapterList")
            qml(ex.engine, lst, f"positionViewAtIndex({position}, 0)")
            frame(ex.window)
            section = find(current_screen(ex.window), f"section_{s['sectionId']}")
            scroll_into_view(lst, find(section, "sectionDetail"))
            stop.text = visible_text(ex.window)

        for event in ex.services.exhibit.event_rows():
            open_event(ex, event["eventId"])
            stop = arrive("event", event["eventId"], chapter, accepted)
            if stop.gate is not None:
                accepted |= event_tags.get(event["eventId"], set())
            if stop.screen == "eventScreen":
                stop.text = read_event(ex, stop.images)
                stop.sharp_warned = sharp_warned(ex, stop.images)
            call(ex.nav, "back")
            frame(ex.window)
    return Walk(db, [r["chapterId"] for r in rows], stops)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(scope="module")
def museum_walk(qapp: Any, real_db: Path) -> Iterator[Walk]:
    """The one walk through the real content (Qt warnings during it fail the first test
    that reads it, as they would fail any test)."""
    logged = _Collect()
    logging.getLogger().addHandler(logged)
    ex = open_exhibit(real_db, profile="museum")
    try:
        walk = _walk_museum(ex, real_db)
    finally:
        logging.getLogger().removeHandler(logged)
        close_exhibits(qapp, [ex])
    if logged.records:
        lines = [f"{r.levelname} {r.name}: {r.getMessage()}" for r in logged.records[:5]]
        pytest.fail("logged during the walk:\n" + "\n".join(lines), pytrace=False)
    yield walk


def test_the_walk_reached_every_chapter_detail_layer_and_event(museum_walk: Walk) -> None:
    conn = sqlite3.connect(f"file:{museum_walk.db}?mode=ro", uri=True)
    chapters = [c for (c,) in conn.execute("SELECT id FROM chapters ORDER BY position")]
    events = {e for (e,) in conn.execute("SELECT id FROM events")}
    conn.close()
    assert museum_walk.chapters == chapters  # the museum lists every chapter
    assert [s.ident for s in museum_walk.at("chapter")] == chapters
    assert {s.ident for s in museum_walk.at("event")} == events
    assert len(museum_walk.at("detail")) >= 5  # the real content has detail layers
    expected = {"chapter": "chapterScreen", "detail": "chapterScreen", "event": "eventScreen"}
    assert [(s.ident, s.screen) for s in museum_walk.stops if s.screen != expected[s.place]] == []


def test_every_tagged_chapter_has_a_gate_and_no_untagged_one(museum_walk: Walk) -> None:
    chapter_tags = tags(museum_walk.db, "chapter")
    stops = museum_walk.at("chapter")
    assert all(not s.accepted for s in stops)  # each chapter opened by a new visitor
    gated = {s.ident for s in stops if s.gate is not None}
    assert gated == {s.ident for s in stops if chapter_tags.get(s.ident)}
    assert gated and len(gated) < len(stops)  # the real content has both kinds


def test_a_gate_names_what_is_ahead_and_shows_none_of_it(museum_walk: Walk) -> None:
    bodies = snippets(museum_walk.db, "body")
    details = snippets(museum_walk.db, "detail")
    said = phrases(museum_walk.db)
    chapter_tags = tags(museum_walk.db, "chapter")
    for stop in museum_walk.at("chapter"):
        if stop.gate is None:
            continue
        assert not [b for b in bodies.values() if b in stop.gate], stop.ident
        for tag in chapter_tags[stop.ident]:
            assert said[tag] in stop.gate, (stop.ident, tag)
    for stop in museum_walk.at("detail"):
        assert stop.gate is not None, stop.ident  # the detail layer always has its gate
        assert details[stop.ident] not in stop.gate, stop.ident
        assert details[stop.ident] in stop.text, stop.ident  # and opens behind it
    conn = sqlite3.connect(f"file:{museum_walk.db}?mode=ro", uri=True)
    summaries = dict(
        conn.execute("SELECT id, text FROM events_text WHERE field = 'summary' AND lang = 'en'")
    )
    conn.close()
    for stop in museum_walk.at("event"):
        if stop.gate is not None:
            opening = text.FIG_REF.split(summaries[stop.ident])[0][:40]
            assert opening not in stop.gate, stop.ident


def test_an_event_gate_stands_where_its_tags_were_not_yet_accepted(museum_walk: Walk) -> None:
    event_tags = tags(museum_walk.db, "event")
    stops = museum_walk.at("event")
    for stop in stops:
        unaccepted = event_tags.get(stop.ident, set()) - stop.accepted
        assert (stop.gate is not None) == bool(unaccepted), (stop.ident, unaccepted)
    # tagged events whose tags the chapter's gate had already asked about open directly
    assert any(s.gate is None and event_tags.get(s.ident) for s in stops)


def test_chapters_show_their_sections_and_no_detail_until_it_is_asked_for(
    museum_walk: Walk,
) -> None:
    bodies = snippets(museum_walk.db, "body")
    details = snippets(museum_walk.db, "detail")
    conn = sqlite3.connect(f"file:{museum_walk.db}?mode=ro", uri=True)
    chapter_of = dict(conn.execute("SELECT id, chapter_id FROM sections"))
    conn.close()
    for stop in museum_walk.at("chapter"):
        own = [b for s, b in bodies.items() if chapter_of[s] == stop.ident]
        assert not own or any(b in stop.text for b in own), stop.ident
        assert not [d for d in details.values() if d in stop.text], stop.ident
    for stop in museum_walk.at("event"):
        assert not [d for d in details.values() if d in stop.text], stop.ident


def test_no_warned_image_is_drawn_sharp_before_the_visitor_taps_show(museum_walk: Walk) -> None:
    assert [(s.ident, s.sharp_warned) for s in museum_walk.stops if s.sharp_warned] == []
    # the walk saw the chapters' pictures (the small content has the warned ones)
    assert {m for s in museum_walk.stops for m, _ in s.images}
