"""A kiosk's window comes back full screen and in front when something outside moves it
(the same under a real window manager: tests/ui/test_window_manager.py)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from kiosk.app.lockdown import KeepInFront


def _window() -> Any:
    import PySide6.QtQuick  # noqa: F401 - the root object becomes a QQuickWindow
    from PySide6.QtQml import QQmlApplicationEngine

    engine = QQmlApplicationEngine()
    engine.loadData(b"import QtQuick\nWindow { width: 200; height: 100; visible: true }")
    return engine, engine.rootObjects()[0]


@pytest.mark.logs
@pytest.mark.parametrize("move_aside", ["showNormal", "showMinimized", "showMaximized", "hide"])
def test_a_window_moved_aside_comes_back_full_screen(
    qapp: Any, qtbot: Any, move_aside: str
) -> None:
    engine, window = _window()
    window.showFullScreen()
    window.requestActivate()
    keeper = KeepInFront(window, delay_ms=10, check_ms=100)
    qtbot.waitUntil(keeper.is_in_front, timeout=2000)
    getattr(window, move_aside)()
    assert not keeper.is_in_front()
    qtbot.waitUntil(keeper.is_in_front, timeout=2000)
    assert window.windowStates() == Qt.WindowState.WindowFullScreen and window.isVisible()
    assert keeper.restores >= 1
    keeper.stop()
    window.close()
    del engine


def test_a_window_left_alone_is_not_touched(qapp: Any, qtbot: Any) -> None:
    engine, window = _window()
    window.showFullScreen()
    window.requestActivate()
    keeper = KeepInFront(window, delay_ms=10, check_ms=50)
    qtbot.waitUntil(keeper.is_in_front, timeout=2000)
    restores = keeper.restores
    qtbot.wait(300)
    assert keeper.restores == restores  # nothing to put back: nothing logged, nothing done
    keeper.stop()
    window.close()
    del engine
