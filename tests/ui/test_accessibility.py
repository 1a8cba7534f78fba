"""What a screen reader finds on every screen: each control named after its visible label,
each text a visitor reads exposed, decorative images left out, screen changes and
warnings announced."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem

from kiosk.app.screenshots import call
from tests.ui.helpers import current_screen, is_tappable, items, settle
from tests.ui.test_screens import visit_every_screen

# roles a visitor can act on
CONTROLS = {
    QAccessible.Role.Button,
    QAccessible.Role.CheckBox,
    QAccessible.Role.RadioButton,
    QAccessible.Role.EditableText,
    QAccessible.Role.Link,
    QAccessible.Role.ListItem,
    QAccessible.Role.PageTab,
}
NAME = QAccessible.Text.Name


@pytest.fixture
def reader() -> Iterator[None]:
    """Accessibility on, as when a screen reader (or AT-SPI) is listening."""
    QAccessible.setActive(True)
    yield
    QAccessible.setActive(False)


def attached(item: QQuickItem) -> QObject | None:
    """The item's ``Accessible`` attached object, when QML set any of it."""
    for child in item.children():
        if child.metaObject().className() == "QQuickAccessibleAttached":
            return child
    return None


def ignored(item: QQuickItem) -> bool:
    att = attached(item)
    return att is not None and bool(att.property("ignored"))


def in_control(item: QQuickItem, screen: QQuickItem) -> bool:
    """``item`` is part of a control (a button's label): the control's name says it."""
    parent = item.parentItem()
    while parent is not None and parent is not screen:
        iface = QAccessible.queryAccessibleInterface(parent)
        if is_tappable(parent) or (iface is not None and iface.role() in CONTROLS):
            return True
        parent = parent.parentItem()
    return False


def markup(item: QQuickItem) -> bool:
    """A search snippet: its name is its words without the marking."""
    return item.metaObject().className().startswith("HighlightedText")


def describe(item: QQuickItem) -> str:
    return item.objectName() or item.metaObject().className()


def problems(screen: QQuickItem) -> list[str]:
    """Every unnamed control, unexposed text and unlabelled picture on ``screen``; asked
    again a moment later, as a list finishes the delegates it makes in the background."""
    found = _problems(screen)
    if found:
        settle(300)
        found = _problems(screen)
    return found


def _problems(screen: QQuickItem) -> list[str]:
    out = []
    for item in items(screen):
        iface = QAccessible.queryAccessibleInterface(item)
        if is_tappable(item) or (iface is not None and iface.role() in CONTROLS):
            if ignored(item):
                continue  # a background whose named control is elsewhere (said in QML)
            if iface is None or iface.role() not in CONTROLS:
                out.append(f"control {describe(item)} has no control role")
            elif not iface.text(NAME).strip():
                out.append(f"control {describe(item)} has no name")
        elif item.inherits("QQuickText") and str(item.property("text") or "").strip():
            if in_control(item, screen) or ignored(item):
                continue
            shown = " ".join(str(item.property("text")).split())
            if iface is None:
                out.append(f"text {shown[:40]!r} is not exposed")
            elif not markup(item) and " ".join(iface.text(NAME).split()) != shown:
                out.append(f"text {shown[:40]!r} is exposed as {iface.text(NAME)[:40]!r}")
        elif item.inherits("QQuickImage") and item.property("source").toString():
            if ignored(item) or in_control(item, screen):
                continue
            if iface is None or not iface.text(NAME).strip():
                out.append(f"image {describe(item)} has neither a name nor Accessible.ignored")
    return out


def more_screens(ex: Any) -> Iterator[tuple[str, QQuickItem]]:
    """The screens the every-screen walk does not reach: timeline, sources, search, an
    event, a source and the figures."""
    nav = ex.nav
    for name, method in [("timeline", "timeline"), ("sources", "sources"), ("search", "search")]:
        call(nav, "home")
        call(nav, method)
        settle(200)
        yield name, current_screen(ex.window)
    search = current_screen(ex.window)
    field = [i for i in items(search) if i.objectName() == "searchField"]
    if field:
        field[0].setProperty("text", "the")
        settle(300)
        yield "search-results", current_screen(ex.window)
    repo = ex.services.exhibit.repository
    for (event_id,) in repo.conn.execute("SELECT id FROM events ORDER BY id LIMIT 3"):
        call(nav, "event", event_id)
        if ex.screen() == "gateScreen":
            call(nav, "answerGate", "continue")
        settle()
        yield f"event-{event_id}", current_screen(ex.window)
    (source_id,) = repo.conn.execute("SELECT id FROM sources ORDER BY id LIMIT 1").fetchone()
    call(nav, "source", source_id)
    settle()
    yield "source", current_screen(ex.window)


def test_every_control_is_named_and_every_text_exposed(
    start_exhibit: Any, small_db: Path, reader: None
) -> None:
    ex = start_exhibit(small_db)
    found: dict[str, list[str]] = {}
    seen = 0
    for name, screen in itertools.chain(visit_every_screen(ex), more_screens(ex)):
        settle(50)
        seen += 1
        bad = problems(screen) + [p for p in problems(ex.window.contentItem()) if "navBar" in p]
        if bad:
            found[name] = bad
    assert seen >= 12
    assert not found, found


@pytest.mark.slow
@pytest.mark.qt_log_ignore(r"DelegateModel::cancel: index out range")
def test_every_screen_of_the_real_content_is_named(
    start_exhibit: Any, real_db: Path, reader: None
) -> None:
    ex = start_exhibit(real_db)
    found = {name: problems(screen) for name, screen in visit_every_screen(ex)}
    assert not {k: v for k, v in found.items() if v}


def test_the_walk_fails_on_an_unnamed_control(
    start_exhibit: Any, small_db: Path, reader: None
) -> None:
    """The check itself: a button whose name is taken away is reported."""
    ex = start_exhibit(small_db)
    call(ex.nav, "home")
    settle()
    screen = current_screen(ex.window)
    assert problems(screen) == []
    button = next(i for i in items(screen) if i.objectName() == "homeTimeline")
    attached(button).setProperty("name", "")  # type: ignore[union-attr]
    settle()
    assert problems(screen) == ["control homeTimeline has no name"]


def test_names_follow_the_visible_labels(start_exhibit: Any, real_db: Path, reader: None) -> None:
    ex = start_exhibit(real_db)
    call(ex.nav, "home")
    settle()
    screen = current_screen(ex.window)
    for name, label in [("homeChapters", "Chapters"), ("homeTimeline", "Timeline")]:
        item = next(i for i in items(screen) if i.objectName() == name)
        iface = QAccessible.queryAccessibleInterface(item)
        assert iface.role() == QAccessible.Role.Button
        assert iface.text(NAME) == label
    ex.services.exhibit.setLanguage("de")
    settle()
    item = next(i for i in items(current_screen(ex.window)) if i.objectName() == "homeTimeline")
    assert QAccessible.queryAccessibleInterface(item).text(NAME) == item.property("text")
    assert item.property("text") != "Timeline"


def test_screen_changes_and_warnings_are_announced(start_exhibit: Any, small_db: Path) -> None:
    ex = start_exhibit(small_db)
    heard: list[str] = []
    ex.services.access.announced.connect(heard.append)
    call(ex.nav, "home")
    call(ex.nav, "chapters")
    settle()
    assert heard[-1] == str(current_screen(ex.window).property("title"))
    call(ex.nav, "chapter", "north")  # stands behind a warning
    settle()
    assert ex.screen() == "gateScreen"
    assert heard[-1].startswith("Before you continue.")
    assert "the killing of civilians and prisoners" in heard[-1]
