"""Printable handouts: a chapter, an event or a whole lesson path as a PDF, made offline
with Qt's PDF writer.

What a handout holds is decided in ``kiosk.content.handout`` (no Qt) by the care rules;
this module words it in the visitor's language and lays it out. The document is built
with ``QTextCursor.insertText``, never from HTML, so nothing in the content becomes
markup, and the file is written atomically (a temporary file beside it, then a rename).
The screens' "Print this" (``HandoutView``, windowed exhibits only) and
``kiosk handout`` share all of it.
"""

from __future__ import annotations

import itertools
import logging
import os
import secrets
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QFile,
    QIODevice,
    QLocale,
    QMarginsF,
    QObject,
    QRunnable,
    QStandardPaths,
    Qt,
    QThreadPool,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtQml import QmlElement

from kiosk.content import handout, policy, safety, text
from kiosk.content.handout import Handout, HandoutError, PathHandout
from kiosk.content.views import SOURCE_LANGUAGE, Localized

from . import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401 - read by @QmlElement
from .care import Care
from .classroom import Classroom
from .exhibit import Exhibit
from .sources import Sources
from .views import View, _bool, _input, _str

log = logging.getLogger(__name__)

FAMILIES = ["Noto Sans", "Noto Sans Arabic", "Noto Sans CJK JP"]
SERIF = ["Noto Serif", "Noto Sans Arabic", "Noto Sans CJK JP"]
MAP_RESOURCE = QUrl("kiosk-handout:map")  # our own name for the map: never from content
RESOLUTION = 300  # dots per inch of the PDF's layout
# QTextDocument.print_ adds 2 cm around the text (and numbers the pages): with these page
# margins the text is 16 cm wide on A4
PAGE_MARGIN_MM = 5
TEXT_WIDTH_MM = 210 - 2 * (PAGE_MARGIN_MM + 20)
TEXT, MUTED, RULE = QColor(20, 20, 20), QColor(90, 90, 90), QColor(150, 110, 20)


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
        return write_pdf(layout(h, self.words(h), rtl), h.title.text, out)

    def write_path(self, h: PathHandout, out: Path, rtl: bool = False) -> Path:
        return write_pdf(layout_path(h, self.path_words(h), rtl), h.title.text, out)


# -- layout (any thread: plain data in, a document out) -----------------------------


def layout(h: Handout, words: Words, rtl: bool = False) -> QTextDocument:
    """The handout as a text document: plain text with formats, never markup. Each
    paragraph runs in its own language's direction (``rtl`` is the handout language's).

    Makes its own parentless objects only, so a worker thread may call it."""
    doc = _new_document(h.title.text)
    w = _Writer(doc, h.lang, rtl)
    w.par(words.header, "small")
    w.par(h.title, "title")
    if h.kind == "event" and h.chapter_title:
        w.par(words.from_chapter, "muted")
    if h.subtitle:
        w.par(h.subtitle, "muted")
    if words.content_note:
        w.par(words.content_note, "note")
    _map(w, doc, h)
    w.paragraphs(h.summary, "lead")
    if h.summary.fallback(h.lang):
        w.par(words.fallback, "small")
    if h.summary_only and h.kind == "chapter":
        w.par(words.summary_only, "small")
    attribution = h.attribution()
    if h.quotation is not None and attribution is not None:
        w.par(h.quotation.text, "quote")  # already in its language's quotation marks
        w.par(attribution, "attribution")
    for p in h.parts:
        if p.kind == "perspective":
            w.par(words.historians, "label")
            w.par(p.title, "subheading")
        else:
            w.par(p.title, "heading")
        w.paragraphs(p.body, "body")
        if p.body.fallback(h.lang):
            w.par(words.fallback, "small")
        for side in p.sides:
            w.paragraphs(side, "side")
        if p.detail is not None:
            w.par(words.details[p.id], "note")
            w.paragraphs(p.detail, "side")
    if h.details_left_out:
        w.par(words.details_left_out, "small")
    if h.dates:
        w.par(words.dates, "heading")
        for d in h.dates:
            w.par(d.label, "label")
            line = " · ".join(x.text for x in (d.title, d.place) if x.text)
            w.par(Localized(line, d.title.lang), "item")
    _numbers_and_sources(w, h, words)
    return doc


