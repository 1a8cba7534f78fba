"""The exhibit on the home screen for the AT-SPI test: ``python -m tests.ui.atspi.exhibit
CONTENT_DB DONE_FILE``; it runs until DONE_FILE exists (or a minute passes)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication


def main() -> int:
    content, done = Path(sys.argv[1]), Path(sys.argv[2])
    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName("exhibit-atspi-test")
    from kiosk.app.screenshots import call
    from tests.conftest import open_exhibit

    ex = open_exhibit(content)
    call(ex.nav, "home")
    started = time.monotonic()
    timer = QTimer(interval=100)
    timer.timeout.connect(
        lambda: app.quit() if done.exists() or time.monotonic() - started > 60 else None
    )
    timer.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
