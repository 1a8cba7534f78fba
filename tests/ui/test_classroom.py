"""Classroom mode (#17): a teacher chooses a lesson path and walks the class through it,
stop by stop, with the classroom profile locked and no idle reset."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.app.screenshots import call
from tests.ui.helpers import (
    current_screen,
    find,
    scroll_into_view,
    settle,
    tap,
    tap_name,
    texts,
)


def bar(ex: Any) -> QQuickItem:
    return find(ex.window.contentItem(), "classroomBar")


def where(ex: Any) -> str:
    return str(find(bar(ex), "classroomStopLabel").property("text"))


def press(ex: Any, name: str) -> None:
    tap(ex.window, find(bar(ex), name))


def past_gate(ex: Any) -> None:
    """A stop may stand behind the chapter's warning, as anywhere in the exhibit."""
    if ex.screen() == "gateScreen":
        tap_name(ex.window, "gateContinue")


def start(ex: Any, path_id: str) -> None:
    settle()
    assert ex.screen() == "pathChooserScreen"
    chooser = current_screen(ex.window)
    button = find(chooser, f"startPath_{path_id}")
    scroll_into_view(find(chooser, "pathList"), button)
    tap(ex.window, button)
    settle()


def test_the_teacher_chooses_a_path_and_moves_through_its_stops(
    start_exhibit: Any, real_db: Path
) -> None:
    ex = start_exhibit(real_db, size=(1366, 768), classroom=True)
    settle()
    chooser = current_screen(ex.window)
    shown = texts(chooser)
    for title in (
        "Deportations from the Baltic states, 1941 and 1949",
        "Katyn: the crime, the lie and the truth",
        "Justice after the Soviet Union: the trials in the Baltic states",
    ):
        assert title in shown
    assert "Ages 14+ · 45 minutes · 7 stops" in shown
    start(ex, "katyn")
    assert where(ex) == "Stop 1 of 7"
    assert (
        find(bar(ex), "classroomStopTitle").property("text") == "Invasion under a secret agreement"
    )
    past_gate(ex)
    assert ex.screen() == "chapterScreen"
    # the stop's own section, on the chapter's screen
    find(current_screen(ex.window), "section_poland-1939-invasion")
    assert not find(bar(ex), "classroomPrevious").property("enabled")
    press(ex, "classroomNext")
    assert where(ex) == "Stop 2 of 7"
    press(ex, "classroomPrevious")
    assert where(ex) == "Stop 1 of 7"
    # the keyboard does the same: arrows and Page Up/Down
    for key, expected in (
        (Qt.Key.Key_Right, "Stop 2 of 7"),
        (Qt.Key.Key_PageDown, "Stop 3 of 7"),
        (Qt.Key.Key_PageUp, "Stop 2 of 7"),
        (Qt.Key.Key_Left, "Stop 1 of 7"),
    ):
        QTest.keyClick(ex.window, key)
        settle()
        assert where(ex) == expected, key
    for _ in range(5):
        QTest.keyClick(ex.window, Qt.Key.Key_Right)
    settle()
    assert where(ex) == "Stop 6 of 7"
    past_gate(ex)
    assert ex.screen() == "sourceScreen"  # the Katyn documents
    QTest.keyClick(ex.window, Qt.Key.Key_Right)
    QTest.keyClick(ex.window, Qt.Key.Key_Right)  # past the last stop: stays there
    settle()
    assert where(ex) == "Stop 7 of 7"
    assert not find(bar(ex), "classroomNext").property("enabled")
    press(ex, "classroomEnd")
    settle()
    assert ex.screen() == "pathChooserScreen"
    found = ex.window.findChild(QQuickItem, "classroomBar")
    assert not found.isVisible()


def test_a_figure_stop_shows_every_estimate_and_the_questions_on_request(
    start_exhibit: Any, real_db: Path
) -> None:
    ex = start_exhibit(real_db, size=(1920, 1080), classroom=True)
    start(ex, "katyn")
    press(ex, "classroomNext")
    press(ex, "classroomNext")
    assert where(ex) == "Stop 3 of 7"
    past_gate(ex)
    assert ex.screen() == "figureScreen"
    text = "\n".join(texts(current_screen(ex.window)))
    assert "21,857" in text and "20,000" in text  # both estimates, each with its owner
    panel = ex.window.findChild(QQuickItem, "classroomQuestions")
    assert panel is not None and not panel.isVisible()
    press(ex, "classroomQuestionsButton")
    settle()
    assert panel.isVisible()
    shown = texts(panel)
    assert "Discussion questions" in shown
    assert any("secret report of the KGB itself" in t for t in shown)
    assert any(t.startswith("2. One estimate is a lower bound") for t in shown)
    # the next stop starts with its questions hidden
    press(ex, "classroomNext")
    assert not panel.isVisible()


