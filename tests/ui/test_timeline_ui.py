"""The timeline on screen, on the real content: it opens on 1939-1945 with events to read,
a cluster opens on exactly its events, zoom keeps the point under the finger, no card
cuts its text in any language or size, eras and chapters fit the view, Dari mirrors it,
and a laptop's arrows and wheel move it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDeadlineTimer, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QWheelEvent
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.app.screenshots import call
from tests.ui.helpers import current_screen, find, frame, frames, items, qml, settle, tap, tap_name

SIZES = [(1920, 1080), (1080, 1920), (1366, 768)]
LANGUAGES = ["en", "de", "pl", "ru", "et", "ja", "fa"]


def scene_rect(item: QQuickItem) -> QRectF:
    return QRectF(item.mapToScene(QPointF(0, 0)), item.boundingRect().size())


def stage(ex: Any) -> QRectF:
    return scene_rect(find(current_screen(ex.window), "timelineFlick"))


def cards(ex: Any) -> Iterator[tuple[str, QQuickItem]]:
    """(item id, card) for every card drawn, on screen or just beside it."""
    for item in items(current_screen(ex.window)):
        if item.objectName() == "timelineCard":
            yield item.parentItem().objectName().removeprefix("timelineItem_"), item


def on_screen(ex: Any, whole: bool = True) -> dict[str, QQuickItem]:
    """The cards a visitor sees: whole (or in part) inside the timeline's area."""
    area = stage(ex)
    out = {}
    for name, card in cards(ex):
        rect = scene_rect(card)
        if (area.contains(rect) if whole else area.intersects(rect)) and rect.width() > 0:
            out[name] = card
    return out


def years_shown(ex: Any) -> list[int]:
    """The year labels of the axis inside the view."""
    area = stage(ex)
    out = []
    for item in items(current_screen(ex.window)):
        text = str(item.property("text") or "")
        bold = item.inherits("QQuickText") and item.property("font").bold()
        if bold and text.isdigit() and area.contains(scene_rect(item)):
            out.append(int(text))
    return sorted(out)


def finish(ex: Any, timeout_ms: int = 3000) -> None:
    """Let the zoom animation run out: wait until the timeline draws every card where the
    new view puts it (drawScale 1, drawOffset 0), then for one more frame."""
    frames(ex.window)  # a change the screen asked for with Qt.callLater, and its move
    screen = current_screen(ex.window)
    deadline = QDeadlineTimer(timeout_ms)
    while screen.objectName() == "timelineScreen" and not deadline.hasExpired():
        if screen.property("drawScale") == 1 and screen.property("drawOffset") == 0:
            break
        frame(ex.window)
    frames(ex.window)


def open_timeline(ex: Any) -> None:
    call(ex.nav, "home")
    frames(ex.window)
    tap_name(ex.window, "homeTimeline")
    assert ex.screen() == "timelineScreen"
    finish(ex)


@pytest.fixture
def timeline(start_exhibit: Any, real_db: Path) -> Any:
    ex = start_exhibit(real_db)
    open_timeline(ex)
    return ex


def date_under(ex: Any, scene_x: float) -> dt.date:
    """The date drawn at a point of the screen, in either reading direction."""
    area = stage(ex)
    view_x = scene_x - area.left()
    if ex.services.exhibit.rightToLeft:
        view_x = area.width() - view_x
    t = ex.services.timeline
    return t.scale().date(t.view()[0] + view_x)


