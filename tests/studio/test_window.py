"""The studio's window driven as a curator drives it: open, edit, translate, fix, save."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
)

from kiosk.content import loader
from kiosk.content.studio import Project
from kiosk.studio.window import StudioWindow
from tests.conftest import STUDIO_DE_FILE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SECTION = "section:north-deportations"
FIGURE = "figure:north-deportees"
CHAPTER_FILE = "chapters/01-north.yaml"
WAIT = 60_000  # the checks run on a worker thread; a busy machine is slow


def changed(before: str, after: str) -> list[str]:
    return [
        ln
        for ln in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if ln[:1] in "+-" and not ln.startswith(("+++", "---"))
    ]


@pytest.fixture
def studio(qtbot, studio_sources: Path) -> Iterator[StudioWindow]:  # type: ignore[no-untyped-def]
    window = StudioWindow(Project(studio_sources))
    window.resize(1400, 900)
    window.show()
    qtbot.waitUntil(lambda: "error" in window.problem_count.text(), timeout=WAIT)
    yield window
    window.shutdown()
    window.hide()
    window.deleteLater()


def open_item(window: StudioWindow, key: str) -> None:
    item = window._find(key)
    assert item is not None, f"{key} is not in the tree"
    window.tree.setCurrentItem(item)
    assert window.key == key


def retype(qtbot, widget: QLineEdit | QPlainTextEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def test_a_curator_edits_translates_fixes_and_saves(qtbot, studio: StudioWindow) -> None:  # type: ignore[no-untyped-def]
    root = studio.project.root
    yaml_before = (root / CHAPTER_FILE).read_text(encoding="utf-8")
    po_before = (root / STUDIO_DE_FILE).read_text(encoding="utf-8")
    studio.search.setText("deportations")
    open_item(studio, SECTION)
    assert "north-deportations" in studio.form.heading.text()

    # a title too long for the wall: the problem is listed, on the field, a click away
    title = studio.form.findChild(QLineEdit, "field-title")
    retype(qtbot, title, "How the officials drew up the lists before the trains came")
    qtbot.waitUntil(
        lambda: any(
            i.item == SECTION and i.field == "title" and i.severity == "error"
            for i in studio.issues
        ),
        timeout=WAIT,
    )
    note = studio.form.findChild(QLabel, "note-title")
    assert "title has 11 words; keep it within 1-8" in note.text()
    row = next(
        studio.problems.item(i)
        for i in range(studio.problems.count())
        if "title has 11 words" in studio.problems.item(i).text()
    )
    assert row.text().startswith("✖")
    studio.tabs.setCurrentIndex(1)
    studio._problem_pick(row)
    assert studio.tabs.currentIndex() == 0
    assert QApplication.focusWidget() is title

    # fixed: the error goes
    retype(qtbot, title, "Deportations in June 1941")
    qtbot.waitUntil(
        lambda: (
            not any(i.severity == "error" for i in studio.issues)
            and studio.project.value(SECTION, "title") == "Deportations in June 1941"
        ),
        timeout=WAIT,
    )
    assert "0 error(s)" in studio.problem_count.text()

    # the German title, side by side with the English, marked reviewed
    studio.tabs.setCurrentWidget(studio.translate)
    studio.translate.lang.setCurrentIndex(studio.translate.lang.findData("de"))
    key = "sections:north-deportations:title"
    status = studio.translate.findChild(QLabel, f"status-{key}")
    assert status.text() == "out of date: the English changed"
    english = studio.translate.findChild(QPlainTextEdit, f"en-{key}")
    assert english.toPlainText() == "Deportations in June 1941"
    german = studio.translate.findChild(QPlainTextEdit, f"tr-{key}")
    retype(qtbot, german, "Deportationen im Juni 1941, neu")
    qtbot.waitUntil(lambda: status.text() == "draft", timeout=WAIT)
    qtbot.mouseClick(
        studio.translate.findChild(QPushButton, f"review-{key}"), Qt.MouseButton.LeftButton
    )
    assert status.text() == "reviewed"

    # "what still needs me": the section's untranslated body keeps it in the tree
    studio.search.setText("")
    studio.translate.needs_me.setChecked(True)
    assert studio._find(SECTION) is not None
    assert studio.translate.findChild(QLabel, f"status-{key}") is None  # reviewed: hidden
    studio.translate.needs_me.setChecked(False)

    # a new estimate for a figure, with its source
    studio.tabs.setCurrentIndex(0)
    open_item(studio, FIGURE)
    table = studio.form.findChild(QTableWidget, "field-estimates")
    rows = table.rowCount()
    qtbot.keyClicks(studio.form.findChild(QLineEdit, "estimate-low"), "12000")
    qtbot.keyClicks(studio.form.findChild(QLineEdit, "estimate-high"), "15000")
    studio.form.findChild(QComboBox, "estimate-source").setCurrentText("historian-one")
    qtbot.mouseClick(studio.form.findChild(QPushButton, "estimate-add"), Qt.MouseButton.LeftButton)
    assert table.rowCount() == rows + 1
    assert table.item(rows, 0).text() == "12,000"

    # saved: the files change by exactly those edits
    studio.save_action.trigger()
    assert studio.project.dirty() == []
    assert changed(yaml_before, (root / CHAPTER_FILE).read_text(encoding="utf-8")) == [
        "-    title: Deportations of June 1941",
        "+    title: Deportations in June 1941",
        "+      - low: 12000",
        "+        high: 15000",
        "+        source: historian-one",
    ]
    assert changed(po_before, (root / STUDIO_DE_FILE).read_text(encoding="utf-8")) == [
        '-msgid "Deportations of June 1941"',
        '-msgstr "Deportationen im Juni 1941"',
        '+msgid "Deportations in June 1941"',
        '+msgstr "Deportationen im Juni 1941, neu"',
    ]
    c = loader.load(root)
    assert c.translations["de"][key].status == "reviewed"


def test_undo_and_redo_from_the_menu_update_the_form(qtbot, studio: StudioWindow) -> None:  # type: ignore[no-untyped-def]
    open_item(studio, SECTION)
    title = studio.form.findChild(QLineEdit, "field-title")
    retype(qtbot, title, "Lists and trains")
    qtbot.waitUntil(lambda: studio.undo_action.isEnabled(), timeout=WAIT)
    assert studio.windowTitle().endswith("*")
    studio.undo_action.trigger()
    assert title.text() == "Deportations of June 1941"
    assert not studio.windowTitle().endswith("*")
    studio.redo_action.trigger()
    assert title.text() == "Lists and trains"


def test_a_date_reads_in_words_and_a_figure_is_inserted_from_the_list(
    qtbot,
    studio: StudioWindow,  # type: ignore[no-untyped-def]
) -> None:
    open_item(studio, "event:north-deportation-1941")
    reading = studio.form.findChild(QLabel, "reading-date")
    assert reading.text() == "14–16 June 1941"
    date = studio.form.findChild(QLineEdit, "field-date")
    retype(qtbot, date, "1941-06")
    qtbot.waitUntil(lambda: reading.text() == "June 1941", timeout=WAIT)
    retype(qtbot, date, "1941-13")
    qtbot.waitUntil(
        lambda: reading.text().startswith("not a date the exhibit can show"), timeout=WAIT
    )
    open_item(studio, SECTION)
    body = studio.form.findChild(QPlainTextEdit, "field-body")
    body.moveCursor(body.textCursor().MoveOperation.End)
    figures = studio.form.findChild(QComboBox, "insert-figure-body")
    index = figures.findData("north-deportees")
    figures.activated.emit(index)
    assert body.toPlainText().endswith("{fig:north-deportees}")


def test_an_image_dropped_in_asks_for_its_credits_first(
    qtbot,
    studio: StudioWindow,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    photo = tmp_path / "photo.png"
    Image.new("RGB", (60, 40), (90, 90, 90)).save(photo)
    dialog = studio.media_dialog(photo)
    dialog.credit.setText("Museum archive")
    dialog.licence.setText("CC BY 4.0")
    assert studio.import_image(photo, dialog) is None
    assert "alt text, a credit and a licence" in dialog.error.text()
    dialog.alt.setText("A grey square standing in for a photograph")
    dialog.findChild(type(dialog.tags[0]), "media-tag-violence").setChecked(True)
    ident = studio.import_image(photo, dialog)
    assert ident is not None and studio.key == f"media:{ident}"
    assert studio.project.value(f"media:{ident}", "warnings") == ["violence"]
    assert studio.project.value(f"media:{ident}", "credit") == "Museum archive"


def test_publish_shows_the_changes_then_publishes_and_rolls_back(
    qtbot,
    studio: StudioWindow,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from kiosk.content import publish

    kiosks = tmp_path / "kiosks"
    panel = studio.publisher
    studio.tabs.setCurrentWidget(panel)
    panel.folder.setText(str(kiosks))
    assert panel.prepare()
    assert "the first version" in panel.log.toPlainText()
    qtbot.mouseClick(panel.go, Qt.MouseButton.LeftButton)
    assert "Published version 1" in panel.state.text()
    assert [panel.history.item(i).text()[:6] for i in range(panel.history.count())] == ["*    1"]

    # an edit, saved: the check lists it by chapter and language before it goes out
    open_item(studio, SECTION)
    studio.project.set_value(SECTION, "title", "Deportations in June 1941")
    studio.save_action.trigger()
    qtbot.mouseClick(panel.check, Qt.MouseButton.LeftButton)
    log = panel.log.toPlainText()
    assert "north [en]: 1 changed" in log
    assert "changed sections:north-deportations:title" in log
    qtbot.mouseClick(panel.go, Qt.MouseButton.LeftButton)
    assert [v.number for v in publish.versions(kiosks) if v.current] == [2]

    qtbot.mouseClick(panel.back, Qt.MouseButton.LeftButton)
    assert "now use version 1" in panel.state.text()
    assert [v.number for v in publish.versions(kiosks) if v.current] == [1]
    assert panel.history.item(0).text().startswith("*")


def test_an_error_blocks_publishing_and_unsaved_edits_are_not_published(
    qtbot,
    studio: StudioWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QMessageBox

    panel = studio.publisher
    panel.folder.setText(str(tmp_path / "kiosks"))
    studio.project.set_value(SECTION, "sources", ["no-such-source"])
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    assert not panel.prepare()
    assert "Save your edits first" in panel.state.text()
    studio.save_action.trigger()
    assert not panel.prepare()
    assert "error(s) stop the publish" in panel.state.text()
    assert "cites unknown source 'no-such-source'" in panel.log.toPlainText()
    assert not panel.go.isEnabled()
    assert not (tmp_path / "kiosks" / "CURRENT").exists()


# an embedded window on the offscreen platform (no window system to embed it in)
@pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints",
    "This plugin does not support setParent!",
    "This plugin does not support raise()",
    r"QWidgetWindow\(.*\"preview-exhibitWindow\"\) must be a top level window.",
)
@pytest.mark.slow
def test_the_preview_shows_the_item_behind_its_gate_and_follows_typing(
    qtbot,
    studio: StudioWindow,  # type: ignore[no-untyped-def]
) -> None:
    open_item(studio, SECTION)
    studio.tabs.setCurrentWidget(studio.preview)
    preview = studio.preview
    qtbot.waitUntil(lambda: preview.window is not None, timeout=WAIT)
    # the chapter carries warnings: a visitor meets its gate first, and so does the curator
    assert preview.screen_name() == "gateScreen"
    preview._nav("answerGate", "continue")
    qtbot.waitUntil(lambda: preview.screen_name() == "chapterScreen", timeout=WAIT)
    assert "Deportations of June 1941" in preview.texts()

    studio.tabs.setCurrentIndex(0)
    title = studio.form.findChild(QLineEdit, "field-title")
    with qtbot.waitSignal(preview.updated, timeout=WAIT):
        retype(qtbot, title, "Lists, trains and exile")
    assert preview.screen_name() == "chapterScreen"  # this visitor already passed the gate
    qtbot.waitUntil(lambda: "Lists, trains and exile" in preview.texts(), timeout=WAIT)

    # German, in the classroom profile, on a portrait screen
    preview.lang.setCurrentIndex(preview.lang.findData("de"))
    preview.profile.setCurrentText("classroom")
    preview.screen_size.setCurrentIndex(1)
    assert (preview.window.width(), preview.window.height()) == (1080, 1920)
    if preview.screen_name() == "gateScreen":
        preview._nav("answerGate", "continue")
    qtbot.waitUntil(lambda: preview.screen_name() == "chapterScreen", timeout=WAIT)


def test_closing_stops_the_checks_and_frees_the_folder(qtbot, studio_sources: Path) -> None:  # type: ignore[no-untyped-def]
    from kiosk.content.studio import LockedError

    window = StudioWindow(Project(studio_sources))
    window.show()
    with pytest.raises(LockedError, match="already open in another studio"):
        Project(studio_sources)
    scratch = Path(window.validation._scratch.name)
    qtbot.waitUntil(lambda: any(scratch.iterdir()), timeout=WAIT)  # the check has started
    window.close()  # nothing unsaved: no question asked
    assert not scratch.exists()
    Project(studio_sources).close()  # free for the next studio


def test_a_perspective_sides_are_edited_in_the_form(qtbot, studio: StudioWindow) -> None:  # type: ignore[no-untyped-def]
    open_item(studio, "section:north-debate")
    side = studio.form.findChild(QPlainTextEdit, "side-1-text")
    assert side.toPlainText().startswith("Bo Sample counts only deaths")
    retype(qtbot, side, "Bo Sample counts only the deaths on the trains.")
    qtbot.waitUntil(
        lambda: (
            studio.project.docs[CHAPTER_FILE].get(("sections", 1, "sides", 1, "text"))
            == "Bo Sample counts only the deaths on the trains."
        ),
        timeout=WAIT,
    )
    studio.undo_action.trigger()
    assert side.toPlainText().startswith("Bo Sample counts only deaths during the journey")


def test_the_translation_language_is_read_ahead_while_the_curator_looks(
    qtbot, studio: StudioWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Every PO file of the language being translated is read while the window is idle,
    so that an item of another chapter opens without reading its file then; a damaged
    file is left alone until an item needs it (and then says so)."""
    project = studio.project
    lang = studio.translate.language
    groups = project.translation_groups()
    assert len(groups) >= 3  # the small content's chapters and the common file
    qtbot.waitUntil(lambda: not studio.translate._unread, timeout=WAIT)
    read: list[str] = []
    real = project._po_doc

    def spy(language: str, group: str):  # type: ignore[no-untyped-def]
        if f"translations/{language}/{group}.po" not in project._po:
            read.append(group)
        return real(language, group)

    monkeypatch.setattr(project, "_po_doc", spy)
    for key in ("section:south-estimates", SECTION):
        open_item(studio, key)
    assert read == [] and lang
