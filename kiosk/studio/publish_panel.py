"""Publish: build the saved content, show what changed against what the kiosks run,
publish with progress, list the history and roll back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.studio import Project
from kiosk.content.studio import publishing as pub

from .util import named


class PublishPanel(QWidget):
    """The kiosks' folder, the check with its diff, publish, history and rollback.

    Signals:
        needsSave: the sources have unsaved edits; the window asks to save first.
        published: a version was published or rolled back to (its number).
    """

    needsSave = Signal()
    published = Signal(int)

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.candidate: pub.Candidate | None = None
        self.folder = named(QLineEdit(self), "publish-folder")
        self.folder.setPlaceholderText(self.tr("the kiosks' content folder"))
        browse = named(QPushButton(self.tr("Choose…"), self), "publish-browse")
        self.check = named(QPushButton(self.tr("Check and show changes"), self), "publish-check")
        self.go = named(QPushButton(self.tr("Publish"), self), "publish-go")
        self.go.setEnabled(False)
        self.back = named(
            QPushButton(self.tr("Roll back to the version before"), self), "publish-rollback"
        )
        self.log = named(QPlainTextEdit(self, readOnly=True), "publish-log")
        self.history = named(QListWidget(self), "publish-history")
        self.state = named(QLabel(self), "publish-state")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Kiosks' folder"), self))
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        buttons = QHBoxLayout()
        for b in (self.check, self.go, self.back):
            buttons.addWidget(b)
        buttons.addStretch()
        col = QVBoxLayout(self)
        col.addLayout(row)
        col.addLayout(buttons)
        col.addWidget(self.state)
        col.addWidget(QLabel(self.tr("Changes and progress"), self))
        col.addWidget(self.log, 2)
        col.addWidget(QLabel(self.tr("Published versions (* is what the kiosks run)"), self))
        col.addWidget(self.history, 1)
        browse.clicked.connect(self._browse)
        self.check.clicked.connect(self.prepare)
        self.go.clicked.connect(self.publish)
        self.back.clicked.connect(self.rollback)
        self.folder.editingFinished.connect(self.show_history)

    def kiosks(self) -> Path | None:
        t = self.folder.text().strip()
        return Path(t) if t else None

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("The kiosks' content folder"))
        if chosen:
            self.folder.setText(chosen)
            self.show_history()

    def _say(self, line: str) -> None:
        self.log.appendPlainText(line)
        QApplication.processEvents()  # progress shows while the build runs

    def prepare(self) -> bool:
        """Build the saved sources and list what changed; True if it may be published."""
        self.go.setEnabled(False)
        self.log.clear()
        kiosks = self.kiosks()
        if kiosks is None:
            self.state.setText(self.tr("Choose the kiosks' folder first."))
            return False
        if self.project.dirty():
            self.state.setText(self.tr("Save your edits first: only saved content is published."))
            self.needsSave.emit()
            if self.project.dirty():
                return False
        if self.candidate is not None:
            self.candidate.close()
            self.candidate = None
        try:
            self.candidate = pub.prepare(self.project.root, kiosks, self._say)
        except pub.PublishRefused as exc:
            self.state.setText(str(exc))
            for p in exc.problems:
                self._say(str(p))
            return False
        for line in self.candidate.report():
            self._say(line)
        n = len(self.candidate.warnings)
        self.state.setText(
            self.tr("Ready to publish (%n warning(s); warnings do not block).", "", n)
        )
        self.go.setEnabled(True)
        return True

    def publish(self) -> None:
        kiosks = self.kiosks()
        if self.candidate is None or kiosks is None:
            return
        self.go.setEnabled(False)
        try:
            v = pub.publish_candidate(self.candidate, kiosks, self._say)
        except pub.PublishRefused as exc:
            self.state.setText(str(exc))
            return
        finally:
            self.candidate.close()
            self.candidate = None
        self.state.setText(
            self.tr("Published version %1; the kiosks switch at their next idle reset.").replace(
                "%1", str(v.number)
            )
        )
        self.show_history()
        self.published.emit(v.number)

    def rollback(self) -> None:
        kiosks = self.kiosks()
        if kiosks is None:
            return
        try:
            v = pub.rollback(kiosks)
        except pub.PublishRefused as exc:
            self.state.setText(str(exc))
            return
        self.state.setText(self.tr("The kiosks now use version %1.").replace("%1", str(v.number)))
        self.show_history()
        self.published.emit(v.number)

    def show_history(self) -> None:
        self.history.clear()
        kiosks = self.kiosks()
        for v in pub.history(kiosks) if kiosks is not None else []:
            mark = "*" if v.current else " "
            self.history.addItem(f"{mark} {v.number:4d}  {v.content_version}  {v.path.name}")
