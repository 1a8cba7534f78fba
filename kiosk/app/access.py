"""Accessibility choices and announcements for the screens.

A visitor's choices (text size, contrast) last until the idle reset; staff choices
(theme, seated layout, reduce motion) come from the configuration and persist.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from . import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, provide  # noqa: F401 - read by @QmlElement
from .config import KioskConfig

log = logging.getLogger(__name__)

# the "A+" steps, in per cent of the normal text size
TEXT_STEPS = (100, 125, 150, 200)


@QmlElement
@QmlSingleton
class Access(QObject):
    """Text size, contrast, layout and motion for the screens, and what is announced to
    a screen reader.

    Signals:
        changed: the text size or the contrast changed.
        inUseChanged: the visitor started or stopped using a larger text size (the idle
            wait is longer meanwhile).
        announced: a screen change or a warning was announced (its words).
    """

    changed = Signal()
    inUseChanged = Signal()
    announced = Signal(str)

    _current: Access | None = None

    def __init__(self, config: KioskConfig | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        cfg = config or KioskConfig()
        self._configured_contrast = cfg.theme == "high-contrast"
        self._system_contrast = False
        self._seated = cfg.layout == "seated"
        self._reduce_motion = cfg.reduce_motion
        self._step = 0
        self._contrast = self._staff_contrast()
        self._last = ""
        self._window: QObject | None = None

    def install(self) -> None:
        Access._current = self

    @staticmethod
    def create(engine: QQmlEngine) -> Access:
        return provide(Access)

    def watch(self, window: QObject) -> None:
        """The window announcements are sent from."""
        self._window = window

    # -- text size -------------------------------------------------------------

    @Slot()
    def biggerText(self) -> None:
        """The next "A+" step; after the largest, back to the normal size."""
        self.setTextStep((self._step + 1) % len(TEXT_STEPS))

    @Slot(int)
    def setTextStep(self, step: int) -> None:
        step = max(0, min(len(TEXT_STEPS) - 1, step))
        if step == self._step:
            return
        was = self.in_use()
        self._step = step
        self.changed.emit()
        if self.in_use() != was:
            self.inUseChanged.emit()

    def in_use(self) -> bool:
        return self._step != 0

    # -- contrast ----------------------------------------------------------------

    @Slot()
    def toggleContrast(self) -> None:
        self.setHighContrast(not self._contrast)

    @Slot(bool)
    def setHighContrast(self, on: bool) -> None:
        if on != self._contrast:
            self._contrast = on
            self.changed.emit()

    def _staff_contrast(self) -> bool:
        """The theme a visit starts in: the configured one, or the desktop's wish."""
        return self._configured_contrast or self._system_contrast

    def set_system_high_contrast(self, on: bool) -> None:
        """The desktop asks for high contrast (Qt 6.10 and later): then it is the staff's
        theme as well, now and after every idle reset. The screens read the desktop's
        setting and pass it on (Main.qml): read in Python, it would use the Qt namespace
        before the first frame (lean.py)."""
        if on == self._system_contrast:
            return
        follows = self._contrast == self._staff_contrast()  # no visitor choice to keep
        self._system_contrast = on
        if follows:
            self.setHighContrast(self._staff_contrast())

    # -- announcements -------------------------------------------------------------

    @Slot(str)
    def announce(self, words: str) -> None:
        """Tell a screen reader ``words`` now (a new screen, a warning)."""
        words = " ".join(words.split())
        if not words:
            return
        self._last = words
        if self._window is not None:
            from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

            if QAccessible.isActive():
                QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self._window, words))
        self.announced.emit(words)

    @Slot()
    def reset(self) -> None:
        """The idle reset: the next visitor starts with the normal size and the staff's
        contrast."""
        self.setTextStep(0)
        self.setHighContrast(self._staff_contrast())

    textStep = Property(int, lambda s: s._step, setTextStep, notify=changed)
    textPercent = Property(int, lambda s: TEXT_STEPS[s._step], notify=changed)
    textScale = Property(float, lambda s: TEXT_STEPS[s._step] / 100, notify=changed)
    stepCount = Property(int, lambda s: len(TEXT_STEPS), constant=True)
    highContrast = Property(bool, lambda s: s._contrast, setHighContrast, notify=changed)
    systemHighContrast = Property(
        bool, lambda s: s._system_contrast, set_system_high_contrast, notify=changed
    )
    seated = Property(bool, lambda s: s._seated, constant=True)
    reduceMotion = Property(bool, lambda s: s._reduce_motion, constant=True)
    inUse = Property(bool, in_use, notify=inUseChanged)
    lastAnnouncement = Property(str, lambda s: s._last, notify=announced)
