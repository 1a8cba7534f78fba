"""The usage figures' Qt face: the exhibit's signals become the right counts, a reset
never waits for the disk, and without a counter nothing is counted."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kiosk.app.care import Care
from kiosk.app.config import KioskConfig
from kiosk.app.exhibit import Exhibit
from kiosk.app.session import Idle
from kiosk.app.sources import Sources
from kiosk.app.stats import Stats
from kiosk.app.views import SearchView
from kiosk.stats.counter import Counter
from kiosk.stats.store import StatsStore


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _setup(db: Path, store: StatsStore | None = None) -> tuple[Stats, Exhibit, Care, Idle, Clock]:
    clock = Clock()
    care = Care()
    exhibit = Exhibit(db, KioskConfig(), care=care)
    idle = Idle(90_000, 25_000)
    stats = Stats(Counter(store, clock=clock))
    stats.attach(exhibit, care, idle)
    return stats, exhibit, care, idle, clock


def _counts(stats: Stats) -> dict[tuple[str, str], int]:
    assert stats.counter is not None
    return {(m, i): n for (_, m, i), n in stats.counter.pending().items()}


def test_screens_answers_and_the_idle_reset_make_one_visit(qapp: Any, small_db: Path) -> None:
    stats, exhibit, care, idle, clock = _setup(small_db)
    stats.screenShown("attractScreen", 1)  # the loop before anybody comes
    assert not stats.counter.visiting  # type: ignore[union-attr]
    clock.now = 10.0
    stats.screenShown("languageScreen", 2)  # the first touch
    stats.screenShown("", 2)  # Home clears the stack...
    stats.screenShown("homeScreen", 1)  # ... and shows home
    stats.screenShown("chapterListScreen", 2)
    exhibit.openChapter("north")
    stats.screenShown("gateScreen", 3)
    care.answerGate("chapter", "north", "summary", ["violence"])
    stats.screenShown("chapterScreen", 3)  # the gate replaced by the chapter
    stats.chapterRead("north")
    stats.chapterRead("north")  # scrolled back up and down again: one visit read it
    stats.screenShown("chapterListScreen", 2)  # Back: opened before, not again
    clock.now = 10.0 + 200.0
    idle.resetRequested.emit()  # 115 s after the last touch
    assert _counts(stats) == {
        ("starts", ""): 1,
        ("screen", "languageScreen"): 1,
        ("screen", "homeScreen"): 1,
        ("screen", "chapterListScreen"): 1,
        ("screen", "gateScreen"): 1,
        ("screen", "chapterScreen"): 1,
        ("language", "en"): 1,  # the language read in, once, from the first content screen
        ("warning", "chapter/summary"): 1,
        ("chapter_opened", "north"): 1,
        ("chapter_read", "north"): 1,
        ("idle_resets", ""): 1,
        ("visits", ""): 1,
        ("visit_length", "1-3-min"): 1,  # 85 s from the first touch to the last
    }
    assert not stats.counter.visiting  # type: ignore[union-attr]


def test_a_reset_by_closing_time_ends_the_visit_without_an_idle_reset(
    qapp: Any, small_db: Path
) -> None:
    stats, exhibit, _care, _idle, clock = _setup(small_db)
    stats.screenShown("homeScreen", 1)
    clock.now = 400.0
    exhibit.resetSession()  # the exhibit closed for the night in the middle of a visit
    counts = _counts(stats)
    assert counts[("visit_length", "5-10-min")] == 1
    assert ("idle_resets", "") not in counts


def test_searches_are_counted_not_their_words(
    qapp: Any, small_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stats, exhibit, care, _idle, _clock = _setup(small_db)
    for cls, inst in ((Exhibit, exhibit), (Care, care), (Stats, stats)):
        monkeypatch.setattr(cls, "_current", inst)
    monkeypatch.setattr(Sources, "_current", Sources(exhibit))
    view = SearchView()
    for typed in ("t", "tr", "trains", "", " ", "north"):  # one search, cleared, another
        view.query = typed
    assert view.count > 0  # it did search
    assert _counts(stats)[("searches", "")] == 2
    assert not any("trains" in i or "north" in i for (_, i) in _counts(stats))


def test_an_image_shown_at_its_gate_is_an_answer(qapp: Any, small_db: Path) -> None:
    stats, _exhibit, care, _idle, _clock = _setup(small_db)
    care.showImage("test-graphic", ["graphic-image"])
    care.showImage("test-graphic", ["graphic-image"])  # already shown: no second answer
    assert _counts(stats)[("warning", "image/continue")] == 1


def test_the_reset_hands_the_counts_over_and_does_not_wait_for_the_disk(
    qapp: Any, small_db: Path, tmp_path: Path
) -> None:
    release = threading.Event()
    store = StatsStore(tmp_path / "stats.db")
    real_add = store.add

    def slow_add(*args: Any, **kw: Any) -> bool:
        release.wait(10)  # a disk that takes its time
        return real_add(*args, **kw)

    store.add = slow_add  # type: ignore[method-assign]
    stats, exhibit, _care, _idle, _clock = _setup(small_db, store)
    stats.screenShown("homeScreen", 1)
    exhibit.resetSession()  # returns while the write still waits
    assert not release.is_set()
    assert stats.counter is not None and stats.counter.pending() == {}
    release.set()
    stats.close()  # waits for the write
    stored = {(r.metric, r.item): r.n for r in store.read()}
    assert stored[("visits", "")] == 1 and stored[("starts", "")] == 1
    assert all(r.day == date.today() for r in store.read())


def test_the_start_is_written_soon_and_then_every_few_minutes(
    qapp: Any, qtbot: Any, tmp_path: Path
) -> None:
    store = StatsStore(tmp_path / "stats.db")
    stats = Stats(Counter(store), first_flush_ms=10, flush_ms=60)
    qtbot.waitUntil(lambda: (tmp_path / "stats.db").exists(), timeout=3000)
    qtbot.waitUntil(
        lambda: [(r.metric, r.n) for r in store.read()] == [("starts", 1)], timeout=10000
    )
    assert stats.counter is not None
    stats.counter.count("searches")  # counted, then written by the timer, not by a reset
    qtbot.waitUntil(
        lambda: ("searches", 1) in [(r.metric, r.n) for r in store.read()], timeout=10000
    )
    stats.close()


def test_the_timer_waits_for_the_visit_to_end_but_not_for_ever(
    qapp: Any, qtbot: Any, tmp_path: Path
) -> None:
    store = StatsStore(tmp_path / "stats.db")
    stats = Stats(Counter(store), first_flush_ms=10, flush_ms=20)
    stats.screenShown("homeScreen", 1)  # a visitor at the screen from the start
    qtbot.wait(300)  # fifteen timer rounds: none writes while they are there
    assert not (tmp_path / "stats.db").exists()
    stats.screenShown("attractScreen", 1)  # the visit ends (at the reset)
    qtbot.waitUntil(lambda: (tmp_path / "stats.db").exists(), timeout=3000)
    stats.close()

    patient = StatsStore(tmp_path / "long.db")
    stats = Stats(Counter(patient), first_flush_ms=10, flush_ms=20, longest_wait_s=0.1)
    stats.screenShown("homeScreen", 1)  # a visit that never ends...
    qtbot.waitUntil(lambda: (tmp_path / "long.db").exists(), timeout=3000)  # ... still written
    assert stats.counter is not None and stats.counter.visiting
    stats.close()