# -- opening -------------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_it_opens_on_1939_to_1945_with_events_to_read(
    start_exhibit: Any, real_db: Path, size: tuple[int, int]
) -> None:
    ex = start_exhibit(real_db, size=size)
    open_timeline(ex)
    area = stage(ex)
    first, last = date_under(ex, area.left()), date_under(ex, area.right())
    if ex.services.exhibit.rightToLeft:
        first, last = last, first
    assert first <= dt.date(1939, 1, 1) and last >= dt.date(1945, 12, 31), (first, last)
    assert first.year >= 1937 and last.year <= 1948, (first, last)
    years = years_shown(ex)
    assert years and 1937 <= years[0] <= 1940 and 1944 <= years[-1] <= 1948, years
    seen = on_screen(ex)
    events = [n for n in seen if not n.startswith("cluster:")]
    clusters = [n for n in seen if n.startswith("cluster:")]
    # events to read, at least as many cards as folded crowds (a laptop window has room
    # for three rows of cards, a kiosk for five or more)
    assert len(events) >= max(4, len(clusters)), (events, clusters)
    if size != (1366, 768):
        assert len(events) >= 2 * len(clusters), (events, clusters)
    assert "latvia-pact-1939" in events  # the first event of the war, whole and readable
    for name in events:
        assert ex.services.timeline._by_id[name].date.start.year >= 1937


def test_the_opening_is_fresh_each_time_and_back_keeps_the_place(timeline: Any) -> None:
    ex = timeline
    t = ex.services.timeline
    tap_name(ex.window, "chip_deportation")
    tap_name(ex.window, "zoomIn")
    finish(ex)
    first, _ = t.shown_dates()
    name, card = next(iter(on_screen(ex).items()))
    tap(ex.window, card)
    assert ex.screen() in ("gateScreen", "eventScreen", "timelineScreen"), name
    if ex.screen() != "timelineScreen":
        tap_name(ex.window, "navBack")
        finish(ex)
        assert t.filtered and abs((t.shown_dates()[0] - first).days) <= 2
    open_timeline(ex)
    assert not t.filtered and years_shown(ex)[0] <= 1939


# -- clusters ------------------------------------------------------------------------


def test_a_cluster_opens_on_exactly_its_events(timeline: Any) -> None:
    """Every event of the cluster is on screen after the tap, as its own card or (for a
    crowd that needs a closer look still) in a smaller cluster; nothing else of its dates."""
    ex = timeline
    t = ex.services.timeline
    clusters = [n for n in on_screen(ex) if n.startswith("cluster:")]
    assert clusters
    parted = 0
    for name in clusters:
        open_timeline(ex)
        members = next(p.members for p in t.placed() if p.id == name)
        tap(ex.window, on_screen(ex)[name])
        finish(ex)
        seen = on_screen(ex)
        shown = {
            m for n in seen for m in next(p.members or (p.id,) for p in t.placed() if p.id == n)
        }
        assert set(members) <= shown, (name, set(members) - shown)
        first = t._by_id[members[0]].date.start
        last = t._by_id[members[-1]].date.start
        others = [m for m in shown if m not in members and first <= t._by_id[m].date.start <= last]
        assert not others, (name, others)
        singles = [n for n in seen if n in members]
        assert singles, name  # a closer look shows some of its events in their own cards
        parted += len(singles) == len(members)
    assert parted  # and the smaller ones whole


def test_a_cluster_of_one_day_lists_its_events(start_exhibit: Any, real_db: Path) -> None:
    """Where even the closest zoom cannot part a cluster, its events are listed."""
    ex = start_exhibit(real_db, size=(1366, 768))
    open_timeline(ex)
    t = ex.services.timeline
    t.showDates("1945-01-01", "1945-01-20")  # seven events dated only "1945", and more
    finish(ex)
    clusters = [n for n in on_screen(ex, whole=False) if n.startswith("cluster:")]
    if not clusters:
        pytest.skip("every event of early 1945 has room at this size")
    members = next(p.members for p in t.placed() if p.id == clusters[0])
    tap(ex.window, on_screen(ex, whole=False)[clusters[0]])
    finish(ex)
    listed = find(current_screen(ex.window), "clusterList")
    shown = {i.objectName().removeprefix("clusterEvent_") for i in items(listed)}
    assert set(members) <= shown
    tap(ex.window, find(listed, f"clusterEvent_{members[0]}"))
    assert ex.screen() in ("gateScreen", "eventScreen")


# -- zoom ----------------------------------------------------------------------------


