"""Usage figures through the real screens: a scripted visit is counted right, nothing a
visitor typed or could be known by is stored, and a broken stats file stops nothing."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtTest import QTest

from kiosk.app.main import QML_DIR
from kiosk.app.screenshots import settle
from kiosk.stats import counter, store
from tests.ui.helpers import current_screen, find, qml, tap, tap_name

TYPED = "trains"  # what the visitor types into the search field


def _visit(ex: Any, qtbot: Any) -> None:
    """One visitor: a gate answered Go back, a search, a gate answered Continue, the
    chapter read to its end, then they walk away and the exhibit resets."""
    w = ex.window
    ex.services.idle.set_timeouts(400, 300)
    tap_name(w, "attractTitle")  # the first touch
    tap_name(w, "language_en")
    tap_name(w, "homeChapters")
    tap_name(w, "chapterCard_north")
    assert ex.screen() == "gateScreen"
    tap_name(w, "gateBack")
    assert ex.screen() == "chapterListScreen"
    tap_name(w, "navHome")
    tap_name(w, "homeSearch")
    tap(w, find(current_screen(w), "searchField"))
    for ch in TYPED:
        QTest.keyClick(w, ch)
    settle(300)  # the search runs shortly after typing stops
    tap_name(w, "result_section_north-deportations")
    assert ex.screen() == "gateScreen"
    tap_name(w, "gateContinue")
    assert ex.screen() == "chapterScreen"
    chapter = find(current_screen(w), "chapterList")
    for _ in range(3):  # delegates laid out as they come into view
        qml(ex.engine, chapter, "positionViewAtEnd()")
        settle(60)
    assert chapter.property("atYEnd")
    with qtbot.waitSignal(ex.services.exhibit.sessionReset, timeout=3000):
        pass  # nobody touches the screen: countdown, then the reset
    settle()
    assert ex.screen() == "attractScreen"


def _stored(path: Path) -> dict[tuple[str, str], int]:
    conn = sqlite3.connect(path)
    try:
        return {(m, i): n for m, i, n in conn.execute("SELECT metric, item, n FROM counts")}
    finally:
        conn.close()


def test_a_scripted_visit_is_counted_right(
    start_exhibit: Any, small_db: Path, tmp_path: Path, qtbot: Any
) -> None:
    stats = tmp_path / "state" / "stats.db"
    ex = start_exhibit(small_db, stats_file=stats)
    _visit(ex, qtbot)
    ex.services.stats.close()  # as at the exhibit's end: everything written
    got = _stored(stats)
    assert got[("visits", "")] == 1
    # first to last touch took a few seconds: the idle wait is not part of the visit
    assert got[("visit_length", "under-1-min")] == 1
    assert got[("chapter_opened", "north")] == 1
    assert got[("chapter_read", "north")] == 1
    assert got[("warning", "chapter/back")] == 1
    assert got[("warning", "chapter/continue")] == 1
    assert got[("searches", "")] == 1
    assert got[("language", "en")] == 1
    assert got[("idle_resets", "")] == 1
    assert got[("starts", "")] == 1
    assert ("starts", "after-crash") not in got
    # screens opened on the way; Back to a screen opens nothing new; the attract loop
    # is no screen of a visit
    assert {i: n for (m, i), n in got.items() if m == "screen"} == {
        "languageScreen": 1,
        "homeScreen": 2,  # after the language, then with Home
        "chapterListScreen": 1,  # Go back at the gate returned to it
        "gateScreen": 2,
        "searchScreen": 1,
        "chapterScreen": 1,
    }
    assert ("screen", "attractScreen") not in got
    assert sum(n for (m, _), n in got.items() if m == "visits") == 1


def test_nothing_stored_can_identify_a_visitor(
    start_exhibit: Any, small_db: Path, tmp_path: Path, qtbot: Any
) -> None:
    folder = tmp_path / "state"
    stats = folder / "stats.db"
    ex = start_exhibit(small_db, stats_file=stats)
    _visit(ex, qtbot)
    ex.services.stats.close()
    conn = sqlite3.connect(stats)
    try:
        tables = {
            name: [(c[1], c[2]) for c in conn.execute(f"PRAGMA table_info({name})")]
            for (name,) in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")
        }
        # a day, what was counted and how often: no id, no time of day, no session
        assert tables == {
            "counts": [("day", "TEXT"), ("metric", "TEXT"), ("item", "TEXT"), ("n", "INTEGER")],
            "run": [("id", "INTEGER"), ("running", "INTEGER")],
        }
        assert conn.execute("SELECT id, running FROM run").fetchall() == [(1, 0)]
        rows = conn.execute("SELECT day, metric, item, n FROM counts").fetchall()
    finally:
        conn.close()
    assert rows
    chapters = {"north", "south"}
    screens = {p.stem[0].lower() + p.stem[1:] for p in (QML_DIR / "screens").glob("*.qml")}
    for day, metric, item, n in rows:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", day)
        assert isinstance(n, int) and n > 0
        assert metric in counter.METRICS
        if metric in ("chapter_opened", "chapter_read"):
            assert item in chapters
        elif metric == "screen":
            assert item in screens
        elif metric == "language":
            assert item == "en"
        else:
            assert counter.allowed(metric, item) and not re.search(r"\d{3}", item)
    # the words typed are nowhere in the file, nor is any other file left beside it
    assert TYPED.encode() not in stats.read_bytes()
    assert sorted(p.name for p in folder.iterdir()) == ["stats.db"]


@pytest.mark.logs
def test_a_folder_that_cannot_be_written_stops_nothing(
    start_exhibit: Any, small_db: Path, tmp_path: Path, qtbot: Any, caplog: Any
) -> None:
    blocker = tmp_path / "state"
    blocker.write_text("a file where the folder should be")
    ex = start_exhibit(small_db, stats_file=blocker / "stats.db")
    for _ in range(2):
        _visit(ex, qtbot)
        ex.services.stats.flush()
        settle(100)
    # still a working exhibit: the next visitor gets in
    tap_name(ex.window, "attractTitle")
    assert ex.screen() == "languageScreen"
    said = [r for r in caplog.records if "cannot be written" in r.getMessage()]
    assert len(said) == 1  # logged once, not at every write
    assert ex.services.stats.counter.pending()[_today_key("visits")] == 2


def _today_key(metric: str, item: str = "") -> tuple[str, str, str]:
    from datetime import date

    return (date.today().isoformat(), metric, item)


@pytest.mark.logs
def test_a_damaged_stats_file_is_moved_aside_and_counting_goes_on(
    start_exhibit: Any, small_db: Path, tmp_path: Path, qtbot: Any, caplog: Any
) -> None:
    stats = tmp_path / "stats.db"
    stats.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8000)
    ex = start_exhibit(small_db, stats_file=stats)
    _visit(ex, qtbot)
    ex.services.stats.close()
    aside = list(tmp_path.glob("stats.db.damaged-*"))
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"SQLite format 3\x00\x13")
    assert _stored(stats)[("visits", "")] == 1
    assert store.StatsStore(stats).read()
    assert sum("damaged" in r.getMessage() for r in caplog.records) == 1
