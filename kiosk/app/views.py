"""One view model per screen: a screen sets its ids, the view loads typed properties.

A view re-reads itself whenever the language, the content, the profile or a visitor's
choice changes, and says so with ``changed``; QML only binds to its properties. No
binding calls a slot for data, and nothing here decides policy (``kiosk.content.policy``
does) or runs SQL (``kiosk.content`` does).
"""

from __future__ import annotations

import weakref
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement

from kiosk.content import policy

from . import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401 - read by @QmlElement
from .care import Care
from .exhibit import Exhibit
from .models import RowModel, object_property
from .sources import Sources
from .stats import Stats


class View(QObject):
    """A screen's data: re-read on every change of language, content, profile or choice.

    Signals:
        changed: the properties were read again.
    """

    # each view declares these itself: Qt finds a notify signal only in its own class,
    # and a signal declared again in a subclass crashes QML's type registration
    changed: Signal
    inputChanged: Signal

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data: dict[str, Any] = {}
        self.exhibit = Exhibit._current
        self.care = Care._current
        self.sources = Sources._current
        # connected once, to methods of this object: Qt drops them when it is destroyed
        if self.exhibit is not None:
            self.exhibit.languageChanged.connect(self.refresh)
            self.exhibit.statusChanged.connect(self.refresh)
        if self.care is not None:
            self.care.changed.connect(self.refresh)
        _let_go_when_destroyed(self)

    def load(self) -> dict[str, Any]:
        """The view's values now (subclasses); {} when there is nothing to show."""
        return {}

    needs_content = True  # a view that shows nothing without an open database

    @Slot()
    def refresh(self) -> None:
        ready = not self.needs_content or (self.exhibit is not None and self.exhibit.repository)
        data = self.load() if ready else {}
        if data != self._data:
            self._data = data
            self.changed.emit()

    def get(self, key: str, default: Any = "") -> Any:
        return self._data.get(key, default)

    def _set_input(self, name: str, value: Any) -> None:
        if getattr(self, name) != value:
            setattr(self, name, value)
            self.inputChanged.emit()
            self.refresh()


def _let_go_when_destroyed(view: View) -> None:
    """PySide6 6.11 never frees the Python side of an object that QML created, even after
    QML destroyed it (every screen's view, about 30 KiB each with its rows): when the view
    is destroyed, it lets go of everything it holds, so that only a small shell stays."""
    ref = weakref.ref(view)

    def let_go(*_args: object) -> None:
        dead = ref()
        if dead is not None:
            dead.__dict__.clear()

    view.destroyed.connect(let_go)


# Each view hands its own ``changed`` and ``inputChanged`` signals to these helpers.
def _str(key: str, notify: Signal) -> Property:
    return Property(str, lambda s: str(s.get(key, "")), notify=notify)


def _int(key: str, notify: Signal) -> Property:
    return Property(int, lambda s: int(s.get(key, 0)), notify=notify)


def _bool(key: str, notify: Signal) -> Property:
    return Property(bool, lambda s: bool(s.get(key, False)), notify=notify)


def _list(key: str, notify: Signal) -> Property:
    return Property(list, lambda s: list(s.get(key, [])), notify=notify)


def _input(attr: str, kind: type, notify: Signal) -> Property:
    """A property the screen sets (an id, a query); setting it re-reads the view."""
    return Property(
        kind, lambda s: getattr(s, attr), lambda s, v: s._set_input(attr, kind(v)), notify=notify
    )


@QmlElement
class GateView(View):
    """A content warning: what is ahead in the visitor's language, and the answers."""

    changed = Signal()
    inputChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scope = "chapter"
        self._tags: list[str] = []

    needs_content = False  # gate words come from the care rules and the interface

    def load(self) -> dict[str, Any]:
        if self.care is None:
            return {}
        choices = policy.gate_choices(self.care.state, self._scope)
        return {
            "text": self.care.gate_text(self._scope, self._tags),
            "offersSummary": "summary" in choices,
        }

    scope = _input("_scope", str, inputChanged)
    tags = _input("_tags", list, inputChanged)
    text = _str("text", changed)
    offersSummary = _bool("offersSummary", changed)


@QmlElement
class EventView(View):
    """One event's card."""

    changed = Signal()
    inputChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._event_id = ""

    def load(self) -> dict[str, Any]:
        assert self.exhibit is not None
        card = self.exhibit.event_card(self._event_id) if self._event_id else {}
        if card and self.sources is not None:
            card["figureCount"] = len(self.sources.figure_rows("event", self._event_id))
        return card

    eventId = _input("_event_id", str, inputChanged)
    found = Property(bool, lambda s: bool(s._data), notify=changed)
    chapterId = _str("chapterId", changed)
    chapterTitle = _str("chapterTitle", changed)
    dateLabel = _str("dateLabel", changed)
    title = _str("title", changed)
    place = _str("place", changed)
    summary = _str("summary", changed)
    fallback = _bool("fallback", changed)
    warnings = _list("warnings", changed)
    sourceCount = _int("sourceCount", changed)
    figureCount = _int("figureCount", changed)
    images = _list("images", changed)


