"""The timeline on screen, on the real content: no overlapping labels at any zoom,
filters with counts, zoom that stays put, a jump from a chapter, keys and taps."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtTest import QTest

from kiosk.app.screenshots import call
from tests.ui.helpers import current_screen, find, items, qml, settle, tap, tap_name


def cards(ex: Any) -> list[tuple[str, QRectF]]:
    out = []
    for item in items(current_screen(ex.window)):
        if item.objectName() == "timelineCard":
            top_left = item.mapToScene(item.boundingRect().topLeft())
            out.append(
                (item.parentItem().objectName(), QRectF(top_left, item.boundingRect().size()))
            )
    return out


@pytest.fixture
def timeline(start_exhibit: Any, real_db: Path) -> Any:
    ex = start_exhibit(real_db)
    call(ex.nav, "home")
    tap_name(ex.window, "homeTimeline")
    assert ex.screen() == "timelineScreen"
    return ex


def test_no_two_labels_intersect_at_any_zoom(timeline: Any) -> None:
    ex = timeline
    flick = find(current_screen(ex.window), "timelineFlick")
    for level in range(6):
        x = ex.services.timeline.zoomTo(
            level, ex.services.timeline.scale().x(dt.date(1944, 6, 1)), 960
        )
        for step in range(3):  # a few positions along the axis at this zoom
            flick.setProperty("contentX", max(0.0, x + (step - 1) * 1500))
            settle(40)
            rects = cards(ex)
            assert rects, level
            for i, (a_id, a) in enumerate(rects):
                for b_id, b in rects[i + 1 :]:
                    assert not a.intersects(b), (level, a_id, b_id)


def test_filters_count_and_clear(timeline: Any) -> None:
    ex = timeline
    t = ex.services.timeline
    total = t.shownCount
    assert total == t.totalCount > 70
    chips = find(current_screen(ex.window), "chapterChips")
    index = [r["chipId"] for r in t._chapter_chips.rows()].index("estonia")
    qml(ex.engine, chips, f"positionViewAtIndex({index}, 0)")
    settle()
    tap_name(ex.window, "chip_estonia")
    estonia = t.shownCount
    assert 0 < estonia < total
    assert f"{estonia} event" in " ".join(
        str(i.property("text"))
        for i in items(current_screen(ex.window))
        if i.objectName() == "timelineCount"
    )
    tap_name(ex.window, "chip_deportation")
    both = t.shownCount
    assert 0 < both <= estonia
    tap_name(ex.window, "clearFilters")
    assert t.shownCount == total


def test_zoom_buttons_keep_the_centre(timeline: Any) -> None:
    ex = timeline
    t = ex.services.timeline
    flick = find(current_screen(ex.window), "timelineFlick")
    width = flick.width()
    x = t.zoomTo(2, t.scale().x(dt.date(1945, 1, 1)), width / 2)
    flick.setProperty("contentX", x)
    settle()
    before = t.scale().date(flick.property("contentX") + width / 2)
    tap_name(ex.window, "zoomIn")
    after = t.scale().date(flick.property("contentX") + width / 2)
    assert abs((after - before).days) <= 2
    assert t.level == 3


def test_arrow_keys_move_the_axis(timeline: Any) -> None:
    ex = timeline
    t = ex.services.timeline
    flick = find(current_screen(ex.window), "timelineFlick")
    flick.setProperty("contentX", t.zoomTo(3, t.scale().x(dt.date(1941, 1, 1)), 960))
    flick.forceActiveFocus()
    start = flick.property("contentX")
    QTest.keyClick(ex.window, Qt.Key.Key_Right)
    settle()
    assert flick.property("contentX") > start


def test_tapping_an_event_opens_its_card_behind_its_gate(timeline: Any) -> None:
    ex = timeline
    t = ex.services.timeline
    flick = find(current_screen(ex.window), "timelineFlick")
    flick.setProperty("contentX", t.zoomTo(4, t.scale().x(dt.date(1968, 1, 1)), 300))
    settle()
    card = find(current_screen(ex.window), "timelineItem_after-1945-czechoslovakia-1968")
    tap(ex.window, find(card, "timelineCard"))
    assert ex.screen() in ("gateScreen", "eventScreen")


def test_on_the_timeline_from_a_chapter(start_exhibit: Any, real_db: Path) -> None:
    ex = start_exhibit(real_db)
    ex.services.care.accept([w.id for w in ex.services.exhibit.repository.warnings("en")])
    call(ex.nav, "chapter", "latvia")
    settle()
    tap_name(ex.window, "onTheTimeline")
    assert ex.screen() == "timelineScreen"
    t = ex.services.timeline
    assert t.filtered and t.shownCount == len(ex.services.exhibit.event_rows())
    visible = [name for name, _ in cards(ex)]
    assert any(n.startswith("timelineItem_latvia") for n in visible)
