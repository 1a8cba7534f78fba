"""Side-by-side translation: English on the left, the chosen language on the right,
each text with its status and a button to mark it reviewed."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.studio import Project, StudioError, TextField

from .form import DEBOUNCE_MS
from .util import named

STATUS_WORDS = {
    "missing": "missing",
    "draft": "draft",
    "reviewed": "reviewed",
    "outdated": "out of date: the English changed",
}
STATUS_COLOURS = {"missing": "#a00", "draft": "#8a5a00", "reviewed": "#176a2c", "outdated": "#a00"}


class TranslatePanel(QWidget):
    """Texts of the item being edited in English and in one language.

    Signals:
        failed: an edit was refused (the message).
        languageChanged: another language was chosen.
        needsMeChanged: the "what still needs me" filter was switched.
    """

    failed = Signal(str)
    languageChanged = Signal(str)
    needsMeChanged = Signal(bool)

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.key: str | None = None
        self._pending: dict[str, str] = {}
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.commit)
        top = QHBoxLayout()
        self.lang = named(QComboBox(self), "translate-lang")
        for code, name in project.languages():
            if code != "en":
                self.lang.addItem(f"{name} ({code})", code)
        self.needs_me = named(QCheckBox(self.tr("Only what still needs me"), self), "needs-me")
        self.summary = named(QLabel(self), "translate-summary")
        top.addWidget(QLabel(self.tr("Translate into"), self))
        top.addWidget(self.lang)
        top.addWidget(self.needs_me)
        top.addStretch()
        top.addWidget(self.summary)
        self._rows = QWidget(self)
        self._grid = QGridLayout(self._rows)
        scroll = QScrollArea(self, widgetResizable=True)
        scroll.setWidget(self._rows)
        col = QVBoxLayout(self)
        col.addLayout(top)
        col.addWidget(scroll)
        self.lang.currentIndexChanged.connect(self._lang_changed)
        self.needs_me.toggled.connect(self._filter_changed)
        # the language's PO files, read one at a time while the curator looks (12 ms
        # each): switching to an item of another chapter then finds its file read
        self._unread: list[str] = []
        self._reader = QTimer(self, singleShot=True, interval=0)
        self._reader.timeout.connect(self._read_next)
        self._read_ahead()

    def _read_ahead(self) -> None:
        self._unread = self.project.translation_groups() if self.language else []
        self._reader.start()

    def _read_next(self) -> None:
        if self._unread:
            self.project.read_translations(self.language, self._unread.pop(0))
            self._reader.start()

    @property
    def language(self) -> str:
        return str(self.lang.currentData() or "")

    def _lang_changed(self) -> None:
        self.commit()
        self.languageChanged.emit(self.language)
        self.show_item(self.key)
        self._read_ahead()

    def _filter_changed(self, on: bool) -> None:
        self.needsMeChanged.emit(on)
        self.show_item(self.key)

    def show_item(self, key: str | None) -> None:
        self.commit()
        self.key = key
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # gone from the panel now, deleted soon
                widget.deleteLater()
        if key is None or not self.language:
            self.summary.setText("")
            return
        self._grid.addWidget(QLabel("<b>English</b>", self._rows), 0, 1)
        self._grid.addWidget(QLabel(f"<b>{self.lang.currentText()}</b>", self._rows), 0, 2)
        shown = 0
        try:
            fields = self.project.text_fields(key)
        except StudioError as exc:
            self.failed.emit(str(exc))
            return
        for tf in fields:
            tr = self.project.translation(self.language, tf)
            if self.needs_me.isChecked() and tr.status == "reviewed":
                continue
            shown += 1
            self._row(shown, tf)
        self.summary.setText(self.tr("%n text(s) shown", "", shown))
        self._grid.setRowStretch(shown + 1, 1)

    def _row(self, r: int, tf: TextField) -> None:
        tr = self.project.translation(self.language, tf)
        label = QLabel(tf.label, self._rows)
        status = named(QLabel(self._rows), f"status-{tf.key}")
        english = named(QPlainTextEdit(tf.english, self._rows, readOnly=True), f"en-{tf.key}")
        theirs = named(QPlainTextEdit(tr.text, self._rows), f"tr-{tf.key}")
        for w in (english, theirs):
            w.setMinimumHeight(60 if len(tf.english) < 120 else 140)
        english.setTabChangesFocus(True)
        review = named(QPushButton(self.tr("Mark reviewed"), self._rows), f"review-{tf.key}")
        left = QVBoxLayout()
        left.addWidget(label)
        left.addWidget(status)
        left.addWidget(review)
        left.addStretch()
        box = QWidget(self._rows)
        box.setLayout(left)
        self._grid.addWidget(box, r, 0)
        self._grid.addWidget(english, r, 1)
        self._grid.addWidget(theirs, r, 2)
        self._show_status(tf, status, review)
        if tr.previous:
            english.setToolTip(self.tr("Translated from: %1").replace("%1", tr.previous))
        theirs.textChanged.connect(lambda k=tf.key, e=theirs: self._typed(k, e.toPlainText()))
        review.clicked.connect(lambda _c=False, t=tf: self._review(t))

    def _show_status(self, tf: TextField, status: QLabel, review: QPushButton) -> None:
        st = self.project.translation(self.language, tf).status
        status.setText(STATUS_WORDS[st])
        status.setStyleSheet(f"color: {STATUS_COLOURS[st]};")
        status.setTextFormat(Qt.TextFormat.PlainText)
        review.setEnabled(st in ("draft", "outdated"))

    def _typed(self, tkey: str, value: str) -> None:
        self._pending[tkey] = value
        self._timer.start()

    def commit(self) -> None:
        self._timer.stop()
        pending, self._pending = self._pending, {}
        if self.key is None:
            return
        for tkey, value in pending.items():
            try:
                self.project.set_translation(self.language, self.key, tkey, value, merge=True)
            except StudioError as exc:
                self.failed.emit(str(exc))

    def _review(self, tf: TextField) -> None:
        self.commit()
        try:
            self.project.mark_reviewed(self.language, self.key or "", tf.key)
        except StudioError as exc:
            self.failed.emit(str(exc))

    def refresh(self) -> None:
        """Statuses and texts after an edit, undo or redo (typing left alone)."""
        if self.key is None or self.key not in self.project.items:
            return
        for tf in self.project.text_fields(self.key):
            status = self._rows.findChild(QLabel, f"status-{tf.key}")
            review = self._rows.findChild(QPushButton, f"review-{tf.key}")
            theirs = self._rows.findChild(QPlainTextEdit, f"tr-{tf.key}")
            english = self._rows.findChild(QPlainTextEdit, f"en-{tf.key}")
            if status is None or review is None or theirs is None or english is None:
                continue
            self._show_status(tf, status, review)
            if english.toPlainText() != tf.english:
                english.setPlainText(tf.english)
            text = self.project.translation(self.language, tf).text
            if tf.key not in self._pending and theirs.toPlainText() != text:
                was = theirs.blockSignals(True)
                theirs.setPlainText(text)
                theirs.blockSignals(was)
