"""Timeline at scale: the real content beside a synthetic 5,000-event database.

    QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software python benchmarks/timeline.py

Prints, for each database:
- opening the timeline to its first frame (target: synthetic at most 2x the real);
- a programmatic full-width flick at 1920x1080: frames per second against an empty
  ListView's flick in the same run (target >= 0.95x), and the p95 of the time each frame
  spends synchronising and rendering (target < 8 ms);
- memory after 50 zoom and filter changes (target: no growth beyond 5 % after the first 10).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from offscreen import ms_to_frame, synthetic_db

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import itertools

from PySide6.QtCore import QEventLoop, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine, QQmlExpression

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5

LISTVIEW_QML = b"""
import QtQuick
import QtQuick.Controls.Basic
ApplicationWindow {
    width: 1920; height: 1080; visible: true
    ListView {
        objectName: "list"
        anchors.fill: parent
        orientation: ListView.Horizontal
        model: 2000
        delegate: Rectangle { width: 300; height: 100; color: "#1d2126"
            Text { text: "Item " + index; color: "white" } }
    }
}
"""


def rss_mib() -> float:
    return int(Path("/proc/self/statm").read_text().split()[1]) * 4096 / 2**20


def flick_run(engine: Any, window: Any, flick: Any) -> tuple[float, list[float]]:
    """Flick across one screen width; return frames per second and per-frame costs (ms)."""
    frames: list[float] = []
    costs: list[float] = []
    start: list[float] = []
    c1 = window.beforeSynchronizing.connect(lambda: start.append(time.perf_counter()))
    c2 = window.afterRendering.connect(
        lambda: costs.append((time.perf_counter() - start[-1]) * 1000) if start else None
    )
    c3 = window.frameSwapped.connect(lambda: frames.append(time.perf_counter()))
    loop = QEventLoop()
    ended = flick.movementEnded.connect(loop.quit)
    QTimer.singleShot(8000, loop.quit)
    QQmlExpression(engine.rootContext(), flick, "flick(-4000, 0)").evaluate()
    loop.exec()
    for sig, c in (
        (window.beforeSynchronizing, c1),
        (window.afterRendering, c2),
        (window.frameSwapped, c3),
    ):
        sig.disconnect(c)
    flick.movementEnded.disconnect(ended)
    # frames per second from the median gap between frames: robust to the first and
    # last frame of the movement, which wait on the flick starting and settling
    gaps = [b - a for a, b in itertools.pairwise(frames)]
    fps = 1 / statistics.median(gaps) if len(gaps) > 2 else 0.0
    return fps, costs


def settle(ms: int = 100) -> None:
    from kiosk.app.screenshots import settle as s

    s(ms)


def timeline_figures(db: Path) -> dict[str, float]:
    from kiosk.app.config import KioskConfig
    from kiosk.app.main import Services, make_engine
    from kiosk.app.screenshots import _find_item, call

    services = Services(db, KioskConfig(fullscreen=False))
    engine = make_engine(services)
    window = engine.rootObjects()[0]
    window.resize(1920, 1080)
    nav = window.findChild(QObject, "navigator")
    settle(300)
    opens = []
    for _ in range(RUNS):
        call(nav, "home")
        settle(50)
        opens.append(ms_to_frame(window, lambda: call(nav, "timeline")))
        settle(50)
    flick = _find_item(window, "timelineFlick")
    t = services.timeline
    flick.setProperty(
        "contentX", t.zoomTo(3, t.scale().x(__import__("datetime").date(1941, 1, 1)), 960)
    )
    settle(200)
    fps, costs = flick_run(engine, window, flick)
    # memory over zoom and filter changes
    chips = [r["chipId"] for r in t._chapter_chips.rows()][:5]
    samples = []
    for i in range(50):
        if i % 2:
            t.zoomTo(i % 6, t.scale().width / 2, 960)
        else:
            t.toggleChapter(chips[i % len(chips)])
        settle(20)
        samples.append(rss_mib())
    t.clearFilters()
    engine.deleteLater()
    settle(50)
    return {
        "open_ms": statistics.median(opens),
        "fps": fps,
        "cost_p95": sorted(costs)[int(0.95 * len(costs)) - 1] if costs else float("nan"),
        "growth": (samples[-1] - samples[9]) / samples[9] * 100,
    }


def listview_figures() -> tuple[float, list[float]]:
    engine = QQmlApplicationEngine()
    engine.loadData(LISTVIEW_QML)
    window = engine.rootObjects()[0]
    lst = window.findChild(QObject, "list")
    settle(300)
    return flick_run(engine, window, lst)


def main() -> int:
    big = synthetic_db()
    import compileall

    compileall.compile_dir(ROOT / "kiosk", quiet=1)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    real = timeline_figures(ROOT / "content.db")
    synth = timeline_figures(big)
    lv_fps, lv_costs = listview_figures()
    print(f"{'timeline':40} {'real':>9} {'synthetic':>10} {'floor':>9} {'ratio':>7}  target")
    print(
        f"{'open to first frame (ms)':40} {real['open_ms']:9.1f} {synth['open_ms']:10.1f} {real['open_ms']:9.1f} "
        f"{synth['open_ms'] / real['open_ms']:6.2f}x  <= 2x real"
    )
    for name, figs in (("real", real), ("synthetic", synth)):
        print(
            f"{'flick fps, ' + name:40} {figs['fps']:9.1f} {'':>10} {lv_fps:9.1f} {figs['fps'] / lv_fps:6.2f}x  >= 0.95x empty ListView"
        )
        print(
            f"{'frame cost p95 (ms), ' + name:40} {figs['cost_p95']:9.2f} {'':>10} "
            f"{sorted(lv_costs)[int(0.95 * len(lv_costs)) - 1]:9.2f} {'':>7}  < 8 ms"
        )
        print(
            f"{'RSS growth after 50 changes (%), ' + name:40} {figs['growth']:9.1f} {'':>10} {'':>9} {'':>7}  <= 5 % after the first 10"
        )
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
