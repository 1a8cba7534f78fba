"""Timeline at scale: the real content beside a synthetic 5,000-event database.

    QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software python benchmarks/timeline.py [--json]

Each case (the real content, the synthetic database, an empty ListView) is measured in
a fresh process, so no cache or leftover of one case helps or burdens another:

- opening the timeline to its first frame: synthetic against the real (target <= 2x);
- a programmatic full-width flick at 1920x1080: frames per second against an empty
  ListView's flick (target >= 0.95x), and the p95 of the time each frame spends
  synchronising and rendering, against the time between two frames of that ListView's
  flick, the render loop's frame on this machine (target <= 0.5x: half a frame);
- resident memory after 50 zoom and filter changes, against after the first 10
  (target <= 1.05x: no growth).

Exits 1 when a figure is over its target.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from budget import Figure, median, p95, report
from offscreen import child_env, ms_to_frame, synthetic_db

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
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtQml import QQmlExpression

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


def timeline_figures(db: Path) -> dict[str, float]:
    """Open, flick and memory figures of the exhibit's timeline over ``db``."""
    from PySide6.QtCore import QObject

    from kiosk.app.config import KioskConfig
    from kiosk.app.main import Services, make_engine
    from kiosk.app.screenshots import _find_item, call, settle

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
    flick.setProperty("contentX", t.zoomTo(3, t.scale().x(dt.date(1941, 1, 1)), 960))
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
    return {
        "open_ms": median(opens),
        "fps": fps,
        "cost_p95": p95(costs),
        "rss_10": samples[9],
        "rss_50": samples[-1],
    }


def listview_figures() -> dict[str, float]:
    from PySide6.QtCore import QObject
    from PySide6.QtQml import QQmlApplicationEngine

    from kiosk.app.screenshots import settle

    engine = QQmlApplicationEngine()
    engine.loadData(LISTVIEW_QML)
    window = engine.rootObjects()[0]
    lst = window.findChild(QObject, "list")
    settle(300)
    fps, _costs = flick_run(engine, window, lst)
    return {"fps": fps}


def child(case: str, db: Path) -> None:
    """One case in this fresh process; its figures as one JSON line."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv)
    figures = listview_figures() if case == "listview" else timeline_figures(db)
    print(json.dumps(figures), flush=True)
    del app


def run(case: str, db: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", case, "--content", str(db)],
        capture_output=True, text=True, timeout=300, env=child_env(), cwd=ROOT,
    )  # fmt: skip
    if out.returncode != 0:
        raise RuntimeError(out.stderr)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> int:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--content", type=Path, default=ROOT / "content.db")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--child", choices=("real", "synthetic", "listview"), help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        child(args.child, args.content)
        return 0
    big = synthetic_db()
    import compileall

    compileall.compile_dir(ROOT / "kiosk", quiet=1)
    real = run("real", args.content)
    synth = run("synthetic", big)
    lv = run("listview", args.content)
    figures = [
        Figure("timeline open to first frame, synthetic/real (ms)",
               synth["open_ms"], real["open_ms"], 2.0),
    ]  # fmt: skip
    for name, figs in (("real", real), ("synthetic", synth)):
        figures += [
            Figure(f"timeline flick fps, {name} / ListView", figs["fps"], lv["fps"], 0.95,
                   at_least=True),
            Figure(f"timeline frame cost p95, {name} / a frame (ms)",
                   figs["cost_p95"], 1000 / lv["fps"], 0.5),
            Figure(f"timeline RSS after 50 changes / after 10, {name} (MiB)",
                   figs["rss_50"], figs["rss_10"], 1.05),
        ]  # fmt: skip
    return report(figures, args.json)


if __name__ == "__main__":
    sys.exit(main())
