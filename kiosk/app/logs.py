"""Qt's own messages (QML warnings, plugin errors) go to the application log."""

from __future__ import annotations

import logging

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
