"""Idle countdown and reset, kiosk-mode closing and the staff exit, through the real screens."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.app.config import hash_pin
from tests.ui.helpers import current_screen, find, frames, items, qml, settle, tap, tap_name, texts


def test_idle_countdown_then_reset_to_attract(
    start_exhibit: Any, small_db: Path, qtbot: Any
) -> None:
    ex = start_exhibit(small_db)
    ex.services.idle.set_timeouts(80, 300)
    w = ex.window
    tap_name(w, "attractTitle")
    tap_name(w, "language_en")
    tap_name(w, "homeChapters")
    tap_name(w, "chapterCard_north")
    tap_name(w, "gateContinue")
    assert ex.screen() == "chapterScreen"
    assert ex.services.care.needs_gate(["sexual-violence"]) is False
    qtbot.waitUntil(lambda: ex.services.idle.countingDown, timeout=2000)
    overlay = find(w.contentItem(), "idleOverlay")
    assert "Still there?" in texts(overlay)
    with qtbot.waitSignal(ex.services.exhibit.sessionReset, timeout=2000):
        pass
    settle()
    assert ex.screen() == "attractScreen"
    assert ex.services.exhibit.chapter.chapterId == ""
    assert not ex.services.idle.countingDown
    # the next visitor starts protected: the choice made at the gate is forgotten
    assert ex.services.care.needs_gate(["sexual-violence"]) is True


def test_one_tap_during_the_countdown_keeps_the_visit(
    start_exhibit: Any, small_db: Path, qtbot: Any
) -> None:
    ex = start_exhibit(small_db)
    ex.services.idle.set_timeouts(300, 2000)
    w = ex.window
    tap_name(w, "attractTitle")
    tap_name(w, "language_en")
    qtbot.waitUntil(lambda: ex.services.idle.countingDown, timeout=2000)
    tap(w, find(w.contentItem(), "idleContinue"))
    assert not ex.services.idle.countingDown
    assert ex.screen() == "homeScreen"


def test_touches_and_keys_anywhere_keep_the_visit(
    start_exhibit: Any, small_db: Path, qtbot: Any
) -> None:
    ex = start_exhibit(small_db)
    w = ex.window
    tap_name(w, "attractTitle")
    tap_name(w, "language_en")
    ex.services.idle.set_timeouts(400, 2000)
    ex.services.idle.activity()  # the home screen waits 400 ms from now
    title = find(current_screen(w), "screenTitle")
    corner = title.mapToScene(title.boundingRect().center()).toPoint()  # nothing to tap there
    for i in range(8):
        qtbot.wait(100)
        # checked before each input: a tap on "Still there?" would end a countdown
        assert not ex.services.idle.countingDown
        if i % 2:
            QTest.keyClick(w, Qt.Key.Key_Shift)
        else:
            QTest.mouseClick(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner)
    assert ex.screen() == "homeScreen"
    qtbot.waitUntil(lambda: ex.services.idle.countingDown, timeout=2000)


def test_attract_screen_does_not_count_down(start_exhibit: Any, small_db: Path, qtbot: Any) -> None:
    ex = start_exhibit(small_db)
    ex.services.idle.set_timeouts(20, 40)
    with qtbot.assertNotEmitted(ex.services.idle.resetRequested, wait=150):
        pass
    assert not ex.services.idle.armed


def test_kiosk_window_ignores_close_shortcuts(start_exhibit: Any, small_db: Path) -> None:
    ex = start_exhibit(small_db, fullscreen=True)
    ex.window.close()
    settle()
    assert ex.window.isVisible()


def test_windowed_exhibit_closes(start_exhibit: Any, small_db: Path) -> None:
    ex = start_exhibit(small_db, fullscreen=False)
    ex.window.close()
    settle()
    assert not ex.window.isVisible()


def _long_press_corner(w: Any) -> None:
    corner = find(w.contentItem(), "adminCorner")
    centre = corner.mapToScene(corner.boundingRect().center()).toPoint()
    QTest.mousePress(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    # held a little past the hold (the gesture's timer fires at its end), then let go
    settle(int(w.findChild(QObject, "adminCorner").property("holdSeconds") * 1000) + 50)
    QTest.mouseRelease(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    frames(w)


@pytest.mark.logs
def test_staff_exit_needs_long_press_and_pin(
    start_exhibit: Any, small_db: Path, qtbot: Any
) -> None:
    ex = start_exhibit(small_db, fullscreen=True, admin_pin_hash=hash_pin("258025"))
    w = ex.window
    QTest.mouseClick(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(10, 10))
    settle()
    assert ex.screen() == "languageScreen"  # a short tap in the corner is an ordinary tap
    assert not find_visible(w, "adminPad")
    _long_press_corner(w)
    pad = find(w.contentItem(), "adminPad")
    for digit in "111111":
        tap(w, find(pad, f"adminKey{digit}"))
    tap(w, find(pad, "adminOk"))
    assert "Wrong PIN" in texts(pad)
    assert not find_visible(w, "staffPanel")
    for digit in "258025":
        tap(w, find(pad, f"adminKey{digit}"))
    tap(w, find(pad, "adminOk"))
    panel = find(w.contentItem(), "staffPanel")
    scroll = find(panel, "staffScroll")  # on a small screen staff scroll down to it
    scroll.setProperty("contentY", scroll.property("contentHeight") - scroll.height())
    settle()
    with qtbot.waitSignal(ex.services.admin.exitRequested):
        tap(w, find(panel, "staffExit"))


def test_teacher_changes_the_profile_behind_the_pin(start_exhibit: Any, small_db: Path) -> None:
    ex = start_exhibit(small_db, fullscreen=False, admin_pin_hash=hash_pin("258025"))
    w = ex.window
    _long_press_corner(w)
    for digit in "258025":
        tap(w, find(w.contentItem(), f"adminKey{digit}"))
    tap(w, find(w.contentItem(), "adminOk"))
    tap(w, find(w.contentItem(), "profile_classroom"))
    assert ex.services.care.profile == "classroom"
    tap(w, find(w.contentItem(), "staffClose"))
    assert not find_visible(w, "staffPanel") and not ex.services.admin.unlocked
    tap_name(w, "attractTitle")
    assert "Classroom profile" in texts(current_screen(w))


def find_visible(w: Any, name: str) -> bool:
    return any(i.objectName() == name for i in items(w.contentItem()))


def test_staff_pad_can_be_cancelled(start_exhibit: Any, small_db: Path) -> None:
    ex = start_exhibit(small_db, fullscreen=True, admin_pin_hash=hash_pin("258025"))
    _long_press_corner(ex.window)
    tap(ex.window, find(ex.window.contentItem(), "adminCancel"))
    assert not find_visible(ex.window, "adminPad")
    assert current_screen(ex.window).objectName() == "attractScreen"


@pytest.mark.logs
def test_the_staff_panel_shows_the_kiosk_state_and_the_idle_reset_closes_it(
    start_exhibit: Any, small_db: Path
) -> None:
    ex = start_exhibit(
        small_db, fullscreen=True, admin_pin_hash=hash_pin("258025"), kiosk_name="Hall 2"
    )
    w = ex.window
    _long_press_corner(w)
    for digit in "258025":
        tap(w, find(w.contentItem(), f"adminKey{digit}"))
    tap(w, find(w.contentItem(), "adminOk"))
    shown = texts(find(w.contentItem(), "staffPanel"))
    assert "Hall 2" in shown and "Content version" in shown
    assert ex.services.exhibit.repository.meta["content_version"] in shown
    assert "Reload content" in shown and "Exit to desktop" in shown
    ex.services.exhibit.resetSession()  # the idle reset, as for the next visitor
    settle()
    assert not find_visible(w, "staffPanel") and not find_visible(w, "adminPad")
    assert not ex.services.admin.unlocked


def test_without_a_pin_holding_the_corner_shows_nothing(start_exhibit: Any, small_db: Path) -> None:
    ex = start_exhibit(small_db, fullscreen=True)
    _long_press_corner(ex.window)
    assert not find_visible(ex.window, "adminPad")
    assert current_screen(ex.window).objectName() == "attractScreen"


def test_outside_opening_hours_the_screen_is_dark_and_still(
    start_exhibit: Any, small_db: Path
) -> None:
    import time

    from kiosk.app.config import Schedule

    today = time.localtime().tm_wday
    tomorrow = (today + 1) % 7
    ex = start_exhibit(small_db, schedule=Schedule({tomorrow: (0, 24 * 60)}))
    settle()
    w = ex.window
    assert find_visible(w, "closedScreen")
    assert not w.findChild(QQuickItem, "stack").isVisible()  # nothing ticks behind it
    assert not ex.services.idle.armed
    ex.services.opening.set_clock(lambda: (tomorrow, 9 * 60))  # the next morning
    settle()
    assert not find_visible(w, "closedScreen")
    assert current_screen(w).objectName() == "attractScreen"
    tap_name(w, "attractTitle")
    assert ex.services.idle.armed  # a visit
    ex.services.opening.set_clock(lambda: (today, 12 * 60))  # closing time ends it
    settle()
    assert find_visible(w, "closedScreen") and not ex.services.idle.armed


def test_a_long_walk_from_link_to_link_keeps_the_stack_bounded(
    start_exhibit: Any, small_db: Path
) -> None:
    from kiosk.app.screenshots import call

    ex = start_exhibit(small_db)
    stack = find(ex.window.contentItem(), "stack")
    for _ in range(40):
        call(ex.nav, "about")
    assert stack.property("depth") == 12
    call(ex.nav, "home")
    assert stack.property("depth") == 1


def test_screen_changes_fade_in_briefly_and_take_a_tap_at_once(
    start_exhibit: Any, small_db: Path
) -> None:
    from kiosk.app.screenshots import call

    ex = start_exhibit(small_db)
    call(ex.nav, "home")
    settle(300)
    fade = ex.window.findChild(QObject, "screenFade")
    assert fade.property("duration") <= 200
    # the new screen shows through a veil of the background colour that clears
    veil = ex.window.findChild(QObject, "screenVeil")
    tap_name(ex.window, "homeAbout")
    assert fade.property("running") and veil.property("visible")  # it is fading in ...
    assert 0 < veil.property("opacity") <= 0.65  # (from 35 % of the screen)
    tap_name(ex.window, "navBack")  # ... and a tap on it counts all the same
    assert ex.screen() == "homeScreen"
    settle(250)
    assert not veil.property("visible") and current_screen(ex.window).opacity() == 1


def test_the_attract_loop_cross_fades_its_highlights(start_exhibit: Any, real_db: Path) -> None:
    from kiosk.app.screenshots import call

    ex = start_exhibit(real_db)
    settle(200)
    screen = current_screen(ex.window)
    title, prompt = find(screen, "attractHighlight"), find(screen, "attractPrompt")
    before = (title.property("text"), prompt.property("text"))
    call(screen, "advance")
    settle(150)
    step = find(screen, "attractStep")
    assert 0 < step.opacity() < 1 and title.property("text") == before[0]  # fading out
    settle(700)
    assert step.opacity() == 1
    after = (title.property("text"), prompt.property("text"))
    assert after[0] != before[0] and after[1] != before[1]  # the next chapter and language
    # a chapter's map comes with it, where it has one
    maps, rows = [], ex.services.exhibit.chapter_rows()
    for k in range(len(rows)):
        qml(ex.engine, screen, f"view.step = {k}")
        for _ in range(40):  # the map decodes in the background: a busy machine is slower
            settle(50)
            if not rows[k]["coverId"] or any(i.objectName() == "attractMap" for i in items(screen)):
                break
        maps.append(any(i.objectName() == "attractMap" for i in items(screen)))
    assert maps == [bool(r["coverId"]) for r in rows] and any(maps)


def test_screens_left_behind_hold_no_data(start_exhibit: Any, small_db: Path) -> None:
    """PySide6 keeps the Python side of every view model QML made, after QML destroyed it
    with its screen; a kiosk changes screens a million times, so each lets go of its data."""
    import gc

    import shiboken6

    from kiosk.app.screenshots import call
    from kiosk.app.views import View

    ex = start_exhibit(small_db)
    for _ in range(5):
        for screen in ("sources", "about", "support", "periodMap", "home"):
            call(ex.nav, screen)
            settle(5)
    settle(50)
    gc.collect()
    views = [o for o in gc.get_objects() if isinstance(o, View)]
    dead = [v for v in views if not shiboken6.isValid(v)]
    assert dead  # the screens were destroyed (what this test is about)
    assert [type(v).__name__ for v in dead if vars(v)] == []
