"""Image figures of the exhibit, each beside its floor, as ratios.

The floor is the same exhibit over a copy of the content whose chapters have no cover
images: the ratio is what the images add to what a visitor waits for.

- Chapter grid: from the tap on "Chapters" until every visible card's map is drawn,
  against the same tap until the first frame of the grid without maps (target <= 1.5x).
  This is the figure of the speed budget; the others show where time goes.
- Chapter: from opening a chapter to its first frame (the text, at once), and until its
  map under the summary is drawn (a frame or two later: it decodes off the GUI thread),
  against opening it without the map until its first frame (target <= 1.5x).
- The longest gap between frames while that happens (images decode off the GUI
  thread, so it should not grow; target <= 1.5x).

Each run is a fresh process, so no image cache helps.

    QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software python benchmarks/images.py [--json]

Exits 1 when a figure is over its target.
"""

from __future__ import annotations

import argparse
import itertools
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from budget import Figure, median, report
from offscreen import pending_images, run_child

from kiosk.content.repository import file_sha256

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7


def child(mode: str, content: Path) -> None:
    """One fresh process: open the grid or a chapter; print the ms until its images are
    drawn (or, without images, until its first frame) and the longest frame gap."""
    from PySide6.QtCore import QEventLoop, QObject, QTimer
    from PySide6.QtGui import QGuiApplication

    from kiosk.app.config import KioskConfig
    from kiosk.app.main import Services, make_engine
    from kiosk.app.screenshots import call, settle

    app = QGuiApplication(sys.argv)
    services = Services(content, KioskConfig(fullscreen=False))
    engine = make_engine(services)
    window = engine.rootObjects()[0]
    window.resize(1920, 1080)
    nav = window.findChild(QObject, "navigator")
    services.care.accept([w.id for w in services.exhibit.repository.warnings("en")])
    call(nav, "home")
    settle(200)
    name = "chapterCover" if mode == "grid" else "mediaImage"

    frames: list[float] = []
    done: list[float] = []
    loop = QEventLoop()
    QTimer.singleShot(10000, loop.quit)

    def frame() -> None:
        frames.append(time.perf_counter())
        if not done and pending_images(engine, window, name) == 0:
            done.append(frames[-1])
            loop.quit()

    window.frameSwapped.connect(frame)
    start = time.perf_counter()
    if mode == "grid":
        call(nav, "chapters")
    else:
        call(nav, "chapter", "soviet-peoples")
    loop.exec()
    end = done[0] if done else time.perf_counter()
    stamps = [start, *[f for f in frames if f <= end]]
    print(f"ms {(end - start) * 1000:.2f}")
    print(f"first {((frames[0] if frames else end) - start) * 1000:.2f}")
    print(f"gap {max(b - a for a, b in itertools.pairwise(stamps)) * 1000:.2f}")
    del app


def run(mode: str, content: Path) -> tuple[float, float, float]:
    values = run_child(__file__, mode, "--content", str(content))
    return float(values["ms"]), float(values["gap"]), float(values["first"])


def main() -> int:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--content", type=Path, default=ROOT / "content.db")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--child", choices=("grid", "chapter"), help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        child(args.child, args.content)
        return 0
    import compileall

    compileall.compile_dir(ROOT / "kiosk", quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        bare = Path(tmp) / "content.db"
        shutil.copy(args.content, bare)
        conn = sqlite3.connect(bare)
        covers = conn.execute("SELECT COUNT(*) FROM chapters WHERE cover IS NOT NULL").fetchone()
        conn.execute("UPDATE chapters SET cover = NULL")
        conn.commit()
        conn.close()
        # the checksum the exhibit verifies before it opens a database
        manifest = bare.with_name(bare.name + ".sha256")
        manifest.write_text(f"{file_sha256(bare)}  {bare.name}\n", encoding="ascii")
        if not args.json:
            print(f"content: {args.content}  chapters with a map: {covers[0]}  runs: {RUNS}")
        # interleaved, so that a burst of load elsewhere on the machine hits both alike
        results: dict[tuple[str, str], list[tuple[float, float, float]]] = {}
        for _ in range(RUNS):
            for m in ("grid", "chapter"):
                for kind, db in (("images", args.content), ("floor", bare)):
                    results.setdefault((m, kind), []).append(run(m, db))

    def med(mode: str, kind: str, i: int) -> float:
        return median([r[i] for r in results[(mode, kind)]])

    rows = [
        ("chapter grid with maps: tap to every map drawn (ms)", "grid", 0),
        ("chapter grid: longest frame gap (ms)", "grid", 1),
        ("chapter: open to first frame (ms)", "chapter", 2),
        ("chapter: open to its map drawn (ms)", "chapter", 0),
        ("chapter: longest frame gap (ms)", "chapter", 1),
    ]
    figures = [Figure(label, med(m, "images", i), med(m, "floor", i), 1.5) for label, m, i in rows]
    return report(figures, args.json)


if __name__ == "__main__":
    sys.exit(main())
