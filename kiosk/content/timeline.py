"""Timeline maths: dates to positions, zoom levels, and lanes that keep labels apart. No Qt.

The timeline is a horizontal axis from 1917 to 2025. An event sits at the start of its
date; a range or a season also has a span. Each event's label is a card of fixed width,
and cards are put in lanes so that no two overlap; where the lanes run out, the rest
become a cluster marker that shows how many events it holds.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

START = dt.date(1917, 1, 1)
END = dt.date(2026, 1, 1)
TOTAL_DAYS = (END - START).days

# Zoom levels: how much time one screen width shows, widest first.
LEVELS = (
    ("whole", TOTAL_DAYS),
    ("decades", 365.25 * 30),
    ("decade", 365.25 * 10),
    ("years", 365.25 * 3),
    ("year", 365.25),
    ("months", 365.25 / 4),
)


@dataclass(frozen=True)
class Scale:
    """Pixels per day for one zoom level on a viewport of a given width."""

    level: int
    viewport: float

    @property
    def px_per_day(self) -> float:
        return self.viewport / LEVELS[self.level][1]

    @property
    def width(self) -> float:
        return TOTAL_DAYS * self.px_per_day

    def x(self, date: dt.date) -> float:
        return (date - START).days * self.px_per_day

    def date(self, x: float) -> dt.date:
        days = max(0, min(TOTAL_DAYS - 1, round(x / self.px_per_day)))
        return START + dt.timedelta(days=days)


def clamp_level(level: int) -> int:
    return max(0, min(len(LEVELS) - 1, level))


def rezoom(old: Scale, new_level: int, focus_x: float, view_x: float) -> tuple[Scale, float]:
    """The new scale, and the content x that keeps the focused date under the same spot.

    ``focus_x`` is the content position being looked at (e.g. the centre of the view),
    ``view_x`` its offset from the left edge of the view.
    """
    new = Scale(clamp_level(new_level), old.viewport)
    focus_date_days = focus_x / old.px_per_day
    new_focus_x = focus_date_days * new.px_per_day
    content_x = max(0.0, min(new.width - new.viewport, new_focus_x - view_x))
    return new, content_x


@dataclass(frozen=True)
class Placed:
    """An event or a cluster laid out on the axis."""

    id: str  # event id, or "cluster:<first event id>"
    x: float
    span: float  # width of the dated span (0 for a day)
    lane: int
    count: int = 1  # events in a cluster
    members: tuple[str, ...] = ()


@dataclass(frozen=True)
class Dated:
    id: str
    start: dt.date
    end: dt.date


def layout(
    events: Sequence[Dated], scale: Scale, card: float, lanes: int, gap: float = 8.0
) -> list[Placed]:
    """Lay cards out left to right; a card goes to the first lane free at its x.

    A card that finds no free lane joins a cluster in the last lane, so labels never
    overlap at any zoom level.
    """
    ordered = sorted(events, key=lambda e: (e.start, e.end, e.id))
    free_at = [float("-inf")] * lanes
    placed: list[Placed] = []
    cluster: list[Dated] = []
    cluster_x = 0.0

    def close_cluster() -> None:
        nonlocal cluster
        if cluster:
            placed.append(
                Placed(
                    f"cluster:{cluster[0].id}",
                    cluster_x,
                    0.0,
                    lanes - 1,
                    len(cluster),
                    tuple(e.id for e in cluster),
                )
            )
            free_at[lanes - 1] = cluster_x + card + gap
            cluster = []

    ppd = scale.px_per_day
    for e in ordered:
        x = (e.start - START).days * ppd
        span = ((e.end - e.start).days + 1) * ppd
        for lane in range(lanes - 1):
            if free_at[lane] <= x:
                free_at[lane] = x + card + gap
                placed.append(Placed(e.id, x, span, lane))
                break
        else:
            if cluster and x < cluster_x + card + gap:
                cluster.append(e)
                continue
            close_cluster()
            if free_at[lanes - 1] <= x:
                cluster = [e]
                cluster_x = x
            else:
                # the last lane is still busy: join the previous cluster's place
                cluster = [e]
                cluster_x = free_at[lanes - 1]
    close_cluster()
    # a "cluster" of one is just an event
    return [
        Placed(p.members[0], p.x, 0.0, p.lane) if p.count == 1 and p.members else p for p in placed
    ]


def window(
    placed: Sequence[Placed], xs: Sequence[float], left: float, right: float, card: float
) -> list[Placed]:
    """The placements visible between ``left`` and ``right`` (``xs`` sorted, as ``placed``)."""
    lo = bisect.bisect_left(xs, left - card)
    hi = bisect.bisect_right(xs, right)
    return [p for p in placed[lo:hi] if p.x + max(card, p.span) >= left]


def ticks(scale: Scale, left: float, right: float) -> list[tuple[float, int, int]]:
    """Axis ticks (x, year, month) between two content positions, spaced for the level."""
    step_months = {0: 120, 1: 60, 2: 12, 3: 12, 4: 3, 5: 1}[scale.level]
    first = scale.date(max(0.0, left))
    month_index = first.year * 12 + (first.month - 1)
    month_index -= month_index % step_months
    out = []
    while True:
        y, m = divmod(month_index, 12)
        d = dt.date(y, m + 1, 1)
        if d >= END:
            break
        x = scale.x(d)
        if x > right:
            break
        if x >= left - 1 and d >= START:
            out.append((x, y, m + 1))
        month_index += step_months
    return out
