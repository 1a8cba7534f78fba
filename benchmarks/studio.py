"""The curators' studio on the real content, beside the exhibit's own figures.

- cold start of ``kiosk studio`` to its first painted window, against the exhibit's
  cold start to its first frame (target <= 2x);
- switching the form to another item (sections, events, figures of different chapters)
  until it is painted, against a tap on a chapter card to the chapter screen's first
  frame (target <= 2x at the median);
- the longest a keystroke in a field holds the window while the preview is running,
  against one frame at 60 Hz (target <= 1x): the preview is rebuilt after a pause, never
  while the curator types.

    QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software python benchmarks/studio.py [--json]

Exits 1 when a figure is over its target.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import startup
from budget import Figure, median, report
from offscreen import ROOT, run_child

RUNS = 5
FRAME_MS = 1000 / 60


def child(src: Path) -> None:
    """In a fresh process: open the studio, print when its window is first painted."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    from kiosk.content.studio import Project
    from kiosk.studio.window import StudioWindow

    window = StudioWindow(Project(src))
    window.resize(1600, 1000)
    window.show()

    def painted() -> None:
        window.repaint()
        print(f"frame {time.time():.6f}", flush=True)
        window.validation.close()  # the first check, still running, is stopped
        os._exit(0)

    QTimer.singleShot(0, painted)
    app.exec()


def cold_start(src: Path) -> float:
    start = time.time()
    values = run_child(__file__, "--src", str(src))
    return float(values["frame"]) - start


def in_process(src: Path, content: Path) -> tuple[list[float], list[float], list[float]]:
    """Item switches (ms), keystroke times with the preview running (ms), and the
    exhibit's chapter taps (ms) measured in the same process."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    from kiosk.app.screenshots import settle
    from kiosk.content.studio import Project
    from kiosk.studio.window import StudioWindow

    app = QApplication.instance() or QApplication(sys.argv)
    window = StudioWindow(Project(src))
    window.resize(1600, 1000)
    window.show()
    settle(300)
    items = window.project.items
    keys = [k for k in items if items[k].kind in ("section", "event", "figure")]
    keys = keys[:: max(1, len(keys) // 40)]
    switches = []
    for key in keys:
        t0 = time.perf_counter()
        window.show_item(key)
        window.repaint()
        switches.append((time.perf_counter() - t0) * 1000)
    # typing with the preview running: every keystroke's own time on the window's thread
    window.show_item(keys[0])
    window.tabs.setCurrentWidget(window.preview)
    deadline = time.monotonic() + 300
    while window.preview.window is None and time.monotonic() < deadline:
        settle(100)
    window.tabs.setCurrentIndex(0)
    settle(300)
    title = window.form.findChild(QLineEdit, "field-title")
    keystrokes = []
    if title is not None:
        title.setFocus()
        for ch in "A title typed by a curator":
            t0 = time.perf_counter()
            QTest.keyClick(title, ch)
            app.processEvents()
            keystrokes.append((time.perf_counter() - t0) * 1000)
            settle(60)  # a fast typist: faster than the pause that rebuilds the preview
        QTest.keyClick(title, Qt.Key.Key_Escape)
    window.project.listeners.clear()
    window.validation.close()
    window.preview.close_exhibit()
    window.project.close()
    taps, _floors = startup.screen_changes(content)
    return switches, keystrokes, taps


def main() -> int:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--content", type=Path, default=ROOT / "content.db")
    p.add_argument("--src", type=Path, default=None, help=argparse.SUPPRESS)
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        child(args.src)
        return 0
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-studio-") as tmp:
        src = Path(tmp) / "content"  # a copy: a studio open on the real folder is not disturbed
        shutil.copytree(ROOT / "assets" / "content", src)
        studio, exhibit = [], []
        for _ in range(RUNS):  # interleaved, as startup.py does
            studio.append(cold_start(src))
            start = time.time()
            exhibit.append(float(run_child(startup.__file__, "exhibit", "--content",
                                           str(args.content))["frame"]) - start)  # fmt: skip
        switches, keystrokes, taps = in_process(src, args.content)
    figures = [
        Figure("studio cold start to first paint (ms)", median(studio) * 1000,
               median(exhibit) * 1000, 2.0),
        Figure("studio item switch, median (ms)", median(switches), median(taps), 2.0),
        Figure("studio keystroke with the preview on, worst (ms)",
               max(keystrokes) if keystrokes else float("nan"), FRAME_MS, 1.0),
    ]  # fmt: skip
    return report(figures, args.json)


if __name__ == "__main__":
    sys.exit(main())
