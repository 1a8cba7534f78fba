"""The usage figures file: one small SQLite database of daily counts beside the logs.

Writing never raises: a full disk or a folder that cannot be written is logged once and
the counts wait in memory for the next write; a damaged file is moved aside (kept for
staff, never deleted) and counting goes on in a fresh one. Reading, for the command
line, raises ``StatsError`` with words for the user.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

log = logging.getLogger(__name__)

FILE_NAME = "stats.db"  # in the exhibit's log folder
SCHEMA_VERSION = 1
# Days only (no time of day), a metric and an item from the counter's vocabulary, a
# count; and whether the exhibit is running, to tell a crash from a clean end.
SCHEMA = (
    """CREATE TABLE counts (
        day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        metric TEXT NOT NULL CHECK (length(metric) <= 32),
        item TEXT NOT NULL CHECK (length(item) <= 64),
        n INTEGER NOT NULL CHECK (n >= 0),
        PRIMARY KEY (day, metric, item)
    ) WITHOUT ROWID""",
    """CREATE TABLE run (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        running INTEGER NOT NULL CHECK (running IN (0, 1))
    )""",
    "INSERT INTO run (id, running) VALUES (1, 0)",
    f"PRAGMA user_version = {SCHEMA_VERSION}",
)
_COLUMNS = {"counts": ["day", "metric", "item", "n"], "run": ["id", "running"]}
# SQLite's primary result codes for a damaged file: SQLITE_CORRUPT, SQLITE_NOTADB
_DAMAGED_CODES = (11, 26)


class StatsError(Exception):
    """The usage figures file cannot be read; the message says why."""


class _Damaged(Exception):
    """The file is not a usage figures file we can add to."""


@dataclass(frozen=True)
class Stored:
    """One stored count."""

    day: date
    metric: str
    item: str
    n: int


def _damaged(exc: sqlite3.Error) -> bool:
    return (getattr(exc, "sqlite_errorcode", 0) & 0xFF) in _DAMAGED_CODES


class StatsStore:
    """The file at ``path`` (made with its folder on the first write).

    Attributes:
        path: the database file.
        set_aside: damaged files moved aside in this run, newest last.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.set_aside: list[Path] = []
        self._checked = False
        self._failing = False
        self._lock = threading.Lock()

    # -- writing (never raises) ---------------------------------------------------------

    def add(self, batch: Mapping[tuple[str, str, str], int], began_run: str | None = None) -> bool:
        """Add ``batch`` ((day, metric, item) → n) to the stored counts in one transaction.

        ``began_run``: the day the exhibit started; the file then records that it is
        running, and counts a start after a crash if the run before never ended.
        True when written."""
        return self._transaction(lambda conn: self._add(conn, batch, began_run))

    def end_run(self) -> bool:
        """The exhibit ends cleanly: the next start is not counted as after a crash."""
        return self._transaction(lambda conn: conn.execute("UPDATE run SET running = 0"))

    def _transaction(self, work: Callable[[sqlite3.Connection], object]) -> bool:
        with self._lock:
            for attempt in (1, 2):
                try:
                    self._run(work)
                except (_Damaged, sqlite3.DatabaseError, OSError) as exc:
                    damaged = isinstance(exc, _Damaged) or (
                        isinstance(exc, sqlite3.DatabaseError) and _damaged(exc)
                    )
                    if damaged and attempt == 1 and self._move_aside(str(exc)):
                        continue  # once more, in a fresh file
                    self._cannot_write(exc)
                    return False
                if self._failing:
                    self._failing = False
                    log.info("usage figures are written again to %s", self.path)
                return True
        return False

    def _run(self, work: Callable[[sqlite3.Connection], object]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not self._checked:
            self._check()
        conn = sqlite3.connect(self.path, timeout=5, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                if conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]:
                    raise _Damaged("it holds tables of something else")
                for statement in SCHEMA:
                    conn.execute(statement)
            elif version != SCHEMA_VERSION:
                raise _Damaged(f"it has schema version {version}, not {SCHEMA_VERSION}")
            work(conn)
            conn.execute("COMMIT")
        finally:
            conn.close()  # an unfinished transaction rolls back

    def _check(self) -> None:
        """Once per run, before the first write: is the file whole and ours?"""
        if self.path.exists() and self.path.stat().st_size > 0:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=5)
            try:
                result = conn.execute("PRAGMA quick_check").fetchone()[0]
                if result != "ok":
                    raise _Damaged(f"quick_check says {result[:80]}")
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if version == SCHEMA_VERSION:
                    for table, columns in _COLUMNS.items():
                        found = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
                        if found != columns:
                            raise _Damaged(f"its table {table} is not as expected")
            finally:
                conn.close()
        self._checked = True

    @staticmethod
    def _add(
        conn: sqlite3.Connection,
        batch: Mapping[tuple[str, str, str], int],
        began_run: str | None,
    ) -> None:
        rows = [(day, metric, item, n) for (day, metric, item), n in batch.items()]
        if began_run is not None:
            if conn.execute("SELECT running FROM run").fetchone() != (0,):
                rows.append((began_run, "starts", "after-crash", 1))
            conn.execute("UPDATE run SET running = 1")
        conn.executemany(
            "INSERT INTO counts (day, metric, item, n) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (day, metric, item) DO UPDATE SET n = n + excluded.n",
            rows,
        )

    def _move_aside(self, reason: str) -> bool:
        """Keep the damaged file (and its journal) under a dated name; start afresh."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.name}.damaged-{stamp}-{n}")
        try:
            self.path.replace(target)
            journal = self.path.with_name(self.path.name + "-journal")
            if journal.exists():
                journal.replace(target.with_name(target.name + "-journal"))
        except OSError as exc:
            log.warning("usage figures file %s is damaged (%s) and cannot be moved aside: %s",
                        self.path, reason, exc)  # fmt: skip
            return False
        log.warning(
            "usage figures file %s was damaged (%s); moved aside to %s, counting goes on "
            "in a fresh file", self.path, reason, target.name,
        )  # fmt: skip
        self.set_aside.append(target)
        self._checked = True  # the fresh file is ours
        return True

    def _cannot_write(self, exc: Exception) -> None:
        if not self._failing:
            self._failing = True
            log.warning(
                "usage figures cannot be written to %s (%s); counting goes on in memory "
                "and is written when it can be", self.path, exc,
            )  # fmt: skip

    # -- reading (for the command line) ----------------------------------------------

    def read(self, since: date | None = None, to: date | None = None) -> list[Stored]:
        """The stored counts of the days from ``since`` to ``to`` (both included)."""
        if not self.path.is_file():
            raise StatsError(f"no usage figures at {self.path}")
        try:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=5)
            try:
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                empty = not conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
                if version == 0 and empty:
                    return []  # made a moment ago: its first write has not committed yet
                if version != SCHEMA_VERSION:
                    raise StatsError(
                        f"{self.path} is not a usage figures file of this exhibit "
                        f"(schema version {version})"
                    )
                rows = conn.execute(
                    "SELECT day, metric, item, n FROM counts WHERE day BETWEEN ? AND ? "
                    "ORDER BY day, metric, item",
                    ((since or date.min).isoformat(), (to or date.max).isoformat()),
                ).fetchall()
            finally:
                conn.close()
        except sqlite3.Error as exc:
            raise StatsError(f"{self.path} cannot be read: {exc}") from exc
        try:
            return [Stored(date.fromisoformat(d), m, i, int(n)) for d, m, i, n in rows]
        except ValueError as exc:
            raise StatsError(f"{self.path} holds a day that is not a date: {exc}") from exc
