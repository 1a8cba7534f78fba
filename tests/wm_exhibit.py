"""The exhibit as a kiosk runs it (full screen, kept in front), driven line by line by a
test that sends it shortcuts and gestures through a real X window manager:

    DISPLAY=:N QT_QPA_PLATFORM=xcb python -m tests.wm_exhibit CONTENT

Reads commands on standard input, answers each with one line:
    go NAME   -> "at SCREEN"            show a screen (see SCREENS)
    state     -> "state SCREEN PAD FRONT WINDOW"  the screen shown, whether the staff pad
                 is open (0/1), whether the window says it is full screen and active (0/1),
                 and its X window id
    closepad  -> "ok"                   close the staff pad
Prints "ready WINDOW" once the window is full screen and active.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow

from kiosk.app.config import KioskConfig, hash_pin
from kiosk.app.main import Services, lock_down, make_engine
from kiosk.app.screenshots import call

PIN = "258025"
HOLD_SECONDS = 1.0  # the staff corner: 3 s on a kiosk, shorter here

# screen -> navigator calls that show it (a gate is answered only where the name says)
SCREENS: dict[str, list[tuple[str, ...]]] = {
    "attract": [("attract",)],
    "language": [("begin",)],
    "home": [("home",)],
    "chapters": [("home",), ("chapters",)],
    "gate": [("home",), ("chapter", "north")],
    "chapter": [("home",), ("chapter", "north"), ("answerGate", "continue")],
    "map": [("home",), ("periodMap",)],
    "timeline": [("home",), ("timeline",)],
    "search": [("home",), ("search",)],
    "sources": [("home",), ("sources",)],
    "about": [("home",), ("about",)],
    "support": [("home",), ("support",)],
    "break": [("home",), ("rest",)],
}


def main(content: Path) -> int:
    app = QGuiApplication(sys.argv)
    config = KioskConfig(fullscreen=True, admin_pin_hash=hash_pin(PIN))
    services = Services(content, config)
    services.admin.set_hold_seconds(HOLD_SECONDS)
    engine = make_engine(services)
    window = cast(QQuickWindow, engine.rootObjects()[0])
    nav = window.findChild(QObject, "navigator")
    keeper = lock_down(window, config)
    assert keeper is not None

    def say(line: str) -> None:
        print(line, flush=True)

    def command(words: list[str]) -> None:
        if words[0] == "go":
            services.admin.closePad()
            for step in SCREENS[words[1]]:
                call(nav, *step)
            say(f"at {call(nav, 'screenName')}")
        elif words[0] == "state":
            say(
                f"state {call(nav, 'screenName')} {int(services.admin.padOpen)} "
                f"{int(keeper.is_in_front())} {int(window.winId())}"
            )
        elif words[0] == "closepad":
            services.admin.closePad()
            say("ok")
        else:
            say(f"error unknown command {words[0]}")

    def read() -> None:
        line = sys.stdin.readline()
        if not line:
            app.exit(0)
            return
        if line.split():
            command(line.split())

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(read)

    def announce() -> None:
        if keeper.is_in_front():
            say(f"ready {int(window.winId())}")
        else:
            QTimer.singleShot(100, announce)

    QTimer.singleShot(100, announce)
    keep: Any = (notifier, keeper)
    code = app.exec()
    del keep
    return code


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
