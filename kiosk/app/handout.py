"""Printable handouts: a chapter, an event or a whole lesson path as a PDF, made offline
with Qt's PDF writer.

What a handout holds is decided in ``kiosk.content.handout`` (no Qt) by the care rules;
this module words it in the visitor's language and ``handout_pdf`` lays it out and
writes it (imported only when something is printed). The screens' "Print this"
(``HandoutView``, windowed exhibits only) and ``kiosk handout`` share all of it.
"""

from __future__ import annotations

import itertools
import logging
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QObject,
    QRunnable,
    QStandardPaths,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtQml import QmlElement

from kiosk.content import handout, policy, safety, text
from kiosk.content.handout import Handout, HandoutError, PathHandout

from . import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401 - read by @QmlElement
from .care import Care
from .classroom import Classroom
from .exhibit import Exhibit
from .sources import Sources
from .views import View, _bool, _input, _str

log = logging.getLogger(__name__)


def compose(exhibit: Exhibit, kind: str, ident: str, all_details: bool = False) -> Handout:
    """The handout of a chapter or event in the exhibit's language, profile and this
    visitor's choices, with numbers and dates written as the screens write them."""
    repo = exhibit.repository
    if repo is None:
        raise HandoutError("no content is open")
    style = handout.Style(exhibit.format_number, exhibit.range_pattern(), exhibit.date_words())
    return handout.make(
        repo, kind, ident, exhibit.current_language(), exhibit.care.state, style, all_details
    )


def compose_path(exhibit: Exhibit, path_id: str, teacher_notes: bool = False) -> PathHandout:
    """The handout of a whole lesson path in the exhibit's language and profile."""
    repo = exhibit.repository
    if repo is None:
        raise HandoutError("no content is open")
    style = handout.Style(exhibit.format_number, exhibit.range_pattern(), exhibit.date_words())
    return handout.path(
        repo, path_id, exhibit.current_language(), exhibit.care.state, style, teacher_notes
    )


@dataclass(frozen=True)
class PathWords:
    """A lesson path handout's own texts in its language (see ``Words``)."""

    header: str
    facts: str
    aims: str
    stop: dict[int, str]  # "Stop 3 of 8" by number
    questions: str
    note: str
    fallback: str
    historians: str
    numbers: str
    sources: str
    kinds: dict[str, str]
    estimates: dict[tuple[str, int], str]
    printed: str
    profile: str


@dataclass(frozen=True)
class Words:
    """The handout's own texts in its language, read on the GUI thread (translations,
    warning phrases, the date), so that laying it out needs nothing but plain data."""

    header: str
    from_chapter: str
    content_note: str
    fallback: str
    summary_only: str
    historians: str
    details: dict[str, str]  # each printed detail layer's warning, by section id
    details_left_out: str
    dates: str
    numbers: str
    sources: str
    kinds: dict[str, str]  # source kind -> its label
    estimates: dict[tuple[str, int], str]  # (figure id, index) -> "value — owner, year"
    printed: str
    profile: str


