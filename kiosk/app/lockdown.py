"""A kiosk's window stays full screen and in front, whatever happens outside it.

A window manager's shortcut, a desktop switch, "show desktop", another program's window
or a script can un-fullscreen, minimise, hide or cover the exhibit. Qt tells the window
when its state or activation changes; the keeper then puts it back, full screen, raised
and active, after a short pause (so it never fights a change in the middle of happening).
A slow check every few seconds catches what no signal reports (a desktop switch unmaps
the window without changing its state). On X11 the window also holds the keyboard, so
that the window manager's shortcuts do not fire at all.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication, QWindow

log = logging.getLogger(__name__)

# platforms with one window and no stacking (raise() only warns there)
_NO_STACKING = {"offscreen", "minimal", "eglfs", "linuxfb"}


class KeepInFront(QObject):
    """Keeps ``window`` full screen, raised and active (only for a kiosk).

    Attributes:
        restores: how many times the window had to be put back (for tests and the log).
    """

    def __init__(
        self,
        window: QWindow,
        delay_ms: int = 150,
        check_ms: int = 2000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self.restores = 0
        self._soon = QTimer(self, singleShot=True, interval=delay_ms)
        self._soon.timeout.connect(self.restore)
        self._check = QTimer(self, interval=check_ms)
        self._check.timeout.connect(self._check_now)
        window.windowStateChanged.connect(self._changed)
        window.activeChanged.connect(self._changed)
        window.visibleChanged.connect(self._changed)
        for moved in (window.xChanged, window.yChanged, window.widthChanged, window.heightChanged):
            moved.connect(self._changed)
        self._check.start()

    def is_in_front(self) -> bool:
        """Full screen, shown, not minimised, and the window that gets the input."""
        # visibility(), not windowStates(): no Qt namespace before the first frame (lean.py)
        w = self._window
        return (
            w.isVisible()
            and w.visibility() == QWindow.Visibility.FullScreen
            and w.isExposed()
            and w.isActive()
            and self._fills_screen()
        )

    def _fills_screen(self) -> bool:
        screen = self._window.screen()
        return screen is None or self._window.geometry() == screen.geometry()

    def _changed(self, *_args: object) -> None:
        if not self.is_in_front():
            self._soon.start()
        else:
            self._grab_keys()

    def _check_now(self) -> None:
        if not self.is_in_front():
            if not self._soon.isActive():
                self.restore()
        else:
            self._grab_keys()

    def _grab_keys(self) -> None:
        # On X11 the window manager's own shortcuts (Alt+Tab, Alt+Space, "show desktop",
        # desktop switching) are passive grabs; while the exhibit holds the keyboard they
        # never fire. (Wayland compositors such as cage have no such shortcuts.)
        if QGuiApplication.platformName() == "xcb":
            self._window.setKeyboardGrabEnabled(True)

    def _why(self) -> str:
        w = self._window
        if not w.isVisible() or not w.isExposed():
            return "hidden"
        if w.visibility() != QWindow.Visibility.FullScreen:
            return "not full screen"
        if not self._fills_screen():
            return "moved or resized"
        return "another window has the input"

    def restore(self) -> None:
        """Full screen again, raised above every other window, and active."""
        if self.is_in_front():
            return
        w = self._window
        why = self._why()
        self.restores += 1
        if self.restores <= 20 or self.restores % 100 == 0:  # a stubborn desktop: log less
            log.info("the exhibit's window was moved aside (%s); back to full screen", why)
        if why == "hidden":
            # unmapped by "show desktop", a desktop switch or a minimise: mapped again, it
            # comes back on the desktop in view (a hidden window cannot be activated)
            w.hide()
        elif why == "moved or resized":
            # still "full screen" to the window manager, which then ignores the same
            # request again: leave full screen and ask for it anew
            w.showNormal()
        if why != "another window has the input" or not w.isVisible():
            w.showFullScreen()
        if QGuiApplication.platformName() not in _NO_STACKING:
            w.raise_()
        w.requestActivate()

    def stop(self) -> None:
        self._soon.stop()
        self._check.stop()


__all__ = ["KeepInFront"]
