"""The profile rules as promises, by tapping through the screens.

The real content is walked once, in the museum profile, by a visitor who opens every
chapter from its card (as a new visitor each time), scrolls through every section, opens
every detail layer and taps every event; the walk records what each screen showed and
the tests below judge that record. The classroom and under-14 profiles withhold more of
the same screens: they are walked on the small test content, whose chapters carry a
detail layer, warned and graphic images and tagged events, and their rules are unit
tests of ``kiosk.content.policy`` too.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from kiosk.app.screenshots import call, settle
from kiosk.content import text
from tests.conftest import Running, close_exhibits, open_exhibit
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

# the tests that read the one walk of the real content share a worker when run in parallel
pytestmark = pytest.mark.xdist_group("real-content-walk")


def snippets(db: Path, field: str) -> dict[str, str]:
    """A recognisable piece (before any figure) of every English section text of a field."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = conn.execute(
        "SELECT id, text FROM sections_text WHERE field = ? AND lang = 'en'", (field,)
    ).fetchall()
    conn.close()
    return {
        i: text.FIG_REF.split(t)[0][:50] for i, t in rows if len(text.FIG_REF.split(t)[0]) >= 20
    }


def tags(db: Path, table: str, layer: str = "main") -> dict[str, set[str]]:
    """The warning tags of every chapter, section or event, read from the database itself
    (``table`` is chapter, section or event)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    out: dict[str, set[str]] = {}
    for ident, tag in conn.execute(
        f"SELECT {table}_id, warning_id FROM {table}_warnings WHERE layer = ?", (layer,)
    ):
        out.setdefault(ident, set()).add(tag)
    conn.close()
    return out


def phrases(db: Path) -> dict[str, str]:
    """What a gate says each tag concerns, in English."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = conn.execute(
        "SELECT id, text FROM warnings_text WHERE field = 'phrase' AND lang = 'en'"
    ).fetchall()
    conn.close()
    return dict(rows)


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
    media_tags = ex.services.exhibit.repository.media_tags()
    return {m for m, variant in seen if variant == "display" and media_tags.get(m)}


def open_from_card(ex: Any, chapter_id: str, index: int) -> None:
    call(ex.nav, "home")
    call(ex.nav, "chapters")
    settle()
    grid = find(current_screen(ex.window), "chapterGrid")
    qml(ex.engine, grid, f"positionViewAtIndex({index}, 0)")  # GridView.Beginning
    settle()
    tap_name(ex.window, f"chapterCard_{chapter_id}")


def walk_sections(ex: Any, images: set[tuple[str, str]]) -> list[str]:
    """Scroll the chapter through every section; return the text seen at each stop (and
    add the images drawn to ``images``)."""
    lst = find(current_screen(ex.window), "chapterList")
    seen = [visible_text(ex.window)]
    images |= visible_images(ex)
    for i in range(qml(ex.engine, lst, "count")):
        qml(ex.engine, lst, f"positionViewAtIndex({i}, 0)")  # ListView.Beginning
        settle(20)
        seen.append(visible_text(ex.window))
        images |= visible_images(ex)
        section = current_screen(ex.window)
        for figure in [x for x in items(section) if x.objectName().startswith("image_")]:
            scroll_into_view(lst, figure)  # each image in full view, as a visitor sees it
            images |= visible_images(ex)
            seen.append(visible_text(ex.window))
        qml(ex.engine, lst, f"positionViewAtIndex({i}, 0)")
    qml(ex.engine, lst, "positionViewAtEnd()")
    settle(20)
    seen.append(visible_text(ex.window))
    images |= visible_images(ex)
    return seen


def open_event(ex: Any, event_id: str) -> None:
    """Tap an event in the chapter's list of dates."""
    screen = current_screen(ex.window)
    item = find(screen, f"eventRow_{event_id}")
    dates = find(screen, "chapterEvents").property("item")
    scroll_into_view(
        dates if dates.inherits("QQuickFlickable") else find(screen, "chapterList"), item
    )
    tap(ex.window, item)


def read_event(ex: Any, images: set[tuple[str, str]]) -> str:
    """The text of the event card, every image on it scrolled into view."""
    flick = find(current_screen(ex.window), "eventFlick")
    images |= visible_images(ex)
    for figure in [
        x for x in items(current_screen(ex.window)) if x.objectName().startswith("image_")
    ]:
        scroll_into_view(flick, figure)
        images |= visible_images(ex)
    return visible_text(ex.window)


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
            settle(20)
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
            settle(20)
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
            settle(20)
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
        if row["chapterId"] == "north":  # its section carries the graphic test picture
            expected = {("test-graphic", "blur")} if profile == "museum" else set()
            assert drawn == expected, profile


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
