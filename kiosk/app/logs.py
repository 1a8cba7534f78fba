"""The application log: Qt's own messages (QML warnings, plugin errors) included, rotating
files in the platform's state folder, the last errors for the staff panel."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections import deque
from pathlib import Path
from typing import IO

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("kiosk.qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    where = f"{context.file}:{context.line}: " if context.file else ""
    log.log(_LEVELS.get(kind, logging.WARNING), "%s%s", where, message)


def install() -> None:
    """Route every Qt message through ``logging`` (logger ``kiosk.qt``)."""
    qInstallMessageHandler(_handler)


class _Recent(logging.Handler):
    """The last few errors, for the staff panel (messages of the exhibit, never input)."""

    def __init__(self, size: int = 5) -> None:
        super().__init__(logging.ERROR)
        self.lines: deque[str] = deque(maxlen=size)

    def emit(self, record: logging.LogRecord) -> None:
        stamp = time.strftime("%Y-%m-%d %H:%M", time.localtime(record.created))
        self.lines.append(f"{stamp} {record.getMessage()[:160]}")


_recent = _Recent()


def recent_errors() -> list[str]:
    """The last errors logged in this run, newest last."""
    return list(_recent.lines)


def log_folder() -> Path:
    """Where the exhibit's log files go: the platform's state folder for this user."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    else:
        base = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")
    return base / "soviet-war-crimes-exhibit"


def start_logging(folder: Path | None = None) -> Path | None:
    """Log to the console and to rotating files (5 × 1 MB) in ``folder``; Qt's messages
    too; a native crash writes its stack to the log. Returns the log file, or None when
    the folder cannot be written (the exhibit runs on; the console still gets it)."""
    import faulthandler
    from logging.handlers import RotatingFileHandler

    root = logging.getLogger()
    root.setLevel(logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    console = logging.StreamHandler()
    console.setFormatter(fmt)
    root.addHandler(console)
    root.addHandler(_recent)
    install()
    path = None
    try:
        target = folder or log_folder()
        target.mkdir(parents=True, exist_ok=True)
        path = target / "kiosk.log"
        files = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        files.setFormatter(fmt)
        root.addHandler(files)
        global _crash_log
        _crash_log = open(target / "crash.log", "a", encoding="utf-8")  # noqa: SIM115
        faulthandler.enable(_crash_log)
    except OSError as exc:
        log.warning("cannot write log files (%s); logging to the console only", exc)
        faulthandler.enable()
        return None
    return path


_crash_log: IO[str] | None = None
