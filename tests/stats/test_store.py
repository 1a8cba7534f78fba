"""The usage figures file: a full disk, a folder that cannot be written and a damaged file
are logged once and never raise; reading for the command line says what is wrong."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kiosk.stats import store as store_module
from kiosk.stats.store import StatsError, StatsStore, Stored

DAY = "2025-06-14"


def _batch(n: int = 1, start: int = 0) -> dict[tuple[str, str, str], int]:
    return {(DAY, "chapter_opened", f"chapter-{i}"): 1 for i in range(start, start + n)}


_connect = sqlite3.connect


def _full(*args: object, **kw: object) -> sqlite3.Connection:
    """A connection that gets SQLite's own "database or disk is full" as soon as the
    file would grow by a page."""
    conn = _connect(*args, **kw)  # type: ignore[arg-type]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {max(pages, 1)}")
    return conn


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(store_module.sqlite3, "connect", _full)
    yield


def test_counts_add_up_across_batches_and_read_back_by_period(tmp_path: Path) -> None:
    s = StatsStore(tmp_path / "deep" / "folder" / "stats.db")  # made on the first write
    assert s.add({(DAY, "visits", ""): 2, ("2025-06-15", "visits", ""): 1})
    assert s.add({(DAY, "visits", ""): 3})
    assert s.read() == [
        Stored(date(2025, 6, 14), "visits", "", 5),
        Stored(date(2025, 6, 15), "visits", "", 1),
    ]
    assert s.read(since=date(2025, 6, 15)) == [Stored(date(2025, 6, 15), "visits", "", 1)]
    assert s.read(to=date(2025, 6, 14)) == [Stored(date(2025, 6, 14), "visits", "", 5)]


@pytest.mark.logs
def test_a_full_disk_is_logged_once_and_nothing_is_lost(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, full_disk: None
) -> None:
    s = StatsStore(tmp_path / "stats.db")
    for _ in range(3):
        assert s.add(_batch(300)) is False  # never raises
    said = [r for r in caplog.records if "cannot be written" in r.getMessage()]
    assert len(said) == 1 and "full" in said[0].getMessage()


@pytest.mark.logs
def test_writing_resumes_when_the_disk_has_room_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    caplog.set_level(logging.INFO, logger="kiosk.stats.store")
    s = StatsStore(tmp_path / "stats.db")
    assert s.add(_batch(1))
    monkeypatch.setattr(store_module.sqlite3, "connect", _full)
    assert not s.add(_batch(300, start=1))
    monkeypatch.undo()
    assert s.add(_batch(300, start=1))
    assert len(s.read()) == 301
    assert any("written again" in r.getMessage() for r in caplog.records)


@pytest.mark.logs
def test_a_folder_that_cannot_be_made_is_logged_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "state"
    blocker.write_text("a file where the folder should be")
    s = StatsStore(blocker / "stats.db")
    assert not s.add(_batch())
    assert not s.end_run()
    assert sum("cannot be written" in r.getMessage() for r in caplog.records) == 1


@pytest.mark.parametrize(
    "damage",
    ["garbage", "truncated", "foreign", "newer"],
)
@pytest.mark.logs
def test_a_damaged_file_is_moved_aside_and_a_fresh_one_counts_on(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, damage: str
) -> None:
    path = tmp_path / "stats.db"
    if damage == "garbage":
        path.write_bytes(b"not a database at all\n" * 200)
    else:
        good = StatsStore(path)
        assert good.add(_batch(400))
        if damage == "truncated":
            data = path.read_bytes()
            path.write_bytes(data[: len(data) // 2])
        elif damage == "foreign":
            path.unlink()
            conn = sqlite3.connect(path)
            conn.execute("CREATE TABLE visitors (name TEXT)")
            conn.commit()
            conn.close()
        else:
            conn = sqlite3.connect(path)
            conn.execute("PRAGMA user_version = 9")
            conn.commit()
            conn.close()
    before = path.read_bytes()
    s = StatsStore(path)
    assert s.add({(DAY, "visits", ""): 1})
    assert s.read() == [Stored(date(2025, 6, 14), "visits", "", 1)]
    assert len(s.set_aside) == 1 and s.set_aside[0].read_bytes() == before  # kept for staff
    assert s.set_aside[0].name.startswith("stats.db.damaged-")
    assert sum("damaged" in r.getMessage() for r in caplog.records) == 1


@pytest.mark.logs
def test_a_file_damaged_while_running_is_moved_aside_too(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "stats.db"
    s = StatsStore(path)
    assert s.add(_batch(400))
    with open(path, "r+b") as f:  # a page of the table overwritten under the running exhibit
        f.seek(4096)
        f.write(b"\xff" * 4096)
    assert s.add(_batch(10, start=400))
    assert len(s.set_aside) == 1
    assert [r.item for r in s.read()] == [f"chapter-{i}" for i in range(400, 410)]


def test_an_empty_file_is_taken_as_new(tmp_path: Path) -> None:
    path = tmp_path / "stats.db"
    path.write_bytes(b"")
    s = StatsStore(path)
    assert s.add(_batch())
    assert s.set_aside == []


def test_a_file_being_made_reads_as_no_counts_yet(tmp_path: Path) -> None:
    # the kiosk's first write has created the file but not committed: an export run at
    # that moment finds nothing yet, not a foreign file
    path = tmp_path / "stats.db"
    path.write_bytes(b"")
    assert StatsStore(path).read() == []


def test_reading_says_what_is_wrong(tmp_path: Path) -> None:
    with pytest.raises(StatsError, match="no usage figures at"):
        StatsStore(tmp_path / "absent.db").read()
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all\n" * 200)
    with pytest.raises(StatsError, match="cannot be read"):
        StatsStore(bad).read()
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(StatsError, match="not a usage figures file"):
        StatsStore(other).read()
