"""Session policy: the idle countdown and reset, and the hidden admin exit.

Timeouts are injected, so tests run the whole countdown in milliseconds.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QElapsedTimer, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent  # imported at run time it builds a large enum

from . import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, provide  # noqa: F401 - read by @QmlElement
from .config import MAX_PIN_DIGITS, MIN_PIN_DIGITS, Schedule, verify_pin

log = logging.getLogger(__name__)

# QEvent.Type values of visitor input (mouse press and move, key press, wheel, touch
# begin and update), as ints so that importing this module builds no enum.
_INPUT_EVENTS = {2, 5, 6, 31, 194, 195}
# how much longer the wait and the countdown are while text size or speech is in use
EXTEND_WAIT = 3
EXTEND_COUNTDOWN = 2


@QmlElement
@QmlSingleton
class Idle(QObject):
    """Watches for input; after ``timeout_ms`` of none, counts down, then asks for a reset.

    Signals:
        countingDownChanged: the "Still there?" countdown started or stopped.
        secondsLeftChanged: one second of the countdown passed.
        resetRequested: the countdown ran out; the session must reset now.
    """

    countingDownChanged = Signal()
    secondsLeftChanged = Signal()
    armedChanged = Signal()
    extendedChanged = Signal()
    resetRequested = Signal()

    _current: Idle | None = None

    def __init__(
        self, timeout_ms: int = 90_000, countdown_ms: int = 25_000, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._timeout_ms = timeout_ms
        self._countdown_ms = countdown_ms
        self._extended = False
        self._held = False
        self._armed = False
        self._counting = False
        self._idle = QTimer(self, singleShot=True, interval=timeout_ms)
        self._idle.timeout.connect(self._start_countdown)
        self._tick = QTimer(self, interval=min(1000, max(1, countdown_ms // 20)))
        self._tick.timeout.connect(self._on_tick)
        self._clock = QElapsedTimer()
        self._seconds_left = math.ceil(countdown_ms / 1000)
        self._window: QObject | None = None
        self._off = False

    def set_timeouts(self, timeout_ms: int, countdown_ms: int) -> None:
        """Change the wait and the countdown (takes effect at the next wait)."""
        self._timeout_ms, self._countdown_ms = timeout_ms, countdown_ms
        self._apply_intervals()

    def _apply_intervals(self) -> None:
        self._idle.setInterval(self._wait_ms())
        self._tick.setInterval(min(1000, max(1, self._count_ms() // 20)))

    def _wait_ms(self) -> int:
        return self._timeout_ms * (EXTEND_WAIT if self._extended else 1)

    def _count_ms(self) -> int:
        return self._countdown_ms * (EXTEND_COUNTDOWN if self._extended else 1)

    @Slot(bool)
    def set_extended(self, extended: bool) -> None:
        """A longer wait and countdown while the visitor reads with a larger text or
        listens (WCAG 2.2.1 and 2.2.6): reading and listening take longer."""
        if extended == self._extended:
            return
        self._extended = extended
        self._apply_intervals()
        if self._armed and not self._counting and not self._held:
            self._idle.start()
        self.extendedChanged.emit()

    def hold(self, held: bool) -> None:
        """While something plays (speech), the wait stands still; it starts again from
        the beginning when the playing ends."""
        if held == self._held:
            return
        self._held = held
        if held:
            self._idle.stop()
            self._stop_countdown()
        elif self._armed:
            self._idle.start()

    def wait_seconds(self) -> float:
        """How long a reset comes after the last input: the wait and the countdown."""
        return (self._wait_ms() + self._count_ms()) / 1000

    def install(self) -> None:
        """Make this the QML singleton."""
        Idle._current = self

    def watch(self, window: QObject) -> None:
        """Watch the input events of the exhibit's window while the wait is armed.

        Every touch, click, key and wheel turn reaches the window before any item, so
        watching it alone sees all input. (A filter on the whole application would run
        Python for every event of every object, timers and repaints included; while the
        attract loop runs, nothing is watched at all.)"""
        self._window = window
        if self._armed:
            window.installEventFilter(self)

    @staticmethod
    def create(engine: QQmlEngine) -> Idle:
        return provide(Idle)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type().value in _INPUT_EVENTS:
            # Any input restarts the wait; during the countdown a tap means "still here".
            self.activity()
        return False

    @Slot()
    def activity(self) -> None:
        if self._counting:
            self._stop_countdown()
        if self._armed and not self._held:
            self._idle.start()

    def switch_off(self, off: bool) -> None:
        """No idle reset at all (classroom mode: a lesson ends when the teacher ends it,
        however long the class discusses); switching it back on does not arm it."""
        self._off = off
        if off:
            self.set_armed(False)

    def set_armed(self, armed: bool) -> None:
        armed = armed and not self._off
        if armed == self._armed:
            return
        self._armed = armed
        if armed:
            if self._window is not None:
                self._window.installEventFilter(self)
            if not self._held:
                self._idle.start()
        else:
            if self._window is not None:
                self._window.removeEventFilter(self)
            self._idle.stop()
            self._stop_countdown()
        self.armedChanged.emit()

    def _start_countdown(self) -> None:
        self._counting = True
        self._clock.start()
        self._seconds_left = math.ceil(self._count_ms() / 1000)
        self._tick.start()
        self.countingDownChanged.emit()
        self.secondsLeftChanged.emit()

    def _stop_countdown(self) -> None:
        if not self._counting:
            return
        self._counting = False
        self._tick.stop()
        self.countingDownChanged.emit()

    def _on_tick(self) -> None:
        remaining = self._count_ms() - self._clock.elapsed()
        left = max(0, math.ceil(remaining / 1000))
        if left != self._seconds_left:
            self._seconds_left = left
            self.secondsLeftChanged.emit()
        if remaining <= 0:
            self._stop_countdown()
            self.set_armed(False)
            log.info("idle reset")
            self.resetRequested.emit()

    armed = Property(bool, lambda s: s._armed, set_armed, notify=armedChanged)
    countingDown = Property(bool, lambda s: s._counting, notify=countingDownChanged)
    secondsLeft = Property(int, lambda s: s._seconds_left, notify=secondsLeftChanged)
    extended = Property(bool, lambda s: s._extended, notify=extendedChanged)


# After this many wrong PINs in a row the pad locks: 30 s, then twice as long each time.
MAX_TRIES = 5
FIRST_LOCK_S = 30
LONGEST_LOCK_S = 3600


@QmlElement
@QmlSingleton
class Admin(QObject):
    """The hidden staff panel: a long press in a corner, then the PIN.

    The pad opens only when a PIN is configured. Five wrong PINs in a row lock it for
    30 s, doubling with every further wrong PIN; the idle reset closes and locks the
    panel so that the next visitor never finds it open.

    Signals:
        exitRequested: staff chose "exit to desktop"; the app should quit.
        reloadRequested: staff chose "reload content".
        unlockedChanged, padOpenChanged, lockoutChanged: state for the screens.
    """

    exitRequested = Signal()
    reloadRequested = Signal()
    unlockedChanged = Signal()
    padOpenChanged = Signal()
    lockoutChanged = Signal()
    _current: Admin | None = None

    def __init__(
        self,
        pin_hash: str = "",
        kiosk_mode: bool = True,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
        info: Callable[[], list[dict[str, str]]] | None = None,
        hold_seconds: float = 3.0,
    ) -> None:
        super().__init__(parent)
        self._hold = hold_seconds  # how long the corner is held (tests shorten it)
        self._pin_hash = pin_hash
        self._kiosk_mode = kiosk_mode
        self._exiting = False
        self._unlocked = False
        self._pad_open = False
        self._clock = clock
        self._info = info or (lambda: [])
        self._wrong = 0
        self._locked_until = 0.0
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._on_tick)

    def install(self) -> None:
        Admin._current = self

    @staticmethod
    def create(engine: QQmlEngine) -> Admin:
        return provide(Admin)

    @Slot()
    def openPad(self) -> None:
        """The corner was held: show the PIN pad, if staff have a PIN at all."""
        if not self._pin_hash or self._pad_open:
            return
        self._pad_open = True
        self.padOpenChanged.emit()

    @Slot()
    def closePad(self) -> None:
        """Close the pad or panel and lock it again."""
        self.lock()
        if self._pad_open:
            self._pad_open = False
            self.padOpenChanged.emit()

    @Slot()
    def reset(self) -> None:
        """The idle reset: nothing of the staff panel stays open for the next visitor."""
        self.closePad()

    def _seconds_locked(self) -> int:
        return max(0, math.ceil(self._locked_until - self._clock()))

    def _on_tick(self) -> None:
        if self._seconds_locked() == 0:
            self._tick.stop()
        self.lockoutChanged.emit()

    @Slot(str, result=bool)
    def unlock(self, pin: str) -> bool:
        """Open the staff panel when ``pin`` is right (and the pad is not locked)."""
        if self._seconds_locked() > 0:
            return False
        well_formed = pin.isdigit() and MIN_PIN_DIGITS <= len(pin) <= MAX_PIN_DIGITS
        if not self._pin_hash or not well_formed or not verify_pin(pin, self._pin_hash):
            self._wrong += 1
            log.warning("staff panel refused: wrong PIN (%d in a row)", self._wrong)
            if self._wrong >= MAX_TRIES:
                extra = self._wrong - MAX_TRIES
                seconds = min(LONGEST_LOCK_S, FIRST_LOCK_S * 2 ** min(extra, 16))
                self._locked_until = self._clock() + seconds
                log.warning("staff PIN pad locked for %d s", seconds)
                self._tick.start()
            self.lockoutChanged.emit()
            return False
        self._wrong = 0
        self._unlocked = True
        self.unlockedChanged.emit()
        self.lockoutChanged.emit()
        return True

    @Slot()
    def lock(self) -> None:
        if self._unlocked:
            self._unlocked = False
            self.unlockedChanged.emit()

    @Slot(result=bool)
    def exitExhibit(self) -> bool:
        """Close the exhibit; only from the unlocked staff panel."""
        if not self._unlocked:
            return False
        log.info("staff exit")
        self._exiting = True
        self.exitRequested.emit()
        return True

    @Slot(result=bool)
    def reloadContent(self) -> bool:
        """Open the content again (a new publish, or a repaired file); staff only."""
        if not self._unlocked:
            return False
        log.info("staff reload of the content")
        self.reloadRequested.emit()
        return True

    @Slot(result=bool)
    def mayClose(self) -> bool:
        """Window-closing shortcuts close a windowed exhibit, never a kiosk."""
        return self._exiting or not self._kiosk_mode

    def _status(self) -> list[dict[str, str]]:
        return self._info() if self._unlocked else []

    def set_hold_seconds(self, seconds: float) -> None:
        """Before the screens are built: how long the corner must be held."""
        self._hold = seconds

    configured = Property(bool, lambda s: bool(s._pin_hash), constant=True)
    holdSeconds = Property(float, lambda s: s._hold, constant=True)
    unlocked = Property(bool, lambda s: s._unlocked, notify=unlockedChanged)
    padOpen = Property(bool, lambda s: s._pad_open, notify=padOpenChanged)
    kioskMode = Property(bool, lambda s: s._kiosk_mode, constant=True)
    lockedSeconds = Property(int, _seconds_locked, notify=lockoutChanged)
    # label/value rows for the panel: content version and date, uptime, last errors...
    status = Property(list, _status, notify=unlockedChanged)


def _local_now() -> tuple[int, int]:
    now = time.localtime()
    return now.tm_wday, now.tm_hour * 60 + now.tm_min


@QmlElement
@QmlSingleton
class Opening(QObject):
    """Opening hours: outside them the exhibit shows a dark closed screen and does
    nothing (no timers, no redraws) until the next opening time.

    Signals:
        openChanged: the exhibit opened or closed.
    """

    openChanged = Signal()
    _current: Opening | None = None

    def __init__(
        self,
        schedule: Schedule | None = None,
        parent: QObject | None = None,
        now: Callable[[], tuple[int, int]] = _local_now,
    ) -> None:
        super().__init__(parent)
        self._schedule = schedule or Schedule()
        self._now = now
        self._open = self._schedule.is_open(*now())
        # one single-shot timer to the next change (at most an hour ahead, so a changed
        # clock, a suspend or daylight saving is caught within the hour)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.check)
        self._plan()

    def install(self) -> None:
        Opening._current = self

    @staticmethod
    def create(engine: QQmlEngine) -> Opening:
        return provide(Opening)

    def _plan(self) -> None:
        if self._schedule.always_open:
            return
        minutes = self._schedule.next_change(*self._now())
        seconds_into_minute = time.localtime().tm_sec
        ms = max(1000, (min(minutes, 60) * 60 - seconds_into_minute) * 1000)
        self._timer.start(ms)

    def set_clock(self, now: Callable[[], tuple[int, int]]) -> None:
        """Read the time from ``now`` (weekday, minute of the day) and check at once."""
        self._now = now
        self.check()

    @Slot()
    def check(self) -> None:
        """Open or close as the schedule says now."""
        now_open = self._schedule.is_open(*self._now())
        if now_open != self._open:
            self._open = now_open
            log.info("exhibit %s by its opening hours", "opened" if now_open else "closed")
            self.openChanged.emit()
        self._plan()

    open = Property(bool, lambda s: s._open, notify=openChanged)
