"""Every list model passes Qt's model tester and carries what QML shows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.app.config import KioskConfig
from kiosk.app.exhibit import Exhibit


@pytest.fixture
def exhibit(small_db: Path) -> Iterator[Exhibit]:
    """Set up before (and so torn down after) the model tester that watches its models."""
    yield Exhibit(small_db, KioskConfig())


def test_models_pass_the_model_tester(exhibit: Exhibit, qtmodeltester: Any) -> None:
    assert exhibit.openChapter("north")
    for model in (
        exhibit.languages,
        exhibit.chapters,
        exhibit.chapter.sections,
        exhibit.chapter.events,
    ):
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)


def test_chapter_rows_render_figures_and_periods(small_db: Path) -> None:
    exhibit = Exhibit(small_db, KioskConfig())
    rows = exhibit.chapters.rows()
    assert [r["chapterId"] for r in rows] == ["north", "south"]
    assert rows[0]["period"] == "1940–1949"
    assert rows[0]["hasWarning"] and rows[0]["warnings"] == ["violence", "sexual-violence"]
    exhibit.openChapter("south")
    assert "200,000 to 2,000,000" in exhibit.chapter.summary
    exhibit.openChapter("north")
    bodies = {r["sectionId"]: r for r in exhibit.chapter.sections.rows()}
    assert "9,254 to 10,861 people were taken" in bodies["north-deportations"]["body"]
    assert bodies["north-debate"]["kind"] == "perspective"
    assert len(bodies["north-debate"]["sides"]) == 2
    assert bodies["north-debate"]["sourceCount"] == 2
    assert bodies["north-soldiers"]["hasDetail"]
    # the detail layer itself is never handed to QML by the section model
    assert all("graphic account" not in str(r) for r in exhibit.chapter.sections.rows())
    labels = [r["dateLabel"] for r in exhibit.chapter.events.rows()]
    assert labels == ["14–16 June 1941", "winter 1941–42"]


def test_count_property_follows_the_rows(qtbot: Any, small_db: Path) -> None:
    exhibit = Exhibit(small_db, KioskConfig())
    model = exhibit.chapter.sections
    with qtbot.waitSignal(model.countChanged):
        exhibit.openChapter("north")
    assert model.property("count") == 3
    with qtbot.waitSignal(model.countChanged):
        exhibit.openChapter("south")
    assert model.property("count") == 1