class HandoutPrinter(QObject):
    """Words a handout in its language and writes it as PDF.

    The interface translation of the handout's language must be installed (the exhibit
    does that when its language changes)."""

    def __init__(self, exhibit: Exhibit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._exhibit = exhibit

    def words(self, h: Handout) -> Words:
        """Every text of the handout that is not content, in the handout's language."""
        repo = self._exhibit.repository
        phrases = {w.id: w.phrase.text for w in repo.warnings(h.lang)} if repo else {}
        # a chapter's or detail layer's warning worded as its gate words it, naming every
        # tag whatever a kiosk gates: paper has no gate
        care = Care(h.profile, None, phrases)
        note = care.gate_text(h.kind, h.warnings) if h.warnings else ""
        details = {p.id: care.gate_text("detail", p.detail_tags)
                   for p in h.parts if p.detail is not None}  # fmt: skip
        labels = Sources(self._exhibit)  # the source kinds as the source screens name them
        kinds = {s.kind: labels.kind_label(s.kind) for s in h.sources}
        if policy.CareState(h.profile).allows_sections():
            summary_only = self.tr("Only the chapter's summary, as chosen in the exhibit.")
        else:
            summary_only = self.tr("This profile prints the summary of each chapter.")
        locale = QLocale(text.locale_tag(h.lang).replace("-", "_"))
        today = locale.toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        return Words(
            header=self.tr("Soviet war crimes, 1919–1991: a handout from the exhibit"),
            from_chapter=self.tr("From the chapter: %1").replace(
                "%1", h.chapter_title.text if h.chapter_title else ""
            ),
            content_note=self.tr("Content note: %1").replace("%1", note) if note else "",
            fallback=self.tr("Not yet translated: shown in English."),
            summary_only=summary_only,
            historians=self.tr("Historians disagree"),
            details=details,
            details_left_out=self.tr("The chapter's detailed accounts are not included."),
            dates=self.tr("Dates in this chapter"),
            numbers=self.tr("Numbers and who gives them"),
            sources=self.tr("Sources"),
            kinds=kinds,
            estimates={
                (f.id, i): self._estimate(e) for f in h.figures for i, e in enumerate(f.estimates)
            },
            printed=self.tr("Printed on %1 from the exhibit's content, version %2.")
            .replace("%1", today)
            .replace("%2", h.content_version),
            profile={
                "museum": self.tr("Museum profile"),
                "classroom": self.tr("Classroom profile: no detailed accounts, no graphic images"),
                "young": self.tr("Under-14 profile: summaries only"),
            }.get(h.profile, h.profile),
        )

    def _estimate(self, e: handout.EstimateLine) -> str:
        owner = (
            # the same words as the figure screens use
            QCoreApplication.translate("Sources", "given without attribution in the source article")
            if e.unattributed
            else e.owner
        )
        line = f"{e.text} — {owner}"
        if e.year:
            line += f", {e.year}"
        if e.note:
            line += f" ({e.note.text})"
        return line

    def path_words(self, h: PathHandout) -> PathWords:
        """Every text of a lesson path's handout that is not content, in its language."""
        base = self.words(
            Handout(
                kind="path", id=h.id, lang=h.lang, profile=h.profile, title=h.title,
                subtitle="", chapter_id="", chapter_title=None, warnings=(), summary=h.title,
                summary_only=False, details_left_out=False, parts=(), dates=(),
                figures=h.figures, sources=h.sources, map=None, map_data=None,
                content_version=h.content_version,
            )
        )  # fmt: skip
        ages = (
            self.tr("Ages %1+").replace("%1", str(h.min_age))
            if h.max_age is None
            else self.tr("Ages %1–%2").replace("%1", str(h.min_age)).replace("%2", str(h.max_age))
        )
        count = len(h.stops)
        return PathWords(
            header=self.tr("Soviet war crimes, 1919–1991: a lesson path through the exhibit"),
            facts=self.tr("%1 · %2 minutes · %3 stops")
            .replace("%1", ages)
            .replace("%2", str(h.minutes))
            .replace("%3", str(count)),
            aims=self.tr("Students will:"),
            stop={
                s.number: self.tr("Stop %1 of %2")
                .replace("%1", str(s.number))
                .replace("%2", str(count))
                for s in h.stops
            },
            questions=self.tr("Discussion questions"),
            note=self.tr("For the teacher"),
            fallback=base.fallback,
            historians=base.historians,
            numbers=base.numbers,
            sources=base.sources,
            kinds=base.kinds,
            estimates=base.estimates,
            printed=base.printed,
            profile=base.profile,
        )

    def write(self, h: Handout, out: Path, rtl: bool = False) -> Path:
        """Word, lay out and write the handout at once (the command line's way)."""
        from .handout_pdf import layout, write_pdf

        return write_pdf(layout(h, self.words(h), rtl), h.title.text, out)

    def write_path(self, h: PathHandout, out: Path, rtl: bool = False) -> Path:
        from .handout_pdf import layout_path, write_pdf

        return write_pdf(layout_path(h, self.path_words(h), rtl), h.title.text, out)


def documents_folder() -> Path | None:
    """The user's Documents folder (None where the platform has none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else None


def file_name(kind: str, ident: str, lang: str) -> str:
    """A safe file name for a handout: made from checked ids only, never free text."""
    if kind not in handout.KINDS or not safety.is_id(ident) or not safety.is_id(lang):
        raise safety.UnsafeName(f"no safe file name for {kind} {ident!r} ({lang!r})")
    return safety.file_name(f"handout-{ident}-{lang}.pdf", "handout file name")


def rtl(exhibit: Exhibit) -> bool:
    return bool(exhibit.property("rightToLeft"))


class _Relay(QObject):
    """Carries finished jobs' results from the worker threads to the GUI thread, to the
    view that asked, if it still exists (a visitor may have left the screen meanwhile).

    One for the application, made on the GUI thread and never deleted, so a worker
    never emits on an object that is gone."""

    finished = Signal(int, str, str)  # ticket; the file written, or "" and why not

    def __init__(self) -> None:
        super().__init__()
        self._views: dict[int, weakref.ref[HandoutView]] = {}
        self._tickets = itertools.count(1)
        self.finished.connect(self._deliver)

    def ticket(self, view: HandoutView) -> int:
        number = next(self._tickets)
        self._views[number] = weakref.ref(view)
        return number

    def _deliver(self, ticket: int, path: str, why: str) -> None:
        view = self._views.pop(ticket, lambda: None)()
        if view is not None and shiboken6.isValid(view):
            view._finished(path, why)


_RELAY: list[_Relay] = []


def _relay() -> _Relay:
    """The application's relay (made on first use, on the GUI thread)."""
    if not _RELAY:
        _RELAY.append(_Relay())
    return _RELAY[0]


class _Job(QRunnable):
    """Lays a worded handout out and writes it, off the GUI thread (a long chapter takes
    a few hundred milliseconds: no frame should wait for it)."""

    def __init__(
        self, h: Handout | PathHandout, words: Words | PathWords, rtl: bool, path: Path,
        ticket: int,
    ) -> None:  # fmt: skip
        super().__init__()
        self._args = (h, words, rtl)
        self._path = path
        self._ticket = ticket
        self._relay = _relay()

    def run(self) -> None:
        from .handout_pdf import layout, layout_path, write_pdf

        h, words, rtl = self._args
        try:
            if isinstance(h, PathHandout) and isinstance(words, PathWords):
                doc = layout_path(h, words, rtl)
            elif isinstance(h, Handout) and isinstance(words, Words):
                doc = layout(h, words, rtl)
            else:
                raise TypeError("a handout and another handout's words")
            write_pdf(doc, h.title.text, self._path)
            del doc  # deleted here, in the thread that made it
        except OSError as exc:
            self._relay.finished.emit(self._ticket, "", exc.strerror or str(exc))
        except Exception as exc:  # a bug: logged with its trace, told in words
            log.exception("handout of %s %r failed", h.kind, h.id)
            self._relay.finished.emit(self._ticket, "", type(exc).__name__)
        else:
            self._relay.finished.emit(self._ticket, str(self._path), "")


@QmlElement
class HandoutView(View):
    """ "Print this" on a chapter or event screen, or for a whole lesson path from the
    classroom bar (``kind`` ``path``): a PDF in the Documents folder.

    Offered only in a windowed exhibit (a teacher's or a classroom's), never on a kiosk.
    The handout holds what the visitor may see now: their profile, their answers at the
    gates (a detail layer only once opened), the language on screen.

    Signals:
        changed: the properties were read again (after a save, too).
        inputChanged: the screen set another chapter or event.
    """

    changed = Signal()
    inputChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kind = "chapter"
        self._target = ""
        self._message = ""
        self._saved = ""
        self._busy = False

    def _set_input(self, name: str, value: Any) -> None:
        if getattr(self, name) != value and not self._busy:
            self._message, self._saved = "", ""  # a message about another handout
        super()._set_input(name, value)

    def load(self) -> dict[str, Any]:
        assert self.exhibit is not None
        # a teacher's laptop: windowed, or classroom mode on a projector
        lesson = Classroom._current is not None and Classroom._current.active
        windowed = not bool(self.exhibit.property("fullscreen")) or lesson
        return {
            "available": windowed and bool(self._target) and self.exhibit.ready,
            "busy": self._busy,
            "message": self._message,
            "savedPath": self._saved,
        }

    @Slot()
    def save(self) -> None:
        """Write the handout of what the visitor is reading to the Documents folder; the
        message says where it went (or why it did not)."""
        if self._busy or not self.get("available", False) or self.exhibit is None:
            return
        folder = documents_folder()
        try:
            if folder is None:
                raise OSError(0, self.tr("this computer has no Documents folder"))
            folder.mkdir(parents=True, exist_ok=True)
            name = file_name(self._kind, self._target, self.exhibit.current_language())
            path = safety.inside(folder, name)
            made: Handout | PathHandout
            words: Words | PathWords
            if self._kind == "path":
                made = compose_path(self.exhibit, self._target)
                words = HandoutPrinter(self.exhibit).path_words(made)
            else:
                made = compose(self.exhibit, self._kind, self._target)
                words = HandoutPrinter(self.exhibit).words(made)
        except (OSError, HandoutError, safety.UnsafeName) as exc:
            why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self._finished("", why)
            return
        self._busy, self._message, self._saved = True, self.tr("Saving the handout…"), ""
        self.refresh()
        job = _Job(made, words, rtl(self.exhibit), path, _relay().ticket(self))
        QThreadPool.globalInstance().start(job)

    def _finished(self, path: str, why: str) -> None:
        """A job's result, delivered on the GUI thread (not a slot: not for QML)."""
        self._busy = False
        if path:
            log.info("handout of %s %r saved to %s", self._kind, self._target, path)
            self._message = self.tr("Saved to %1").replace("%1", path)
        else:
            log.error("handout of %s %r not saved: %s", self._kind, self._target, why)
            self._message = self.tr("The handout could not be saved: %1").replace("%1", why)
        self._saved = path
        self.refresh()

    kind = _input("_kind", str, inputChanged)
    targetId = _input("_target", str, inputChanged)
    available = _bool("available", changed)
    busy = _bool("busy", changed)
    message = _str("message", changed)
    savedPath = _str("savedPath", changed)
