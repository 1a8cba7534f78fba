"""Handout figures: how long a PDF handout takes, and what it costs the screen.

- Time to make a handout, median of several runs, split into what runs on the GUI thread
  (reading the content and wording it) and what runs on a worker (laying it out and
  writing the PDF), for a long English chapter, a Dari one and a Japanese one; with its
  pages and size.
- The GUI thread while "Print this" saves: the longest gap between ticks of a 5 ms timer
  while a handout is written by the worker, beside the same timer idle (the floor) and
  beside writing it on the GUI thread (what the worker spares the screen).
  Target: the longest gap while saving at most three frames at 60 Hz (50 ms).

    QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software python benchmarks/handout.py
"""

from __future__ import annotations

import argparse
import itertools
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from budget import Figure, median, report

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5
CASES = (("chapter", "germany", "en"), ("chapter", "afghanistan", "fa"), ("chapter", "japan", "ja"))


def pages(pdf: Path) -> str:
    try:
        out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, timeout=30)
    except FileNotFoundError:
        return "?"
    found = [line.split()[-1] for line in out.stdout.splitlines() if line.startswith("Pages:")]
    return found[0] if found else "?"


def longest_gap(app: Any, work: Callable[[], None], until: Callable[[], bool]) -> float:
    """The longest wait between ticks of a 5 ms timer (ms) while ``work`` runs until
    ``until()`` holds."""
    from PySide6.QtCore import QEventLoop, QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    for _ in range(10):  # the timer runs before the work starts
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.005)
    work()
    deadline = time.perf_counter() + 30
    while not until() and time.perf_counter() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    for _ in range(10):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.005)
    timer.stop()
    return max(b - a for a, b in itertools.pairwise(ticks)) * 1000


def main() -> int:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = p.parse_args()
    info = sys.stderr if args.json else sys.stdout
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv)
    from kiosk.app import handout as printing
    from kiosk.app import handout_pdf
    from kiosk.app.config import KioskConfig
    from kiosk.app.main import Services, load_fonts

    load_fonts()
    out_dir = Path(tempfile.mkdtemp(prefix="kiosk-handout-bench-"))
    print(
        f"{'handout (ms, median of 5)':34} {'GUI':>7} {'worker':>7} {'total':>7} {'pages':>6} {'KiB':>6}",
        file=info,
    )
    for kind, ident, lang in CASES:
        # the exhibit installs the interface translation of its language
        services = Services(
            ROOT / "content.db", KioskConfig(fullscreen=False, default_language=lang)
        )
        gui, worker = [], []
        out = out_dir / f"{ident}-{lang}.pdf"
        for _ in range(RUNS):
            t0 = time.perf_counter()
            made = printing.compose(services.exhibit, kind, ident, all_details=True)
            words = printing.HandoutPrinter(services.exhibit).words(made)
            t1 = time.perf_counter()
            doc = handout_pdf.layout(made, words, printing.rtl(services.exhibit))
            handout_pdf.write_pdf(doc, made.title.text, out)
            t2 = time.perf_counter()
            gui.append((t1 - t0) * 1000)
            worker.append((t2 - t1) * 1000)
        g, w = median(gui), median(worker)
        print(
            f"{kind + ' ' + ident + ' (' + lang + ')':34} {g:7.0f} {w:7.0f} {g + w:7.0f} "
            f"{pages(out):>6} {out.stat().st_size / 1024:6.0f}",
            file=info,
        )
        services.translations.uninstall()

    services = Services(ROOT / "content.db", KioskConfig(fullscreen=False, profile="museum"))
    services.install()
    folder = out_dir / "Documents"
    printing.documents_folder = lambda: folder  # type: ignore[assignment]
    view = printing.HandoutView()
    view.kind, view.targetId = "chapter", "germany"
    idle = longest_gap(app, lambda: None, lambda: True)

    def save_on_gui_thread() -> None:
        made = printing.compose(services.exhibit, "chapter", "germany")
        words = printing.HandoutPrinter(services.exhibit).words(made)
        handout_pdf.write_pdf(handout_pdf.layout(made, words), made.title.text, out_dir / "g.pdf")

    blocking = longest_gap(app, save_on_gui_thread, lambda: True)
    gaps = [longest_gap(app, view.save, lambda: not view.busy) for _ in range(RUNS)]
    saving = median(gaps)
    print(
        f"longest GUI-thread gap, Print this on chapter germany: idle {idle:.0f} ms, "
        f"saving on the worker {saving:.0f} ms, saving on the GUI thread {blocking:.0f} ms",
        file=info,
    )
    # against one frame at 60 Hz: while a handout is written, at most three frames are lost
    return report(
        [Figure("Print this: longest GUI-thread gap while saving (ms)", saving, 1000 / 60, 3.0)],
        args.json,
    )


if __name__ == "__main__":
    sys.exit(main())
