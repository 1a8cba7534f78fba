"""The hidden staff gesture: one finger (or the mouse) held still in the top-left corner.

Plain Python, fed by the window's input events (``Admin.watch``), so that a test can
replay a million random events through it in seconds. The hold counts only while nothing
else happens: a second finger, a move out of the corner, a key, a wheel turn or any other
press cancels it; after it fires, nothing more until every finger is lifted.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class CornerHold:
    """Recognises a still hold of ``hold`` seconds in the ``size`` px square at (0, 0).

    Feed it ``press``, ``move``, ``release`` and ``other`` with the event's time in
    seconds, and ask ``due(now)`` when ``deadline()`` is reached. Each returns True, once
    per hold, when a hold was complete by then (an event that comes after the deadline,
    before the timer, still finds the hold complete).
    """

    size: float
    hold: float
    slop: float = 16.0  # a finger wanders a little while held
    _start: float | None = None
    _at: tuple[float, float] = (0.0, 0.0)
    _down: set[int] = field(default_factory=set)

    def press(self, t: float, x: float, y: float, point: int = 0) -> bool:
        fired = self._fire_if_due(t)
        self._down.add(point)
        if len(self._down) == 1 and self._inside(x, y):
            self._start, self._at = t, (x, y)
        else:
            self._start = None
        return fired

    def move(self, t: float, x: float, y: float, point: int = 0) -> bool:
        fired = self._fire_if_due(t)
        if self._start is not None:
            ax, ay = self._at
            if abs(x - ax) > self.slop or abs(y - ay) > self.slop or not self._inside(x, y):
                self._start = None
        return fired

    def release(self, t: float, point: int = 0) -> bool:
        fired = self._fire_if_due(t)
        self._down.discard(point)
        self._start = None
        return fired

    def cancel_all(self, t: float) -> bool:
        """Every finger lifted at once (a touch cancelled by the system)."""
        fired = self._fire_if_due(t)
        self._down.clear()
        self._start = None
        return fired

    def other(self, t: float) -> bool:
        """Any other input (a key, a wheel turn): not a still hold."""
        fired = self._fire_if_due(t)
        self._start = None
        return fired

    def deadline(self) -> float | None:
        """When the hold under way will be complete (None: no hold under way)."""
        return None if self._start is None else self._start + self.hold

    def due(self, now: float) -> bool:
        """True, once, when the hold under way has lasted ``hold`` seconds by ``now``."""
        return self._fire_if_due(now)

    def _fire_if_due(self, now: float) -> bool:
        if self._start is not None and now - self._start >= self.hold:
            self._start = None  # fires once; a new hold needs a new press
            return True
        return False

    def _inside(self, x: float, y: float) -> bool:
        # left of or above the window's edge is the very corner still (a finger on the frame)
        return x < self.size and y < self.size


__all__ = ["CornerHold"]
