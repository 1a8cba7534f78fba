"""The usage figures' Qt face: feeds ``kiosk.stats.Counter`` (no Qt) from the signals the
exhibit already has and from two calls in QML, and writes in batches off the GUI thread.

Every slot here only adds to a dict: counting costs no frame (``benchmarks/stats.py``).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from . import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, provide  # noqa: F401 - read by @QmlElement
from .care import Care
from .exhibit import Exhibit
from .session import Idle

if TYPE_CHECKING:
    from kiosk.stats.counter import Counter

FLUSH_MS = 5 * 60 * 1000  # write at every idle reset, and this often when nobody is there
FIRST_FLUSH_MS = 10_000  # soon after the start: records it, and that the exhibit runs
LONGEST_WAIT_S = 30 * 60  # a visit that never ends waits no longer for the next write
ATTRACT = "attractScreen"
# screens of no visit (the attract loop ends one), and screens read in no language yet
_NO_VISIT = {ATTRACT, "errorScreen"}
_NO_LANGUAGE = {ATTRACT, "errorScreen", "languageScreen"}


@QmlElement
@QmlSingleton
class Stats(QObject):
    """Counts what visitors do, per day, on this device only (see ``kiosk.stats``).

    Without a counter (previews, screenshots, tests, ``usage_figures = false``) every
    call does nothing.

    Attributes:
        counter: the counts and the visit in progress; None when nothing is counted.
    """

    _current: Stats | None = None

    def __init__(
        self,
        counter: Counter | None = None,
        parent: QObject | None = None,
        flush_ms: int = FLUSH_MS,
        first_flush_ms: int = FIRST_FLUSH_MS,
        longest_wait_s: float = LONGEST_WAIT_S,
    ) -> None:
        super().__init__(parent)
        self.counter = counter
        self._exhibit: Exhibit | None = None
        self._idle: Idle | None = None
        self._depth = 0
        self._longest_wait = longest_wait_s
        self._written = time.monotonic()
        self._timer = QTimer(self, interval=flush_ms)
        self._timer.timeout.connect(self._periodic)
        if counter is not None:
            counter.start()
            self._timer.start()
            QTimer.singleShot(first_flush_ms, self, self._periodic)

    def install(self) -> None:
        Stats._current = self

    @staticmethod
    def create(engine: QQmlEngine) -> Stats:
        return provide(Stats)

    @staticmethod
    def current() -> Stats | None:
        """The installed instance (the view models count searches through it)."""
        return Stats._current

    def attach(self, exhibit: Exhibit, care: Care, idle: Idle) -> None:
        """Listen to the exhibit: resets end visits, gates' answers are counted.

        Connect before the screens are loaded: the idle reset must reach this object
        before the reset it causes (slots run in the order they were connected)."""
        self._exhibit = exhibit
        self._idle = idle
        idle.resetRequested.connect(self._idle_reset)
        exhibit.sessionReset.connect(self._session_reset)
        care.answered.connect(self._answered)

    # -- from QML ----------------------------------------------------------------------

    @Slot(str, int)
    def screenShown(self, name: str, depth: int) -> None:
        """The screen on top of the stack changed (``depth`` screens deep)."""
        if not name:  # the stack was cleared (Home, the reset): what follows is new
            self._depth = 0
            return
        returning, self._depth = depth < self._depth, depth
        c, ex = self.counter, self._exhibit
        if c is None:
            return
        if name == ATTRACT:
            c.end_visit()
            return
        if name in _NO_VISIT:
            return
        c.begin_visit()  # the first touch leaves the attract loop
        if ex is not None and name not in _NO_LANGUAGE:
            c.once("language", ex.current_language())
        if returning:
            return  # Back shows a screen again; it was counted when it opened
        c.count("screen", name)
        if name == "chapterScreen" and ex is not None:
            c.once("chapter_opened", ex.current_chapter())

    @Slot(str)
    def chapterRead(self, chapter_id: str) -> None:
        """The visitor scrolled to the end of the chapter."""
        if self.counter is not None and self.counter.visiting:
            self.counter.once("chapter_read", chapter_id)

    @Slot(str)
    def featureUsed(self, feature: str) -> None:
        """An accessibility feature was switched on (larger-text, high-contrast)."""
        if self.counter is not None:
            self.counter.once("accessibility", feature)

    # -- from Python -------------------------------------------------------------------

    def search_made(self) -> None:
        """A visitor began a search: counted, never its words."""
        if self.counter is not None:
            self.counter.count("searches")

    def _answered(self, scope: str, choice: str) -> None:
        if self.counter is not None:
            self.counter.count("warning", f"{scope}/{choice}")

    def _idle_reset(self) -> None:
        if self.counter is not None:
            self.counter.count("idle_resets")
            # the exhibit waited this long for input: the visit ended at the last touch
            self.counter.end_visit(self._idle.wait_seconds() if self._idle else 0.0)

    def _session_reset(self) -> None:
        if self.counter is not None:
            self.counter.end_visit()
            self.flush()

    def _periodic(self) -> None:
        # nobody at the screen, or a visit so long it must not wait any more: a write
        # then never competes with a visitor's taps for the processor
        waited = time.monotonic() - self._written
        if self.counter is not None and self.counter.visiting and waited < self._longest_wait:
            return
        self.flush()

    @Slot()
    def flush(self) -> None:
        """Write the counts on the worker thread (the GUI thread does not wait)."""
        if self.counter is not None:
            self._written = time.monotonic()
            self.counter.flush()

    def close(self) -> None:
        """The exhibit ends: write everything now and record a clean end."""
        self._timer.stop()
        if self.counter is not None:
            self.counter.close()
            self.counter = None
