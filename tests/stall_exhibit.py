"""The exhibit as ``python -m kiosk ARGS`` runs it, except that the first time (no MARKER
file yet) its GUI thread stalls a few seconds after start-up, for the watchdog tests:

    python -m tests.stall_exhibit slot|qml MARKER ARGS...

``slot``: a slot that runs for 60 s (a hung call); ``qml``: an endless JavaScript loop in
the QML engine. Either way no frame is drawn and no watchdog ping is sent after it
starts. The supervisor must kill it and start it again; the second start, finding
MARKER, runs normally.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer

import kiosk.app.main as app_main
from kiosk.cli import main

STALL_AFTER_MS = 1000  # after the first frame (and so after READY=1)


def _stalling(make_engine: Any, mode: str) -> Any:
    def make(services: Any) -> Any:
        engine = make_engine(services)

        def stall() -> None:
            if mode == "slot":
                time.sleep(60)
            else:
                engine.evaluate("while (true) {}")

        window = engine.rootObjects()[0]
        started: list[bool] = []

        def first_frame() -> None:
            if not started:
                started.append(True)
                QTimer.singleShot(STALL_AFTER_MS, stall)

        window.frameSwapped.connect(first_frame, Qt.ConnectionType.QueuedConnection)
        return engine

    return make


if __name__ == "__main__":
    mode, marker, args = sys.argv[1], Path(sys.argv[2]), sys.argv[3:]
    if not marker.exists():
        marker.touch()
        app_main.make_engine = _stalling(app_main.make_engine, mode)
    sys.exit(main(args))
