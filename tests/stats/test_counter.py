"""The counting model: what a visit counts, what is refused, and writes that lose nothing."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.stats import counter
from kiosk.stats.counter import Counter, allowed, length_range
from kiosk.stats.store import StatsStore

DAY = date(2025, 6, 14)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _counter(store: StatsStore | None = None) -> tuple[Counter, Clock]:
    clock = Clock()
    return Counter(store, clock=clock, today=lambda: DAY), clock


def _counts(c: Counter) -> dict[tuple[str, str], int]:
    return {(m, i): n for (_, m, i), n in c.pending().items()}


def test_a_visit_counts_once_what_it_opened_and_forgets_it_at_its_end() -> None:
    c, clock = _counter()
    c.begin_visit()
    for _ in range(3):  # opened again after Back, or after a change of language
        c.once("chapter_opened", "estonia")
    c.once("chapter_opened", "latvia")
    c.once("language", "de")
    clock.now += 200  # 200 s after the first touch the visitor walks away...
    c.end_visit(idle_seconds=115)  # ... and the reset comes 115 s after the last touch
    assert not c.visiting
    c.begin_visit()  # the next visitor opens Estonia too
    c.once("chapter_opened", "estonia")
    clock.now += 30
    c.end_visit()
    assert _counts(c) == {
        ("chapter_opened", "estonia"): 2,
        ("chapter_opened", "latvia"): 1,
        ("language", "de"): 1,
        ("visits", ""): 2,
        ("visit_length", "1-3-min"): 1,  # 85 s from first to last touch
        ("visit_length", "under-1-min"): 1,
    }


@pytest.mark.parametrize(
    ("seconds", "label"),
    [(0, "under-1-min"), (59.9, "under-1-min"), (60, "1-3-min"), (299, "3-5-min"),
     (300, "5-10-min"), (1199, "10-20-min"), (1200, "20-min-or-more"), (86400, "20-min-or-more")],
)  # fmt: skip
def test_time_per_visit_falls_in_its_range(seconds: float, label: str) -> None:
    assert length_range(seconds) == label


def test_counts_go_to_the_day_they_happen_on() -> None:
    days = iter([date(2025, 6, 14), date(2025, 6, 15)])
    c = Counter(None, today=lambda: next(days))
    c.count("searches")
    c.count("searches")
    assert set(c.pending()) == {
        ("2025-06-14", "searches", ""),
        ("2025-06-15", "searches", ""),
    }


@pytest.mark.logs
def test_anything_but_the_vocabulary_is_refused(caplog: pytest.LogCaptureFixture) -> None:
    c, _ = _counter()
    refused = [
        ("searches", "katyn massacre"),  # a search's words are never an item
        ("language", "English"),
        ("screen", "Robert's screen"),
        ("chapter_opened", "../estonia"),
        ("chapter_opened", "a" * 65),
        ("warning", "chapter/maybe"),
        ("accessibility", "voice"),
        ("visitor", "42"),
    ]
    for metric, item in refused:
        assert not c.count(metric, item)
    assert c.pending() == {}
    # a refusal says which metric, once, and never the value
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == len({m for m, _ in refused})
    assert not any("katyn" in m or "Robert" in m for m in messages)


@given(st.text(max_size=80))
def test_no_stored_item_can_hold_a_phrase(text: str) -> None:
    """Whatever reached the counter, an item it keeps is one short word of letters,
    digits and dashes: no sentence, no name with a space, no path, no markup."""
    for metric in counter.METRICS:
        if allowed(metric, text):
            assert len(text) <= 64
            assert all(ch.isascii() and (ch.isalnum() or ch in "-/") for ch in text)


@pytest.mark.logs
def test_a_failed_write_keeps_its_counts_and_the_next_writes_them_once(tmp_path: Path) -> None:
    blocker = tmp_path / "state"
    blocker.write_text("a file where the folder should be")
    store = StatsStore(blocker / "stats.db")
    c, _ = _counter(store)
    c.count("searches", n=3)
    c.flush(wait=True)
    assert _counts(c) == {("searches", ""): 3}
    blocker.unlink()  # staff free the folder
    c.count("searches")
    c.flush(wait=True)
    assert c.pending() == {}
    assert store.read() == [store_row("searches", "", 4)]


def store_row(metric: str, item: str, n: int) -> object:
    from kiosk.stats.store import Stored

    return Stored(DAY, metric, item, n)


def test_flush_returns_before_the_store_has_written(tmp_path: Path) -> None:
    """The GUI thread hands the counts over and goes on; the worker writes."""
    release = threading.Event()
    store = StatsStore(tmp_path / "stats.db")
    real_add = store.add

    def slow_add(*args: object, **kw: object) -> bool:
        release.wait(10)
        return real_add(*args, **kw)  # type: ignore[arg-type]

    store.add = slow_add  # type: ignore[method-assign]
    c, _ = _counter(store)
    c.count("idle_resets")
    job = c.flush()
    assert job is not None and not job.done()  # returned while the write waits
    assert c.pending() == {}
    release.set()
    assert job.result(10) is True
    assert store.read() == [store_row("idle_resets", "", 1)]


def test_a_start_after_a_run_that_never_ended_is_counted_as_after_a_crash(
    tmp_path: Path,
) -> None:
    path = tmp_path / "stats.db"
    first, _ = _counter(StatsStore(path))
    first.start()
    first.flush(wait=True)  # running...
    # ... and killed: no close
    second, _ = _counter(StatsStore(path))
    second.start()
    second.close()  # a clean end
    third, _ = _counter(StatsStore(path))
    third.start()
    third.close()
    conn = sqlite3.connect(path)
    rows = dict(conn.execute("SELECT item, n FROM counts WHERE metric = 'starts'").fetchall())
    conn.close()
    assert rows == {"": 3, "after-crash": 1}


def test_close_counts_the_visit_in_progress(tmp_path: Path) -> None:
    store = StatsStore(tmp_path / "stats.db")
    c, clock = _counter(store)
    c.begin_visit()
    clock.now += 400
    c.close()  # staff closed the exhibit in the middle of a visit
    stored = {(r.metric, r.item): r.n for r in store.read()}
    assert stored == {("visits", ""): 1, ("visit_length", "5-10-min"): 1}
