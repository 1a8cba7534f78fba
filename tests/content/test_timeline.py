"""Timeline maths without Qt: positions, zoom that keeps its focus, lanes that never overlap."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.content import timeline as tl


def test_dates_and_positions_round_trip() -> None:
    scale = tl.Scale(3, 1920)
    day = dt.date(1941, 6, 22)
    assert scale.date(scale.x(day)) == day
    assert scale.x(tl.START) == 0
    assert abs(scale.width - tl.TOTAL_DAYS * scale.px_per_day) < 1e-6


def test_whole_period_fits_the_screen() -> None:
    assert abs(tl.Scale(0, 1920).width - 1920) < 1e-6


@given(
    st.integers(0, len(tl.LEVELS) - 1),
    st.integers(0, len(tl.LEVELS) - 1),
    st.dates(tl.START, tl.END - dt.timedelta(days=1)),
    st.floats(100, 1800),
)
def test_zoom_keeps_the_focused_date_in_place(
    old: int, new: int, day: dt.date, view_x: float
) -> None:
    scale = tl.Scale(old, 1920)
    focus_x = scale.x(day)
    new_scale, content_x = tl.rezoom(scale, new, focus_x, view_x)
    # the same date sits under the same spot of the view (unless clamped at an end)
    if 0 < content_x < new_scale.width - new_scale.viewport:
        assert abs(new_scale.date(content_x + view_x) - day) <= dt.timedelta(days=1)


events = st.lists(
    st.builds(
        lambda i, d, n: tl.Dated(f"e{i}", d, d + dt.timedelta(days=n)),
        st.integers(0, 10_000),
        st.dates(tl.START, dt.date(2024, 1, 1)),
        st.integers(0, 2000),
    ),
    max_size=300,
    unique_by=lambda e: e.id,
)


@settings(max_examples=150, deadline=None)
@given(events, st.integers(0, len(tl.LEVELS) - 1), st.integers(2, 6))
def test_cards_never_overlap_and_nothing_is_lost(
    evs: list[tl.Dated], level: int, lanes: int
) -> None:
    card = 300.0
    placed = tl.layout(evs, tl.Scale(level, 1920), card, lanes)
    by_lane: dict[int, list[float]] = {}
    for p in placed:
        assert 0 <= p.lane < lanes
        by_lane.setdefault(p.lane, []).append(p.x)
    for xs in by_lane.values():
        xs.sort()
        assert all(b - a >= card for a, b in itertools.pairwise(xs))
    assert sum(p.count for p in placed) == len(evs)
    shown = {p.id for p in placed if p.count == 1} | {m for p in placed for m in p.members}
    assert shown == {e.id for e in evs}


def test_window_holds_only_what_is_near() -> None:
    evs = [tl.Dated(f"e{y}", dt.date(y, 6, 1), dt.date(y, 6, 1)) for y in range(1918, 2025)]
    scale = tl.Scale(4, 1920)  # about one year per screen
    placed = tl.layout(evs, scale, 300, 4)
    xs = [p.x for p in placed]
    left = scale.x(dt.date(1941, 1, 1))
    near = tl.window(placed, xs, left, left + 1920, 300)
    assert [p.id for p in near] == ["e1941"]


def test_ticks_follow_the_zoom() -> None:
    years = tl.ticks(tl.Scale(0, 1920), 0, 1920)
    assert [y for _, y, _ in years][:3] == [1920, 1930, 1940]
    months = tl.ticks(
        tl.Scale(5, 1920),
        tl.Scale(5, 1920).x(dt.date(1941, 1, 1)),
        tl.Scale(5, 1920).x(dt.date(1941, 4, 15)),
    )
    assert [(y, m) for _, y, m in months] == [(1941, 1), (1941, 2), (1941, 3), (1941, 4)]
