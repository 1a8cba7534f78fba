"""The form of one item: every field with its label, help, limits and problems."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.content import text as textmod
from kiosk.content.studio import Field, Issue, Project, StudioError

from .util import named

DEBOUNCE_MS = 300  # typing reaches the model (and the preview) after this pause


def _ids(value: str) -> list[str]:
    return [v.strip() for v in value.replace("\n", ",").split(",") if v.strip()]


class Form(QWidget):
    """Widgets for the fields of the item being edited.

    Signals:
        failed: an edit was refused (the message, in words).

    Every widget is named ``field-<name>`` so a test finds it as a curator would.
    """

    failed = Signal(str)

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.key: str | None = None
        self.widgets: dict[str, QWidget] = {}
        self._notes: dict[str, QLabel] = {}
        self._pending: dict[str, Any] = {}
        self._choices: list[tuple[str, str]] = []
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.commit)
        self._layout = QFormLayout(self)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.heading = named(QLabel(self), "form-heading")
        self._layout.addRow(self.heading)

    # -- building --------------------------------------------------------------------

    def show_item(self, key: str | None) -> None:
        self.commit()
        self.key = key
        while self._layout.rowCount() > 1:
            self._layout.removeRow(1)
        self.widgets.clear()
        self._notes.clear()
        if key is None:
            self.heading.setText(self.tr("Choose an item in the tree to edit it."))
            return
        it = self.project.item(key)
        self._choices = self.project.figure_choices()
        self.heading.setText(f"<b>{it.kind.title()}</b> {it.id}")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        for spec in self.project.fields(key):
            editor = self._editor(spec)
            editor.setObjectName(f"field-{spec.name}")
            editor.setToolTip(spec.help)
            label = QLabel(spec.label + (" *" if spec.required else ""), self)
            label.setBuddy(editor)
            note = named(QLabel(spec.help, self), f"note-{spec.name}")
            note.setWordWrap(True)
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setStyleSheet("color: #555;")
            box = QWidget(self)
            col = QVBoxLayout(box)
            col.setContentsMargins(0, 0, 0, 0)
            col.addWidget(editor)
            extra = self._extra(spec, editor)
            if extra is not None:
                col.addWidget(extra)
            col.addWidget(note)
            self._layout.addRow(label, box)
            self.widgets[spec.name] = editor
            self._notes[spec.name] = note
        self.refresh()

    def _editor(self, spec: Field) -> QWidget:
        if spec.kind == "text":
            edit = QPlainTextEdit(self)
            edit.setMinimumHeight(90 if spec.words is None or spec.words[1] < 100 else 160)
            edit.textChanged.connect(lambda s=spec, e=edit: self._typed(s, e.toPlainText()))
            w: QWidget = edit
        elif spec.kind in ("line", "date", "ids"):
            w = QLineEdit(self)
            w.setReadOnly(spec.readonly)
            w.textEdited.connect(lambda v, s=spec: self._typed(s, v))
        elif spec.kind == "int":
            w = QSpinBox(self)
            w.setRange(-1_000_000, 1_000_000)
            w.valueChanged.connect(lambda v, s=spec: self._typed(s, v))
        elif spec.kind == "bool":
            w = QCheckBox(self)
            w.toggled.connect(lambda v, s=spec: self._now(s, v))
        elif spec.kind == "choice":
            w = QComboBox(self)
            w.addItems(list(spec.choices))
            w.currentTextChanged.connect(lambda v, s=spec: self._now(s, v))
        elif spec.kind == "tags":
            w = QWidget(self)
            row = QHBoxLayout(w)
            row.setContentsMargins(0, 0, 0, 0)
            for tag in self._tags():
                box = named(QCheckBox(tag, w), f"tag-{spec.name}-{tag}")
                box.toggled.connect(lambda _v, s=spec, p=w: self._now(s, self._ticked(p)))
                row.addWidget(box)
            row.addStretch()
        elif spec.kind == "sides":
            w = QWidget(self)
            col = QVBoxLayout(w)
            col.setContentsMargins(0, 0, 0, 0)
            for i, _side in enumerate(self.project.value(self.key or "", "sides") or []):
                side_text = named(QPlainTextEdit(w), f"side-{i}-text")
                side_text.setMinimumHeight(80)
                side_sources = named(QLineEdit(w), f"side-{i}-sources")
                col.addWidget(QLabel(self.tr("Side %1 and its sources").replace("%1", str(i + 1))))
                col.addWidget(side_text)
                col.addWidget(side_sources)
                side_text.textChanged.connect(
                    lambda i=i, e=side_text: self._side_typed(i, "text", e.toPlainText())
                )
                side_sources.textEdited.connect(
                    lambda v, i=i: self._side_typed(i, "sources", _ids(v))
                )
        elif spec.kind == "estimates":
            w = QTableWidget(0, 4, self)
            w.setHorizontalHeaderLabels(
                [self.tr("Low"), self.tr("High"), self.tr("Source"), self.tr("Note")]
            )
            w.horizontalHeader().setStretchLastSection(True)
            w.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            w.setMinimumHeight(110)
        else:
            w = QLineEdit(self)
        return w

    def _extra(self, spec: Field, editor: QWidget) -> QWidget | None:
        """What a field needs beside its editor: the word count and the figures to
        insert, the date in words, the row that adds an estimate."""
        if spec.kind == "text":
            box = QWidget(self)
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            count = named(QLabel(box), f"count-{spec.name}")
            row.addWidget(count)
            row.addStretch()
            figs = named(QComboBox(box), f"insert-figure-{spec.name}")
            figs.addItem(self.tr("Insert a figure…"), "")
            for ident, what in self._choices:
                figs.addItem(f"{ident} — {what}", ident)
            assert isinstance(editor, QPlainTextEdit)
            figs.activated.connect(lambda i, c=figs, e=editor: self._insert_figure(c, i, e))
            row.addWidget(figs)
            return box
        if spec.kind == "date":
            return named(QLabel(self), f"reading-{spec.name}")
        if spec.kind == "estimates":
            return self._estimate_row()
        return None

    def _estimate_row(self) -> QWidget:
        box = named(QWidget(self), "add-estimate")
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        low = named(QLineEdit(box), "estimate-low")
        low.setPlaceholderText(self.tr("low"))
        high = named(QLineEdit(box), "estimate-high")
        high.setPlaceholderText(self.tr("high"))
        source = named(QComboBox(box), "estimate-source")
        source.setEditable(True)
        source.addItems(
            sorted(k.split(":", 1)[1] for k in self.project.items if k.startswith("source:"))
        )
        source.setCurrentText("")
        note = named(QLineEdit(box), "estimate-note")
        note.setPlaceholderText(self.tr("note"))
        add = named(QPushButton(self.tr("Add estimate"), box), "estimate-add")
        remove = named(QPushButton(self.tr("Remove selected"), box), "estimate-remove")
        for w in (low, high, source, note, add, remove):
            row.addWidget(w)

        def do_add() -> None:
            try:
                lo, hi = float(low.text().replace(",", "")), float(high.text().replace(",", ""))
            except ValueError:
                self.failed.emit(self.tr("An estimate needs a low and a high number."))
                return
            if self._guard(
                lambda: self.project.add_estimate(
                    self.key or "", lo, hi, source.currentText().strip(), note.text()
                )
            ):
                for w in (low, high, note):
                    w.clear()

        def do_remove() -> None:
            table = self.widgets.get("estimates")
            if isinstance(table, QTableWidget) and table.currentRow() >= 0:
                row_ = table.currentRow()
                self._guard(lambda: self.project.remove_estimate(self.key or "", row_))

        add.clicked.connect(do_add)
        remove.clicked.connect(do_remove)
        return box

    def _tags(self) -> list[str]:
        data = self.project.docs.get("warnings.yaml")
        return [str(d["id"]) for d in (data.data if data else []) or [] if isinstance(d, dict)]

    @staticmethod
    def _ticked(box: QWidget) -> list[str]:
        return [c.text() for c in box.findChildren(QCheckBox) if c.isChecked()]

    def _insert_figure(self, combo: QComboBox, index: int, editor: QPlainTextEdit) -> None:
        ident = combo.itemData(index)
        combo.setCurrentIndex(0)
        if ident:
            editor.insertPlainText(self.project.placeholder(str(ident)))
            editor.setFocus()

    # -- values ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the model's values (after undo, redo or another panel's edit), leaving a
        field the curator is typing in alone."""
        if self.key is None or self.key not in self.project.items:
            return
        for name, w in self.widgets.items():
            if name in self._pending:
                continue
            value = self.project.value(self.key, name)
            if name == "sides":
                self._put_sides(w, value or [])
                continue
            blockers = [QSignalBlock(w)] + [QSignalBlock(c) for c in w.findChildren(QCheckBox)]
            try:
                self._put(w, value)
            finally:
                for b in blockers:
                    b.release()
            self._update_extra(name, value)

    def _put_sides(self, box: QWidget, sides: list[Any]) -> None:
        for i, side in enumerate(s for s in sides if isinstance(s, dict)):
            side_text = box.findChild(QPlainTextEdit, f"side-{i}-text")
            side_sources = box.findChild(QLineEdit, f"side-{i}-sources")
            if side_text is not None and f"side:{i}:text" not in self._pending:
                shown = textmod.normalize(str(side.get("text") or ""))
                if side_text.toPlainText() != shown:
                    was = side_text.blockSignals(True)
                    side_text.setPlainText(shown)
                    side_text.blockSignals(was)
            if side_sources is not None and f"side:{i}:sources" not in self._pending:
                shown = ", ".join(str(x) for x in side.get("sources") or [])
                if side_sources.text() != shown:
                    side_sources.setText(shown)

    def _side_typed(self, index: int, name: str, value: Any) -> None:
        self._pending[f"side:{index}:{name}"] = value
        self._timer.start()

    def _put(self, w: QWidget, value: Any) -> None:
        if isinstance(w, QPlainTextEdit):
            if w.toPlainText() != (value or ""):
                w.setPlainText(value or "")
        elif isinstance(w, QLineEdit):
            shown = (
                ", ".join(value)
                if isinstance(value, list)
                else ("" if value is None else str(value))
            )
            if w.text() != shown:
                w.setText(shown)
        elif isinstance(w, QSpinBox):
            w.setValue(int(value or 0))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QComboBox):
            w.setCurrentText(str(value or ""))
        elif isinstance(w, QTableWidget):
            rows = [e for e in value or [] if isinstance(e, dict)]
            w.setRowCount(len(rows))
            for r, e in enumerate(rows):
                for c, k in enumerate(("low", "high", "source", "note")):
                    v = e.get(k)
                    shown = (
                        textmod.english_number(float(v))
                        if k in ("low", "high") and isinstance(v, int | float)
                        else str(v or "")
                    )
                    w.setItem(r, c, QTableWidgetItem(shown))
        else:  # the tags' box
            ticked = set(value or [])
            for box in w.findChildren(QCheckBox):
                box.setChecked(box.text() in ticked)

    def _update_extra(self, name: str, value: Any) -> None:
        spec = next(s for s in self.project.fields(self.key or "") if s.name == name)
        if spec.kind == "text":
            count = self.findChild(QLabel, f"count-{name}")
            n = textmod.words(value or "")
            if count is not None:
                if spec.words:
                    lo, hi = spec.words
                    ok = lo <= n <= hi
                    count.setText(
                        self.tr("%n word(s); keep within %1–%2", "", n)
                        .replace("%1", str(lo))
                        .replace("%2", str(hi))
                    )
                    count.setStyleSheet("" if ok else "color: #a00;")
                else:
                    count.setText(self.tr("%n word(s)", "", n))
        elif spec.kind == "date":
            reading = self.findChild(QLabel, f"reading-{name}")
            if reading is not None:
                reading.setText(self.project.date_reading(str(value or "")))

    def _value_of(self, spec: Field, raw: Any) -> Any:
        if spec.kind == "ids":
            return _ids(str(raw))
        return raw

    def _typed(self, spec: Field, raw: Any) -> None:
        if spec.readonly:
            return
        self._pending[spec.name] = raw
        if spec.kind != "date":  # a date is read in words after the pause (EDTF is slow)
            self._update_extra(spec.name, raw)
        self._timer.start()

    def _now(self, spec: Field, raw: Any) -> None:
        self._pending[spec.name] = raw
        self.commit()

    def commit(self) -> None:
        """Hand what was typed to the model (the debounce timer calls this)."""
        self._timer.stop()
        pending, self._pending = self._pending, {}
        if self.key is None:
            return
        fields = {s.name: s for s in self.project.fields(self.key)}
        for name, raw in pending.items():
            key = self.key
            if name.startswith("side:"):
                _, index, part = name.split(":")
                self._guard(
                    lambda k=key, i=int(index), n=part, r=raw: self.project.set_side(
                        k, i, n, r, merge=True
                    )
                )
                continue
            spec = fields[name]
            self._guard(
                lambda k=key, s=spec, r=raw: self.project.set_value(
                    k, s.name, self._value_of(s, r), merge=True
                )
            )

    def _guard(self, fn: Any) -> bool:
        try:
            fn()
        except StudioError as exc:
            self.failed.emit(str(exc))
            return False
        return True

    def show_problems(self, issues: list[Issue]) -> None:
        """Problems beside the fields they are about (red for errors)."""
        if self.key is None:
            return
        mine: dict[str, list[Issue]] = {}
        for i in issues:
            if i.item == self.key and i.field and i.lang is None:
                mine.setdefault(i.field, []).append(i)
        for spec in self.project.fields(self.key):
            note = self._notes.get(spec.name)
            if note is None:
                continue
            found = mine.get(spec.name)
            if found:
                note.setText("\n".join(f"{i.severity}: {i.message}" for i in found))
                error = any(i.severity == "error" for i in found)
                note.setStyleSheet("color: #a00;" if error else "color: #8a5a00;")
            else:
                note.setText(spec.help)
                note.setStyleSheet("color: #555;")

    def focus_field(self, name: str) -> bool:
        w = self.widgets.get(name)
        if w is None:
            return False
        w.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


class QSignalBlock:
    """Block a widget's signals while the form writes into it."""

    def __init__(self, obj: QObject) -> None:
        self.obj = obj
        self.was = obj.blockSignals(True)

    def release(self) -> None:
        self.obj.blockSignals(self.was)
