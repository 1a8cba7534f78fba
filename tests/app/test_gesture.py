"""The hidden staff gesture (a still hold in the top-left corner): it opens the pad every
time staff make it, and never from a visitor's input, a million random events of it."""

from __future__ import annotations

import random

import pytest

from kiosk.app.gesture import CornerHold

CORNER, HOLD = 64.0, 3.0
WIDTH, HEIGHT = 1920, 1080


def _staff_hold(rec: CornerHold, rng: random.Random, t: float, touch: bool) -> tuple[int, float]:
    """A member of staff holds the corner: the finger lands anywhere in it, wobbles a few
    pixels, stays 3 to 4 s. Returns (times fired, time after)."""
    point = rng.randrange(10) if touch else -1
    x, y = rng.uniform(2, CORNER - 12), rng.uniform(2, CORNER - 12)
    fired = int(rec.press(t, x, y, point))
    end = t + rng.uniform(HOLD + 0.05, HOLD + 1.0)
    while t < end:
        t += rng.uniform(0.01, 0.2)
        if rec.deadline() is not None and rec.deadline() <= t:  # the timer comes first
            fired += rec.due(rec.deadline())
        fired += rec.move(t, x + rng.uniform(-6, 6), y + rng.uniform(-6, 6), point)
    fired += rec.release(t, point)
    return fired, t


@pytest.mark.parametrize("touch", [True, False], ids=["finger", "mouse"])
def test_the_staff_hold_works_ten_times_out_of_ten(touch: bool) -> None:
    rng = random.Random(15)
    rec = CornerHold(CORNER, HOLD)
    t, results = 0.0, []
    for _ in range(10):
        fired, t = _staff_hold(rec, rng, t, touch)
        results.append(fired)
        t += rng.uniform(1, 30)
    assert results == [1] * 10  # each hold opens the pad once, not twice


@pytest.mark.parametrize(
    ("what", "events"),
    [
        ("held 2.9 s", [("press", 0.0, 10, 10), ("release", 2.9)]),
        ("held just outside the corner", [("press", 0.0, 65, 10), ("release", 5.0)]),
        ("a second finger", [("press", 0.0, 10, 10), ("press2", 1.0, 900, 500),
                             ("release", 5.0)]),
        ("moved out of the corner", [("press", 0.0, 10, 10), ("move", 1.0, 70, 10),
                                     ("move", 2.0, 10, 10), ("release", 5.0)]),
        ("dragged more than a wobble", [("press", 0.0, 5, 5), ("move", 1.0, 40, 40),
                                        ("release", 5.0)]),
        ("a key while holding", [("press", 0.0, 10, 10), ("key", 2.0), ("release", 5.0)]),
        ("pressed elsewhere, then slid into the corner", [("press", 0.0, 300, 300),
                                                          ("move", 0.5, 10, 10),
                                                          ("release", 5.0)]),
        ("a touch cancelled by the system", [("press", 0.0, 10, 10), ("cancel", 1.0),
                                             ("release", 5.0)]),
    ],
)  # fmt: skip
def test_near_misses_never_open_the_pad(what: str, events: list[tuple]) -> None:
    rec = CornerHold(CORNER, HOLD)
    fired = False
    for kind, t, *xy in events:
        if rec.deadline() is not None and rec.deadline() <= t:
            fired |= rec.due(rec.deadline())
        if kind == "press":
            fired |= rec.press(t, *xy, 0)
        elif kind == "press2":
            fired |= rec.press(t, *xy, 1)
        elif kind == "move":
            fired |= rec.move(t, *xy, 0)
        elif kind == "key":
            fired |= rec.other(t)
        elif kind == "cancel":
            fired |= rec.cancel_all(t)
        else:
            fired |= rec.release(t, 0)
            fired |= rec.release(t, 1)
    assert not fired, what


def _random_visitors(rng: random.Random, count: int, rec: CornerHold) -> int:
    """``count`` random input events as visitors (and a fuzzer) make them: one to three
    fingers and the mouse, pressed anywhere (a fifth of the presses aimed at the corners,
    where a visitor's hand rests on the frame), moved, released, keys and wheel turns;
    0 to 2.5 s apart, mostly quick. Returns how often the staff gesture fired."""
    down: dict[int, tuple[float, float]] = {}
    t, fired = 0.0, 0
    for _ in range(count):
        gap = rng.expovariate(1 / 0.15) if rng.random() < 0.95 else rng.uniform(0.5, 2.5)
        t += min(gap, 2.5)
        deadline = rec.deadline()
        if deadline is not None and deadline <= t:  # the timer, had it run by now
            fired += rec.due(deadline)
        roll = rng.random()
        if roll < 0.35 and len(down) < 3:
            point = rng.choice([p for p in (-1, 0, 1, 2) if p not in down])
            if rng.random() < 0.2:
                x, y = rng.uniform(0, 120), rng.uniform(0, 120)
            else:
                x, y = rng.uniform(0, WIDTH), rng.uniform(0, HEIGHT)
            down[point] = (x, y)
            fired += rec.press(t, x, y, point)
        elif roll < 0.7 and down:
            point = rng.choice(list(down))
            x, y = down[point]
            x, y = x + rng.gauss(0, 30), y + rng.gauss(0, 30)
            down[point] = (x, y)
            fired += rec.move(t, x, y, point)
        elif roll < 0.95 and down:
            point = rng.choice(list(down))
            del down[point]
            fired += rec.release(t, point)
        elif roll < 0.99:
            fired += rec.other(t)  # a key or a wheel turn
        else:
            down.clear()
            fired += rec.cancel_all(t)
    return fired


@pytest.mark.slow
def test_a_million_random_events_never_open_the_pad() -> None:
    rec = CornerHold(CORNER, HOLD)
    assert _random_visitors(random.Random(1), 1_000_000, rec) == 0


def test_the_random_visitors_would_find_a_gesture_that_is_too_easy() -> None:
    """The random input is not harmless by construction: a hold of half a second, or one
    anywhere on the screen, would open the pad again and again."""
    assert _random_visitors(random.Random(2), 20_000, CornerHold(CORNER, 0.5)) > 0
    assert _random_visitors(random.Random(3), 20_000, CornerHold(10_000, 1.0)) > 0