def _numbers_and_sources(w: _Writer, h: Handout | PathHandout, words: Words | PathWords) -> None:
    """The end every handout shares: each figure with every estimate and its owner, the
    bibliography (each source with its gloss and provenance), the date and the profile."""
    if h.figures:
        w.par(words.numbers, "heading")
        for f in h.figures:
            w.par(Localized(f"{f.counted.text}: {f.text}", f.counted.lang), "strong")
            for i in range(len(f.estimates)):
                w.par(words.estimates[(f.id, i)], "item")
    if h.sources:
        w.par(words.sources, "heading")
        for src in h.sources:
            w.par(src.reference or f"{src.author}. {src.title}", "reference")
            about = words.kinds.get(src.kind, src.kind)
            if src.gloss_shown():  # the title's meaning, in the reader's language
                about = f"{src.gloss_shown()}. {about}"
            if src.provenance.text:
                about = f"{about}. {src.provenance.text}"
            w.par(Localized(about, src.provenance.lang if src.provenance.text else h.lang), "about")
    w.par(words.printed, "colophon")
    w.par(words.profile, "small")


def _new_document(title: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    base = QFont()
    base.setFamilies(FAMILIES)
    base.setPointSizeF(10.5)
    doc.setDefaultFont(base)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return doc


def layout_path(h: PathHandout, words: PathWords, rtl: bool = False) -> QTextDocument:
    """A lesson path's handout as a text document (plain text with formats, as
    ``layout``): its aims, each stop with its text and questions, the numbers with every
    estimate and owner, the sources, the date and the content version."""
    doc = _new_document(h.title.text)
    w = _Writer(doc, h.lang, rtl)
    w.par(words.header, "small")
    w.par(h.title, "title")
    w.par(words.facts, "muted")
    if h.title.fallback(h.lang):
        w.par(words.fallback, "small")
    w.par(words.aims, "label")
    for aim in h.aims:
        w.par(Localized(f"• {aim.text}", aim.lang), "item")
    for s in h.stops:
        w.par(words.stop[s.number], "label")
        w.par(s.title, "subheading")  # right under its "Stop 3 of 7"
        if s.subtitle:
            w.par(s.subtitle, "muted")
        if s.perspective:
            w.par(words.historians, "small")
        for i, part in enumerate(s.body):
            w.paragraphs(part, "side" if s.perspective and i > 0 else "body")
        if any(part.fallback(h.lang) for part in s.body):
            w.par(words.fallback, "small")
        w.par(words.questions, "strong")
        for j, q in enumerate(s.questions, 1):
            w.par(Localized(f"{j}. {q.text}", q.lang), "item")
        if any(q.fallback(h.lang) for q in s.questions):
            w.par(words.fallback, "small")
        if s.note is not None:
            w.par(words.note, "note")
            w.paragraphs(s.note, "side")
    _numbers_and_sources(w, h, words)
    return doc


def _map(w: _Writer, doc: QTextDocument, h: Handout) -> None:
    if h.map is None or not h.map_data:
        return
    image = QImage.fromData(h.map_data)
    if image.isNull():
        return  # a damaged map: the handout goes without it
    doc.addResource(QTextDocument.ResourceType.ImageResource, MAP_RESOURCE, image)
    w.image(MAP_RESOURCE, image.width(), image.height())
    credit = f"{h.map.credit}. {h.map.licence}"
    if h.map.caption.text:
        w.par(h.map.caption, "caption")
    w.par(Localized(credit, SOURCE_LANGUAGE), "credit")


def write_pdf(doc: QTextDocument, title: str, out: Path) -> Path:
    """Write ``doc`` to ``out`` as an A4 PDF: a temporary file in the same folder,
    flushed to disk, then renamed over ``out`` (a reader never sees half a file)."""
    out = Path(out)
    tmp = out.with_name(f".{out.name}.{secrets.token_hex(6)}.part")
    # made as any new file is (the user's umask), not private as mkstemp would make it
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    try:
        device = QFile(str(tmp))
        if not device.open(QIODevice.OpenModeFlag.WriteOnly):
            raise OSError(f"cannot write {tmp.name}: {device.errorString()}")
        writer = QPdfWriter(device)
        writer.setResolution(RESOLUTION)
        writer.setTitle(title)
        writer.setCreator("Soviet war crimes exhibit")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(*(PAGE_MARGIN_MM,) * 4),
                QPageLayout.Unit.Millimeter,
            )
        )
        doc.print_(writer)
        del writer
        ok = device.flush() and device.error() == QFile.FileError.NoError
        if ok:
            os.fsync(device.handle())
        device.close()
        if not ok:
            raise OSError(f"cannot write {out.name}: {device.errorString()}")
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


