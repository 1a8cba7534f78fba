"""A handout laid out and written as PDF with Qt's text document and PDF writer.

Plain data in (``kiosk.content.handout``'s handout and the words ``handout.HandoutPrinter``
chose), a document out, on any thread. The document is built with
``QTextCursor.insertText``, never from HTML, so nothing in the content becomes markup,
and the file is written atomically (a temporary file beside it, then a rename).
Imported only when a handout is printed: Qt's text and PDF classes cost about 2 MiB
and their Python enums, which a kiosk that never prints does not need.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFile, QIODevice, QMarginsF, Qt, QUrl
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

from kiosk.content.handout import Handout, PathHandout
from kiosk.content.views import SOURCE_LANGUAGE, Localized

if TYPE_CHECKING:
    from .handout import PathWords, Words

FAMILIES = ["Noto Sans", "Noto Sans Arabic", "Noto Sans CJK JP"]
SERIF = ["Noto Serif", "Noto Sans Arabic", "Noto Sans CJK JP"]
MAP_RESOURCE = QUrl("kiosk-handout:map")  # our own name for the map: never from content
RESOLUTION = 300  # dots per inch of the PDF's layout
# QTextDocument.print_ adds 2 cm around the text (and numbers the pages): with these page
# margins the text is 16 cm wide on A4
PAGE_MARGIN_MM = 5
TEXT_WIDTH_MM = 210 - 2 * (PAGE_MARGIN_MM + 20)
TEXT, MUTED, RULE = QColor(20, 20, 20), QColor(90, 90, 90), QColor(150, 110, 20)


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
