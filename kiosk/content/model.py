"""Plain dataclasses for the exhibit's content, shared by the build, the checks and the app."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Language:
    code: str
    name: str
    direction: str = "ltr"
    enabled: bool = True
    partial: bool = False
    prompt: str = "Touch to begin"


@dataclass
class ContentWarning:
    """A tag of the warning taxonomy (not Python's builtin ``Warning``)."""

    id: str
    severity: int
    label: str
    phrase: str


@dataclass
class Category:
    id: str
    label: str


@dataclass
class Era:
    id: str
    start: int
    end: int
    title: str


@dataclass
class Source:
    id: str
    kind: str
    author: str
    title: str
    year: int | None
    publisher: str | None
    provenance: str
    reference: str
    # the title's meaning in words a visitor reads (translated); the title itself stays
    # as published. None: the title is already in English and says what it is.
    gloss: str | None = None


@dataclass
class Estimate:
    low: float
    high: float
    source: str
    note: str | None = None


@dataclass
class Figure:
    id: str
    unit: str
    counted: str
    estimates: list[Estimate]
    as_of: str | None = None
    warnings: list[str] = field(default_factory=list)
    chapter_id: str = ""


@dataclass
class Side:
    text: str
    sources: list[str]


@dataclass
class Section:
    id: str
    title: str
    body: str
    sources: list[str]
    warnings: list[str] = field(default_factory=list)
    detail: str | None = None
    detail_warnings: list[str] = field(default_factory=list)
    kind: str = "text"
    sides: list[Side] = field(default_factory=list)
    images: list[str] = field(default_factory=list)  # media ids shown with the section


@dataclass
class Event:
    id: str
    date: str
    place: str
    title: str
    summary: str
    categories: list[str]
    sources: list[str]
    warnings: list[str] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)
    chapter_id: str = ""
    images: list[str] = field(default_factory=list)  # media ids shown on the event card


@dataclass
class Quotation:
    """A chapter's short attributed quotation from a witness or historian: the words
    without quotation marks (the screen adds its language's own), who said or wrote them
    and where they stand, the sources they rest on, and the care topics they touch."""

    text: str
    by: str | None
    role: str | None
    sources: list[str]
    warnings: list[str] = field(default_factory=list)


@dataclass
class Chapter:
    id: str
    order: int
    kind: str
    region: str
    start: int
    end: int
    title: str
    summary: str
    sections: list[Section]
    events: list[Event]
    figures: list[Figure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    young_unsuitable: bool = False
    cover: str | None = None
    quotation: Quotation | None = None


@dataclass
class MapMark:
    """A number (``ref`` a figure id) or a place (``ref`` a chapter id) on a map, at a
    share of the picture's width and height from its top left."""

    ref: str
    x: float
    y: float


@dataclass
class MapInfo:
    """What makes an image a map: the year of its borders, the figures written on its
    routes and the chapters placed on it (drawn by ``kiosk media maps``)."""

    borders: int
    routes: list[MapMark] = field(default_factory=list)
    places: list[MapMark] = field(default_factory=list)


@dataclass
class Media:
    """An image under the sources' media/ folder, with what a visitor needs to read it."""

    id: str
    file: str  # relative to the sources' media/ folder
    credit: str
    licence: str
    caption: str
    alt: str
    warnings: list[str] = field(default_factory=list)
    perpetrator_photo: bool = False
    map: MapInfo | None = None


@dataclass
class Recording:
    """Recorded narration of a chapter, section or event in one language (audio.yaml)."""

    id: str
    target: str  # the chapter, section or event id
    lang: str
    file: str  # relative to the sources' media/ folder
    captions: str | None = None  # a WebVTT file beside it


@dataclass
class GlossaryTerm:
    id: str
    term: str
    definition: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class Note:
    id: str
    target: str
    note: str


@dataclass
class Page:
    id: str
    title: str
    body: str


@dataclass
class KeywordAllowance:
    """A curator's decision that a keyword in one text needs no warning tag."""

    target: str
    keyword: str
    reason: str


# -- lesson paths (issue 17) ------------------------------------------------------

PATH_STOP_KINDS = ("chapter", "section", "event", "source", "figure")  # as schema's


@dataclass
class PathStop:
    """One stop of a lesson path: what the class looks at, and what it discusses."""

    kind: str  # one of PATH_STOP_KINDS
    ref: str  # the id of the chapter, section, event, source or figure
    questions: list[str]  # one or two discussion questions
    note: str | None = None  # for the teacher only


@dataclass
class LessonPath:
    """An ordered walk through the exhibit for one lesson, with its aims."""

    id: str
    title: str
    min_age: int
    minutes: int
    aims: list[str]
    stops: list[PathStop]
    max_age: int | None = None


@dataclass
class Content:
    """Everything the build writes into content.db."""

    languages: list[Language] = field(default_factory=list)
    warnings: list[ContentWarning] = field(default_factory=list)
    categories: list[Category] = field(default_factory=list)
    eras: list[Era] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    chapters: list[Chapter] = field(default_factory=list)
    glossary: list[GlossaryTerm] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    media: list[Media] = field(default_factory=list)
    recordings: list[Recording] = field(default_factory=list)
    allowances: list[KeywordAllowance] = field(default_factory=list)
    paths: list[LessonPath] = field(default_factory=list)
    # {lang: {"table:id:field": Translation}} and what is wrong with the PO files
    translations: dict[str, dict[str, Any]] = field(default_factory=dict)
    translation_issues: list[Any] = field(default_factory=list)
    # origin of each id ("chapters/03-estonia.yaml:12") for error messages
    origins: dict[str, str] = field(default_factory=dict)

    def all_figures(self) -> dict[str, Figure]:
        return {f.id: f for c in self.chapters for f in c.figures}

    def all_events(self) -> list[Event]:
        return [e for c in self.chapters for e in c.events]

    def all_sections(self) -> list[Section]:
        return [s for c in self.chapters for s in c.sections]