def wheel(ex: Any, at: QPointF, dy: int, ctrl: bool = False) -> None:
    mods = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    event = QWheelEvent(
        at, at, QPoint(), QPoint(0, dy), Qt.MouseButton.NoButton, mods,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QGuiApplication.sendEvent(ex.window, event)
    frame(ex.window)


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_zoom_with_the_wheel_keeps_the_date_under_the_cursor(
    start_exhibit: Any, real_db: Path, lang: str
) -> None:
    ex = start_exhibit(real_db, default_language=lang)
    open_timeline(ex)
    area = stage(ex)
    for x_share, dy in ((0.25, 120), (0.7, 240), (0.5, -360)):
        at = QPointF(area.left() + area.width() * x_share, area.center().y())
        before = ex.services.timeline.scale().days
        date = date_under(ex, at.x())
        wheel(ex, at, dy, ctrl=True)
        finish(ex)
        assert (ex.services.timeline.scale().days < before) == (dy > 0)
        assert abs((date_under(ex, at.x()) - date).days) <= 2


def test_zoom_buttons_keep_the_centre_and_animate_without_blocking_a_tap(timeline: Any) -> None:
    ex = timeline
    t = ex.services.timeline
    area = stage(ex)
    centre = date_under(ex, area.center().x())
    tap_name(ex.window, "zoomIn")
    screen = current_screen(ex.window)
    assert qml(ex.engine, screen, "drawScale") != 1  # still moving into place
    finish(ex)
    assert qml(ex.engine, screen, "drawScale") == 1
    assert abs((date_under(ex, area.center().x()) - centre).days) <= 2
    # a tap while the layout moves reaches the card under the finger
    tap_name(ex.window, "zoomIn")
    name, card = next((n, c) for n, c in on_screen(ex).items() if not n.startswith("cluster"))
    tap(ex.window, card, still=False)  # where it is as the finger lands
    assert ex.screen() in ("gateScreen", "eventScreen"), name
    assert t.scale().days < 365.25 * 3


def test_a_pinch_zooms_about_the_fingers(timeline: Any) -> None:
    ex = timeline
    t = ex.services.timeline
    area = stage(ex)
    centre = QPointF(area.left() + area.width() * 0.3, area.center().y())
    date = date_under(ex, centre.x())
    before = t.scale().days
    device = QTest.createTouchDevice()
    a, b = centre.toPoint() - QPoint(60, 0), centre.toPoint() + QPoint(60, 0)
    QTest.touchEvent(ex.window, device).press(0, a).press(1, b).commit()
    settle(20)
    for step in range(1, 9):
        d = QPoint(60 + 25 * step, 0)
        QTest.touchEvent(ex.window, device).move(0, centre.toPoint() - d).move(
            1, centre.toPoint() + d
        ).commit()
        settle(20)
    QTest.touchEvent(ex.window, device).release(0, centre.toPoint() - d).release(
        1, centre.toPoint() + d
    ).commit()
    finish(ex)
    assert t.scale().days < before / 2
    assert abs((date_under(ex, centre.x()) - date).days) <= max(2, t.scale().days / 200)


# -- cards in every language and size ------------------------------------------------


def clipped_texts(ex: Any) -> list[str]:
    """Texts of cards, eras and chips that do not fit their box."""
    bad = []
    for name, card in cards(ex):
        box = scene_rect(card)
        for text in items(card):
            if not text.inherits("QQuickText"):
                continue
            rect = scene_rect(text)
            painted_h = max(text.property("contentHeight"), text.property("implicitHeight"))
            if (
                rect.top() + painted_h > box.bottom() + 0.5
                or text.property("paintedWidth") > text.width() + 0.5
                or text.property("truncated")
            ):
                bad.append(f"{name}: {text.property('text')!r}")
    for item in items(current_screen(ex.window)):
        named = item.objectName() in ("eraName", "timelineCount", "timelineHeading")
        too_wide = item.property("implicitWidth") > item.width() + 0.5
        if named and (too_wide or item.property("truncated")):
            bad.append(f"{item.objectName()}: {item.property('text')!r}")
    return bad


def overlapping(ex: Any) -> list[tuple[str, str]]:
    rects = [(n, scene_rect(c)) for n, c in cards(ex)]
    return [
        (a, b)
        for i, (a, ra) in enumerate(rects)
        for b, rb in rects[i + 1 :]
        if ra.intersected(rb).width() > 0.5 and ra.intersected(rb).height() > 0.5
    ]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_card_cuts_its_text_in_any_language(
    start_exhibit: Any, real_db: Path, size: tuple[int, int]
) -> None:
    # where the cards come to rest, without the zoom's move (the kiosk's reduce_motion);
    # test_zoom_buttons_keep_the_centre_and_animate_without_blocking_a_tap covers the move
    ex = start_exhibit(real_db, size=size, reduce_motion=True)
    t = ex.services.timeline
    for lang in LANGUAGES:
        ex.services.exhibit.setLanguage(lang)
        open_timeline(ex)
        views = [("opening", None), ("1944", ("1944-01-01", "1944-12-31"))]
        views += [("1917-1991", ("1917-01-01", "1991-12-31"))]
        for label, span in views:
            if span:
                t.showDates(*span)
                finish(ex)
            assert list(cards(ex)), (lang, label)
            assert not clipped_texts(ex), (lang, size, label, clipped_texts(ex)[:3])
            assert not overlapping(ex), (lang, size, label, overlapping(ex)[:3])


def test_no_two_cards_overlap_at_any_zoom(start_exhibit: Any, real_db: Path) -> None:
    ex = start_exhibit(real_db, reduce_motion=True)  # where the cards come to rest
    open_timeline(ex)
    t = ex.services.timeline
    for days in (tl_days for tl_days in (39_000, 11_000, 3_650, 1_100, 365, 90, 30)):
        for start in ("1920-01-01", "1941-01-01", "1944-06-01", "1990-01-01"):
            first = dt.date.fromisoformat(start)
            t.showDates(start, (first + dt.timedelta(days=days)).isoformat())
            finish(ex)
            assert not overlapping(ex), (days, start, overlapping(ex)[:3])


def test_the_last_cluster_and_event_can_be_reached(timeline: Any) -> None:
    ex = timeline
    t = ex.services.timeline
    flick = find(current_screen(ex.window), "timelineFlick")
    for span in (("1917-01-01", "2025-12-31"), ("2010-01-01", "2025-12-31")):
        t.showDates(*span)
        finish(ex)
        flick.setProperty("contentX", flick.property("contentWidth") - flick.width())
        frames(ex.window)
        last = max(t.placed(), key=lambda p: p.x)
        assert f"{last.id}" in on_screen(ex), last.id


# -- eras, chapters, filters ---------------------------------------------------------


def test_tapping_an_era_fits_it(timeline: Any) -> None:
    ex = timeline
    era = find(current_screen(ex.window), "era_german-soviet-war")
    tap(ex.window, find(era, "eraBand"))
    finish(ex)
    years = years_shown(ex)
    assert years[0] <= 1941 and 1945 <= years[-1] <= 1947, years
    names = [i for i in items(current_screen(ex.window)) if i.objectName() == "eraName"]
    assert "The German-Soviet war" in [str(n.property("text")) for n in names]


def test_era_names_are_whole_or_not_drawn(timeline: Any) -> None:
    ex = timeline
    ex.services.timeline.showDates("1917-01-01", "2025-12-31")
    finish(ex)
    area = stage(ex)
    for item in items(current_screen(ex.window)):
        if item.objectName() == "eraName":
            rect = scene_rect(item)
            if area.intersects(rect):
                assert area.contains(rect), item.property("text")
                assert rect.width() >= item.property("implicitWidth") - 0.5


def test_on_the_timeline_from_a_chapter(start_exhibit: Any, real_db: Path) -> None:
    ex = start_exhibit(real_db)
    ex.services.care.accept([w.id for w in ex.services.exhibit.repository.warnings("en")])
    call(ex.nav, "chapter", "latvia")
    frames(ex.window)
    tap_name(ex.window, "onTheTimeline")
    assert ex.screen() == "timelineScreen"
    finish(ex)
    t = ex.services.timeline
    own = {r["eventId"] for r in ex.services.exhibit.event_rows()}
    assert t.filtered and t.shownCount == len(own)
    seen = set(on_screen(ex))
    assert seen == own, (own - seen, seen - own)  # every event of the chapter, whole


def test_filters_count_and_clear(timeline: Any) -> None:
    ex = timeline
    t = ex.services.timeline
    total = t.shownCount
    assert total == t.totalCount > 70
    strip = find(current_screen(ex.window), "filterChipsView")
    chip = find(current_screen(ex.window), "chip_estonia")
    strip.setProperty("contentX", chip.mapToItem(strip.property("contentItem"), 0, 0).x())
    frames(ex.window)
    tap_name(ex.window, "chip_estonia")
    estonia = t.shownCount
    assert 0 < estonia < total
    count = find(current_screen(ex.window), "timelineCount")
    assert f"{estonia} event" in str(count.property("text"))
    strip.setProperty("contentX", 0)
    frames(ex.window)
    tap_name(ex.window, "chip_deportation")
    both = t.shownCount
    assert 0 < both <= estonia
    tap_name(ex.window, "clearFilters")
    assert t.shownCount == total


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_the_chip_row_shows_there_is_more(start_exhibit: Any, real_db: Path, lang: str) -> None:
    ex = start_exhibit(real_db, default_language=lang)
    open_timeline(ex)
    strip = find(current_screen(ex.window), "filterChipsView")
    more = find(current_screen(ex.window), "filtersMore")
    assert not [i for i in items(current_screen(ex.window)) if i.objectName() == "filtersLess"]
    # the cue stands at the end of the reading direction
    centre = scene_rect(more).center().x()
    assert (centre < ex.window.width() / 2) == (lang == "fa")
    seen = strip.property("contentX")
    while [i for i in items(current_screen(ex.window)) if i.objectName() == "filtersMore"]:
        tap_name(ex.window, "filtersMoreButton")
        assert strip.property("contentX") != seen
        seen = strip.property("contentX")
    find(current_screen(ex.window), "filtersLess")
    last = [i for i in items(current_screen(ex.window)) if i.objectName().startswith("chip_")][-1]
    assert scene_rect(strip).contains(scene_rect(last))  # the last chip, whole


# -- right to left and a laptop ------------------------------------------------------


def test_dari_mirrors_the_timeline(start_exhibit: Any, real_db: Path) -> None:
    ex = start_exhibit(real_db, default_language="fa")
    open_timeline(ex)
    seen = on_screen(ex)
    pact = scene_rect(seen["latvia-pact-1939"])
    later = [
        scene_rect(c)
        for n, c in seen.items()
        if not n.startswith("cluster") and ex.services.timeline._by_id[n].date.start.year >= 1943
    ]
    assert later and all(r.center().x() < pact.center().x() for r in later)
    assert pact.right() > stage(ex).center().x()  # 1939 stands on the right


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_arrows_and_the_wheel_pan_it(start_exhibit: Any, real_db: Path, lang: str) -> None:
    ex = start_exhibit(real_db, default_language=lang, size=(1366, 768))
    open_timeline(ex)
    flick = find(current_screen(ex.window), "timelineFlick")
    flick.forceActiveFocus()
    area = stage(ex)
    middle = area.center()

    def left_date() -> dt.date:
        return ex.services.timeline.shown_dates()[0]

    start = left_date()
    QTest.keyClick(ex.window, Qt.Key.Key_Right)
    frames(ex.window)
    moved_right = left_date()
    assert moved_right != start
    # the right arrow moves the view right: later in English, earlier in Dari
    assert (moved_right > start) == (lang == "en")
    QTest.keyClick(ex.window, Qt.Key.Key_Left)
    frames(ex.window)
    assert abs((left_date() - start).days) <= 2
    wheel(ex, middle, -240)  # scrolling down goes forward in time
    assert left_date() > start
    wheel(ex, middle, 480)
    assert left_date() < start
