"""The "A+" control: larger text in steps up to 200 %, for one visit, and every screen
still whole at the largest step: nothing cut off, on top of another control or out of
the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtQuick import QQuickItem

from kiosk.app.screenshots import call
from tests.ui.helpers import current_screen, drawn, find, items, settle, tap_name, tappables
from tests.ui.test_chapter_ui import open_chapter
from tests.ui.test_screens import visit_every_screen


def body_size(ex: Any) -> int:
    text = find(current_screen(ex.window), "aboutBody")
    return int(text.property("font").pixelSize())


def test_a_plus_steps_through_four_sizes_and_back(start_exhibit: Any, small_db: Path) -> None:
    ex = start_exhibit(small_db)
    call(ex.nav, "home")
    call(ex.nav, "about")
    settle()
    normal = body_size(ex)
    sizes = [normal]
    labels = []
    for _ in range(4):
        button = find(current_screen(ex.window), "navTextSize")
        labels.append(next(
            c.property("description") for c in button.children()
            if c.metaObject().className() == "QQuickAccessibleAttached"
        ))  # fmt: skip
        tap_name(ex.window, "navTextSize")
        sizes.append(body_size(ex))
    assert labels == ["Text 100 %", "Text 125 %", "Text 150 %", "Text 200 %"]
    assert sizes == [normal, round(normal * 1.25), round(normal * 1.5), normal * 2, normal]


def test_the_next_visitor_starts_with_the_normal_size(start_exhibit: Any, small_db: Path) -> None:
    ex = start_exhibit(small_db)
    call(ex.nav, "home")
    call(ex.nav, "about")
    settle()
    normal = body_size(ex)
    tap_name(ex.window, "navTextSize")
    tap_name(ex.window, "navContrast")
    assert ex.services.access.highContrast
    ex.services.exhibit.resetSession()
    call(ex.nav, "home")
    call(ex.nav, "about")
    settle()
    assert body_size(ex) == normal
    assert not ex.services.access.highContrast


def rect(item: QQuickItem) -> QRectF:
    top_left = item.mapToScene(QPointF(0, 0))
    return QRectF(top_left.x(), top_left.y(), item.width(), item.height())


def seen(item: QQuickItem, screen: QQuickItem) -> QRectF:
    """The part of ``item`` not scrolled out of its list or page (reached by scrolling)."""
    r = rect(item)
    parent = item.parentItem()
    while parent is not None and parent is not screen.parentItem():
        if parent.clip() or parent.inherits("QQuickFlickable"):
            r = r.intersected(rect(parent))
        parent = parent.parentItem()
    return r


def in_view(item: QQuickItem, screen: QQuickItem) -> bool:
    r = seen(item, screen)
    return r.width() > 0 and r.height() > 0


# The map's place labels keep their normal size (MapScreen.qml) and are placed by the
# map's own layout, which tests/ui/test_maps_ui.py checks; with the larger title and side
# text at 200 % that layout cannot always keep them apart (a known limit, listed in
# docs/accessibility.md). Every chapter on the map is also in the chapter list.
MAP_LABELS = ("place_", "placeTitle")


def broken(ex: Any, screen: QQuickItem) -> list[str]:
    """Text cut short or out of the window, controls out of the window or on each other."""
    w, h = ex.window.width(), ex.window.height()
    out = []
    shown = [
        i for i in items(screen) if in_view(i, screen) and not i.objectName().startswith(MAP_LABELS)
    ]
    for item in shown:
        if not item.inherits("QQuickText") or not item.property("text"):
            continue
        words = str(item.property("text"))[:40]
        if item.property("truncated"):
            out.append(f"cut short: {words!r}")
        left = item.mapToScene(QPointF(0, 0)).x()
        right = left + min(item.width(), item.property("contentWidth") or 0)
        if left < -1 or right > w + 1:
            out.append(f"out of the window: {words!r}")
    controls = [
        c
        for c in tappables(screen)
        if in_view(c, screen) and c.width() < w and not c.objectName().startswith(MAP_LABELS)
    ]
    for c in controls:
        r = seen(c, screen)
        if r.left() < -1 or r.top() < -1 or r.right() > w + 1 or r.bottom() > h + 1:
            out.append(f"control out of the window: {c.objectName()}")
    for i, a in enumerate(controls):
        for b in controls[i + 1 :]:
            overlap = seen(a, screen).intersected(seen(b, screen))
            if overlap.width() > 2 and overlap.height() > 2:
                out.append(f"controls overlap: {a.objectName()} and {b.objectName()}")
    return out


@pytest.mark.qt_log_ignore(r"DelegateModel::cancel: index out range")
@pytest.mark.slow
@pytest.mark.parametrize(
    ("size", "lang"),
    [((1920, 1080), "en"), ((1080, 1920), "en"), ((1920, 1080), "de"), ((1920, 1080), "fa")],
    ids=lambda v: f"{v[0]}x{v[1]}" if isinstance(v, tuple) else v,
)
def test_every_screen_holds_at_200_per_cent(
    start_exhibit: Any, real_db: Path, tmp_path: Path, size: tuple[int, int], lang: str
) -> None:
    ex = start_exhibit(real_db, size=size)
    ex.services.access.setTextStep(3)
    assert ex.services.access.textPercent == 200
    ex.services.exhibit.setLanguage(lang)
    found = {}
    for name, screen in visit_every_screen(ex):
        drawn(ex.window)  # its images decoded (a map places its labels on its own)
        ex.window.grabWindow()  # a whole frame: rows and columns place their items
        bad = broken(ex, screen)
        if bad:  # a picture of what is wrong, beside the test's other temporary files
            ex.window.grabWindow().save(str(tmp_path / f"{name}.png"))
            found[name] = bad
    assert not found, "\n".join(f"{k}: {v}" for k, v in found.items()) + f"\nsee {tmp_path}"


def test_at_large_text_a_chapters_title_scrolls_away_and_leaves_a_page(
    start_exhibit: Any, real_db: Path
) -> None:
    """At 200 % on a landscape kiosk the chapter's title opens the text and scrolls with
    it: once the visitor reads on, the text has the screen down to the navigation, not
    the three lines left under a fixed title. At normal size the title stays on top."""
    ex = start_exhibit(real_db, size=(1920, 1080), default_language="de")
    title = ex.services.exhibit.chapter
    for step, scrolls in ((0, False), (3, True)):
        ex.services.access.setTextStep(step)
        call(ex.nav, "home")
        screen = open_chapter(ex, "estonia")  # and its parts made in the background
        shown = {i.objectName(): i for i in items(screen)}  # the visible ones
        reading, bar = shown["chapterList"], shown["navBar"]
        assert ("screenTitle" in shown) != scrolls and ("chapterTitleInFlow" in shown) == scrolls
        if not scrolls:
            assert shown["screenTitle"].property("text") == title.title
            continue
        flowing = shown["chapterTitleInFlow"]
        named = find(screen, "chapterTitleText")
        assert named.property("text") == title.title and in_view(named, screen)
        # read on: the title goes, and the text fills the screen down to the navigation
        reading.setProperty("contentY", reading.property("contentY") + flowing.height() + 50)
        settle(200)
        assert not in_view(named, screen)
        top = rect(reading).top()
        assert top < 0.1 * ex.window.height(), top
        line = find(screen, "chapterSummary").property("font").pixelSize() * 1.5
        assert (rect(bar).top() - top) / line >= 5, (top, rect(bar).top(), line)
