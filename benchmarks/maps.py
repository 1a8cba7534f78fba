"""Map figures of the exhibit, each beside its floor.

- tap on Home's "Map" to the map screen's first frame, against a tap on "Chapters" to the
  chapter list's first frame (target: median within 2x, p95 within 2.5x)
- the same tap to the frame that shows the decoded map (informative: decoded off the GUI
  thread, after the first frame)
- the first visit, which lays the labels out (later visits at that size reuse it)
- placing the period map's labels at the three screen sizes (pure Python, per layout)

    QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software python benchmarks/maps.py
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from budget import Figure, median, p95, report
from offscreen import ROOT, ms_to_frame

RUNS = 15
# Python wrappers of items QML created without a parent would delete them when collected
# (see tests/ui/helpers.py): every item looked at is kept for the whole run.
_SEEN: list[object] = []


def _walk(item: object) -> list:  # type: ignore[type-arg]
    out: list[object] = []
    _SEEN.append(out)
    for child in item.childItems():  # type: ignore[attr-defined]
        if child.isVisible():
            out.append(child)
            out += _walk(child)
    return out


def screen_taps(content: Path) -> dict[str, list[float]]:
    """Milliseconds from a tap on a home tile to the next frame, per tile; and to the
    frame that shows the map picture."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    from PySide6.QtCore import QObject, QPointF, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    from kiosk.app.config import KioskConfig
    from kiosk.app.main import Services, make_engine
    from kiosk.app.screenshots import _evaluate, call, settle

    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    services = Services(content, KioskConfig(fullscreen=False))
    engine = make_engine(services)
    window = engine.rootObjects()[0]
    window.resize(1920, 1080)
    nav = window.findChild(QObject, "navigator")
    settle(200)
    out: dict[str, list[float]] = {"homeChapters": [], "homeMap": [], "mapDrawn": []}
    for _ in range(RUNS):
        for tile in ("homeChapters", "homeMap"):
            call(nav, "home")
            settle(80)
            button = next(i for i in _walk(window.contentItem()) if i.objectName() == tile)
            centre = button.mapToScene(QPointF(button.width() / 2, button.height() / 2))

            def tap(c: object = centre.toPoint()) -> None:
                QTest.mouseClick(
                    window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, c
                )

            start = time.perf_counter()
            out[tile].append(ms_to_frame(window, tap))
            if tile == "homeMap":
                picture = next(
                    i for i in _walk(window.contentItem()) if i.objectName() == "periodMap"
                )
                while (
                    _evaluate(engine, picture, "status") != 1  # Image.Ready
                    and time.perf_counter() - start < 5
                ):
                    ms_to_frame(window, lambda: None)
                out["mapDrawn"].append((time.perf_counter() - start) * 1000)
    engine.deleteLater()
    del app
    return out


def layouts(content: Path) -> list[tuple[str, float]]:
    """Milliseconds to place the period map's labels, at each reference size."""
    from kiosk.content import labels
    from kiosk.content.repository import Repository

    repo = Repository.open(content)
    media_id = repo.period_map()
    assert media_id is not None
    view = repo.media_views([media_id], "en")[media_id]
    cards = {c.id: c for c in repo.chapter_cards("en")}
    rows = []
    for name, area in (("1920x1080", (1444.0, 890.0)), ("1080x1920", (984.0, 1350.0)),
                       ("1366x768", (922.0, 560.0))):  # fmt: skip
        scale = min(area[0] / view.width, area[1] / view.height)
        x0, y0 = (area[0] - view.width * scale) / 2, (area[1] - view.height * scale) / 2
        pins = [(x0 + p.x * view.width * scale, y0 + p.y * view.height * scale)
                for p in view.places]  # fmt: skip
        sizes = [labels.label_size(labels.short_title(cards[p.ref].title.text), 26, 64, 256)
                 for p in view.places]  # fmt: skip
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            labels.place(pins, sizes, area, 24, 12)
            times.append((time.perf_counter() - t0) * 1000)
        rows.append((name, median(times)))
    repo.close()
    return rows


def main() -> int:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--content", type=Path, default=ROOT / "content.db")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = p.parse_args()
    info = sys.stderr if args.json else sys.stdout
    print(f"content: {args.content}  runs: {RUNS}  python {sys.version.split()[0]}", file=info)
    taps = screen_taps(args.content)
    figures = [
        Figure("map screen tap to first frame, median (ms)", median(taps["homeMap"]),
               median(taps["homeChapters"]), 2.0),
        Figure("map screen tap to first frame, p95 (ms)", p95(taps["homeMap"]),
               p95(taps["homeChapters"]), 2.5),
    ]  # fmt: skip
    # not budgeted, for the record: the map drawn, and the first visit laying labels out
    print(f"map screen tap to the map drawn, median: {median(taps['mapDrawn']):.1f} ms", file=info)
    print(f"first visit, tap to the map drawn: {taps['mapDrawn'][0]:.1f} ms", file=info)
    for name, ms in layouts(args.content):
        print(f"label layout at {name}: {ms:.1f} ms", file=info)
    return report(figures, args.json)


if __name__ == "__main__":
    sys.exit(main())
