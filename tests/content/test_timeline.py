"""Timeline maths without Qt: positions, zoom that keeps its focus, fitting a span, and
cards that never overlap, never leave the room, and fold only into honest clusters."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.content import dates
from kiosk.content import timeline as tl

CARD = 300.0
GAP = 8.0


def test_dates_and_positions_round_trip() -> None:
    scale = tl.Scale.at_level(3, 1920)
    day = dt.date(1941, 6, 22)
    assert scale.date(scale.x(day)) == day
    assert scale.x(tl.START) == 0
    assert abs(scale.width - tl.TOTAL_DAYS * scale.px_per_day) < 1e-6


def test_whole_period_fits_the_screen() -> None:
    assert abs(tl.Scale(tl.MAX_DAYS, 1920).width - 1920) < 1e-6
    assert tl.Scale(tl.MAX_DAYS, 1920).level == 0
    assert tl.Scale.at_level(4, 1920).level == 4


@given(
    st.floats(tl.MIN_DAYS, tl.MAX_DAYS),
    st.floats(0.2, 5),
    st.dates(tl.START, tl.END - dt.timedelta(days=1)),
    st.floats(100, 1800),
)
def test_zoom_keeps_the_focused_date_in_place(
    days: float, factor: float, day: dt.date, view_x: float
) -> None:
    scale = tl.Scale(days, 1920)
    new_scale, content_x = tl.zoom(scale, days / factor, scale.x(day), view_x)
    assert tl.MIN_DAYS <= new_scale.days <= tl.MAX_DAYS
    # the same date sits under the same spot of the view (unless clamped at an end)
    if 0 < content_x < new_scale.width - new_scale.viewport:
        assert abs(new_scale.date(content_x + view_x) - day) <= dt.timedelta(days=1)


@given(
    st.dates(tl.START, dt.date(2024, 1, 1)),
    st.integers(60, 20_000),
    st.sampled_from([1080.0, 1366.0, 1920.0]),
)
def test_fit_shows_the_span_between_its_margins(start: dt.date, days: int, viewport: float) -> None:
    end = min(start + dt.timedelta(days=days), tl.END - dt.timedelta(days=1))
    lead, trail = 124.0, 324.0
    scale, x = tl.fit(start, end, viewport, lead, trail)
    first, last = scale.x(start) - x, scale.x(end) - x
    if 0 < x < scale.width + trail - viewport and scale.days < tl.MAX_DAYS:
        assert first >= lead - 1 and last <= viewport - trail + 1
        if scale.days > tl.MIN_DAYS:  # not zoomed in as far as it goes: it fills the room
            assert abs(first - lead) < 2 and abs(last + scale.px_per_day - (viewport - trail)) < 2


def test_the_opening_span_is_the_second_world_war() -> None:
    scale, x = tl.fit(*tl.OPENING, 1920, 124, 324)
    assert scale.date(x + 124) == dt.date(1939, 1, 1)
    assert scale.date(x + 1920 - 324) == dt.date(1946, 1, 1)


def heights(members: Sequence[tl.Dated]) -> float:
    return 90.0


events = st.lists(
    st.builds(
        lambda i, d, n, h: tl.Dated(f"e{i}", d, d + dt.timedelta(days=n), h),
        st.integers(0, 10_000),
        st.dates(tl.START, dt.date(2024, 1, 1)),
        st.sampled_from([0, 0, 1, 30, 364, 2000]),
        st.sampled_from([70.0, 106.0, 142.0, 178.0]),
    ),
    max_size=200,
    unique_by=lambda e: e.id,
)


@settings(max_examples=150, deadline=None)
@given(events, st.floats(tl.MIN_DAYS, tl.MAX_DAYS), st.sampled_from([200.0, 450.0, 1300.0]))
def test_cards_never_overlap_stay_in_the_room_and_nothing_is_lost(
    evs: list[tl.Dated], days: float, room: float
) -> None:
    scale = tl.Scale(days, 1920)
    placed = tl.layout(evs, scale, CARD, room, heights, GAP)
    for a, b in itertools.combinations(placed, 2):
        apart_x = a.x + CARD + GAP <= b.x + 1e-6 or b.x + CARD + GAP <= a.x + 1e-6
        apart_y = a.top + a.height + GAP <= b.top or b.top + b.height + GAP <= a.top
        assert apart_x or apart_y, (a, b)
    for p in placed:
        assert p.top + p.height <= room
    assert sum(p.count for p in placed) == len(evs)
    shown = {p.id for p in placed if p.count == 1} | {m for p in placed for m in p.members}
    assert shown == {e.id for e in evs}


@settings(max_examples=150, deadline=None)
@given(events, st.floats(tl.MIN_DAYS, tl.MAX_DAYS))
def test_a_card_stands_by_its_date(evs: list[tl.Dated], days: float) -> None:
    scale = tl.Scale(days, 1920)
    by_id = {e.id: e for e in evs}
    for p in tl.layout(evs, scale, CARD, 450, heights, GAP):
        if p.count == 1:
            e = by_id[p.id]
            assert p.anchor == scale.x(e.start)
            # a third of a card before its date at most, and after it only within its span
            assert p.anchor - CARD * tl.SLACK - 1e-6 <= p.x <= max(p.anchor, scale.x(e.end))
        else:
            first, last = by_id[p.members[0]], by_id[p.members[-1]]
            assert p.anchor - CARD * tl.SLACK - 1e-6 <= p.x <= scale.x(last.start) + 1e-6
            assert p.anchor == scale.x(first.start)


@settings(max_examples=150, deadline=None)
@given(events, st.floats(tl.MIN_DAYS, tl.MAX_DAYS))
def test_a_cluster_holds_every_event_dated_within_it(evs: list[tl.Dated], days: float) -> None:
    by_id = {e.id: e for e in evs}
    for p in tl.layout(evs, tl.Scale(days, 1920), CARD, 200, heights, GAP):
        if p.count > 1:
            first, last = by_id[p.members[0]].start, by_id[p.members[-1]].start
            within = {e.id for e in evs if first <= e.start <= last}
            assert within == set(p.members)


def test_room_for_every_event_means_no_cluster() -> None:
    evs = [tl.Dated(f"e{i}", dt.date(1941, 6, 14), dt.date(1941, 6, 14), 100) for i in range(5)]
    placed = tl.layout(evs, tl.Scale(tl.MIN_DAYS, 1920), CARD, 5 * 108, heights, GAP)
    assert [p.count for p in placed] == [1] * 5
    placed = tl.layout(evs, tl.Scale(tl.MIN_DAYS, 1920), CARD, 3 * 108, heights, GAP)
    assert [p.count for p in placed] == [5]  # one day cannot be parted: one cluster


def test_a_year_long_event_makes_room_within_its_year() -> None:
    """Events known only to the year share it: at a close zoom they stand side by side."""
    year = [tl.Dated(f"e{i}", dt.date(1945, 1, 1), dt.date(1945, 12, 31), 100) for i in range(4)]
    placed = tl.layout(year, tl.Scale(365.25, 1920), CARD, 108, heights, GAP)
    assert [p.count for p in placed] == [1, 1, 1, 1]
    assert len({p.top for p in placed}) == 1


def test_window_holds_only_what_is_near() -> None:
    evs = [tl.Dated(f"e{y}", dt.date(y, 6, 1), dt.date(y, 6, 1)) for y in range(1918, 2025)]
    scale = tl.Scale.at_level(4, 1920)  # about one year per screen
    placed = tl.layout(evs, scale, CARD, 450, heights)
    xs = [p.x for p in placed]
    left = scale.x(dt.date(1941, 1, 1))
    near = tl.window(placed, xs, left, left + 1920, CARD)
    assert [p.id for p in near] == ["e1941"]


def test_ticks_follow_the_zoom() -> None:
    years = tl.ticks(tl.Scale(tl.MAX_DAYS, 1920), 0, 1920, 150, 150)
    assert [y for _, y, _ in years][:3] == [1920, 1930, 1940]
    scale = tl.Scale(120, 1920)
    months = tl.ticks(scale, scale.x(dt.date(1941, 1, 1)), scale.x(dt.date(1941, 4, 15)), 150)
    yearly = tl.ticks(tl.Scale(3650, 1920), 0, 1e6, 180, 100)
    assert {m for _, _, m in yearly} == {1}  # years, not quarters, once quarters crowd
    assert [(y, m) for _, y, m in months] == [(1941, 1), (1941, 2), (1941, 3), (1941, 4)]
    for ticks in (years, months):
        assert all(b[0] - a[0] >= 150 for a, b in itertools.pairwise(ticks))


def day(iso: str, precision: str = "day", end: str | None = None) -> dates.EventDate:
    start = dt.date.fromisoformat(iso)
    last = dt.date.fromisoformat(end) if end else start
    return dates.EventDate(iso, start, last, precision, is_range=end is not None)


def test_a_cluster_is_dated_no_more_precisely_than_its_members() -> None:
    def label(first: dates.EventDate, last: dates.EventDate) -> str:
        return dates.label(tl.cluster_date(first, last))

    assert label(day("1941-06-14"), day("1941-06-22")) == "14–22 June 1941"
    assert label(day("1941-06-14"), day("1941-06-14")) == "14 June 1941"
    assert label(day("1941-06-14"), day("1941-08-01")) == "June–August 1941"
    assert label(day("1941-06-01", "month"), day("1941-06-22")) == "June 1941"
    assert label(day("1941-11-01"), day("1942-02-10")) == "November 1941 – February 1942"
    assert label(day("1941-12-01"), day("1942-02-10")) == "winter 1941–42"
    assert label(day("1940-01-01", "year"), day("1945-05-01")) == "1940–1945"
    assert label(day("1945-01-01", "year"), day("1945-08-14")) == "1945"