class _Writer:
    """Appends paragraphs of plain text in named styles to a document."""

    def __init__(self, doc: QTextDocument, lang: str, rtl: bool) -> None:
        self.cursor = QTextCursor(doc)
        self.lang = lang
        self.rtl = rtl
        self.first = True

    def _formats(self, style: str, lang: str) -> tuple[QTextBlockFormat, QTextCharFormat]:
        block, char = QTextBlockFormat(), QTextCharFormat()
        right_to_left = self.rtl and lang == self.lang  # a text in English runs left to right
        direction = (
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )
        if style == "reference":
            # a source's reference is written in its own script: let the text decide
            direction = Qt.LayoutDirection.LayoutDirectionAuto
        block.setLayoutDirection(direction)
        char.setForeground(TEXT)
        size, space_before, space_after, indent = 10.5, 0.0, 6.0, 0
        families = FAMILIES
        if style == "title":
            size, families, space_after = 22.0, SERIF, 4.0
        elif style in ("heading", "subheading"):
            size, families, space_after = 14.0, SERIF, 4.0
            space_before = 14.0 if style == "heading" else 0.0
        elif style == "lead":
            size = 11.5
        elif style == "quote":
            size, families, space_before, space_after, indent = 13.0, SERIF, 8.0, 2.0, 1
        elif style in ("muted", "small", "caption", "credit", "colophon", "about", "attribution"):
            char.setForeground(MUTED)
            size = 10.0 if style in ("muted", "attribution") else 8.5
            if style == "attribution":  # under its quotation, as far in
                indent, space_after = 1, 10.0
            if style in ("caption", "credit"):
                block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                space_after = 10.0 if style == "credit" else 0.0
            if style == "colophon":
                space_before = 18.0
            if style == "about":
                indent, space_after = 1, 8.0
        elif style == "note":
            char.setForeground(RULE)
            char.setFontWeight(QFont.Weight.Bold)
            size, space_before = 10.0, 4.0
        elif style == "label":
            char.setForeground(RULE)
            char.setFontWeight(QFont.Weight.Bold)
            size, space_before, space_after = 9.0, 14.0, 2.0
        elif style == "strong":
            char.setFontWeight(QFont.Weight.Bold)
            space_before, space_after = 4.0, 2.0
        elif style in ("item", "side"):
            indent = 1
            space_after = 2.0 if style == "item" else 6.0
        elif style == "reference":
            space_after = 1.0
        char.setFontFamilies(families)
        char.setFontPointSize(size)
        block.setTopMargin(space_before * RESOLUTION / 72)
        block.setBottomMargin(space_after * RESOLUTION / 72)
        block.setIndent(indent)
        block.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        return block, char

    def par(self, value: str | Localized, style: str = "body") -> None:
        """One paragraph: a text of the content in its own language, or one of the
        handout's own texts (``str``) in the handout's language."""
        if isinstance(value, Localized):
            words, lang = value.text, value.lang
        else:
            words, lang = value, self.lang
        block, char = self._formats(style, lang)
        if self.first:
            self.cursor.setBlockFormat(block)
            self.cursor.setBlockCharFormat(char)
            self.first = False
        else:
            self.cursor.insertBlock(block, char)
        # a line break inside a paragraph stays one (insertText would start a new block)
        self.cursor.insertText(words.replace("\n", "\u2028"), char)

    def paragraphs(self, value: Localized, style: str) -> None:
        """A text whose blank lines separate paragraphs."""
        for p in value.text.split("\n\n"):
            if p.strip():
                self.par(Localized(p.strip(), value.lang), style)

    def image(self, name: QUrl, width: int, height: int) -> None:
        block, char = self._formats("body", self.lang)
        block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        block.setLineHeight(100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setTopMargin(6 * RESOLUTION / 72)
        block.setBottomMargin(2 * RESOLUTION / 72)
        self.cursor.insertBlock(block, char)
        fmt = QTextImageFormat()
        fmt.setName(name.toString())
        # images are sized in pixels of 1/96 inch, whatever the device's resolution
        shown = 0.6 * TEXT_WIDTH_MM / 25.4 * 96
        fmt.setWidth(shown)
        fmt.setHeight(shown * height / max(width, 1))
        self.cursor.insertImage(fmt)


# -- where the exhibit saves handouts ----------------------------------------------


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