class FigureModel(RowModel):
    ROLES = ("figureId", "counted", "text", "disputed", "estimates")


@QmlElement
class FiguresView(View):
    """The numbers a section or an event shows, each with every estimate and its owner."""

    changed = Signal()
    inputChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kind = ""
        self._target = ""
        self._model = FigureModel(self)

    def load(self) -> dict[str, Any]:
        rows = (
            self.sources.figure_rows(self._kind, self._target)
            if self.sources and self._target
            else []
        )
        if not self._model.holds(rows):
            self._model.set_rows(rows)
        return {"count": len(rows), "rows": rows}

    kind = _input("_kind", str, inputChanged)
    targetId = _input("_target", str, inputChanged)
    count = _int("count", changed)
    model = object_property(FigureModel, lambda s: s._model)


@QmlElement
class ChapterFiguresView(View):
    """A chapter's numbers as bars beside its text: the figures of the sections shown,
    leaving out any whose numbers stand behind a gate not yet passed (those open on the
    numbers screen, through their gate)."""

    changed = Signal()
    inputChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._chapter = ""

    def load(self) -> dict[str, Any]:
        ex = self.exhibit
        if not (self.sources and ex and self._chapter and ex.current_chapter() == self._chapter):
            return {"rows": []}
        open_ids = [
            r["sectionId"]
            for r in ex.section_rows()
            if r["figureCount"] > 0 and not ex.gateBefore("figures-section", r["sectionId"])
        ]
        return {"rows": self.sources.bar_rows(open_ids)}

    chapterId = _input("_chapter", str, inputChanged)
    rows = _list("rows", changed)


@QmlElement
class QuotationView(View):
    """A chapter's attributed quotation beside its text: its words already in the
    quotation marks of their language (« » in Dari, „ “ in German), who said them and
    where they stand. ``hasQuotation`` is false where the chapter has none or the care
    policy withholds it now (re-read on every change of language, profile or choice)."""

    changed = Signal()
    inputChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._chapter = ""

    def load(self) -> dict[str, Any]:
        if self.exhibit is None or not self._chapter:
            return {}
        return self.exhibit.quotation(self._chapter)

    chapterId = _input("_chapter", str, inputChanged)
    hasQuotation = Property(bool, lambda s: bool(s._data), notify=changed)
    text = _str("text", changed)
    by = _str("by", changed)
    role = _str("role", changed)
    fallback = _bool("fallback", changed)  # its words shown in English: no translation yet
    byFallback = _bool("byFallback", changed)  # who said them, or where, shown in English
    sourceCount = _int("sourceCount", changed)
    sourceCountText = _str("sourceCountText", changed)  # in the digits of the screen


@QmlElement
class SourceView(View):
    """One source's card: who made it, why that matters, where the exhibit cites it."""

    changed = Signal()
    inputChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source_id = ""

    def load(self) -> dict[str, Any]:
        return self.sources.source_card(self._source_id) if self.sources else {}

    sourceId = _input("_source_id", str, inputChanged)
    found = Property(bool, lambda s: bool(s._data), notify=changed)
    author = _str("author", changed)
    title = _str("title", changed)
    gloss = _str("gloss", changed)  # the title's meaning in the visitor's language, or ""
    year = _str("year", changed)
    kind = _str("kind", changed)
    kindLabel = _str("kindLabel", changed)
    publisher = _str("publisher", changed)
    provenance = _str("provenance", changed)
    provenanceFallback = _bool("provenanceFallback", changed)
    reference = _str("reference", changed)
    citedIn = _list("citedIn", changed)


class SourceBriefModel(RowModel):
    ROLES = ("sourceId", "author", "title", "gloss", "year", "kind", "kindLabel")


@QmlElement
class SourceListView(View):
    """The sources one section or event rests on."""

    changed = Signal()
    inputChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kind = ""
        self._target = ""
        self._model = SourceBriefModel(self)

    def load(self) -> dict[str, Any]:
        rows = self.sources.for_text(self._kind, self._target) if self.sources else []
        if rows != self._model.rows():
            self._model.set_rows(rows)
        return {"count": len(rows), "rows": rows}

    kind = _input("_kind", str, inputChanged)
    targetId = _input("_target", str, inputChanged)
    count = _int("count", changed)
    model = object_property(SourceBriefModel, lambda s: s._model)


@QmlElement
class SourceGroupsView(View):
    """Every source, grouped by kind."""

    changed = Signal()
    inputChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.refresh()

    def load(self) -> dict[str, Any]:
        return {"groups": self.sources.source_groups() if self.sources else []}

    groups = _list("groups", changed)


@QmlElement
class TermView(View):
    """A glossary entry."""

    changed = Signal()
    inputChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._term_id = ""

    def load(self) -> dict[str, Any]:
        return self.sources.term_entry(self._term_id) if self.sources else {}

    termId = _input("_term_id", str, inputChanged)
    term = _str("term", changed)
    definition = _str("definition", changed)


