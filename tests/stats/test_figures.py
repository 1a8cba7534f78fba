"""What the museum receives: counts under 5 suppressed, exports that read back, merges
that never claim more than the exports say."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.stats.figures import (
    HIDDEN,
    Count,
    Figures,
    FiguresError,
    csv_text,
    read_csv,
    summary,
)
from kiosk.stats.store import Stored

D1, D2 = date(2025, 6, 14), date(2025, 6, 15)


def _local(kiosk: str, rows: list[tuple[date, str, str, int]]) -> Figures:
    return Figures.from_store([Stored(*r) for r in rows], kiosk)


def _csv_rows(figs: Figures) -> list[list[str]]:
    return [line.split(",") for line in csv_text(figs).splitlines()[1:]]


def test_counts_from_1_to_4_are_suppressed_in_the_export() -> None:
    figs = _local(
        "Hall 2",
        [(D1, "visits", "", 12), (D1, "chapter_opened", "estonia", 4),
         (D1, "chapter_opened", "latvia", 5), (D1, "chapter_read", "estonia", 1),
         (D1, "starts", "", 1)],
    )  # fmt: skip
    rows = {(r[2], r[3]): r[4] for r in _csv_rows(figs)}
    assert rows[("visits", "")] == "12"
    assert rows[("chapter_opened", "estonia")] == "<5"
    assert rows[("chapter_opened", "latvia")] == "5"
    assert rows[("chapter_read", "estonia")] == "<5"
    assert rows[("starts", "")] == "1"  # the exhibit's own starts say nothing about visitors
    # the placeholders are there on every day, so the museum's sheets keep their columns
    assert rows[("accessibility", "larger-text")] == "0"
    assert rows[("accessibility", "high-contrast")] == "0"
    assert all(r[0] == "Hall 2" and r[1] == "2025-06-14" for r in _csv_rows(figs))


def test_an_export_reads_back_as_published(tmp_path: Path) -> None:
    figs = _local("=SUM(A1)", [(D1, "visits", "", 7), (D2, "language", "de", 2)])
    out = tmp_path / "hall.csv"
    out.write_text(csv_text(figs), encoding="utf-8")
    # a kiosk name a spreadsheet would run as a formula is written as text
    assert "\n'=SUM(A1)," in out.read_text()
    back = read_csv(out)
    assert back.counts == figs.published().counts
    assert back.total("language", "de") == HIDDEN


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("when,what\n", "is not a usage figures export"),
        ("kiosk,date,metric,item,count\nA,14.6.2025,visits,,7\n", "line 2: '14.6.2025' is not"),
        ("kiosk,date,metric,item,count\nA,2025-06-14,visitors,,7\n", "line 2: not a usage"),
        ("kiosk,date,metric,item,count\nA,2025-06-14,searches,katyn,7\n", "not a usage figure"),
        ("kiosk,date,metric,item,count\nA,2025-06-14,visits,,3\n", "was not suppressed"),
        ("kiosk,date,metric,item,count\nA,2025-06-14,visits,,many\n", "must be a number"),
        ("kiosk,date,metric,item,count\nA,2025-06-14,visits\n", "3 columns, not 5"),
        ("kiosk,date,metric,item,count\nA,2025-06-14,visits,,7\nA,2025-06-14,visits,,9\n",
         "line 3: the same figure twice"),
    ],
)  # fmt: skip
def test_a_bad_export_is_named_with_its_line(tmp_path: Path, body: str, words: str) -> None:
    path = tmp_path / "hall.csv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(FiguresError, match=re.escape(words)):
        read_csv(path)


def test_merged_totals_are_ranges_where_a_kiosk_was_suppressed(tmp_path: Path) -> None:
    a = _local("Hall 2", [(D1, "visits", "", 20), (D1, "chapter_opened", "katyn", 3)])
    b = _local("Foyer", [(D1, "visits", "", 9), (D1, "chapter_opened", "katyn", 8)])
    paths = []
    for name, figs in (("a.csv", a), ("b.csv", b)):
        paths.append(tmp_path / name)
        paths[-1].write_text(csv_text(figs), encoding="utf-8")
    merged = Figures.merge((p.name, read_csv(p)) for p in paths)
    assert merged.kiosks() == ["Foyer", "Hall 2"]
    assert merged.total("visits") == Count(29, 29)
    assert merged.total("chapter_opened", "katyn") == Count(9, 12)  # 8 and "<5"
    text = summary(merged)
    header = next(line for line in text.splitlines() if "all kiosks" in line)
    assert header.split() == ["Foyer", "Hall", "2", "all", "kiosks"]  # one column each
    katyn = next(line for line in text.splitlines() if line.strip().startswith("katyn"))
    assert katyn.split() == ["katyn", "8", "<5", "9–12"]


def test_the_same_kiosk_and_day_in_two_exports_is_refused(tmp_path: Path) -> None:
    figs = _local("Hall 2", [(D1, "visits", "", 20)])
    for name in ("monday.csv", "again.csv"):
        (tmp_path / name).write_text(csv_text(figs), encoding="utf-8")
    words = "monday.csv and again.csv both hold 2025-06-14"
    with pytest.raises(FiguresError, match=re.escape(words)):
        Figures.merge((n, read_csv(tmp_path / n)) for n in ("monday.csv", "again.csv"))


def test_kiosks_without_a_name_are_told_apart_by_their_file(tmp_path: Path) -> None:
    figs = _local("", [(D1, "visits", "", 20)])
    for name in ("left.csv", "right.csv"):
        (tmp_path / name).write_text(csv_text(figs), encoding="utf-8")
    merged = Figures.merge((n, read_csv(tmp_path / n)) for n in ("left.csv", "right.csv"))
    assert merged.kiosks() == ["unnamed kiosk (left)", "unnamed kiosk (right)"]
    assert merged.total("visits") == Count(40, 40)


def test_a_local_summary_suppresses_small_period_totals() -> None:
    figs = _local(
        "Hall 2",
        [(D1, "visits", "", 3), (D2, "visits", "", 3), (D1, "chapter_read", "katyn", 2)],
    )
    lines = summary(figs).splitlines()
    assert lines[0] == "Usage figures: 2025-06-14 to 2025-06-15 (2 day(s) with figures)"
    assert next(x for x in lines if x.startswith("Visits")).split()[-1] == "6"
    assert next(x for x in lines if "katyn" in x).split()[-1] == "<5"
    assert summary(Figures()) == "Usage figures: no figures for this period.\n"


counts = st.integers(min_value=0, max_value=60)


@given(st.lists(counts, min_size=1, max_size=8), st.lists(counts, min_size=1, max_size=8))
def test_published_figures_never_show_a_small_count_and_merged_bounds_hold_the_truth(
    left: list[int], right: list[int]
) -> None:
    def figs(kiosk: str, ns: list[int]) -> Figures:
        return _local(kiosk, [(D1, "chapter_opened", f"c{i}", n) for i, n in enumerate(ns)])

    a, b = figs("A", left).published(), figs("B", right).published()
    for c in [*a.counts.values(), *b.counts.values()]:
        assert c == HIDDEN or c.low == 0 or c.low >= 5
    merged = Figures.merge([("a", a), ("b", b)])
    for i in range(max(len(left), len(right))):
        true = (left[i] if i < len(left) else 0) + (right[i] if i < len(right) else 0)
        total = merged.total("chapter_opened", f"c{i}")
        assert total.low <= true <= total.high