def test_the_teachers_note_is_shown_only_on_request(start_exhibit: Any, real_db: Path) -> None:
    ex = start_exhibit(real_db, size=(1920, 1080), classroom=True)
    start(ex, "baltic-trials")
    panel = ex.window.findChild(QQuickItem, "classroomQuestions")
    assert not panel.isVisible()
    press(ex, "classroomNoteButton")
    settle()
    assert panel.isVisible()
    assert any("can justice come decades late?" in t for t in texts(panel))
    press(ex, "classroomNext")  # stop 2 has no note: no button
    assert not find(bar(ex), "classroomQuestionsButton").property("primary")
    note = ex.window.findChild(QQuickItem, "classroomNoteButton")
    assert note is not None and not note.isVisible()


def test_a_lesson_has_no_idle_reset_and_keeps_the_classroom_profile(
    start_exhibit: Any, real_db: Path, qtbot: Any
) -> None:
    ex = start_exhibit(real_db, size=(1366, 768), classroom=True)
    ex.services.idle.set_timeouts(50, 50)
    start(ex, "baltic-deportations")
    past_gate(ex)
    before = ex.screen()
    # a class discusses for longer than any idle wait: nothing counts down or resets
    with qtbot.assertNotEmitted(ex.services.exhibit.sessionReset, wait=600):
        pass
    assert not ex.services.idle.armed and not ex.services.idle.countingDown
    assert ex.screen() == before and where(ex) == "Stop 1 of 7"
    care = ex.services.care
    care.setProfile("museum")  # the staff panel's buttons call this
    assert care.state.profile == "classroom" and not care.allows_detail()
    assert "Classroom profile" in texts(current_screen(ex.window))


def test_the_gate_and_the_stop_fit_above_the_classroom_bar_on_a_laptop(
    start_exhibit: Any, real_db: Path
) -> None:
    ex = start_exhibit(real_db, size=(1366, 768), classroom=True)
    start(ex, "baltic-deportations")
    press(ex, "classroomNext")
    screen = current_screen(ex.window)
    assert screen.objectName() == "gateScreen"
    top = bar(ex).mapToScene(QPointF(0, 0)).y()
    for name in ("gateContinue", "gateSummary", "gateBack", "gateSupport", "navBar"):
        item = find(screen, name)
        assert item.mapToScene(QPointF(0, 0)).y() + item.height() <= top + 1, name
    for name in ("classroomPrevious", "classroomNext", "classroomQuestionsButton", "classroomEnd"):
        button = find(bar(ex), name)
        assert button.height() >= 48
        assert button.mapToScene(QPointF(0, 0)).x() + button.width() <= 1366, name


def test_classroom_type_is_larger_than_a_laptops(start_exhibit: Any, real_db: Path) -> None:
    plain = start_exhibit(real_db, size=(1366, 768), profile="classroom")
    lesson = start_exhibit(real_db, size=(1366, 768), classroom=True)
    sizes = []
    for ex in (plain, lesson):
        call(ex.nav, "about")
        settle()
        title = find(current_screen(ex.window), "screenTitle")
        sizes.append(round(title.property("implicitHeight")))
    assert sizes[1] > sizes[0]


def test_a_section_stop_opens_its_chapter_at_that_section(
    start_exhibit: Any, real_db: Path
) -> None:
    ex = start_exhibit(real_db, size=(1920, 1080), classroom=True)
    start(ex, "baltic-trials")
    QTest.keyClick(ex.window, Qt.Key.Key_End)  # not a stop key: nothing moves
    for _ in range(6):
        QTest.keyClick(ex.window, Qt.Key.Key_Right)
    settle(300)
    assert where(ex) == "Stop 7 of 7"
    past_gate(ex)
    screen = current_screen(ex.window)
    assert screen.objectName() == "chapterScreen"
    section = find(screen, "section_memory-reckoning")  # the fourth section of its chapter
    listing = find(screen, "chapterList")
    top = listing.mapToScene(QPointF(0, 0)).y()
    assert abs(section.mapToScene(QPointF(0, 0)).y() - top) < 40


def test_a_dari_lesson_counts_its_stops_in_dari_digits(start_exhibit: Any, real_db: Path) -> None:
    ex = start_exhibit(real_db, size=(1366, 768), classroom=True, default_language="fa")
    start(ex, "katyn")
    label = where(ex)
    assert "۱" in label and "۷" in label  # "stop 1 of 7", as the rest of the Dari screen
    assert not any(c in label for c in "0123456789")
