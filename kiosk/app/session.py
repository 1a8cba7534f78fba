"""Session policy: the idle countdown and reset, and the hidden admin exit.

Timeouts are injected, so tests run the whole countdown in milliseconds.
"""

from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QElapsedTimer, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent  # imported at run time it builds a large enum

from . import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, provide  # noqa: F401 - read by @QmlElement
from .config import verify_pin

log = logging.getLogger(__name__)

# QEvent.Type values of visitor input (mouse press and move, key press, wheel, touch
# begin and update), as ints so that importing this module builds no enum.
_INPUT_EVENTS = {2, 5, 6, 31, 194, 195}


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
    resetRequested = Signal()

    _current: Idle | None = None

    def __init__(
        self, timeout_ms: int = 90_000, countdown_ms: int = 25_000, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._timeout_ms = timeout_ms
        self._countdown_ms = countdown_ms
        self._armed = False
        self._counting = False
        self._idle = QTimer(self, singleShot=True, interval=timeout_ms)
        self._idle.timeout.connect(self._start_countdown)
        self._tick = QTimer(self, interval=min(1000, max(1, countdown_ms // 20)))
        self._tick.timeout.connect(self._on_tick)
        self._clock = QElapsedTimer()
        self._seconds_left = math.ceil(countdown_ms / 1000)
        self._window: QObject | None = None

    def set_timeouts(self, timeout_ms: int, countdown_ms: int) -> None:
        """Change the wait and the countdown (takes effect at the next wait)."""
        self._timeout_ms, self._countdown_ms = timeout_ms, countdown_ms
        self._idle.setInterval(timeout_ms)
        self._tick.setInterval(min(1000, max(1, countdown_ms // 20)))

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
        if self._armed:
            self._idle.start()

    def set_armed(self, armed: bool) -> None:
        if armed == self._armed:
            return
        self._armed = armed
        if armed:
            if self._window is not None:
                self._window.installEventFilter(self)
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
        self._seconds_left = math.ceil(self._countdown_ms / 1000)
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
        remaining = self._countdown_ms - self._clock.elapsed()
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


@QmlElement
@QmlSingleton
class Admin(QObject):
    """The hidden exit for staff: a long press in a corner, then the PIN.

    Signals:
        exitRequested: a correct PIN was entered; the app should quit.
    """

    exitRequested = Signal()
    unlockedChanged = Signal()
    _current: Admin | None = None

    def __init__(
        self, pin_hash: str = "", kiosk_mode: bool = True, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._pin_hash = pin_hash
        self._kiosk_mode = kiosk_mode
        self._exiting = False
        self._unlocked = False

    def install(self) -> None:
        Admin._current = self

    @staticmethod
    def create(engine: QQmlEngine) -> Admin:
        return provide(Admin)

    @Slot(str, result=bool)
    def unlock(self, pin: str) -> bool:
        """Open the staff panel when ``pin`` is right."""
        if not self._pin_hash or not verify_pin(pin, self._pin_hash):
            log.warning("staff panel refused: wrong PIN")
            return False
        self._unlocked = True
        self.unlockedChanged.emit()
        return True

    @Slot()
    def lock(self) -> None:
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
    def mayClose(self) -> bool:
        """Window-closing shortcuts close a windowed exhibit, never a kiosk."""
        return self._exiting or not self._kiosk_mode

    configured = Property(bool, lambda s: bool(s._pin_hash), constant=True)
    unlocked = Property(bool, lambda s: s._unlocked, notify=unlockedChanged)
    kioskMode = Property(bool, lambda s: s._kiosk_mode, constant=True)
