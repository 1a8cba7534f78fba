"""kiosk.stats counts, exports and draws with Qt absent: the model is plain Python."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_stats_work_with_pyside6_blocked(tmp_path: Path) -> None:
    script = f"""
import sys
from datetime import date
sys.modules["PySide6"] = None  # any 'import PySide6...' now raises ImportError
from kiosk.stats import chart, counter, figures, store
c = counter.Counter(store.StatsStore({str(tmp_path / "stats.db")!r}))
c.start()
c.begin_visit()
c.once("chapter_opened", "estonia")
c.close()
figs = figures.Figures.from_store(c.store.read(), "Hall 2")
print(figs.total("visits").text(), figs.total("chapter_opened", "estonia").published().text())
chart.day_chart(figs, date.today(), {str(tmp_path / "day.png")!r})
assert not any(m.startswith("PySide6.") for m in sys.modules)
"""
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["1", "<5"]
    assert (tmp_path / "day.png").stat().st_size > 1000
