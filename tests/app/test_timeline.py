"""The timeline's view model on the real content, without QML: what it opens on, what a
zoom, a resize or another language keeps, and the list for a crowd no zoom can part."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from kiosk.app.config import KioskConfig
from kiosk.app.exhibit import Exhibit
from kiosk.app.main import load_fonts
from kiosk.app.timeline import Timeline
from kiosk.content import timeline as tl


@pytest.fixture
def timeline(qapp: Any, real_db: Path) -> Timeline:
    load_fonts()
    t = Timeline(Exhibit(real_db, KioskConfig()))
    t.setViewport(0.0, 1920.0, 560.0)
    return t


def moves(t: Timeline) -> list[tuple[float, float, float]]:
    seen: list[tuple[float, float, float]] = []
    t.moved.connect(lambda x, scale, offset: seen.append((x, scale, offset)))
    return seen


def test_it_opens_on_1939_to_1945_without_moving(timeline: Timeline) -> None:
    seen = moves(timeline)
    timeline.showOpening()
    first, last = timeline.shown_dates()
    assert dt.date(1938, 6, 1) <= first <= dt.date(1939, 1, 1)
    assert dt.date(1945, 12, 31) <= last <= dt.date(1947, 12, 31)
    assert seen[-1][1:] == (1.0, 0.0)  # the first frame is drawn in place
    left, width = timeline.view()
    shown = [p for p in timeline.placed() if left <= p.x and p.x + timeline._card <= left + width]
    singles = [p for p in shown if p.count == 1]
    assert len(singles) >= 2 * (len(shown) - len(singles)) >= 2


def test_a_zoom_keeps_the_date_under_the_finger_and_animates(timeline: Timeline) -> None:
    timeline.showOpening()
    seen = moves(timeline)
    left, _ = timeline.view()
    under = timeline.scale().date(left + 500)
    before = timeline.scale().days
    timeline.zoomBy(2.0, left, 500)
    left, _ = timeline.view()
    assert abs((timeline.scale().date(left + 500) - under).days) <= 1
    assert timeline.scale().days == pytest.approx(before / 2)
    x, scale, _offset = seen[-1]
    assert scale == pytest.approx(0.5) and x == left  # drawn first as it was, then moved


def test_a_turned_screen_shows_the_same_years(timeline: Timeline) -> None:
    timeline.showOpening()
    timeline.setViewport(0.0, 1080.0, 1300.0)
    first, last = timeline.shown_dates()
    # the same war years, with the margins a narrower screen needs for its cards
    assert first <= dt.date(1939, 1, 1) and last >= dt.date(1945, 12, 31)
    assert first.year >= 1937 and last.year <= 1948


def test_another_language_keeps_the_dates_and_speaks_it(timeline: Timeline) -> None:
    timeline.fitEra("german-soviet-war")
    dates = timeline.shown_dates()
    assert dates[0] <= dt.date(1941, 1, 1) and dates[1] >= dt.date(1945, 12, 31)
    timeline._exhibit.setLanguage("de")
    timeline.reload()
    assert timeline.shown_dates() == dates
    german = {e.id: e.title.text for e in timeline._exhibit.repository.events("de")}
    rows = [r for r in timeline._items.rows() if not r["isCluster"]]
    assert rows and all(r["title"] == german[r["itemId"]] for r in rows)
    english = {e.id: e.title.text for e in timeline._exhibit.repository.events("en")}
    assert any(r["title"] != english[r["itemId"]] for r in rows)


def test_a_crowd_of_one_day_is_listed(timeline: Timeline) -> None:
    """On a window with room for one row of cards, the deportations of 14 June 1941 stay
    a cluster at the closest zoom: tapping it lists them, with their dates."""
    timeline.setViewport(0.0, 1366.0, 150.0)
    timeline.showDates("1941-06-10", "1941-06-20")
    day = dt.date(1941, 6, 14)
    crowd = next(
        p for p in timeline.placed()
        if p.count > 1 and day in {timeline._by_id[m].date.start for m in p.members}
    )  # fmt: skip
    assert not timeline.openCluster(crowd.id)
    assert timeline.scale().days == tl.MIN_DAYS
    rows = timeline._cluster_events.rows()
    assert [r["eventId"] for r in rows] == list(crowd.members)
    assert "14 June 1941" in [r["dateLabel"] for r in rows]


def test_a_cluster_with_room_opens_on_its_events(timeline: Timeline) -> None:
    timeline.showOpening()
    left, width = timeline.view()
    cluster = next(p for p in timeline.placed() if p.count > 1 and left <= p.x < left + width)
    assert timeline.openCluster(cluster.id)
    left, width = timeline.view()
    card = timeline._card
    whole = [p for p in timeline.placed() if left <= p.x + 1 and p.x + card <= left + width + 1]
    shown = {m for p in whole for m in (p.members or (p.id,))}
    assert set(cluster.members) <= shown


def test_a_flick_keeps_the_cards_that_stay(timeline: Timeline, qtmodeltester: Any) -> None:
    """Sliding the window removes and makes only the cards that leave and enter: those
    that stay are not made again (a visitor's flick does not stutter)."""
    model = timeline._items
    qtmodeltester.check(model)
    timeline.showOpening()
    before = model.rows()
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    left, width = timeline.view()
    timeline.setViewport(left + width * 0.8, width, 560.0)  # near the window's edge
    after = model.rows()
    assert after != before and not resets
    kept = [r for r in before if r in after]
    assert kept and after[after.index(kept[0]) : after.index(kept[0]) + len(kept)] == kept
    placed = timeline.placed()
    new_left = left + width * 0.8
    near = tl.window(
        placed, [p.x for p in placed], new_left - width, new_left + 2 * width, timeline._card
    )
    assert [r["itemId"] for r in after] == [p.id for p in near]
    qtmodeltester.check(model)


def test_thousands_of_events_fold_as_safely(timeline: Timeline) -> None:
    """With many events, clusters are laid out at a height that fits any date: the cards
    still never overlap, and each cluster is drawn as tall as its own text."""
    timeline.EXACT_UP_TO = 0  # as for a database of thousands of events
    timeline.setViewport(0.0, 1366.0, 300.0)
    timeline.showOpening()
    placed = timeline.placed()
    clusters = [p for p in placed if p.count > 1]
    assert clusters
    for p in clusters:
        assert p.height == timeline._cluster_height(p.members)
    for i, a in enumerate(placed):
        assert a.top + a.height <= 300
        for b in placed[i + 1 :]:
            apart_x = a.x + timeline._card <= b.x or b.x + timeline._card <= a.x
            apart_y = a.top + a.height <= b.top or b.top + b.height <= a.top
            assert apart_x or apart_y, (a.id, b.id)


def test_a_room_seen_before_shows_the_same_cards_again(timeline: Timeline, real_db: Path) -> None:
    """Each opening lays the cards out at the room the screen expects, then at the room
    it got: a layout kept from before is the one a fresh layout would make."""
    timeline.showOpening()
    roomy = timeline.placed()
    timeline.setViewport(timeline.view()[0], 1920.0, 200.0)  # a lane for one row of cards
    tight = timeline.placed()
    assert sum(p.count > 1 for p in tight) > sum(p.count > 1 for p in roomy)
    timeline.setViewport(timeline.view()[0], 1920.0, 560.0)
    assert timeline.placed() == roomy
    fresh = Timeline(Exhibit(real_db, KioskConfig()))
    fresh.setViewport(0.0, 1920.0, 560.0)
    fresh.showOpening()
    assert fresh.placed() == roomy
