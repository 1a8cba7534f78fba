"""The timeline for QML: filters, zoom, and the few cards near the screen.

QML draws; this object decides where everything goes (kiosk.content.timeline does the
maths). Only the events and ticks within about one screen of the view are in the
models, so a database of thousands of events costs no more per frame than a dozen.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.content import dates
from kiosk.content import timeline as tl
from kiosk.content.views import EventView

from . import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, provide  # noqa: F401 - read by @QmlElement
from .exhibit import Exhibit
from .models import RowModel, object_property


class TimelineItems(RowModel):
    ROLES = (
        "itemId", "axisX", "lane", "span", "isCluster", "count", "dateLabel", "title", "fuzzy",
        "chapterId", "warned",
    )  # fmt: skip


class TickModel(RowModel):
    ROLES = ("axisX", "label", "major")


class ChipModel(RowModel):
    ROLES = ("chipId", "label", "selected", "count")


def fuzzy(e: EventView) -> bool:
    """Drawn blurred: an approximate or uncertain date, or one known only to the year."""
    d = e.date
    return d.approximate or d.uncertain or d.precision in ("year", "season")


@QmlElement
@QmlSingleton
class Timeline(QObject):
    """Filters, zoom level and the visible window of the timeline.

    Signals:
        layoutChanged: the scale or the filtered events changed (contentWidth, counts).
    """

    layoutChanged = Signal()
    _current: Timeline | None = None

    CARD = 300.0  # label card width in px (QML uses the same)
    LANE = 132.0  # lane height in px: a date and two lines of title

    def __init__(self, exhibit: Exhibit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._exhibit = exhibit
        self._items = TimelineItems(self)
        self._ticks = TickModel(self)
        self._chapter_chips = ChipModel(self)
        self._category_chips = ChipModel(self)
        self._events: list[EventView] = []
        self._chapters: set[str] = set()
        self._categories: set[str] = set()
        self._scale = tl.Scale(0, 1920.0)
        self._lanes = 4
        self._placed: list[tl.Placed] = []
        self._xs: list[float] = []
        self._view = (0.0, 1920.0)
        self._window = (0.0, 0.0)
        self._by_id: dict[str, EventView] = {}
        self._eras: list[dict[str, Any]] = []
        self._era_rows: list[tuple[str, int, int]] = []
        self._era_titles: dict[str, str] = {}
        self._category_labels: dict[str, str] = {}
        self._lang = ""
        self._stale = True
        exhibit.languageChanged.connect(self._mark_stale)
        exhibit.statusChanged.connect(self._mark_stale)

    def _mark_stale(self) -> None:
        """Read the events again when the timeline is next looked at, not now."""
        self._stale = True

    def install(self) -> None:
        Timeline._current = self

    @staticmethod
    def create(engine: QQmlEngine) -> Timeline:
        return provide(Timeline)

    # -- data ------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        """Read the events of the chapters this visitor may see, in their language."""
        self._stale = False
        repo = self._exhibit.repository
        self._lang = self._exhibit.current_language()
        if repo is None:
            self._events, self._category_labels = [], {}
        else:
            visible = {r["chapterId"] for r in self._exhibit.chapter_rows()}
            self._events = [e for e in repo.events(self._lang) if e.chapter_id in visible]
            eras = repo.eras(self._lang)
            self._era_rows = [(i, a, b) for i, a, b, _ in eras]
            self._era_titles = {i: t.text for i, _, _, t in eras}
            self._category_labels = {i: t.text for i, t in repo.categories(self._lang)}
        self._by_id = {e.id: e for e in self._events}
        self._relayout()

    def _filtered(self) -> list[EventView]:
        return [
            e
            for e in self._events
            if (not self._chapters or e.chapter_id in self._chapters)
            and (not self._categories or self._categories & set(e.categories))
        ]

    def _relayout(self) -> None:
        shown = self._filtered()
        dated = [tl.Dated(e.id, e.date.start, e.date.end) for e in shown]
        self._placed = tl.layout(dated, self._scale, self.CARD, self._lanes)
        self._xs = [p.x for p in self._placed]
        self._update_chips(shown)
        self._update_eras()
        self._update_window()
        self.layoutChanged.emit()

    def _update_chips(self, shown: list[EventView]) -> None:
        chapters = {r["chapterId"]: r["title"] for r in self._exhibit.chapter_rows()}
        by_chapter: dict[str, int] = {}
        by_category: dict[str, int] = {}
        for e in self._events:
            by_chapter[e.chapter_id] = by_chapter.get(e.chapter_id, 0) + 1
            for k in e.categories:
                by_category[k] = by_category.get(k, 0) + 1
        self._chapter_chips.set_rows(
            {"chipId": c, "label": chapters[c], "selected": c in self._chapters, "count": n}
            for c, n in by_chapter.items()
            if c in chapters
        )
        labels = self._category_labels  # read once per reload, in the database's order
        self._category_chips.set_rows(
            {"chipId": k, "label": labels.get(k, k), "selected": k in self._categories, "count": n}
            for k, n in sorted(
                by_category.items(),
                key=lambda kv: list(labels).index(kv[0]) if kv[0] in labels else 99,
            )
        )

    def _update_eras(self) -> None:
        eras = []
        for era_id, start, end in self._era_rows:
            x0 = self._scale.x(max(tl.START, dt.date(start, 1, 1)))
            x1 = self._scale.x(min(tl.END, dt.date(end + 1, 1, 1)))
            eras.append({"title": self._era_titles.get(era_id, ""), "x": x0, "width": x1 - x0})
        self._eras = eras

    def _near_edge(self) -> bool:
        """The view came within a quarter screen of the instantiated window's edge."""
        left, width = self._view
        win_left, win_right = self._window
        return left < win_left + width / 4 or left + width > win_right - width / 4

    def _update_window(self) -> None:
        """Instantiate the cards within one screen either side of the view.

        Recomputed only when the view nears the edge of that window, and the model is
        reset only when its rows change: a flick moves the view, not the cards.
        """
        left, width = self._view
        right = left + width
        self._window = (left - width, right + width)
        words = self._exhibit.date_words()
        month = words.month_alone
        rows = []
        for p in tl.window(self._placed, self._xs, left - width, right + width, self.CARD):
            if p.count > 1:
                first, last = self._by_id[p.members[0]], self._by_id[p.members[-1]]
                rows.append(
                    {
                        "itemId": p.id, "axisX": p.x, "lane": p.lane, "span": 0.0,
                        "isCluster": True, "count": p.count,
                        "dateLabel": dates.label(first.date, words)
                        + ("" if first.date == last.date else " …"),
                        "title": "", "fuzzy": False, "chapterId": "", "warned": False,
                    }
                )  # fmt: skip
                continue
            e = self._by_id[p.id]
            rows.append(
                {
                    "itemId": e.id, "axisX": p.x, "lane": p.lane, "span": p.span,
                    "isCluster": False, "count": 1,
                    "dateLabel": dates.label(e.date, words), "title": e.title.text,
                    "fuzzy": fuzzy(e),
                    "chapterId": e.chapter_id, "warned": bool(e.warnings),
                }
            )  # fmt: skip
        if rows != self._items.rows():
            self._items.set_rows(rows)
        ticks = [
            {"axisX": x, "label": words.number(y) if m == 1 else month(m), "major": m == 1}
            for x, y, m in tl.ticks(self._scale, left - width, right + width)
        ]
        if ticks != self._ticks.rows():
            self._ticks.set_rows(ticks)

    # -- QML API -----------------------------------------------------------------

    def _fresh(self) -> None:
        if self._stale:
            self.reload()

    @Slot(float, float, float)
    def setViewport(self, content_x: float, width: float, height: float) -> None:
        """The visible part of the axis changed (flick, resize); ``height`` is the room
        below the axis for cards. Where only one lane fits, overlapping events cluster."""
        self._fresh()
        lanes = max(1, int(max(0.0, height) // self.LANE))
        resized = width > 0 and (abs(width - self._scale.viewport) > 0.5 or lanes != self._lanes)
        self._view = (content_x, width)
        if resized:
            self._scale = tl.Scale(self._scale.level, width)
            self._lanes = lanes
            self._relayout()
        elif self._near_edge():
            self._update_window()

    @Slot(int, float, float, result=float)
    def zoomTo(self, level: int, focus_x: float, view_x: float) -> float:
        """Change the zoom level, keeping the date at ``focus_x`` under ``view_x``.

        Returns the new content x for the view.
        """
        self._fresh()
        self._scale, content_x = tl.rezoom(self._scale, level, focus_x, view_x)
        self._view = (content_x, self._view[1])
        self._relayout()
        return content_x

    @Slot(str)
    def toggleChapter(self, chapter_id: str) -> None:
        self._fresh()
        self._chapters ^= {chapter_id}
        self._relayout()

    @Slot(str)
    def toggleCategory(self, category_id: str) -> None:
        self._fresh()
        self._categories ^= {category_id}
        self._relayout()

    @Slot()
    def clearFilters(self) -> None:
        self._chapters.clear()
        self._categories.clear()
        self._relayout()

    @Slot(str, result=float)
    def focusChapter(self, chapter_id: str) -> float:
        """Filter to one chapter; return the content x that centres its first event."""
        self._fresh()
        self._chapters = {chapter_id}
        self._categories.clear()
        self._relayout()
        first = next((p for p in self._placed if p.count == 1), None)
        if first is None:
            return 0.0
        return max(0.0, first.x - self._scale.viewport / 2)

    def shown_count(self) -> int:
        return sum(p.count for p in self._placed)

    def placed(self) -> list[tl.Placed]:
        return list(self._placed)

    def scale(self) -> tl.Scale:
        return self._scale

    items = object_property(TimelineItems, lambda s: s._items)
    ticks = object_property(TickModel, lambda s: s._ticks)
    chapterChips = object_property(ChipModel, lambda s: s._chapter_chips)
    categoryChips = object_property(ChipModel, lambda s: s._category_chips)
    eras = Property(list, lambda s: s._eras, notify=layoutChanged)
    contentWidth = Property(float, lambda s: s._scale.width, notify=layoutChanged)
    level = Property(int, lambda s: s._scale.level, notify=layoutChanged)
    levels = Property(int, lambda s: len(tl.LEVELS), constant=True)
    shownCount = Property(int, shown_count, notify=layoutChanged)
    totalCount = Property(int, lambda s: len(s._events), notify=layoutChanged)
    filtered = Property(bool, lambda s: bool(s._chapters or s._categories), notify=layoutChanged)
    cardWidth = Property(float, lambda s: s.CARD, constant=True)
    laneHeight = Property(float, lambda s: s.LANE, constant=True)
