"""A whole visit by keyboard on a laptop (Tab moves a visible focus ring, Enter acts, Esc
goes back), and the seated layout's reach."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.app.screenshots import call
from tests.ui.helpers import current_screen, items, qml, settle, tappables


def press(ex: Any, key: Qt.Key) -> None:
    QTest.keyClick(ex.window, key)
    settle(40)


def focused(ex: Any) -> QQuickItem:
    item = ex.window.activeFocusItem()
    assert item is not None, "nothing has the keyboard focus"
    return item


def tab_to(ex: Any, name: str, limit: int = 40) -> QQuickItem:
    """Tab until ``name`` has the focus; its focus ring is then drawn."""
    for _ in range(limit):
        if focused(ex).objectName() == name:
            break
        press(ex, Qt.Key.Key_Tab)
    item = focused(ex)
    assert item.objectName() == name, f"Tab never reached {name}"
    ring = [i for i in items(item) if i.objectName() == "focusRing"]
    assert ring or qml(ex.engine, item, "border.width") >= 4, f"{name} shows no focus"
    return item


def test_a_whole_visit_by_keyboard(start_exhibit: Any, small_db: Path) -> None:
    ex = start_exhibit(small_db)
    ex.window.requestActivate()
    settle()
    assert ex.screen() == "attractScreen"
    press(ex, Qt.Key.Key_Return)  # any key begins
    assert ex.screen() == "languageScreen"
    tab_to(ex, "language_en")
    press(ex, Qt.Key.Key_Return)
    assert ex.screen() == "homeScreen"
    tab_to(ex, "homeChapters")
    press(ex, Qt.Key.Key_Return)
    assert ex.screen() == "chapterListScreen"
    tab_to(ex, "chapterCard_south")
    press(ex, Qt.Key.Key_Return)
    assert ex.screen() in ("chapterScreen", "gateScreen")
    press(ex, Qt.Key.Key_Escape)  # Esc goes back
    assert ex.screen() == "chapterListScreen"
    tab_to(ex, "chapterCard_north")
    press(ex, Qt.Key.Key_Return)
    assert ex.screen() == "gateScreen"
    tab_to(ex, "gateContinue")
    press(ex, Qt.Key.Key_Enter)
    assert ex.screen() == "chapterScreen"
    tab_to(ex, "navTextSize")  # the reading aids are keys too
    press(ex, Qt.Key.Key_Space)
    assert ex.services.access.textPercent == 125
    tab_to(ex, "navHome")
    press(ex, Qt.Key.Key_Return)
    assert ex.screen() == "homeScreen"
    tab_to(ex, "homeTimeline")
    press(ex, Qt.Key.Key_Return)
    assert ex.screen() == "timelineScreen"
    press(ex, Qt.Key.Key_Escape)
    assert ex.screen() == "homeScreen"
    assert current_screen(ex.window).isVisible()


def test_the_seated_layout_keeps_every_control_in_the_lower_part(
    start_exhibit: Any, small_db: Path
) -> None:
    for layout in ("standing", "seated"):
        ex = start_exhibit(small_db, layout=layout)
        highest = {}
        for screen in ("home", "chapters", "about"):
            call(ex.nav, "home")
            if screen != "home":
                call(ex.nav, screen)
            settle()
            tops = [c.mapToScene(QPointF(0, 0)).y() for c in tappables(current_screen(ex.window))]
            highest[screen] = min(tops) / ex.window.height()
        if layout == "seated":
            assert all(top >= 0.25 for top in highest.values()), highest
        else:
            assert any(top < 0.25 for top in highest.values()), highest
