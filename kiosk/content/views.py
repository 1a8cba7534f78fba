"""What the content layer hands out: plain, frozen views of the exhibit's content.

Every text a visitor reads arrives as ``Localized``: in the visitor's language, or in
English where a translation is missing. The repository and the source queries build
these; the app and the command line only read them.

The views are named tuples, not frozen dataclasses: making a dataclass class costs
about a millisecond at import (its methods are compiled from generated source), and
this module is read before the exhibit's first frame; a named tuple is also made several
times faster, and a chapter makes hundreds.
"""

from __future__ import annotations

from typing import NamedTuple

from . import dates, text

SOURCE_LANGUAGE = "en"


class LanguageInfo(NamedTuple):
    code: str
    name: str
    direction: str
    partial: bool
    prompt: str
    coverage: float  # share of fields reviewed or draft
    enabled: bool = True


class Localized(NamedTuple):
    """A text in the visitor's language, or the English text when it is missing."""

    text: str
    lang: str

    def fallback(self, wanted: str) -> bool:
        return self.lang != wanted


class WarningInfo(NamedTuple):
    id: str
    severity: int
    label: Localized
    phrase: Localized  # completes "This part of the exhibit describes ..."


class ChapterCard(NamedTuple):
    id: str
    title: Localized
    summary: Localized
    region: Localized
    kind: str
    start: int
    end: int
    warnings: tuple[str, ...]
    cover: str | None  # media id (never a warned image: the checks refuse that)
    young_unsuitable: bool


class MapMark(NamedTuple):
    """A figure's number (``ref`` a figure id) or a chapter's place (a chapter id) on a
    map, at shares of the picture's width and height from its top left."""

    ref: str
    x: float
    y: float


class MediaView(NamedTuple):
    """An image as a visitor meets it: what it shows, who made it, what it warns of;
    for a map, the year of its borders and the numbers and places set on it."""

    id: str
    width: int
    height: int
    caption: Localized
    alt: Localized
    credit: str
    licence: str
    perpetrator_photo: bool
    warnings: tuple[str, ...]
    file: str = ""  # its file name in the editable sources (media/...)
    borders: int | None = None  # a map: the year of its borders
    routes: tuple[MapMark, ...] = ()  # a map: the figures on its deportation routes
    places: tuple[MapMark, ...] = ()  # the period map: where each chapter happened


class SectionView(NamedTuple):
    id: str
    kind: str
    title: Localized
    body: Localized
    detail: Localized | None
    warnings: tuple[str, ...]
    detail_warnings: tuple[str, ...]
    source_ids: tuple[str, ...]
    sides: tuple[tuple[Localized, tuple[str, ...]], ...] = ()
    images: tuple[MediaView, ...] = ()


class EventView(NamedTuple):
    id: str
    chapter_id: str
    date: dates.EventDate
    title: Localized
    summary: Localized
    place: Localized
    categories: tuple[str, ...]
    warnings: tuple[str, ...]
    source_ids: tuple[str, ...]
    images: tuple[MediaView, ...] = ()
    position: int = 0  # its place in its chapter's source file (the timeline sorts by date)


class QuotationView(NamedTuple):
    """A chapter's attributed quotation: its words already in the quotation marks of the
    language they are in (``text.lang``), who said them and where they stand."""

    text: Localized
    by: Localized
    role: Localized | None
    source_ids: tuple[str, ...]
    warnings: tuple[str, ...]


class ChapterView(NamedTuple):
    card: ChapterCard
    sections: tuple[SectionView, ...]
    events: tuple[EventView, ...]
    related: tuple[str, ...]
    figures: dict[str, text.FigureRange]
    quotation: QuotationView | None = None


class SourceView(NamedTuple):
    id: str
    kind: str
    author: str
    title: str
    year: int | None
    publisher: str | None
    reference: str
    provenance: Localized
    gloss: Localized  # the title's meaning in the visitor's language (see Source.gloss)

    def gloss_shown(self) -> str:
        """The gloss to show under the title: "" where it would only repeat the title
        (an English title for an English reader, or a gloss not yet translated)."""
        return "" if self.gloss.text == self.title else self.gloss.text


class Citation(NamedTuple):
    """A place in the exhibit that rests on a source."""

    kind: str  # section | event | figure
    id: str
    chapter_id: str
    title: Localized


class EstimateView(NamedTuple):
    low: float
    high: float
    source_id: str
    note: Localized | None


class FigureView(NamedTuple):
    id: str
    chapter_id: str
    unit: str
    counted: Localized
    as_of: str | None
    estimates: tuple[EstimateView, ...]

    @property
    def disputed(self) -> bool:
        """Several estimates that differ, or one estimate that is a range."""
        spans = {(e.low, e.high) for e in self.estimates}
        return len(spans) > 1 or any(lo != hi for lo, hi in spans)


class GlossaryView(NamedTuple):
    id: str
    term: Localized
    definition: Localized
    aliases: tuple[str, ...]


class NoteView(NamedTuple):
    """A curator's note on a correction made to the source article (never shown)."""

    id: str
    target: str
    note: str


class StoredText(NamedTuple):
    """One visitor text as the database stores it: a field of a row in one language,
    with its translation status (draft or reviewed)."""

    table: str
    id: str
    field: str
    lang: str
    text: str
    status: str


class PathStopView(NamedTuple):
    """One stop of a lesson path: what it shows (``kind`` and ``ref``), what the class
    discusses, and a note for the teacher."""

    kind: str  # chapter | section | event | source | figure
    ref: str
    questions: tuple[Localized, ...]
    note: Localized | None


class LessonPathView(NamedTuple):
    """A lesson path as a teacher chooses and runs it."""

    id: str
    title: Localized
    min_age: int
    max_age: int | None
    minutes: int
    aims: tuple[Localized, ...]
    stops: tuple[PathStopView, ...]
