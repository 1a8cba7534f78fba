"""A teacher on a laptop: a denser layout in a small window, nothing under the nav bar,
Enter activates the focused button, Esc goes back (never on a kiosk)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from kiosk.app.screenshots import call
from tests.ui.helpers import current_screen, find, settle


def _top(item: Any) -> float:
    return item.mapToScene(QPointF(0, 0)).y()


def test_in_a_laptop_window_the_gate_fits_above_the_nav_bar(
    start_exhibit: Any, real_db: Path
) -> None:
    ex = start_exhibit(real_db, size=(1366, 768))
    call(ex.nav, "chapter", "estonia")
    settle()
    screen = current_screen(ex.window)
    assert screen.objectName() == "gateScreen"
    bar = find(screen, "navBar")
    for name in ("gateContinue", "gateSummary", "gateBack", "gateSupport"):
        button = find(screen, name)
        assert _top(button) + button.height() <= _top(bar), name
        assert button.height() >= 48


def test_a_kiosk_keeps_its_large_type_and_a_laptop_gets_more_lines(
    start_exhibit: Any, real_db: Path
) -> None:
    big = start_exhibit(real_db, size=(1920, 1080))
    small = start_exhibit(real_db, size=(1366, 768))
    forced = start_exhibit(real_db, size=(1920, 1080), density="laptop")
    sizes = []
    for ex in (big, small, forced):
        call(ex.nav, "about")
        settle()
        title = find(current_screen(ex.window), "screenTitle")
        sizes.append(round(title.property("implicitHeight")))  # one line: grows with its type
    assert sizes[0] > sizes[1] and sizes[1] == sizes[2]


def test_enter_activates_the_focused_button_and_esc_goes_back(
    start_exhibit: Any, small_db: Path
) -> None:
    ex = start_exhibit(small_db, size=(1366, 768))
    call(ex.nav, "home")
    call(ex.nav, "about")
    settle()
    assert ex.screen() == "aboutScreen"
    QTest.keyClick(ex.window, Qt.Key.Key_Escape)
    settle()
    assert ex.screen() == "homeScreen"
    call(ex.nav, "about")
    settle()
    back = find(current_screen(ex.window), "navBack")
    back.forceActiveFocus()
    QTest.keyClick(ex.window, Qt.Key.Key_Return)
    settle()
    assert ex.screen() == "homeScreen"


@pytest.mark.logs
def test_esc_does_nothing_on_a_kiosk(start_exhibit: Any, small_db: Path) -> None:
    ex = start_exhibit(small_db, fullscreen=True)
    call(ex.nav, "home")
    call(ex.nav, "about")
    settle()
    QTest.keyClick(ex.window, Qt.Key.Key_Escape)
    settle()
    assert ex.screen() == "aboutScreen"
