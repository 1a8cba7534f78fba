"""Start-up, screen-change and memory figures of the exhibit, each beside its floor.

Every figure is measured in the same run as its floor, on the same machine, and
compared with it as a ratio:

- cold start to the attract screen's first frame (median of fresh processes), against
  an empty ApplicationWindow started the same way (target <= 1.3x);
- tap on a chapter card to the chapter screen's first frame, against pushing a screen
  that holds one long plain Text (target <= 2x at the median, <= 2.5x at the p95);
- peak RSS after opening every chapter's screen once, against the empty window
  (target <= 1.4x).

    QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software python benchmarks/startup.py [--json]

Exits 1 when a figure is over its target.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from budget import Figure, median, p95, report
from offscreen import centre_of, ms_to_frame, run_child

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7

EMPTY_QML = b"""
import QtQuick
import QtQuick.Controls.Basic
ApplicationWindow { width: 1920; height: 1080; visible: true }
"""

LONG_TEXT_QML = b"""
import QtQuick
import QtQuick.Controls.Basic
ApplicationWindow {
    width: 1920; height: 1080; visible: true
    property alias stack: stack
    Component {
        id: page
        Item {
            Text {
                width: 1000
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                font.pixelSize: 33
                text: "Plain exhibit text of the length of a chapter. ".repeat(60)
            }
        }
    }
    StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
        pushEnter: null; pushExit: null; popEnter: null; popExit: null
        function show() { clear(); push(page) }
    }
}
"""


def _peak_rss_mib() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(mode: str, content: Path) -> None:
    """Run in a fresh process: start, wait for the first frame, print the figures."""
    if mode != "empty":
        # in the order ``kiosk run`` imports them: the exhibit's modules, then Qt's
        from kiosk.app.config import KioskConfig
        from kiosk.app.main import Services, make_engine
    # nothing of the Qt namespace before the first frame, in either process: its first use
    # builds about 90 Python enums (25 ms), which ``kiosk run`` avoids too
    from PySide6.QtCore import QObject, QTimer
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv)
    if mode == "empty":
        import PySide6.QtQuick  # noqa: F401
        from PySide6.QtQml import QQmlApplicationEngine

        engine = QQmlApplicationEngine()
        engine.loadData(EMPTY_QML)
        window = engine.rootObjects()[0]
    else:
        services = Services(content, KioskConfig(fullscreen=False))
        engine = make_engine(services)
        window = engine.rootObjects()[0]
        window.resize(1920, 1080)

    def first_frame() -> None:
        print(f"frame {time.time():.6f}", flush=True)
        window.frameSwapped.disconnect(first_frame)
        if mode == "exhibit-all":
            QTimer.singleShot(0, open_all)
        else:
            QTimer.singleShot(0, finish)

    def open_all() -> None:
        from kiosk.app.screenshots import call, settle

        nav = window.findChild(QObject, "navigator")
        # every chapter's own screen: the visitor has passed every gate
        services.care.accept([w.id for w in services.exhibit.repository.warnings("en")])
        for chapter_id in services.exhibit.chapter_ids():
            call(nav, "home")
            call(nav, "chapters")
            call(nav, "chapter", chapter_id)
            settle(20)
        finish()

    def finish() -> None:
        print(f"rss {_peak_rss_mib():.1f}", flush=True)
        app.quit()

    window.frameSwapped.connect(first_frame)
    app.exec()


def cold_start(mode: str, content: Path) -> tuple[float, float]:
    """Seconds from spawning a process to its first frame, and its peak RSS in MiB."""
    start = time.time()
    values = run_child(__file__, mode, "--content", str(content))
    return float(values["frame"]) - start, float(values["rss"])


def screen_changes(content: Path) -> tuple[list[float], list[float]]:
    """Milliseconds from a tap on a chapter card to the chapter's first frame, and from
    pushing a long-Text page to its first frame, in this process."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    from PySide6.QtCore import QObject, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine
    from PySide6.QtTest import QTest

    from kiosk.app.config import KioskConfig
    from kiosk.app.main import Services, make_engine
    from kiosk.app.screenshots import call, settle

    app = QGuiApplication.instance() or QGuiApplication(sys.argv)

    services = Services(content, KioskConfig(fullscreen=False))
    engine = make_engine(services)
    window = engine.rootObjects()[0]
    window.resize(1920, 1080)
    nav = window.findChild(QObject, "navigator")
    settle(200)
    # measure the chapter screen itself: the visitor has passed every gate already
    services.care.accept([w.id for w in services.exhibit.repository.warnings("en")])
    taps: list[float] = []
    ids = services.exhibit.chapter_ids()
    for _ in range(RUNS):
        for chapter_id in ids[:8]:  # the first screenful of cards
            call(nav, "home")
            call(nav, "chapters")
            settle(60)
            centre = centre_of(engine, window, f"chapterCard_{chapter_id}")

            def tap(c: object = centre) -> None:
                QTest.mouseClick(
                    window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, c
                )

            taps.append(ms_to_frame(window, tap))
    floor_engine = QQmlApplicationEngine()
    floor_engine.loadData(LONG_TEXT_QML)
    floor_window = floor_engine.rootObjects()[0]
    stack = floor_window.findChild(QObject, "stack")
    settle(200)
    floors = []
    for _ in range(RUNS * 8):
        floors.append(ms_to_frame(floor_window, lambda: call(stack, "show")))
        settle(20)
    del app
    return taps, floors


def main() -> int:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--content", type=Path, default=ROOT / "content.db")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--child", choices=("empty", "exhibit", "exhibit-all"), help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        child(args.child, args.content)
        return 0

    # An installed exhibit runs from compiled bytecode; so does the benchmark, even where
    # the environment forbids writing it (PYTHONDONTWRITEBYTECODE).
    import compileall

    compileall.compile_dir(ROOT / "kiosk", quiet=1)
    if not args.json:
        print(f"content: {args.content}  runs: {RUNS}  python {sys.version.split()[0]}")
    # interleaved, so that a burst of load elsewhere on the machine hits both alike
    empty, exhibit, all_open = [], [], []
    for _ in range(RUNS):
        empty.append(cold_start("empty", args.content))
        exhibit.append(cold_start("exhibit", args.content))
        all_open.append(cold_start("exhibit-all", args.content))
    taps, floors = screen_changes(args.content)
    figures = [
        Figure("cold start to first frame (ms)", median([e[0] for e in exhibit]) * 1000,
               median([e[0] for e in empty]) * 1000, 1.3),
        Figure("chapter tap to first frame, median (ms)", median(taps), median(floors), 2.0),
        Figure("chapter tap to first frame, p95 (ms)", p95(taps), p95(floors), 2.5),
        Figure("peak RSS, every chapter opened (MiB)", median([e[1] for e in all_open]),
               median([e[1] for e in empty]), 1.4),
    ]  # fmt: skip
    return report(figures, args.json)


if __name__ == "__main__":
    sys.exit(main())
