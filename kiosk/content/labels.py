"""Where the period map's chapter labels stand: beside their places, never over one
another or over another place, inside the screen (no Qt).

A greedy placement, as cartographers do it by hand: the most crowded places choose
first; each label takes the nearest free spot around its place, looking first away from
its neighbours, and a leader line joins it to its place.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

Point = tuple[float, float]

DIRECTIONS = 16
TURN = 5.0  # how much a label prefers to look away from its neighbours (per radian)


@dataclass(frozen=True)
class Box:
    x: float  # left
    y: float  # top
    w: float
    h: float

    def overlaps(self, other: Box, gap: float) -> bool:
        return not (
            self.x + self.w + gap <= other.x
            or other.x + other.w + gap <= self.x
            or self.y + self.h + gap <= other.y
            or other.y + other.h + gap <= self.y
        )

    def distance(self, p: Point) -> float:
        """From ``p`` to the nearest point of the box (0 inside)."""
        dx = max(self.x - p[0], 0.0, p[0] - self.x - self.w)
        dy = max(self.y - p[1], 0.0, p[1] - self.y - self.h)
        return math.hypot(dx, dy)

    def near(self, p: Point, clear: float) -> bool:
        """Is ``p`` closer than ``clear`` to the box? (the cheap test first)"""
        x, y = p
        if (
            x <= self.x - clear
            or x >= self.x + self.w + clear
            or y <= self.y - clear
            or y >= self.y + self.h + clear
        ):
            return False
        return self.distance(p) < clear

    def nearest(self, p: Point) -> Point:
        """The point of the box's edge a leader line from ``p`` ends at."""
        return (min(max(p[0], self.x), self.x + self.w), min(max(p[1], self.y), self.y + self.h))

    def crossed_by(self, a: Point, b: Point) -> bool:
        """Does the segment a-b pass through the box's inside? (Liang-Barsky)"""
        t0, t1 = 0.0, 1.0
        dx, dy = b[0] - a[0], b[1] - a[1]
        for p, q in (
            (-dx, a[0] - self.x), (dx, self.x + self.w - a[0]),
            (-dy, a[1] - self.y), (dy, self.y + self.h - a[1]),
        ):  # fmt: skip
            if p == 0:
                if q <= 0:
                    return False
                continue
            t = q / p
            if p < 0:
                t0 = max(t0, t)
            else:
                t1 = min(t1, t)
            if t0 >= t1:
                return False
        return t1 - t0 > 1e-9


def _crosses(a: Point, b: Point, c: Point, d: Point) -> bool:
    """Do the segments a-b and c-d cross (touching ends do not count)?"""

    def side(p: Point, q: Point, r: Point) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    d1, d2 = side(c, d, a), side(c, d, b)
    d3, d4 = side(a, b, c), side(a, b, d)
    return d1 * d2 < 0 and d3 * d4 < 0


@dataclass(frozen=True)
class Label:
    box: Box
    anchor: Point  # where its leader line meets the box


def _preferred(pins: Sequence[Point], i: int, reach: float) -> float:
    """The direction (radians, screen axes) away from the places near place ``i``;
    to the right when it stands alone."""
    px, py = pins[i]
    near = [p for j, p in enumerate(pins) if j != i and math.dist(p, pins[i]) < reach]
    if not near:
        return 0.0
    cx = sum(p[0] for p in near) / len(near)
    cy = sum(p[1] for p in near) / len(near)
    if math.hypot(px - cx, py - cy) < 1e-6:
        return 0.0
    return math.atan2(py - cy, px - cx)


def place(
    pins: Sequence[Point],
    sizes: Sequence[tuple[float, float]],
    area: tuple[float, float],
    clear: float,
    gap: float,
) -> list[Label]:
    """A label box of ``sizes[i]`` for each place (pixels in an ``area`` of width and
    height), at least ``clear`` from every place and ``gap`` from every other label, with
    as few leader lines crossing (or running along one another) as it can find. Where
    the area is too small for all of them, a label overlaps as little as it can."""
    n = len(pins)
    if not n:
        return []
    reach = 1.5 * max(max(s) for s in sizes)
    crowd = [sum(math.dist(p, q) < reach for q in pins) for p in pins]
    cx = sum(p[0] for p in pins) / n
    cy = sum(p[1] for p in pins) / n
    orders = [
        sorted(range(n), key=lambda i: (-crowd[i], pins[i][1], pins[i][0])),
        sorted(range(n), key=lambda i: math.atan2(pins[i][1] - cy, pins[i][0] - cx)),
    ]
    layouts = [_greedy(pins, order, sizes, area, clear, gap, {}) for order in orders]
    return min(layouts, key=lambda layout: _cost(pins, layout, clear, gap))


def _tangled(pins: Sequence[Point], a: int, la: Label, b: int, lb: Label, clear: float) -> bool:
    """Do two leader lines cross, or run so close that the eye cannot tell them apart,
    or does one pass over the other's place?"""
    if _crosses(pins[a], la.anchor, pins[b], lb.anchor):
        return True
    near = clear / 3
    return (
        _segment_distance(pins[b], pins[a], la.anchor) < near
        or _segment_distance(pins[a], pins[b], lb.anchor) < near
        or _segment_distance(lb.anchor, pins[a], la.anchor) < near
        or _segment_distance(la.anchor, pins[b], lb.anchor) < near
    ) and math.dist(pins[a], pins[b]) > 1


