"""The studio's main window: the content tree with search, the item's form, its
translation, a live preview, the problems list and publishing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.studio import Issue, Project, StudioError, TreeNode

from .form import Form
from .preview import Preview
from .publish_panel import PublishPanel
from .translate import TranslatePanel
from .util import named
from .validation import LiveValidation

KEY = Qt.ItemDataRole.UserRole
LABEL = Qt.ItemDataRole.UserRole + 1
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".gif", ".bmp"}


class MediaDialog(QDialog):
    """Alt text, credit, licence, caption and warning tags, asked before an image is
    accepted (the same questions as ``kiosk media add``)."""

    def __init__(self, file: Path, tags: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("media-dialog")
        self.setWindowTitle(self.tr("Add image %1").replace("%1", file.name))
        self.file = file
        self.alt = named(QLineEdit(self), "media-alt")
        self.credit = named(QLineEdit(self), "media-credit")
        self.licence = named(QLineEdit(self), "media-licence")
        self.caption = named(QLineEdit(self), "media-caption")
        self.ident = named(QLineEdit(self), "media-id")
        self.ident.setPlaceholderText(self.tr("optional: an id such as map-poland-1939"))
        self.tags = [named(QCheckBox(t, self), f"media-tag-{t}") for t in tags]
        form = QFormLayout(self)
        form.addRow(self.tr("Alt text *"), self.alt)
        form.addRow(self.tr("Credit *"), self.credit)
        form.addRow(self.tr("Licence *"), self.licence)
        form.addRow(self.tr("Caption"), self.caption)
        form.addRow(self.tr("Id"), self.ident)
        box = QWidget(self)
        col = QVBoxLayout(box)
        for t in self.tags:
            col.addWidget(t)
        form.addRow(self.tr("Warnings"), box)
        self.error = named(QLabel(self), "media-error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #a00;")
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("media-buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def ticked(self) -> list[str]:
        return [t.text() for t in self.tags if t.isChecked()]


class StudioWindow(QMainWindow):
    """Signals:
    itemShown: the form shows another item (its key).
    """

    itemShown = Signal(str)

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.setObjectName("studio")
        self.setWindowTitle(self.tr("Exhibit studio — %1").replace("%1", str(project.root)))
        self.setAcceptDrops(True)
        self.key: str | None = None
        self.issues: list[Issue] = []
        self._needs: set[str] | None = None

        self.search = named(QLineEdit(self), "search")
        self.search.setPlaceholderText(self.tr("Search ids and titles"))
        self.search.setClearButtonEnabled(True)
        self.tree = named(QTreeWidget(self), "tree")
        self._tree_items: dict[str, QTreeWidgetItem] = {}  # fill_tree's items, by key
        self.tree.setHeaderHidden(True)
        left = QWidget(self)
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.addWidget(self.search)
        lcol.addWidget(self.tree)

        self.form = Form(project, self)
        form_scroll = named(QScrollArea(self, widgetResizable=True), "form-scroll")
        form_scroll.setWidget(self.form)
        self.translate = TranslatePanel(project, self)
        self.preview = Preview(project, self)
        self.publisher = PublishPanel(project, self)
        self.tabs = named(QTabWidget(self), "tabs")
        self.tabs.addTab(form_scroll, self.tr("Edit"))
        self.tabs.addTab(self.translate, self.tr("Translate"))
        self.tabs.addTab(self.preview, self.tr("Preview"))
        self.tabs.addTab(self.publisher, self.tr("Publish"))

        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 3)
        self.setCentralWidget(split)

        self.problems = named(QListWidget(self), "problems")
        self.problem_count = named(QLabel(self), "problem-count")
        dock_body = QWidget(self)
        dcol = QVBoxLayout(dock_body)
        dcol.addWidget(self.problem_count)
        dcol.addWidget(self.problems)
        dock = named(QDockWidget(self.tr("Problems"), self), "problems-dock")
        dock.setWidget(dock_body)
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)

        self._actions()
        self.validation = LiveValidation(project, self)
        self.validation.started.connect(lambda: self.problem_count.setText(self.tr("Checking…")))
        self.validation.finished.connect(self._show_issues)

        self.search.textChanged.connect(self.fill_tree)
        self.tree.currentItemChanged.connect(self._tree_pick)
        self.problems.itemActivated.connect(self._problem_pick)
        self.problems.itemClicked.connect(self._problem_pick)
        self.form.failed.connect(self._say)
        self.translate.failed.connect(self._say)
        self.translate.needsMeChanged.connect(self._needs_me)
        self.translate.languageChanged.connect(lambda _l: self._needs_me(self._needs is not None))
        self.publisher.needsSave.connect(self._ask_save)
        self.tabs.currentChanged.connect(self._tab)
        project.listeners.append(self._model_changed)
        self.fill_tree()
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", str(project.root)))
        self.validation.run_now()

    # -- actions ---------------------------------------------------------------------

    def _actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.save_action = named(QAction(self.tr("&Save"), self), "action-save")
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.undo_action = named(QAction(self.tr("&Undo"), self), "action-undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = named(QAction(self.tr("&Redo"), self), "action-redo")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(self.redo)
        close = named(QAction(self.tr("&Close"), self), "action-close")
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        menu.addAction(self.save_action)
        menu.addAction(close)
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        bar = self.addToolBar(self.tr("Edit"))
        bar.setObjectName("toolbar")
        for a in (self.save_action, self.undo_action, self.redo_action):
            bar.addAction(a)
        self._update_actions()

    def _update_actions(self) -> None:
        stack = self.project.undo_stack
        self.undo_action.setEnabled(bool(stack))
        self.undo_action.setToolTip(stack[-1].label if stack else "")
        self.redo_action.setEnabled(bool(self.project.redo_stack))
        dirty = self.project.dirty()
        self.save_action.setEnabled(bool(dirty))
        title = self.tr("Exhibit studio — %1").replace("%1", str(self.project.root))
        self.setWindowTitle(title + (" *" if dirty else ""))

    def commit(self) -> None:
        """What was typed reaches the model now (before save, undo, publish)."""
        self.form.commit()
        self.translate.commit()

    def save(self) -> list[str]:
        self.commit()
        try:
            written = self.project.save()
        except StudioError as exc:
            self._say(str(exc))
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return []
        self.statusBar().showMessage(self.tr("Saved %n file(s)", "", len(written)))
        return written

    def undo(self) -> None:
        self.commit()
        cmd = self.project.undo()
        if cmd is not None:
            self.statusBar().showMessage(self.tr("Undone: %1").replace("%1", cmd.label))

    def redo(self) -> None:
        cmd = self.project.redo()
        if cmd is not None:
            self.statusBar().showMessage(self.tr("Redone: %1").replace("%1", cmd.label))

    def _say(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)

    def _ask_save(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Save first?"),
            self.tr("Only saved content is published. Save your edits now?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.save()

    def _model_changed(self) -> None:
        self._update_actions()
        if self.key is not None and self.key not in self.project.items:
            self.show_item(None)
        self.form.refresh()
        self.translate.refresh()
        self.validation.schedule()
        self.preview.schedule()
        if self._needs is not None:
            self._needs_me(True)

    # -- tree ------------------------------------------------------------------------

    def fill_tree(self) -> None:
        current = self.key
        self.tree.blockSignals(True)
        self.tree.clear()
        self._tree_items = {}

        def add(node: TreeNode, parent: QTreeWidgetItem | None) -> QTreeWidgetItem | None:
            kids = list(node.children)
            needs = self._needs
            if (
                needs is not None
                and node.key is not None
                and node.key not in needs
                and not any(c.key in needs for c in kids)
            ):
                return None
            item = QTreeWidgetItem([node.label])
            item.setData(0, KEY, node.key)
            item.setData(0, LABEL, node.label)
            if node.key is not None:
                self._tree_items[node.key] = item
            for c in kids:
                child = add(c, item)
                if child is not None:
                    item.addChild(child)
            if parent is None:
                self.tree.addTopLevelItem(item)
            return item

        for node in self.project.tree(self.search.text()):
            add(node, None)
        if self.search.text() or self._needs is not None:
            self.tree.expandAll()
        else:
            for top in self._tops():
                top.setExpanded(True)
        self.tree.blockSignals(False)
        self._mark_tree()
        if current is not None:
            self._select(current)

    def _tops(self) -> list[QTreeWidgetItem]:
        tops = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [t for t in tops if t is not None]

    def _find(self, key: str) -> QTreeWidgetItem | None:
        # the items fill_tree made, by key (walking the tree took 8 ms a switch)
        return self._tree_items.get(key)

    def _select(self, key: str) -> None:
        item = self._find(key)
        if item is not None:
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)
            self.tree.blockSignals(False)

    def _tree_pick(self, item: QTreeWidgetItem | None) -> None:
        key = item.data(0, KEY) if item is not None else None
        if key:
            self.show_item(key)

    def show_item(self, key: str | None) -> None:
        """Open an item in the form, the translation panel and the preview."""
        if key == self.key:
            return
        self.commit()
        self.key = key
        self.form.show_item(key)
        self.form.show_problems(self.issues)
        self.translate.show_item(key)
        self.preview.show_item(key)
        if key is not None:
            self._select(key)
            self.itemShown.emit(key)

    def _needs_me(self, on: bool) -> None:
        lang = self.translate.language
        self._needs = {k for k, _tf, _s in self.project.needs_me(lang)} if on and lang else None
        self.fill_tree()

    # -- problems --------------------------------------------------------------------

    def _show_issues(self, issues: list[Issue]) -> None:
        self.issues = issues
        errors = sum(i.severity == "error" for i in issues)
        self.problem_count.setText(
            self.tr("%1 error(s), %2 warning(s); errors block publishing")
            .replace("%1", str(errors))
            .replace("%2", str(len(issues) - errors))
        )
        self.problems.clear()
        for i in issues:
            row = QListWidgetItem(f"{'✖' if i.severity == 'error' else '⚠'} {i.where}: {i.message}")
            row.setData(KEY, (i.item, i.field, i.lang))
            if i.severity == "error":
                row.setForeground(QColor("#a00"))
            self.problems.addItem(row)
        self.form.show_problems(issues)
        self._mark_tree()

    def _mark_tree(self) -> None:
        """Mark the items with errors and warnings in place (no rebuild: the checks
        report while the curator works)."""
        errors = {i.item for i in self.issues if i.severity == "error" and i.item}
        warned = {i.item for i in self.issues if i.severity == "warning" and i.item}
        stack = self._tops()
        while stack:
            item = stack.pop()
            key = item.data(0, KEY)
            label = item.data(0, LABEL)
            if key and label is not None:
                mark = "✖ " if key in errors else "⚠ " if key in warned else ""
                if item.text(0) != mark + label:
                    item.setText(0, mark + label)
                    item.setForeground(0, QColor("#a00") if key in errors else QColor())
            kids = (item.child(i) for i in range(item.childCount()))
            stack += [k for k in kids if k is not None]

    def _problem_pick(self, row: QListWidgetItem) -> None:
        item, field, lang = row.data(KEY)
        if not item:
            self._say(self.tr("This problem is not about one item: %1").replace("%1", row.text()))
            return
        self.show_item(item)
        if lang:
            i = self.translate.lang.findData(lang)
            if i >= 0:
                self.translate.lang.setCurrentIndex(i)
            self.tabs.setCurrentWidget(self.translate)
        else:
            self.tabs.setCurrentIndex(0)
            if field:
                self.form.focus_field(field)

    # -- preview, media --------------------------------------------------------------

    def _tab(self, index: int) -> None:
        if self.tabs.widget(index) is self.preview and not self.preview.started:
            self.preview.start()
        if self.tabs.widget(index) is self.publisher:
            self.publisher.show_history()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(Path(u.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            self.import_image(Path(url.toLocalFile()))
        event.acceptProposedAction()

    def media_dialog(self, file: Path) -> MediaDialog:
        tags = [str(d["id"]) for d in self.project.docs["warnings.yaml"].data or []]
        return MediaDialog(file, tags, self)

    def import_image(self, file: Path, dialog: MediaDialog | None = None) -> str | None:
        """Ask for the image's alt text, credit, licence and warnings, then import it
        with the checks of ``kiosk media add``; None if refused or cancelled.

        With a ``dialog`` already filled in (and accepted), it is tried once."""
        asking = dialog is None
        dialog = dialog or self.media_dialog(file)
        while True:
            if asking and dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            try:
                ident = self.project.add_media(
                    file,
                    dialog.alt.text(),
                    dialog.credit.text(),
                    dialog.licence.text(),
                    dialog.caption.text(),
                    dialog.ticked(),
                    dialog.ident.text().strip() or None,
                )
            except StudioError as exc:
                self._say(str(exc))
                dialog.error.setText(str(exc))
                if not asking:
                    return None
                continue
            self.show_item(f"media:{ident}")
            return ident

    # -- closing ---------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.commit()
        if self.project.dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved edits"),
                self.tr("Save your edits before closing?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save and not self.save():
                event.ignore()
                return
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Stop the checks and the preview and release the folder's lock."""
        if self._model_changed in self.project.listeners:
            self.project.listeners.remove(self._model_changed)
        self.validation.close()
        self.preview.close_exhibit()
        self.project.close()
