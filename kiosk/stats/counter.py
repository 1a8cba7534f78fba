"""The counting model: what is counted, the one visit in progress, and batched writes.

Counts live in memory, keyed by (day, metric, item), until ``flush`` hands them to the
store on a worker thread (the GUI thread only swaps a dict). A visit's own memory (which
chapters and languages it has counted, when it began) is dropped when it ends.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date

from .store import StatsStore

log = logging.getLogger(__name__)

Key = tuple[str, str, str]  # (day as YYYY-MM-DD, metric, item)

# What is counted, in the order reports list it, with what one count means.
METRICS: dict[str, str] = {
    "visits": "visits, from the first touch to the reset",
    "visit_length": "visits by time from the first to the last touch",
    "chapter_opened": "visits that opened the chapter",
    "chapter_read": "visits that scrolled to the end of the chapter",
    "screen": "screens opened (a return with Back is not counted)",
    "warning": "content warnings answered, by kind of warning and answer",
    "language": "visits that read in the language",
    "searches": "searches made (never their words)",
    "accessibility": "visits that used the accessibility feature",
    "idle_resets": "resets after a visitor walked away",
    "starts": "starts of the exhibit (after-crash: the run before did not end cleanly)",
}

# time per visit, in ranges: (upper limit in seconds, label)
LENGTHS: tuple[tuple[float, str], ...] = (
    (60, "under-1-min"),
    (180, "1-3-min"),
    (300, "3-5-min"),
    (600, "5-10-min"),
    (1200, "10-20-min"),
    (float("inf"), "20-min-or-more"),
)
GATE_SCOPES = ("chapter", "event", "detail", "figure", "image")
GATE_ANSWERS = ("continue", "summary", "back")
# Placeholders until the settings screen has them: counted from the day they exist,
# listed (as 0) in every export so the museum's sheets keep the same columns.
ACCESSIBILITY = ("larger-text", "high-contrast")

_CONTENT_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Z]{2})?$")
_SCREEN = re.compile(r"^[a-z][A-Za-z0-9]{0,40}Screen$")
_FIXED: dict[str, frozenset[str]] = {
    "visits": frozenset({""}),
    "searches": frozenset({""}),
    "idle_resets": frozenset({""}),
    "starts": frozenset({"", "after-crash"}),
    "visit_length": frozenset(label for _, label in LENGTHS),
    "accessibility": frozenset(ACCESSIBILITY),
    "warning": frozenset(f"{s}/{a}" for s in GATE_SCOPES for a in GATE_ANSWERS),
}
_PATTERNS: dict[str, re.Pattern[str]] = {
    "chapter_opened": _CONTENT_ID,
    "chapter_read": _CONTENT_ID,
    "language": _LANGUAGE,
    "screen": _SCREEN,
}


def allowed(metric: str, item: str) -> bool:
    """Is ``item`` a value ``metric`` may store? Only fixed words and the content's ids:
    nothing a visitor typed fits, and nothing longer than 64 characters."""
    if metric in _FIXED:
        return item in _FIXED[metric]
    pattern = _PATTERNS.get(metric)
    return pattern is not None and len(item) <= 64 and bool(pattern.match(item))


def length_range(seconds: float) -> str:
    """The range a visit of ``seconds`` falls in."""
    return next(label for limit, label in LENGTHS if seconds < limit)


@dataclass
class _Visit:
    began: float
    counted: set[tuple[str, str]] = field(default_factory=set)


class Counter:
    """One device's counts: visits, what they opened and answered, starts and resets.

    Call it from one thread (the GUI's). ``flush`` writes in the background (or at once
    with ``wait=True``); a write that fails keeps its counts for the next one, so a full
    disk loses nothing until the exhibit stops.

    Attributes:
        store: where the counts go; None counts in memory only.
    """

    def __init__(
        self,
        store: StatsStore | None,
        clock: Callable[[], float] = time.monotonic,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.store = store
        self._clock = clock
        self._today = today
        self._pending: dict[Key, int] = {}
        self._lock = threading.Lock()
        self._visit: _Visit | None = None
        self._worker: ThreadPoolExecutor | None = None
        self._began_run: str | None = None  # the day of this start, until the store knows
        self._warned: set[str] = set()

    # -- counting ----------------------------------------------------------------

    def count(self, metric: str, item: str = "", n: int = 1) -> bool:
        """Add ``n`` to today's ``metric`` ``item``; False (and nothing counted) for an
        item the metric may not store."""
        if metric not in METRICS or not allowed(metric, item):
            if metric not in self._warned:  # a bug in a caller: say so once, never the item
                self._warned.add(metric)
                log.warning("usage figures: refused a value for %r", metric[:32])
            return False
        key = (self._today().isoformat(), metric, item)
        with self._lock:
            self._pending[key] = self._pending.get(key, 0) + n
        return True

    def once(self, metric: str, item: str = "") -> bool:
        """Count ``metric`` ``item`` once per visit (a chapter opened twice is one visit
        that opened it); outside a visit, count it."""
        if self._visit is not None:
            if (metric, item) in self._visit.counted:
                return False
            if not allowed(metric, item):
                return self.count(metric, item)  # refused, and said so
            self._visit.counted.add((metric, item))
        return self.count(metric, item)

    def start(self) -> None:
        """The exhibit started: counted, and the store checks how the last run ended."""
        self.count("starts")
        self._began_run = self._today().isoformat()

    # -- visits --------------------------------------------------------------------

    @property
    def visiting(self) -> bool:
        return self._visit is not None

    def begin_visit(self) -> None:
        """The first touch of a visitor (nothing happens if a visit is running)."""
        if self._visit is None:
            self._visit = _Visit(self._clock())

    def end_visit(self, idle_seconds: float = 0.0) -> None:
        """The visit ended: count it and its length, then forget everything about it.

        ``idle_seconds``: how long the exhibit waited for input before the reset, so the
        length runs from the first touch to the last."""
        visit, self._visit = self._visit, None
        if visit is None:
            return
        seconds = max(0.0, self._clock() - visit.began - idle_seconds)
        self.count("visits")
        self.count("visit_length", length_range(seconds))

    # -- writing -------------------------------------------------------------------

    def pending(self) -> dict[Key, int]:
        """The counts not yet written (a copy)."""
        with self._lock:
            return dict(self._pending)

    def flush(self, wait: bool = False) -> Future[bool] | None:
        """Hand the counts to the store on the worker thread; None when there is
        nothing to write or no store. ``wait``: return only when it is written."""
        if self.store is None:
            return None
        with self._lock:
            batch, self._pending = self._pending, {}
        began, self._began_run = self._began_run, None
        if not batch and began is None:
            return None
        if self._worker is None:
            self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="usage-figures")
        job = self._worker.submit(self._write, batch, began)
        if wait:
            job.result()
        return job

    def _write(self, batch: Mapping[Key, int], began: str | None) -> bool:
        """On the worker thread: write, or put the counts back for the next try."""
        assert self.store is not None
        try:
            written = self.store.add(batch, began_run=began)
        except Exception:  # a bug: keep the counts, keep the exhibit, log the stack
            log.exception("usage figures: writing failed")
            written = False
        if not written:
            with self._lock:
                for key, n in batch.items():
                    self._pending[key] = self._pending.get(key, 0) + n
            if began is not None and self._began_run is None:
                self._began_run = began
        return written

    def close(self) -> None:
        """The exhibit ends: count the visit in progress, write everything, and mark
        the run as ended cleanly. Waits for the writes."""
        self.end_visit()
        self.flush(wait=True)
        if self._worker is not None:
            self._worker.shutdown(wait=True)
            self._worker = None
        if self.store is not None:
            self.store.end_run()
