"""Memory over many screen changes: the exhibit must not grow while it runs for months.

Scripted visits walk the real content (home, chapter list, a chapter behind its warning,
timeline, sources, a source, search, the map, about, back, ...), with an idle reset to the
attract screen after every visit. The resident memory (RSS) is sampled on the attract
screen after each reset; after a warm-up (every chapter visited twice, at least a
quarter of the run), the least-squares slope of RSS against the
number of screen changes is the growth per change. The figure is that slope, in KiB per
change, against a floor of 1 KiB (target <= 1x: under 1 KiB per change); the slope of the
later half of the samples is a second figure, so that a rise that only starts late is not
averaged away.

    QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software python benchmarks/memory_slope.py
        [--changes N] [--json]

By default about 1,600 changes (under a minute); ``--changes 20000`` for the long run.
Exits 1 when a figure is over its target.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

from budget import Figure, report
from offscreen import ROOT  # noqa: F401 - puts this checkout first on sys.path

_keep: list[object] = []
WARM_UP = 0.25  # at least this share of changes comes before the slope counts


def rss_kib() -> float:
    """The resident set size of this process now (not its peak), in KiB."""
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1024


def slope(xs: list[float], ys: list[float]) -> float:
    """The least-squares slope of ys against xs."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx if sxx else 0.0


def measure(changes: int, content: Path) -> tuple[float, float, int, list[tuple[int, float]]]:
    """(slope after warm-up, slope of the later half, screen changes made, samples)."""
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QGuiApplication

    from kiosk.app.config import KioskConfig
    from kiosk.app.main import Services, make_engine
    from kiosk.app.screenshots import call, settle

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    services = Services(content, KioskConfig(fullscreen=False))
    engine = make_engine(services)
    window = engine.rootObjects()[0]
    window.resize(1920, 1080)
    nav = window.findChild(QObject, "navigator")
    ex = services.exhibit
    chapters = ex.chapter_ids()
    sources = [s["sourceId"] for g in services.sources.source_groups() for s in g["sources"]]
    done, samples, visit = 0, [], 0

    def go(*step: object) -> None:
        nonlocal done
        call(nav, *step)
        settle(1)
        done += 1

    while done < changes:
        chapter = chapters[visit % len(chapters)]
        go("begin")
        go("languageChosen", True)
        go("chapters")
        go("chapter", chapter)
        if call(nav, "screenName") == "gateScreen":
            go("answerGate", "continue")
        go("timelineFor", chapter)
        go("back")
        go("sources")
        if sources:
            go("source", sources[visit % len(sources)])
        go("about")
        go("support")
        go("home")
        go("periodMap")
        go("search")
        go("rest")
        go("back")
        ex.resetSession()  # the idle reset: the next visitor starts on the attract screen
        settle(1)
        done += 1
        visit += 1
        gc.collect()
        engine.collectGarbage()
        settle(1)
        samples.append((done, rss_kib()))
    # warm-up: every chapter visited twice (its images, map and timeline cached, Qt's
    # caches filled), and at least a quarter of the run
    start = max(WARM_UP * done, samples[min(2 * len(chapters), len(samples) - 4) - 1][0])
    counted = [(x, y) for x, y in samples if x > start]
    later = counted[len(counted) // 2 :]
    s_all = slope([x for x, _ in counted], [y for _, y in counted])
    s_late = slope([x for x, _ in later], [y for _, y in later])
    _keep.extend([app, services, engine])  # torn down by the process's end, not here
    return s_all, s_late, done, samples


def main() -> int:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--changes", type=int, default=1600, help="screen changes (default 1600)")
    p.add_argument("--content", type=Path, default=Path(__file__).resolve().parent.parent
                   / "content.db")  # fmt: skip
    p.add_argument("--json", action="store_true", help="one JSON document for run.py")
    args = p.parse_args()
    if args.changes < 200:
        p.error("--changes must be at least 200: the slope needs samples after the warm-up")
    s_all, s_late, done, samples = measure(args.changes, args.content)
    if not args.json:
        first, last = samples[0][1], samples[-1][1]
        print(f"{done} screen changes, {len(samples)} samples; RSS {first / 1024:.1f} MiB "
              f"after the first visit, {last / 1024:.1f} MiB at the end")  # fmt: skip
    code = report(
        [
            Figure("RSS growth per screen change after warm-up (KiB)", s_all, 1.0, 1.0),
            Figure("RSS growth per screen change, later half (KiB)", s_late, 1.0, 1.0),
        ],
        args.json,
    )
    sys.stdout.flush()
    os._exit(code)  # no teardown: the screens would evaluate bindings over deleted objects


if __name__ == "__main__":
    sys.exit(main())
