"""The supervisor's side: systemd readiness and watchdog pings, and a clean end on signals.

Under a unit with ``Type=notify`` and ``WatchdogSec=`` systemd sets ``NOTIFY_SOCKET`` and
``WATCHDOG_USEC``. The exhibit says ``READY=1`` after its first frame, then pings
``WATCHDOG=1`` from a timer on the GUI thread, and only after it asked for a frame and
the scene graph really delivered one: a frozen GUI thread (no timer), an endless QML loop
(no timer) or a dead scene graph (no frame) all stop the pings, and systemd restarts the
exhibit. The protocol is a datagram on a Unix socket; the standard library suffices.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow

log = logging.getLogger(__name__)


def notify(message: str, environ: dict[str, str] | None = None) -> bool:
    """Send one sd_notify message; False when not under systemd or it cannot be sent."""
    env = os.environ if environ is None else environ
    address = env.get("NOTIFY_SOCKET", "")
    if not address or not hasattr(socket, "AF_UNIX"):
        return False
    if address.startswith("@"):
        address = "\0" + address[1:]  # an abstract socket
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.connect(address)
            sock.sendall(message.encode())
    except OSError as exc:
        log.warning("cannot notify the supervisor: %s", exc)
        return False
    return True


def watchdog_interval_ms(environ: dict[str, str] | None = None) -> int:
    """Half the watchdog period systemd asks for (0: no watchdog)."""
    env = os.environ if environ is None else environ
    try:
        usec = int(env.get("WATCHDOG_USEC", "0"))
        pid = int(env.get("WATCHDOG_PID", str(os.getpid())))
    except ValueError:
        return 0
    if usec <= 0 or pid != os.getpid():
        return 0
    return max(100, usec // 2000)


class Watchdog(QObject):
    """Pings the supervisor while the window really renders."""

    def __init__(
        self,
        window: QQuickWindow,
        interval_ms: int,
        send: Callable[[str], bool] = notify,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._send = send
        self._ready = False
        self._waiting = False
        self.pings = 0
        # the default connection: queued where a render thread swaps the frame, direct
        # otherwise (naming a connection type would use the Qt namespace: lean.py)
        window.frameSwapped.connect(self._frame)
        self._timer = QTimer(self, interval=interval_ms) if interval_ms > 0 else None
        if self._timer is not None:
            self._timer.timeout.connect(self._ask_for_frame)
            self._timer.start()

    def _ask_for_frame(self) -> None:
        # a still screen draws nothing: ask for one frame, ping when it has been drawn
        self._waiting = True
        self._window.update()

    def _frame(self) -> None:
        if not self._ready:
            self._ready = True
            self._send("READY=1")
        if self._waiting:
            self._waiting = False
            if self._send("WATCHDOG=1"):
                self.pings += 1


def end_cleanly_on_signals(app: QGuiApplication) -> QTimer:
    """SIGTERM (systemd stop) and SIGINT (Ctrl+C) quit the event loop normally. Python runs
    signal handlers only when it gets control, so a short timer hands it control."""

    def stop(signum: int, _frame: object) -> None:
        log.info("stopping on %s", signal.Signals(signum).name)
        # exit(), not quit(): quit() first asks the windows to close, and a kiosk's
        # window refuses (only the staff exit closes it), which would cancel the stop
        app.exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    timer = QTimer(app, interval=250)
    timer.timeout.connect(lambda: None)
    timer.start()
    return timer


__all__ = ["Watchdog", "end_cleanly_on_signals", "notify", "watchdog_interval_ms"]