@QmlElement
class PageView(View):
    """A curator-editable page (about, support, reading guide)."""

    changed = Signal()
    inputChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._page_id = ""

    def load(self) -> dict[str, Any]:
        assert self.exhibit is not None
        return self.exhibit.page_text(self._page_id)

    pageId = _input("_page_id", str, inputChanged)
    found = Property(bool, lambda s: bool(s._data), notify=changed)
    title = _str("title", changed)
    body = _str("body", changed)
    lead = _str("lead", changed)  # the first paragraph (the support page's helplines)
    rest = _str("rest", changed)  # the paragraphs after it
    fallback = _bool("fallback", changed)


@QmlElement
class ImageView(View):
    """How one image may appear now, its gate's words, and the file Qt may draw."""

    changed = Signal()
    inputChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._media_id = ""
        self._tags: list[str] = []
        self._drawn_width = 0

    def load(self) -> dict[str, Any]:
        if self.care is None or self.exhibit is None or not self._media_id:
            return {}
        mode = self.care.image_mode(self._media_id, self._tags)
        sharp = mode in ("open", "shown")
        if mode == "hidden":
            url = ""
        elif sharp:
            url = self.exhibit.media_url_at(self._media_id, self._drawn_width)
        else:
            url = self.exhibit.media_url(self._media_id, "blur")
        return {
            "mode": mode,
            "sharp": sharp,
            "gateText": self.care.gate_text("image", self._tags) if self._tags else "",
            "url": url,
        }

    mediaId = _input("_media_id", str, inputChanged)
    tags = _input("_tags", list, inputChanged)
    # how wide the screen draws the image, in px: the smallest copy that fills it is used
    drawnWidth = _input("_drawn_width", int, inputChanged)
    mode = Property(str, lambda s: str(s.get("mode", "hidden")), notify=changed)
    sharp = _bool("sharp", changed)
    gateText = _str("gateText", changed)
    url = _str("url", changed)


@QmlElement
class SectionView(View):
    """A section's state in the chapter: its detail layer (when opened at its gate) and
    the searched words marked, for the section a search result opened."""

    changed = Signal()
    inputChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._section_id = ""
        self._query = ""

    def load(self) -> dict[str, Any]:
        assert self.exhibit is not None
        if not self._section_id:
            return {}
        opened = self.care is not None and self.care.detail_opened(self._section_id)
        marked = ""
        if self._query and self.sources is not None:
            marked = self.sources.section_markup(self._section_id, self._query)
        return {
            "detailOpen": opened,
            "detail": self.exhibit.section_detail(self._section_id) if opened else "",
            "marked": marked,
        }

    sectionId = _input("_section_id", str, inputChanged)
    query = _input("_query", str, inputChanged)
    detailOpen = _bool("detailOpen", changed)
    detail = _str("detail", changed)
    marked = _str("marked", changed)


class SearchModel(RowModel):
    ROLES = ("kind", "group", "ref", "chapterId", "title", "markup", "plain", "withheld")


@QmlElement
class SearchView(View):
    """What the search screen finds for its query, gated by the care rules."""

    changed = Signal()
    inputChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._model = SearchModel(self)
        self.refresh()  # an empty field already suggests where to start

    def _set_input(self, name: str, value: Any) -> None:
        if name == "_query" and str(value).strip() and not self._query.strip():
            stats = Stats.current()
            if stats is not None:
                stats.search_made()  # that a search began, never its words
        super()._set_input(name, value)

    def load(self) -> dict[str, Any]:
        rows = self.sources.search_rows(self._query) if self.sources and self._query else []
        if rows != self._model.rows():
            self._model.set_rows(rows)
        # an empty field suggests where to start (read once per language and profile)
        empty = not self._query.strip()
        suggestions = self.sources.suggestions() if self.sources and empty else []
        # the count in the visitor's digits: a Dari screen uses one digit system
        shown = self.exhibit.format_number(len(rows)) if self.exhibit else str(len(rows))
        # the rows themselves are the model's: compared there once, not again here
        return {"count": len(rows), "countText": shown, "suggestions": suggestions}

    query = _input("_query", str, inputChanged)
    count = _int("count", changed)
    countText = _str("countText", changed)
    suggestions = _list("suggestions", changed)
    model = object_property(SearchModel, lambda s: s._model)


@QmlElement
class AttractView(View):
    """The attract loop's step: one chapter highlight and "Touch to begin" in a language."""

    changed = Signal()
    inputChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._step = 0
        self.refresh()

    def load(self) -> dict[str, Any]:
        assert self.exhibit is not None
        return {
            **self.exhibit.highlight_at(self._step),
            "prompt": self.exhibit.prompt_at(self._step),
        }

    step = _input("_step", int, inputChanged)
    title = _str("title", changed)
    region = _str("region", changed)
    period = _str("period", changed)
    coverId = _str("coverId", changed)
    prompt = _str("prompt", changed)
