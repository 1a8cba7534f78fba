"""Timeline maths: dates to positions, zoom, fitting a span, and a layout of cards. No Qt.

The axis runs from 1917 to 2025. A scale says how many days one view width shows, from
the whole period down to a month; zooming keeps a chosen date under the same spot. Each
event is a card as wide as the screen's card width and as tall as its text; cards are
stacked so that none overlap. Where the room runs out, the events of that moment fold
into one cluster card that holds every event dated between its first and last member,
so fitting the view to those dates shows exactly the cluster's events.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .dates import EventDate

START = dt.date(1917, 1, 1)
END = dt.date(2026, 1, 1)
TOTAL_DAYS = (END - START).days

# The closest zoom shows about a month across the view; the widest, the whole period.
MIN_DAYS = 30.0
MAX_DAYS = float(TOTAL_DAYS)

# What the timeline opens on: the Second World War, where most of the exhibit's events are.
OPENING = (dt.date(1939, 1, 1), dt.date(1945, 12, 31))

# How far a card may stand before its date, in card widths (to make room for others).
SLACK = 1 / 3

# Named zoom levels: how much time one view width shows, widest first.
LEVELS = (
    ("whole", float(TOTAL_DAYS)),
    ("decades", 365.25 * 30),
    ("decade", 365.25 * 10),
    ("years", 365.25 * 3),
    ("year", 365.25),
    ("months", 365.25 / 4),
)


def clamp_days(days: float) -> float:
    return max(MIN_DAYS, min(MAX_DAYS, days))


def clamp_level(level: int) -> int:
    return max(0, min(len(LEVELS) - 1, level))


@dataclass(frozen=True)
class Scale:
    """Pixels per day when ``days`` of time fill a view ``viewport`` pixels wide."""

    days: float
    viewport: float

    @classmethod
    def at_level(cls, level: int, viewport: float) -> Scale:
        return cls(LEVELS[clamp_level(level)][1], viewport)

    @property
    def px_per_day(self) -> float:
        return self.viewport / self.days

    @property
    def width(self) -> float:
        """The length of the whole axis in pixels."""
        return TOTAL_DAYS * self.px_per_day

    @property
    def level(self) -> int:
        """The named level nearest to this scale (for the zoom buttons' limits)."""
        return min(range(len(LEVELS)), key=lambda i: abs(LEVELS[i][1] - self.days))

    def x(self, date: dt.date) -> float:
        return (date - START).days * self.px_per_day

    def date(self, x: float) -> dt.date:
        days = max(0, min(TOTAL_DAYS - 1, round(x / self.px_per_day)))
        return START + dt.timedelta(days=days)


def _clamp_x(content_x: float, scale: Scale, trail: float) -> float:
    return max(0.0, min(scale.width + trail - scale.viewport, content_x))


def zoom(
    old: Scale, days: float, focus_x: float, view_x: float, trail: float = 0.0
) -> tuple[Scale, float]:
    """A scale showing ``days`` per view, and the content x that keeps the date at content
    position ``focus_x`` at ``view_x`` pixels from the view's left edge.

    ``trail`` is room after the end of the axis (for the last cards)."""
    new = Scale(clamp_days(days), old.viewport)
    new_focus_x = focus_x / old.px_per_day * new.px_per_day
    return new, _clamp_x(new_focus_x - view_x, new, trail)


def rezoom(
    old: Scale, new_level: int, focus_x: float, view_x: float, trail: float = 0.0
) -> tuple[Scale, float]:
    """The same for a named level."""
    return zoom(old, LEVELS[clamp_level(new_level)][1], focus_x, view_x, trail)


def fit(
    start: dt.date, end: dt.date, viewport: float, lead: float, trail: float
) -> tuple[Scale, float]:
    """The scale and content x that show ``start`` to ``end`` (both days included)
    between ``lead`` pixels from the view's left edge and ``trail`` from its right.

    A span shorter than the closest zoom is centred; one longer than the whole axis is
    shown whole.
    """
    usable = max(1.0, viewport - lead - trail)
    span = max(1, (end - start).days + 1)
    scale = Scale(clamp_days(span * viewport / usable), viewport)
    middle = scale.x(start) + span * scale.px_per_day / 2
    return scale, _clamp_x(middle - lead - usable / 2, scale, trail)


# -- layout -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Dated:
    """An event to lay out: its id, its dated span and the height its card needs."""

    id: str
    start: dt.date
    end: dt.date
    height: float = 100.0


@dataclass(frozen=True)
class Placed:
    """An event card or a cluster card laid out on the axis."""

    id: str  # event id, or "cluster:<first event id>"
    x: float  # the card's left edge
    anchor: float  # where its date begins (inside the card, or at its left edge)
    span: float  # width of the dated span (one day at least)
    top: float  # from the top of the cards' area
    height: float
    count: int = 1  # events in a cluster
    members: tuple[str, ...] = ()


@dataclass
class _Item:
    members: list[Dated]
    lo: float  # the card's left edge may lie between lo and hi
    hi: float
    anchor: float
    height: float
    x: float = 0.0
    top: float = 0.0
    reach: float = field(default=float("-inf"))  # the highest right edge up to this item


def _blockers(placed: list[_Item], left: float, card: float, gap: float) -> list[_Item]:
    """Placed cards whose right edge (with the gap) passes ``left``, newest first."""
    out = []
    for item in reversed(placed):
        if item.reach <= left:
            break  # nothing placed before it reaches this far either
        if item.x + card + gap > left:
            out.append(item)
    return out


def _place(item: _Item, placed: list[_Item], card: float, room: float, gap: float) -> bool:
    """Put ``item`` in the highest place where it overlaps nothing; False if none."""
    before = placed[-1].reach if placed else float("-inf")
    # (top, bottom with the gap, right edge with the gap) of each card in the way
    spans = [
        (b.top, b.top + b.height + gap, b.x + card + gap)
        for b in _blockers(placed, item.lo, card, gap)
    ]
    height, lo = item.height, item.lo
    for top in sorted({0.0, *(bottom for _, bottom, _ in spans)}):
        if top + height > room and top > 0:
            break
        bottom = top + height + gap
        left = lo
        for b_top, b_bottom, b_right in spans:
            if b_right > left and b_top < bottom and top < b_bottom:
                left = b_right
        if left <= item.hi:
            item.x, item.top = left, top
            item.reach = max(left + card + gap, before)
            return True
    return False


def _fold(
    placed: list[_Item],
    item: _Item,
    card: float,
    gap: float,
    ppd: float,
    cluster_height: Callable[[Sequence[Dated]], float],
) -> _Item:
    """A cluster of ``item`` and the card placed just before it (taken off ``placed``),
    with a cluster just before that one and every event of the same first day."""
    before = placed.pop()
    members = before.members + item.members
    lo, anchor = before.lo, before.anchor

    def takes_in(prev: _Item) -> bool:
        if len(prev.members) > 1 and prev.x + card + gap > lo:
            return True  # one cluster, not a row of small ones
        return prev.members[-1].start == members[0].start

    while placed and takes_in(placed[-1]):
        before = placed.pop()
        members = before.members + members
        lo, anchor = before.lo, before.anchor
    last = (members[-1].start - START).days * ppd
    return _Item(members, lo, max(lo, last), anchor, cluster_height(members))


def layout(
    events: Sequence[Dated],
    scale: Scale,
    card: float,
    room: float,
    cluster_height: Callable[[Sequence[Dated]], float],
    gap: float = 8.0,
) -> list[Placed]:
    """Lay cards out left to right, each in the highest free place near its date.

    A card may stand before its date by up to ``SLACK`` of its width to make room, and
    after it anywhere within its dated span (a year, a range); its date is marked where
    it begins. An event that finds no place folds, with the cards placed
    just before it, into a cluster card (``cluster_height`` says how tall one is for
    given members). A cluster always holds every event dated between its first and last
    member, so that fitting the view to those dates shows exactly its events.
    """
    ppd = scale.px_per_day
    slack = card * SLACK
    placed: list[_Item] = []
    for e in sorted(events, key=lambda e: (e.start, e.end, e.id)):
        anchor = (e.start - START).days * ppd
        end = ((e.end - START).days + 1) * ppd
        item = _Item([e], anchor - slack, max(anchor, end - gap), anchor, e.height)
        if placed and len(placed[-1].members) > 1 and placed[-1].members[-1].start == e.start:
            item = _fold(placed, item, card, gap, ppd, cluster_height)  # a cluster's own day
        while not _place(item, placed, card, room, gap):
            if not placed:
                # taller than the whole room: it stands at the top, at its date
                item.x, item.top, item.reach = item.lo, 0.0, item.lo + card + gap
                break
            item = _fold(placed, item, card, gap, ppd, cluster_height)
        placed.append(item)
    out = []
    for it in placed:
        first = it.members[0]
        if len(it.members) == 1:
            span = ((first.end - first.start).days + 1) * ppd
            out.append(Placed(first.id, it.x, it.anchor, span, it.top, it.height))
        else:
            ids = tuple(m.id for m in it.members)
            out.append(
                Placed(
                    f"cluster:{first.id}", it.x, it.anchor, 0.0, it.top, it.height, len(ids), ids
                )
            )
    out.sort(key=lambda p: (p.x, p.top))
    return out


def window(
    placed: Sequence[Placed], xs: Sequence[float], left: float, right: float, card: float
) -> list[Placed]:
    """The placements visible between ``left`` and ``right`` (``xs`` sorted, as ``placed``)."""
    lo = bisect.bisect_left(xs, left - card)
    hi = bisect.bisect_right(xs, right)
    return [p for p in placed[lo:hi] if p.x + card >= left]


def cluster_date(first: EventDate, last: EventDate) -> EventDate:
    """The date a cluster card shows for members dated from ``first`` to ``last``: from
    the first one's start to the last one's start, no more precise than its members."""
    s, e = first.start, last.start
    coarse = {"day": 0, "month": 1, "season": 2, "year": 2}
    rank = max(coarse[first.precision], coarse[last.precision])
    if s == e and first.precision == last.precision and not (first.is_range or last.is_range):
        return EventDate("", s, s, first.precision, season=first.season)
    if rank == 0 and (s.year, s.month) == (e.year, e.month):
        return EventDate("", s, e, "day", is_range=s != e)
    if rank <= 1 and (s.year == e.year or (e - s).days < 2 * 365):
        if (s.year, s.month) == (e.year, e.month):
            return EventDate("", s, e, "month")
        return EventDate("", s, e, "month", is_range=True)
    if s.year == e.year:
        return EventDate("", s, e, "year")
    return EventDate("", s, e, "year", is_range=True)


def ticks(
    scale: Scale, left: float, right: float, month_gap: float = 180.0, year_gap: float = 100.0
) -> list[tuple[float, int, int]]:
    """Axis ticks (x, year, month) between two content positions: months or quarters at
    least ``month_gap`` pixels apart (their labels are long), else years, or 2, 5, 10 or
    20 years at least ``year_gap`` apart."""
    month_px = scale.px_per_day * 30.44
    step_months = next(
        (
            s
            for s in (1, 3, 12, 24, 60, 120, 240)
            if s * month_px >= (month_gap if s < 12 else year_gap)
        ),
        240,
    )
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
