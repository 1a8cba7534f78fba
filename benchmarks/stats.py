"""What counting the usage figures costs a frame, beside the same exhibit counting nothing.

One exhibit taps chapter cards with its counter switched off, counting, and counting while
a day's counts are written to the stats file on the worker thread (a flush started just
before the tap), in turn tap by tap, so that a machine busy with other work slows every
mode alike. Each figure is the median (or 95th percentile) of the taps, printed as a ratio
to the taps with the counter off:

- tap on a chapter card to the chapter screen's first frame, counting (target <= 1.1x);
- the same while a day's counts are being written (target <= 1.1x): the worst case, as
  the exhibit writes at the idle reset and while nobody is at the screen, and during a
  visit only after 30 minutes of it.

With the counter off the screens still call the Stats object (a call that returns at
once); what that call costs when counting is printed too, in microseconds, with how long
writing a day's counts takes on the worker thread (SQLite's fsync included).

    QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software python benchmarks/stats.py
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from budget import Figure, median, p95, report
from offscreen import ms_to_frame, run_child

ROOT = Path(__file__).resolve().parent.parent
PASSES = 12  # times each of the first eight chapter cards is tapped in each mode (a p95
# of 96 taps: 48 left it to the two or three slowest, which one stray pause decides)
DAY_OF_COUNTS = 400  # distinct counts a busy day writes in one batch, at most
MODES = ("off", "counting", "writing")


def _find(item: object, name: str) -> object | None:
    for child in item.childItems():  # type: ignore[attr-defined]
        if child.isVisible():
            if child.objectName() == name:
                return child
            found = _find(child, name)
            if found is not None:
                return found
    return None


def _day_of_counts(counter: object) -> None:
    for i in range(DAY_OF_COUNTS):
        counter.count("chapter_opened", f"chapter-{i}")  # type: ignore[attr-defined]


def child(content: Path) -> None:
    """In a fresh process: tap chapter cards in every mode in turn; print the milliseconds
    from each tap to its frame, the cost of a counted screen change and of a write."""
    from PySide6.QtCore import QObject, QPointF, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    from kiosk.app.config import KioskConfig
    from kiosk.app.main import Services, make_engine
    from kiosk.app.screenshots import call, settle

    app = QGuiApplication(sys.argv)
    folder = Path(tempfile.mkdtemp(prefix="kiosk-stats-bench-"))
    services = Services(content, KioskConfig(fullscreen=False), stats_file=folder / "stats.db")
    engine = make_engine(services)
    window = engine.rootObjects()[0]
    window.resize(1920, 1080)
    nav = window.findChild(QObject, "navigator")
    settle(200)
    services.care.accept([w.id for w in services.exhibit.repository.warnings("en")])
    stats = services.stats
    counter = stats.counter
    assert counter is not None
    taps: dict[str, list[float]] = {m: [] for m in MODES}
    ids = services.exhibit.chapter_ids()[:8]
    for n in range(PASSES * len(ids)):
        chapter_id = ids[n % len(ids)]
        for k in range(len(MODES)):
            mode = MODES[(n + k) % len(MODES)]  # each mode first, second and last in turn
            call(nav, "home")
            call(nav, "chapters")
            settle(60)
            stats.counter = None if mode == "off" else counter
            if mode == "writing":
                _day_of_counts(counter)  # counted before the tap; written during it
            card = _find(window.contentItem(), f"chapterCard_{chapter_id}")
            centre = card.mapToScene(QPointF(card.width() / 2, card.height() / 2)).toPoint()  # type: ignore[attr-defined]

            def tap(c: object = centre, m: str = mode) -> None:
                if m == "writing":
                    counter.flush()
                QTest.mouseClick(
                    window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, c
                )

            taps[mode].append(ms_to_frame(window, tap))
            settle(40)
    stats.counter = counter
    for mode, values in taps.items():
        print(f"taps_{mode} " + ",".join(f"{t:.3f}" for t in values), flush=True)
    calls = 20_000
    t0 = time.perf_counter()
    for i in range(calls):
        stats.screenShown("chapterScreen", 3 + i % 2)
    print(f"slot_us {(time.perf_counter() - t0) / calls * 1e6:.2f}", flush=True)
    flushes = []
    for _ in range(10):
        _day_of_counts(counter)
        t0 = time.perf_counter()
        counter.flush(wait=True)
        flushes.append((time.perf_counter() - t0) * 1000)
    print(f"flush_ms {median(flushes):.2f}", flush=True)
    stats.close()
    del app


def main() -> int:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--content", type=Path, default=ROOT / "content.db")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        child(args.content)
        return 0

    import compileall

    compileall.compile_dir(ROOT / "kiosk", quiet=1)
    info = sys.stderr if args.json else sys.stdout
    print(f"content: {args.content}  python {sys.version.split()[0]}", file=info)
    values = run_child(__file__, "--content", str(args.content))
    taps = {m: [float(t) for t in values[f"taps_{m}"].split(",")] for m in MODES}
    off = taps["off"]
    figures = [
        Figure("chapter tap to first frame, counting, median (ms)", median(taps["counting"]),
               median(off), 1.1),
        Figure("chapter tap to first frame, counting, p95 (ms)", p95(taps["counting"]),
               p95(off), 1.1),
        Figure("chapter tap to first frame, writing, median (ms)", median(taps["writing"]),
               median(off), 1.1),
        Figure("chapter tap to first frame, writing, p95 (ms)", p95(taps["writing"]),
               p95(off), 1.1),
    ]  # fmt: skip
    print(f"taps per mode: {len(off)}; a frame at 60 Hz: 16.7 ms", file=info)
    print(f"GUI thread per counted screen change: {float(values['slot_us']):.1f} µs", file=info)
    print(
        f"a day's counts ({DAY_OF_COUNTS}) written on the worker thread: "
        f"{float(values['flush_ms']):.1f} ms",
        file=info,
    )
    return report(figures, args.json)


if __name__ == "__main__":
    sys.exit(main())
