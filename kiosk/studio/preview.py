"""The exhibit's own screens for the item being edited, in any language, profile and
reference size, with the warning gates a visitor meets.

After a pause in editing, a database is built from the unsaved edits on a worker
thread (``kiosk content build``'s own code) and the embedded exhibit opens it: typing
never waits for the preview. Edits with errors keep the last good preview and say so.
"""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.content.studio import Project, worker

from .util import named

PAUSE_MS = 700
SIZES = ((1920, 1080), (1080, 1920), (1366, 768))
PROFILES = ("museum", "classroom", "young")


class _Relay(QObject):
    built = Signal(int, str, str)  # generation, database path ("" if none), problem


class Preview(QWidget):
    """Signals:
    updated: the exhibit shows the latest edits (or, with errors, the last good ones).
    """

    updated = Signal()

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.key: str | None = None
        self.services: Any = None
        self.engine: Any = None
        self.window: Any = None
        self._container: QWidget | None = None
        self._worker: worker.Worker | None = None
        self._tmp: tempfile.TemporaryDirectory[str] | None = None  # made when it starts
        self._count = itertools.count(1)
        self._gen = 0
        self._busy = False
        self._again = False
        self._current_db: Path | None = None
        self._relay = _Relay(self)
        self._relay.built.connect(self._built)
        self._timer = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._timer.timeout.connect(self.rebuild)
        self.lang = named(QComboBox(self), "preview-lang")
        for code, name in project.languages():
            self.lang.addItem(name, code)
        self.profile = named(QComboBox(self), "preview-profile")
        self.profile.addItems(list(PROFILES))
        self.screen_size = named(QComboBox(self), "preview-size")
        for w, h in SIZES:
            self.screen_size.addItem(f"{w} × {h}", (w, h))
        self.state = named(
            QLabel(self.tr("The preview starts when this tab is first shown."), self),
            "preview-state",
        )
        row = QHBoxLayout()
        for label, box in (
            (self.tr("Language"), self.lang),
            (self.tr("Profile"), self.profile),
            (self.tr("Screen"), self.screen_size),
        ):
            row.addWidget(QLabel(label, self))
            row.addWidget(box)
        row.addStretch()
        self.area = QScrollArea(self)
        col = QVBoxLayout(self)
        col.addLayout(row)
        col.addWidget(self.state)
        col.addWidget(self.area, 1)
        self.lang.currentIndexChanged.connect(self._lang)
        self.profile.currentTextChanged.connect(self._profile)
        self.screen_size.currentIndexChanged.connect(self._size)

    # -- building --------------------------------------------------------------------

    @property
    def started(self) -> bool:
        return self._worker is not None

    def start(self) -> None:
        """Build the first database and start the embedded exhibit (once)."""
        if self.started:
            return
        self._tmp = tempfile.TemporaryDirectory(prefix="kiosk-preview-")
        self._worker = worker.Worker()
        self.rebuild()

    def schedule(self) -> None:
        """Rebuild after a pause (called on every edit)."""
        self._gen += 1
        if self.started:
            self._timer.start()

    def rebuild(self) -> None:
        self._timer.stop()
        if self._worker is None or self._tmp is None:
            return
        if self._busy:
            self._again = True
            return
        self._busy = True
        self.state.setText(self.tr("Updating the preview…"))
        out = Path(self._tmp.name) / f"preview-{next(self._count)}.db"
        gen = self._gen

        def deliver(problem: str | None, error: str) -> None:
            problem = f"the preview could not be built: {error}" if problem is None else problem
            self._relay.built.emit(gen, "" if problem else str(out), problem)

        self._worker.submit(
            deliver,
            worker.build,
            str(self.project.root),
            self._tmp.name,
            self.project.snapshot(),
            str(out),
        )

    def _built(self, gen: int, db: str, problem: str) -> None:
        self._busy = False
        if self._again:
            self._again = False
            self.rebuild()
            return
        if db:
            self._show_db(Path(db))
            self.state.setText(self.tr("Showing your latest edits (not yet saved or published)."))
        else:
            self.state.setText(
                self.tr(
                    "The preview shows the last version without errors; fix this first: %1"
                ).replace("%1", problem)
            )
        if gen == self._gen:
            self.updated.emit()

    def _show_db(self, db: Path) -> None:
        from kiosk.app.config import KioskConfig
        from kiosk.app.main import Services, make_engine
        from kiosk.content.repository import file_sha256

        old = self._current_db
        self._current_db = db
        if self.services is None:
            w, h = self.screen_size.currentData()
            cfg = KioskConfig(
                fullscreen=False, profile=self.profile.currentText(), usage_figures=False
            )
            self.services = Services(db, cfg, preview=True)
            self.engine = make_engine(self.services)
            self.services.idle.set_armed(False)  # a curator's preview never resets
            self.window = self.engine.rootObjects()[0]
            self.window.resize(w, h)
            self._container = QWidget.createWindowContainer(self.window, self)
            self._container.setObjectName("preview-exhibit")
            self._container.setFixedSize(w, h)
            self.area.setWidget(self._container)
        else:
            self.services.exhibit.open(db, file_sha256(db))
        self.services.exhibit.setLanguage(str(self.lang.currentData()))
        self.show_item(self.key)
        if old is not None and old != db:
            old.unlink(missing_ok=True)
            old.with_name(old.name + ".sha256").unlink(missing_ok=True)

    # -- what it shows ---------------------------------------------------------------

    def _nav(self, fn: str, *args: Any) -> Any:
        from PySide6.QtCore import QObject as _QObject

        from kiosk.app.screenshots import call

        nav = self.window.findChild(_QObject, "navigator") if self.window else None
        return call(nav, fn, *args) if nav is not None else None

    def show_item(self, key: str | None) -> None:
        """Open the exhibit's screen for the item, as a visitor reaches it (a warning
        gate first where the item has one)."""
        self.key = key
        if self.window is None:
            return
        if key is None or key not in self.project.items:
            self._nav("home")
            return
        it = self.project.item(key)
        chapter = self.project.items.get(it.parent or "") if it.parent else None
        if it.kind == "chapter":
            self._nav("home")
            self._nav("chapter", it.id)
        elif it.kind == "section" and chapter is not None:
            self._nav("home")
            self._nav("chapterAt", chapter.id, it.id, "")
        elif it.kind == "event":
            self._nav("home")
            self._nav("event", it.id)
        elif it.kind == "figure" and chapter is not None:
            self._nav("home")
            self._nav("chapter", chapter.id)
        elif it.kind == "source":
            self._nav("home")
            self._nav("source", it.id)
        elif it.kind == "glossary":
            self._nav("home")
            self._nav("term", it.id)
        elif it.kind == "page":
            self._nav("home")
            self._nav("page", it.id)
        else:
            self._nav("home")

    def screen_name(self) -> str:
        return str(self._nav("screenName") or "")

    def texts(self) -> list[str]:
        """Every text the preview shows now (for a test, as a visitor reads it)."""
        out: list[str] = []
        if self.window is None:
            return out

        def walk(item: Any) -> None:
            for child in item.childItems():
                if not child.isVisible():
                    continue
                value = child.property("text")
                if isinstance(value, str) and value:
                    out.append(value)
                walk(child)

        walk(self.window.contentItem())
        return out

    def _lang(self) -> None:
        if self.services is not None:
            self.services.exhibit.setLanguage(str(self.lang.currentData()))
            self.show_item(self.key)

    def _profile(self, profile: str) -> None:
        if self.services is not None:
            self.services.care.setProfile(profile)
            self.show_item(self.key)

    def _size(self) -> None:
        if self.window is not None and self._container is not None:
            w, h = self.screen_size.currentData()
            self.window.resize(w, h)
            self._container.setFixedSize(w, h)

    def close_exhibit(self) -> None:
        self._timer.stop()
        if self._worker is not None:
            self._worker.stop()
        if self.services is not None:
            from PySide6.QtCore import QCoreApplication, QEvent

            self.services.translations.install("en")
            self.services.stats.close()
            self.services.idle.set_armed(False)
            # the screens go before the Python objects they bind to (or their bindings
            # read deleted objects), and the window before the widget that holds it
            self.window.close()
            self.engine.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            QCoreApplication.processEvents()
            if self._container is not None:
                self._container.deleteLater()
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            self.services = None
            self.window = None
        if self._tmp is not None:
            self._tmp.cleanup()
