"""``kiosk stats export`` and ``kiosk stats report``, as staff and the museum use them."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.stats.store import StatsStore
from tests.conftest import ROOT

D1, D2, D3 = "2025-06-14", "2025-06-15", "2025-06-16"


def _kiosk(folder: Path, name: str, counts: dict[tuple[str, str, str], int]) -> list[str]:
    """A kiosk's stats file and configuration; the arguments that point at them."""
    folder.mkdir(parents=True, exist_ok=True)
    StatsStore(folder / "stats.db").add(counts)
    (folder / "kiosk.toml").write_text(f'[kiosk]\nkiosk_name = "{name}"\n', encoding="utf-8")
    return ["--stats", str(folder / "stats.db"), "--config", str(folder / "kiosk.toml")]


HALL = {
    (D1, "visits", ""): 31, (D1, "chapter_opened", "katyn"): 12,
    (D1, "chapter_read", "katyn"): 3, (D1, "language", "de"): 2, (D1, "searches", ""): 6,
    (D2, "visits", ""): 25, (D2, "chapter_opened", "katyn"): 9, (D3, "visits", ""): 40,
}  # fmt: skip


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_export_writes_the_period_with_small_counts_suppressed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    where = _kiosk(tmp_path / "hall", "Gallery 2, left", HALL)
    out = tmp_path / "hall.csv"
    code = main(["stats", "export", "--since", D1, "--to", D2, "--out", str(out), *where])
    assert code == 0
    assert "wrote" in capsys.readouterr().out
    rows = _rows(out.read_text(encoding="utf-8"))
    assert {r["date"] for r in rows} == {D1, D2}  # D3 is after --to
    assert {r["kiosk"] for r in rows} == {"Gallery 2, left"}
    got = {(r["date"], r["metric"], r["item"]): r["count"] for r in rows}
    assert got[(D1, "visits", "")] == "31"
    assert got[(D1, "chapter_read", "katyn")] == "<5"
    assert got[(D1, "language", "de")] == "<5"
    assert got[(D2, "chapter_opened", "katyn")] == "9"
    assert not list(tmp_path.glob(".hall.csv.*"))  # no temporary file left


def test_export_without_out_prints_the_csv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    where = _kiosk(tmp_path / "hall", "Hall", HALL)
    assert main(["stats", "export", "--since", D3, "--to", D3, *where]) == 0
    rows = _rows(capsys.readouterr().out)
    assert [(r["date"], r["count"]) for r in rows if r["metric"] == "visits"] == [(D3, "40")]


def test_export_of_a_period_without_figures_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    where = _kiosk(tmp_path / "hall", "Hall", HALL)
    assert main(["stats", "export", "--since", "2024-01-01", "--to", "2024-01-31", *where]) == 1
    assert capsys.readouterr().out == "kiosk,date,metric,item,count\n"


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--since", "14/06/2025"], "a day must look like 2025-06-14"),
        (["--since", D2, "--to", D1], "--since 2025-06-15 is after --to 2025-06-14"),
    ],
)
def test_export_refuses_bad_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    where = _kiosk(tmp_path / "hall", "Hall", HALL)
    assert main(["stats", "export", *args, *where]) == 2
    assert words in capsys.readouterr().err


def test_export_without_a_stats_file_says_where_it_looked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    absent = tmp_path / "nowhere" / "stats.db"
    assert main(["stats", "export", "--since", D1, "--stats", str(absent)]) == 2
    assert f"no usage figures at {absent}" in capsys.readouterr().err


def test_report_prints_a_summary_and_writes_a_chart_per_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    where = _kiosk(tmp_path / "hall", "Gallery 2, left", HALL)
    charts = tmp_path / "charts"
    code = main(["stats", "report", "--to", D3, "--charts", str(charts), *where])
    assert code == 0
    text = capsys.readouterr().out
    assert text.startswith("Usage figures: 2025-06-14 to 2025-06-16 (3 day(s) with figures)")
    assert "Gallery 2, left" in text
    visits = next(line for line in text.splitlines() if line.startswith("Visits"))
    assert visits.split()[-1] == "96"
    assert sorted(p.name for p in charts.iterdir()) == [
        "usage-2025-06-14.png", "usage-2025-06-15.png", "usage-2025-06-16.png",
    ]  # fmt: skip


def test_report_merges_the_exports_of_several_kiosks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exports = []
    foyer = {(D1, "visits", ""): 8, (D1, "chapter_opened", "katyn"): 4}
    for name, counts in (("Gallery 2, left", HALL), ("Foyer", foyer)):
        where = _kiosk(tmp_path / name, name, counts)
        exports.append(tmp_path / f"{len(exports)}.csv")
        args = ["--since", D1, "--to", D3, "--out", str(exports[-1])]
        assert main(["stats", "export", *args, *where]) == 0
    capsys.readouterr()
    charts = tmp_path / "charts"
    args = ["--merge", *map(str, exports), "--charts", str(charts), "--to", D3]
    assert main(["stats", "report", *args]) == 0
    text = capsys.readouterr().out
    header = next(line for line in text.splitlines() if "all kiosks" in line)
    assert header.split() == ["Foyer", "Gallery", "2,", "left", "all", "kiosks"]
    katyn = next(line for line in text.splitlines() if line.strip().startswith("katyn"))
    assert katyn.split() == ["katyn", "<5", "21", "22–25"]
    assert len(list(charts.glob("usage-*.png"))) == 3


def test_report_refuses_two_exports_of_the_same_kiosk_and_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    where = _kiosk(tmp_path / "hall", "Hall", HALL)
    out = tmp_path / "hall.csv"
    assert main(["stats", "export", "--since", D1, "--to", D3, "--out", str(out), *where]) == 0
    copy = tmp_path / "copy.csv"
    copy.write_bytes(out.read_bytes())
    assert main(["stats", "report", "--merge", str(out), str(copy), "--to", D3]) == 2
    assert "both hold 2025-06-14 of kiosk 'Hall'" in capsys.readouterr().err


def test_the_default_file_is_in_the_exhibits_state_folder(tmp_path: Path) -> None:
    """Where the exhibit counts (its log folder) is where the command reads."""
    state = tmp_path / "state"
    StatsStore(state / "soviet-war-crimes-exhibit" / "stats.db").add(
        {(date.today().isoformat(), "visits", ""): 12}
    )
    since = (date.today() - timedelta(days=1)).isoformat()
    out = subprocess.run(
        [sys.executable, "-m", "kiosk", "stats", "export", "--since", since],
        capture_output=True, text=True, timeout=60, cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "XDG_STATE_HOME": str(state), "HOME": str(tmp_path)},
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert f"unnamed kiosk,{date.today().isoformat()},visits,,12" in out.stdout
