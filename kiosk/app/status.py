"""The kiosk's status file, for whoever looks after a fleet: which content it shows, how
long it has run, its last error and when it last drew a frame. Never any visitor data.

``status.json`` lies in the state folder beside the logs (:func:`logs.log_folder`); it is
rewritten whole, atomically, every minute and whenever the content changes, so a reader
(the fleet playbook, a monitoring check) never sees half a file.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtQuick import QQuickWindow

from . import logs

log = logging.getLogger(__name__)

STATUS_FILE = "status.json"
# every key the file has; nothing a visitor did or typed is among them
FIELDS = (
    "kiosk",
    "state",
    "content_version",
    "content_file",
    "started",
    "uptime_s",
    "last_error",
    "last_frame",
    "written",
)


def status_path(folder: Path | None = None) -> Path:
    """Where the status file goes: the state folder of the logs, unless told otherwise."""
    return (folder or logs.log_folder()) / STATUS_FILE


def utc(seconds: float | None) -> str | None:
    """A wall-clock time as ISO 8601 in UTC, to the second (None stays None)."""
    if seconds is None:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


def write_json_atomic(path: Path, data: Mapping[str, object]) -> None:
    """Replace ``path`` with ``data`` as JSON in one step: a reader sees the old file or
    the new one, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


Collect = Callable[[], dict[str, object]]


class StatusWriter(QObject):
    """Writes the status file every ``interval_ms`` and when asked (at content switches).

    Before a timed write it asks the window for a frame and writes once that frame has
    been drawn (or after ``frame_wait_ms`` without one), so ``last_frame`` tells a
    drawing kiosk from a stuck one. While the exhibit is closed by its opening hours it
    asks for no frame: a closed kiosk draws nothing.

    Signals:
        written: the status file was rewritten.
    """

    written = Signal()

    def __init__(
        self,
        collect: Collect,
        window: QQuickWindow | None,
        path: Path,
        interval_ms: int = 60_000,
        frame_wait_ms: int = 5_000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._collect = collect
        self._window = window
        self.path = path
        self._last_frame: float | None = None
        self._waiting = False
        self._failed = False
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.tick)
        self._grace = QTimer(self, interval=frame_wait_ms, singleShot=True)
        self._grace.timeout.connect(self._write_after_frame)
        if window is not None:
            # the default connection (see watchdog.Watchdog); the file is written after
            # the frame's own handlers, in a later turn of the event loop
            window.frameSwapped.connect(self._frame)

    def start(self) -> None:
        """Write now (after a frame), then every interval."""
        self._timer.start()
        self.tick()

    def tick(self) -> None:
        if self._window is None or self._collect().get("state") == "closed":
            self.write()
            return
        self._waiting = True
        self._window.update()
        self._grace.start()

    def _frame(self) -> None:
        self._last_frame = time.time()
        if self._waiting:
            QTimer.singleShot(0, self._write_after_frame)

    def _write_after_frame(self) -> None:
        if self._waiting:
            self._waiting = False
            self._grace.stop()
            self.write()

    @Slot()
    def write(self) -> bool:
        """Write the status now; False if the file cannot be written (logged once)."""
        return self._write()

    def _write(self, state: str | None = None) -> bool:
        data = self._collect()
        if state is not None:
            data["state"] = state
        data["last_frame"] = utc(self._last_frame)
        data["written"] = utc(time.time())
        try:
            write_json_atomic(self.path, {key: data.get(key) for key in FIELDS})
        except OSError as exc:
            if not self._failed:  # once, not every minute
                log.warning("cannot write the status file %s: %s", self.path, exc)
            self._failed = True
            return False
        self._failed = False
        self.written.emit()
        return True

    def stop(self) -> None:
        """Stop the timer and say the exhibit stopped (at a clean end)."""
        self._timer.stop()
        self._grace.stop()
        self._write("stopped")


__all__ = ["FIELDS", "STATUS_FILE", "StatusWriter", "status_path", "utc", "write_json_atomic"]
