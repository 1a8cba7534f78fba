"""Classroom mode (#17): a teacher runs a lesson path, stop by stop, on a projector.

``Classroom`` holds the lesson: which path, which stop, whether the discussion
questions are shown. QML binds to its properties and calls its slots; it navigates to a
stop's own screen when ``stopChanged`` says so. While classroom mode is on, the idle
reset is held (a lesson ends when the teacher ends it) and the classroom profile is
locked; what that profile withholds is the care policy's (``kiosk.content.policy``).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.content.views import LessonPathView

from . import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, provide  # noqa: F401 - read by @QmlElement
from .care import Care
from .exhibit import Exhibit
from .models import RowModel, object_property
from .session import Idle

log = logging.getLogger(__name__)

PROFILE = "classroom"


class PathModel(RowModel):
    """The lesson paths a teacher chooses from."""

    ROLES = ("pathId", "title", "facts", "aims", "stopCount", "fallback")


class StopModel(RowModel):
    """The stops of the running path, for the overview."""

    ROLES = ("number", "title", "current")


@QmlElement
@QmlSingleton
class Classroom(QObject):
    """The lesson a teacher runs: the path, the stop on screen, the questions.

    Signals:
        changed: the path, the stop, the language or a toggle changed; bindings re-read.
        stopChanged: show the current stop's own screen now (or the chooser, when the
            lesson ended).
    """

    changed = Signal()
    stopChanged = Signal()

    _current: Classroom | None = None

    def __init__(
        self,
        exhibit: Exhibit | None = None,
        care: Care | None = None,
        idle: Idle | None = None,
        active: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._exhibit = exhibit
        self._care = care
        self._idle = idle
        self._active = active
        self._path: LessonPathView | None = None
        self._targets: dict[tuple[str, str], Any] = {}
        self._index = 0
        self._questions_shown = False
        self._note_shown = False
        self._paths = PathModel(self)
        self._stops = StopModel(self)
        if active:
            if care is not None:
                care.setProfile(PROFILE)
                care.lock_profile(True)
            if idle is not None:
                # no idle reset in classroom mode: the teacher ends a lesson
                idle.hold_for_lesson(True)
        if exhibit is not None:
            exhibit.languageChanged.connect(self._reload)
            exhibit.statusChanged.connect(self._reload)

    def install(self) -> None:
        if self._active:  # the classroom bar's "Print this" (HandoutView) is on every screen
            from . import handout  # noqa: F401 - @QmlElement registers it
        Classroom._current = self
        self._reload()

    @staticmethod
    def create(engine: QQmlEngine) -> Classroom:
        return provide(Classroom)

    # -- reading ------------------------------------------------------------------

    def _lang(self) -> str:
        return self._exhibit.current_language() if self._exhibit is not None else "en"

    def _repo(self) -> Any:
        if self._exhibit is None or not self._exhibit.ready:
            return None
        return self._exhibit.repository

    def _n(self, value: int) -> str:
        """A number as the visitor's language writes it (Dari digits in Dari)."""
        return self._exhibit.format_number(value) if self._exhibit is not None else str(value)

    def _facts(self, p: LessonPathView) -> str:
        ages = (
            self.tr("Ages %1+").replace("%1", self._n(p.min_age))
            if p.max_age is None
            else self.tr("Ages %1–%2")
            .replace("%1", self._n(p.min_age))
            .replace("%2", self._n(p.max_age))
        )
        minutes = self.tr("%1 minutes").replace("%1", self._n(p.minutes))
        stops = self.tr("%1 stops").replace("%1", self._n(len(p.stops)))
        return (
            self.tr("%1 · %2 · %3").replace("%1", ages).replace("%2", minutes).replace("%3", stops)
        )

    def _reload(self) -> None:
        """Read the paths (and the running one) again: new language or new content."""
        if not self._active:
            return  # a museum kiosk reads no lesson paths
        repo, lang = self._repo(), self._lang()
        paths = repo.lesson_paths(lang) if repo is not None else []
        self._paths.set_rows(
            {
                "pathId": p.id, "title": p.title.text, "facts": self._facts(p),
                "aims": [a.text for a in p.aims], "stopCount": len(p.stops),
                "fallback": p.title.fallback(lang) or any(a.fallback(lang) for a in p.aims),
            }
            for p in paths
        )  # fmt: skip
        if self._path is not None:
            found = [p for p in paths if p.id == self._path.id]
            if not found:  # the content changed under the lesson: it ends
                self._path = None
                self._index = 0
                self.stopChanged.emit()
            else:
                self._path = found[0]
                self._targets = repo.stop_targets(self._path.stops, lang)
                self._index = min(self._index, len(self._path.stops) - 1)
        self._fill_stops()
        self.changed.emit()

    def _fill_stops(self) -> None:
        rows = []
        if self._path is not None:
            for i, s in enumerate(self._path.stops):
                rows.append(
                    {
                        "number": i + 1,
                        "title": self._title_of(s.kind, s.ref),
                        "current": i == self._index,
                    }
                )
        self._stops.set_rows(rows)

    def _title_of(self, kind: str, ref: str) -> str:
        found = self._targets.get((kind, ref))
        return str(found[0].text) if found else ref

    def path_rows(self) -> list[dict[str, Any]]:
        """The paths offered, as the chooser lists them."""
        return self._paths.rows()

    # -- the teacher's actions -------------------------------------------------------

    @Slot(str)
    def start(self, path_id: str) -> None:
        """Begin the lesson ``path_id`` at its first stop."""
        repo = self._repo()
        if repo is None:
            return
        path = repo.lesson_path(path_id, self._lang())
        if path is None or not path.stops:
            log.warning("no lesson path %r", path_id)
            return
        self._path = path
        self._targets = repo.stop_targets(path.stops, self._lang())
        self._index = 0
        self._questions_shown = self._note_shown = False
        self._fill_stops()
        self.changed.emit()
        self.stopChanged.emit()

    @Slot(int)
    def goTo(self, index: int) -> None:
        if self._path is None or not 0 <= index < len(self._path.stops) or index == self._index:
            return
        self._index = index
        self._questions_shown = self._note_shown = False
        self._fill_stops()
        self.changed.emit()
        self.stopChanged.emit()

    @Slot()
    def next(self) -> None:
        self.goTo(self._index + 1)

    @Slot()
    def previous(self) -> None:
        self.goTo(self._index - 1)

    @Slot()
    def toggleQuestions(self) -> None:
        self._questions_shown = not self._questions_shown and self._path is not None
        self.changed.emit()

    @Slot()
    def toggleNote(self) -> None:
        self._note_shown = not self._note_shown and bool(self._note())
        self.changed.emit()

    @Slot()
    def end(self) -> None:
        """The teacher ended the lesson: back to the choice of paths."""
        if self._path is None:
            return
        self._path = None
        self._index = 0
        self._questions_shown = self._note_shown = False
        self._fill_stops()
        self.changed.emit()
        self.stopChanged.emit()

    # -- what the screens bind to ---------------------------------------------------------

    def _stop(self) -> Any:
        return self._path.stops[self._index] if self._path is not None else None

    def _stop_kind(self) -> str:
        s = self._stop()
        return str(s.kind) if s else ""

    def _stop_ref(self) -> str:
        s = self._stop()
        return str(s.ref) if s else ""

    def _stop_chapter(self) -> str:
        s = self._stop()
        found = self._targets.get((s.kind, s.ref)) if s else None
        return str(found[1]) if found else ""

    def _stop_title(self) -> str:
        s = self._stop()
        return self._title_of(s.kind, s.ref) if s else ""

    def _questions(self) -> list[str]:
        s = self._stop()
        return [q.text for q in s.questions] if s else []

    def _fallback(self) -> bool:
        s, lang = self._stop(), self._lang()
        return bool(s) and any(q.fallback(lang) for q in s.questions)

    def _note(self) -> str:
        s = self._stop()
        return str(s.note.text) if s and s.note else ""

    def _stop_label(self) -> str:
        if self._path is None:
            return ""
        return (
            self.tr("Stop %1 of %2")
            .replace("%1", self._n(self._index + 1))
            .replace("%2", self._n(len(self._path.stops)))
        )

    def _count(self) -> int:
        return len(self._path.stops) if self._path is not None else 0

    active = Property(bool, lambda s: s._active, constant=True)
    running = Property(bool, lambda s: s._path is not None, notify=changed)
    pathId = Property(str, lambda s: s._path.id if s._path else "", notify=changed)
    pathTitle = Property(str, lambda s: s._path.title.text if s._path else "", notify=changed)
    stopIndex = Property(int, lambda s: s._index, notify=changed)
    stopCount = Property(int, _count, notify=changed)
    stopLabel = Property(str, _stop_label, notify=changed)
    stopKind = Property(str, _stop_kind, notify=changed)
    stopRef = Property(str, _stop_ref, notify=changed)
    stopChapter = Property(str, _stop_chapter, notify=changed)
    stopTitle = Property(str, _stop_title, notify=changed)
    hasPrevious = Property(bool, lambda s: s._path is not None and s._index > 0, notify=changed)
    hasNext = Property(
        bool, lambda s: s._path is not None and s._index < s._count() - 1, notify=changed
    )
    questions = Property(list, _questions, notify=changed)
    questionsFallback = Property(bool, _fallback, notify=changed)
    questionsShown = Property(bool, lambda s: s._questions_shown, notify=changed)
    note = Property(str, _note, notify=changed)
    noteShown = Property(bool, lambda s: s._note_shown, notify=changed)
    paths = object_property(PathModel, lambda s: s._paths)
    stops = object_property(StopModel, lambda s: s._stops)