def _segment_distance(p: Point, a: Point, b: Point) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    if dx == 0 and dy == 0:
        return math.dist(p, a)
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def _cost(pins: Sequence[Point], layout: list[Label], clear: float, gap: float) -> float:
    """How hard a layout is to read: overlaps, then tangled lines, then leader length."""
    n = len(pins)
    overlaps = sum(layout[i].box.overlaps(layout[j].box, gap) for i in range(n)
                   for j in range(i + 1, n))  # fmt: skip
    tangles = sum(
        _tangled(pins, i, layout[i], j, layout[j], clear)
        for i in range(n) for j in range(i + 1, n)
    ) + sum(
        layout[j].box.crossed_by(pins[i], layout[i].anchor)
        for i in range(n) for j in range(n) if i != j
    )  # fmt: skip
    length = sum(math.dist(pins[i], layout[i].anchor) for i in range(n))
    return 1e6 * overlaps + 1e3 * tangles + length


def _greedy(
    pins: Sequence[Point],
    order: list[int],
    sizes: Sequence[tuple[float, float]],
    area: tuple[float, float],
    clear: float,
    gap: float,
    placed: dict[int, Label],
) -> list[Label]:
    """Each label of ``order`` in turn, at the nearest free spot around its place that
    looks away from its neighbours and whose leader crosses least; ``placed`` stand."""
    width, height = area
    reach = 3 * max(max(s) for s in sizes)
    step = max(8.0, min(min(s) for s in sizes) / 2)
    rings = int(max(width, height) / step) + 1
    done = dict(placed)
    for i in order:
        pin = pins[i]
        w, h = sizes[i]
        first = _preferred(pins, i, reach)
        # never over another label or another place; among the free spots the one that
        # is near, lies away from the neighbours and whose leader crosses least
        best: tuple[float, Label] | None = None
        squeezed: tuple[int, Label] | None = None
        # spots in the order of what they cost at least (distance and turn), so the
        # search stops at the first one nothing cheaper can beat
        spots = sorted(
            (ring + TURN * abs(math.remainder(2 * math.pi * k / DIRECTIONS - first, math.tau)),
             ring, k)
            for ring in range(rings) for k in range(DIRECTIONS)
        )  # fmt: skip
        for least, ring, k in spots:
            if best is not None and least >= best[0]:
                break
            angle = 2 * math.pi * k / DIRECTIONS
            rx, ry = w / 2 + clear + ring * step, h / 2 + clear + ring * step
            bx, by = pin[0] + math.cos(angle) * rx, pin[1] + math.sin(angle) * ry
            box = Box(bx - w / 2, by - h / 2, w, h)
            if box.x < 0 or box.y < 0 or box.x + w > width or box.y + h > height:
                continue
            label = Label(box, box.nearest(pin))
            if best is not None or (squeezed is not None and squeezed[0] <= 1):
                if any(box.overlaps(o.box, gap) for o in done.values()) or any(
                    box.near(p, clear) for p in pins
                ):
                    continue
            else:
                clash = sum(box.overlaps(o.box, gap) for o in done.values())
                clash += sum(box.near(p, clear) for p in pins)
                if clash:
                    if squeezed is None or clash < squeezed[0]:
                        squeezed = (clash, label)
                    continue
            crossings = sum(o.box.crossed_by(pin, label.anchor) for o in done.values())
            crossings += sum(_tangled(pins, i, label, j, o, clear) for j, o in done.items())
            crossings += sum(box.crossed_by(pins[j], o.anchor) for j, o in done.items())
            cost = least + 8.0 * crossings
            if best is None or cost < best[0]:
                best = (cost, label)
        chosen = best or squeezed  # no free spot anywhere: the least crowded one
        done[i] = chosen[1] if chosen else Label(Box(pin[0], pin[1], w, h), pin)
    return [done[i] for i in range(len(pins))]


def text_width(text: str, font_px: float) -> float:
    """About how wide a line of ``text`` is in the exhibit's fonts (Noto Sans): CJK
    characters a full em, others a little over half of one."""
    return sum(font_px if ord(c) >= 0x2E80 else 0.56 * font_px for c in text)


def label_size(text: str, font_px: float, height: float, widest: float) -> tuple[float, float]:
    """The box a label needs: one line if it fits in ``widest``, else two (its text
    shrinks to fit if the estimate falls short)."""
    pad = font_px
    one = text_width(text, font_px) + pad
    if one <= widest:
        return max(one, height), height
    longest = max(text_width(word, font_px) for word in text.split()) + pad
    two = max(longest, (one - pad) / 1.8 + pad)  # no word broken across lines
    return min(widest, two), max(height, 2.7 * font_px + pad / 2)


def short_title(title: str) -> str:
    """A chapter title as a map label: what comes before its subtitle
    ('Estonia: annexation, deportation and resistance' -> 'Estonia')."""
    for mark in (": ", "：", ", ", "، "):
        head, found, _ = title.partition(mark)
        if found and head.strip():
            return head.strip()
    return title.strip()
