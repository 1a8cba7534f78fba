"""The timeline for QML: filters, zoom, fitting a span, and the few cards near the screen.

QML draws; this object decides where everything goes (kiosk.content.timeline does the
maths). Cards are as tall as their text: QML hands over the font and card width, and the
text is measured here as Qt Quick lays it out. Only the cards and ticks within about one
screen of the view are in the models, so a database of thousands of events costs no more
per frame than a dozen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QModelIndex, QObject, Signal, Slot
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.content import dates
from kiosk.content import timeline as tl
from kiosk.content.views import EventView

from . import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, provide  # noqa: F401 - read by @QmlElement
from .exhibit import Exhibit
from .models import RowModel, object_property


class TimelineItems(RowModel):
    """The cards near the view. A flick slides the window: the cards that stay are kept,
    only those leaving and entering are removed and made (a reset would make them all)."""

    ROLES = (
        "itemId", "axisX", "anchorX", "cardTop", "cardHeight", "span", "isCluster", "count",
        "dateLabel", "title", "fuzzy", "chapterId", "warned",
    )  # fmt: skip

    def slide(self, rows: list[dict[str, Any]]) -> None:
        """Show ``rows``: by removing and inserting at the ends where the rows both lists
        share are the same run, else by a reset."""
        old = self._rows
        ids = {r["itemId"] for r in rows}
        kept = [i for i, r in enumerate(old) if r["itemId"] in ids]
        if not kept or kept[-1] - kept[0] + 1 != len(kept):
            self.set_rows(rows)
            return
        a0, a1 = kept[0], kept[-1] + 1
        start = next(i for i, r in enumerate(rows) if r["itemId"] == old[a0]["itemId"])
        b0, b1 = start, start + len(kept)
        if rows[b0:b1] != old[a0:a1]:
            self.set_rows(rows)
            return
        count = len(old)
        if a1 < len(old):
            self.beginRemoveRows(QModelIndex(), a1, len(old) - 1)
            del self._rows[a1:]
            self.endRemoveRows()
        if a0 > 0:
            self.beginRemoveRows(QModelIndex(), 0, a0 - 1)
            del self._rows[:a0]
            self.endRemoveRows()
        if b0 > 0:
            self.beginInsertRows(QModelIndex(), 0, b0 - 1)
            self._rows[:0] = [dict(r) for r in rows[:b0]]
            self.endInsertRows()
        if b1 < len(rows):
            self.beginInsertRows(
                QModelIndex(), len(self._rows), len(self._rows) + len(rows) - b1 - 1
            )
            self._rows.extend(dict(r) for r in rows[b1:])
            self.endInsertRows()
        if count != len(self._rows):
            self.countChanged.emit()


class TickModel(RowModel):
    ROLES = ("axisX", "label", "major")


class ChipModel(RowModel):
    ROLES = ("chipId", "label", "selected", "count")


class ClusterEvents(RowModel):
    ROLES = ("eventId", "dateLabel", "title", "warned")


def fuzzy(e: EventView) -> bool:
    """Drawn blurred: an approximate or uncertain date, or one known only to the year."""
    d = e.date
    return d.approximate or d.uncertain or d.precision in ("year", "season")


class TextMeasure:
    """Heights of wrapped text as a Qt Quick Text item with ``wrapMode: Text.Wrap`` lays
    it out (design metrics, wrapping at word boundaries or anywhere)."""

    def __init__(self, font: QFont | None = None, width: float = 280.0) -> None:
        if font is None:
            font = QFont("Noto Sans")
            font.setPixelSize(26)
        self.font = font
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.width = width
        self._cache: dict[tuple[str, bool], float] = {}

    def height(self, text: str, bold: bool = False) -> float:
        key = (text, bold)
        found = self._cache.get(key)
        if found is not None:
            return found
        layout = QTextLayout(text, self.bold if bold else self.font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setUseDesignMetrics(True)
        layout.setTextOption(option)
        layout.beginLayout()
        height = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self.width)
            height += line.height()
        layout.endLayout()
        self._cache[key] = height
        return height

    def advance(self, text: str) -> float:
        """The width of ``text`` on one line, in the bold font of a cluster's heading."""
        return QFontMetricsF(self.bold).horizontalAdvance(text)


@QmlElement
@QmlSingleton
class Timeline(QObject):
    """Filters, scale and the visible window of the timeline.

    Signals:
        layoutChanged: the scale or the filtered events changed (contentWidth, counts).
        moved: the view should show another part of the axis: its new left-to-right
            content x; ``fromScale`` and ``fromOffset`` say how to draw the new layout
            so that it first looks like the old one (x * fromScale + fromOffset), for a
            short animation to the new one (1 and 0: nothing to animate).
    """

    layoutChanged = Signal()
    moved = Signal(float, float, float, arguments=["contentX", "fromScale", "fromOffset"])
    _current: Timeline | None = None

    GAP = 8.0  # between cards, in px
    MARGIN = 24.0  # before a fitted span, in px

    def __init__(self, exhibit: Exhibit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._exhibit = exhibit
        self._items = TimelineItems(self)
        self._ticks = TickModel(self)
        self._chapter_chips = ChipModel(self)
        self._category_chips = ChipModel(self)
        self._cluster_events = ClusterEvents(self)
        self._events: list[EventView] = []
        self._chapters: set[str] = set()
        self._categories: set[str] = set()
        self._scale = tl.Scale(tl.OPENING[1].toordinal() - tl.OPENING[0].toordinal(), 1920.0)
        self._card = 300.0
        self._pad = 8.0
        self._measure = TextMeasure(width=self._card - 2 * self._pad)
        self._room = 600.0
        self._placed: list[tl.Placed] = []
        self._xs: list[float] = []
        self._view = (0.0, 1920.0)
        # the dates the view shows, and whether they were fitted with margins: a new
        # width (a turned screen, a resized window) shows them again
        self._target: tuple[dt.date, dt.date, bool] = (*tl.OPENING, True)
        self._window = (0.0, 0.0)
        self._by_id: dict[str, EventView] = {}
        self._eras: list[dict[str, Any]] = []
        self._era_rows: list[tuple[str, int, int]] = []
        self._era_titles: dict[str, str] = {}
        self._category_labels: dict[str, str] = {}
        self._lang = ""
        self._stale = True
        self._moving = False
        self._words = exhibit.date_words()
        self._heights: dict[str, float] = {}  # card heights by event id
        self._bounds: dict[int, float] = {}  # cluster card heights by event count
        self._bound_extra = 0.0
        self._widest: str | None = None
        self._generation = 0  # of events, language and card style
        self._laid_out: tuple[Any, ...] | None = None
        # the last few layouts, by what they were made from: each opening lays out at the
        # room the screen expects and then at the room it got, and a visitor zooms back
        # and forth; thousands of events take a tenth of a second to lay out
        self._layouts: dict[tuple[Any, ...], tuple[list[tl.Placed], list[float]]] = {}
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
        """Read the events again (another language, another profile) and show the same
        dates, mirrored if the language reads right to left."""
        self._load()
        self._move(self._scale, self._view[0], animate=False)

    def _load(self) -> None:
        """Read the events of the chapters this visitor may see, in their language."""
        self._stale = False
        repo = self._exhibit.repository
        self._lang = self._exhibit.current_language()
        self._words = self._exhibit.date_words()
        self._restyle()
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

    def _restyle(self) -> None:
        """Forget measured heights: the language, the events or the font changed."""
        self._heights.clear()
        self._bounds.clear()
        self._bound_extra = 0.0
        self._widest = None
        self._generation += 1
        self._layouts.clear()  # made from the old heights: never asked for again

    def _filtered(self) -> list[EventView]:
        return [
            e
            for e in self._events
            if (not self._chapters or e.chapter_id in self._chapters)
            and (not self._categories or self._categories & set(e.categories))
        ]

    # -- card texts and sizes --------------------------------------------------

    # A cluster card shows these interface strings of the timeline screen (QML translates
    # them there); they are measured here as the visitor reads them.
    @staticmethod
    def _count_label(n: int) -> str:
        return QCoreApplication.translate("TimelineScreen", "%n event(s)", "", n)

    @staticmethod
    def _hint() -> str:
        return QCoreApplication.translate("TimelineScreen", "Tap to zoom in")

    def _title(self, e: EventView) -> str:
        """An event's title as shown (an English fallback reads as a block, untouched)."""
        t = e.title
        return t.text if t.fallback(self._lang) else self._exhibit.display(t.text)

    def _cluster_label(self, members: Sequence[str]) -> str:
        first, last = self._by_id[members[0]].date, self._by_id[members[-1]].date
        return dates.label(tl.cluster_date(first, last), self._words)

    def _event_height(self, e: EventView) -> float:
        found = self._heights.get(e.id)
        if found is None:
            m = self._measure
            found = 2 * self._pad + m.height(dates.label(e.date, self._words))
            found += m.height(e.title.text)
            self._heights[e.id] = found
        return found

    def _cluster_height(self, members: Sequence[str]) -> float:
        """Exactly as tall as a cluster card's text."""
        m = self._measure
        heading = f"{self._count_label(len(members))} · {self._cluster_label(members)}"
        return 2 * self._pad + m.height(heading, bold=True) + m.height(self._hint())

    def _widest_cluster_date(self) -> str:
        """The widest date a cluster card can show in this language (the widest month
        names in a range across two years, or in a range of days)."""
        if self._widest is None:
            w, labels = self._words, []
            for m in range(1, 13):
                across = dates.EventDate(
                    "", dt.date(1944, m, 1), dt.date(1945, m, 1), "month", is_range=True
                )
                days = dates.EventDate(
                    "", dt.date(1944, m, 10), dt.date(1944, m, 28), "day", is_range=True
                )
                labels += [dates.label(across, w), dates.label(days, w)]
            self._widest = max(labels, key=self._measure.advance)
        return self._widest

    def _cluster_bound(self, members: Sequence[tl.Dated]) -> float:
        """At least as tall as a cluster of this many events needs, whatever its dates:
        cheap enough to ask for every fold of thousands of events."""
        n = len(members)
        found = self._bounds.get(n)
        if found is None:
            m = self._measure
            heading = f"{self._count_label(n)} · {self._widest_cluster_date()}"
            found = 2 * self._pad + m.height(heading, bold=True) + m.height(self._hint())
            found += self._bound_extra
            self._bounds[n] = found
        return found

    # -- layout ----------------------------------------------------------------

    def _lead(self) -> float:
        """Room before a fitted span: a card may stand a little before its date."""
        return self._card * tl.SLACK + self.MARGIN

    def _trail(self) -> float:
        """Room after a fitted span and the end of the axis: the last card can be read
        whole (a card stands a third of its width before its date, when it can)."""
        return self._card * (1 - tl.SLACK) + self.MARGIN

    def _relayout(self) -> None:
        key = (
            self._scale, self._card, self._room, self._generation,
            frozenset(self._chapters), frozenset(self._categories),
        )  # fmt: skip
        if key != self._laid_out:
            self._laid_out = key
            kept = self._layouts.pop(key, None)
            if kept is None:
                placed = self._layout()
                kept = (placed, [p.x for p in placed])
            self._layouts[key] = kept  # the most recent last
            while len(self._layouts) > self.LAYOUTS_KEPT:
                del self._layouts[next(iter(self._layouts))]
            self._placed, self._xs = kept
        self._update_chips()
        self._update_eras()
        self._update_window()
        self.layoutChanged.emit()

    # Above this many events, clusters are laid out at a height that fits any of their
    # dates (measuring every fold of thousands of events costs seconds), then drawn as
    # tall as their own text.
    EXACT_UP_TO = 1500
    LAYOUTS_KEPT = 4

    def _layout(self) -> list[tl.Placed]:
        """The cards at this scale, each cluster as tall as its own text."""
        dated = [
            tl.Dated(e.id, e.date.start, e.date.end, self._event_height(e))
            for e in self._filtered()
        ]
        if len(dated) <= self.EXACT_UP_TO:
            return tl.layout(
                dated,
                self._scale,
                self._card,
                self._room,
                lambda members: self._cluster_height([m.id for m in members]),
                self.GAP,
            )
        for _ in range(3):
            placed = tl.layout(
                dated, self._scale, self._card, self._room, self._cluster_bound, self.GAP
            )
            exact = {p.id: self._cluster_height(p.members) for p in placed if p.count > 1}
            if all(exact[p.id] <= p.height + 0.01 for p in placed if p.count > 1):
                break
            # a date wider than the widest month names (it happens in no language we
            # know): allow for one more line and lay out again
            self._bound_extra += self._measure.height("Ag")
            self._bounds.clear()
        return [replace(p, height=exact[p.id]) if p.count > 1 else p for p in placed]

    def _update_chips(self) -> None:
        chapters = {r["chapterId"]: r["title"] for r in self._exhibit.chapter_rows()}
        by_chapter: dict[str, int] = {}
        by_category: dict[str, int] = {}
        for e in self._events:
            by_chapter[e.chapter_id] = by_chapter.get(e.chapter_id, 0) + 1
            for k in e.categories:
                if self._exhibit.care.state.lists_category(k):
                    by_category[k] = by_category.get(k, 0) + 1
        chapter_rows = [
            {"chipId": c, "label": chapters[c], "selected": c in self._chapters, "count": n}
            for c, n in by_chapter.items()
            if c in chapters
        ]
        labels = self._category_labels  # read once per reload, in the database's order
        category_rows = [
            {"chipId": k, "label": labels.get(k, k), "selected": k in self._categories, "count": n}
            for k, n in sorted(
                by_category.items(),
                key=lambda kv: list(labels).index(kv[0]) if kv[0] in labels else 99,
            )
        ]
        # a zoom changes no chip: the chips are not made again for it
        for model, rows in (
            (self._chapter_chips, chapter_rows),
            (self._category_chips, category_rows),
        ):
            if rows != model.rows():
                model.set_rows(rows)

    def _era_span(self, start: int, end: int) -> tuple[dt.date, dt.date]:
        return max(tl.START, dt.date(start, 1, 1)), min(tl.END, dt.date(end, 12, 31))

    def _update_eras(self) -> None:
        eras = []
        for era_id, start, end in self._era_rows:
            first, last = self._era_span(start, end)
            x0 = self._scale.x(first)
            x1 = self._scale.x(last + dt.timedelta(days=1))
            eras.append(
                {
                    "eraId": era_id,
                    "title": self._era_titles.get(era_id, ""),
                    "x": x0,
                    "width": x1 - x0,
                }
            )
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
        words = self._words
        month = words.month_alone
        shown = self._exhibit.display  # isolated left to right in right-to-left text
        rows: list[dict[str, Any]] = []
        for p in tl.window(self._placed, self._xs, left - width, right + width, self._card):
            place = {
                "axisX": p.x, "anchorX": p.anchor, "cardTop": p.top, "cardHeight": p.height,
            }  # fmt: skip
            if p.count > 1:
                rows.append(
                    place
                    | {
                        "itemId": p.id, "span": 0.0, "isCluster": True, "count": p.count,
                        "dateLabel": shown(self._cluster_label(p.members)), "title": "",
                        "fuzzy": False, "chapterId": "", "warned": False,
                    }
                )  # fmt: skip
                continue
            e = self._by_id[p.id]
            rows.append(
                place
                | {
                    "itemId": e.id, "span": p.span, "isCluster": False, "count": 1,
                    "dateLabel": shown(dates.label(e.date, words)),
                    "title": self._title(e), "fuzzy": fuzzy(e),
                    "chapterId": e.chapter_id, "warned": bool(e.warnings),
                }
            )  # fmt: skip
        if rows != self._items.rows():
            self._items.slide(rows)
        ticks = [
            {
                "axisX": x,
                "label": words.number(y)
                if m == 1
                else words.month_year.format(m=month(m), y=words.number(y)),
                "major": m == 1,
            }
            for x, y, m in tl.ticks(
                self._scale, left - width, right + width, self._card * 0.6, self._card / 3
            )
        ]
        if ticks != self._ticks.rows():
            self._ticks.set_rows(ticks)

    def _remember_view(self) -> None:
        left, width = self._view
        self._target = (self._scale.date(left), self._scale.date(left + width), False)

    def _move(
        self,
        scale: tl.Scale,
        content_x: float,
        animate: bool = True,
        target: tuple[dt.date, dt.date, bool] | None = None,
        since: tuple[tl.Scale, float] | None = None,
    ) -> float:
        """Show ``content_x`` at ``scale``; tell QML how to animate from the old view
        (or from ``since``, a scale and x shown before). ``target`` is the span fitted
        (else the view's own dates are remembered)."""
        old_scale, old_x = since or (self._scale, self._view[0])
        self._scale = scale
        self._view = (content_x, self._view[1])
        # QML reports the view while it follows (a new content width, then the new x):
        # those reports are of this move, not a visitor's
        self._moving = True
        try:
            self._relayout()
            if target is None:
                self._remember_view()
            else:
                self._target = target
            if animate:
                from_scale = old_scale.px_per_day / scale.px_per_day
                self.moved.emit(content_x, from_scale, content_x - old_x)
            else:
                self.moved.emit(content_x, 1.0, 0.0)
        finally:
            self._moving = False
        return content_x

    def _fit(
        self,
        start: dt.date,
        end: dt.date,
        margins: bool = True,
        animate: bool = True,
        since: tuple[tl.Scale, float] | None = None,
    ) -> float:
        lead, trail = (self._lead(), self._trail()) if margins else (0.0, 0.0)
        scale, x = tl.fit(start, end, self._view[1], lead, trail)
        return self._move(scale, x, animate, (start, end, margins), since)

    # -- QML API -----------------------------------------------------------------

    def _fresh(self) -> bool:
        """Read the events if they changed since they were last read (each caller then
        lays them out); True if they were read."""
        if self._stale:
            self._load()
            return True
        return False

    @Slot(QFont, float, float)
    def setCardStyle(self, font: QFont, width: float, padding: float) -> None:
        """The font of the cards' text, their width and inner padding (px): the text is
        measured with them, so every card is as tall as its text needs."""
        if (
            self._measure.font == font
            and abs(width - self._card) < 0.5
            and abs(padding - self._pad) < 0.5
        ):
            return
        self._card, self._pad = width, padding
        self._measure = TextMeasure(font, width - 2 * padding)
        self._restyle()
        if not self._stale:
            self._relayout()

    @Slot(float, float)
    def setSize(self, width: float, height: float) -> None:
        """The view's width and the room for cards, before the screen first shows the
        timeline: its first layout is then made once, at the right size."""
        if width > 0:
            self._view = (self._view[0], width)
        if height > 0:
            self._room = height

    @Slot(float, float, float)
    def setViewport(self, content_x: float, width: float, height: float) -> None:
        """The visible part of the axis changed (flick, resize); ``height`` is the room
        below the axis for cards. A new width shows the same dates as before."""
        if self._moving:
            return
        loaded = self._fresh()
        room = max(0.0, height)
        if width > 0 and abs(width - self._view[1]) > 0.5:
            self._view = (content_x, width)
            self._room = room
            self._fit(*self._target, animate=False)
            return
        moved = abs(content_x - self._view[0]) > 0.5
        self._view = (content_x, self._view[1])
        if abs(room - self._room) > 0.5 or loaded:
            self._room = room
            self._relayout()
        elif self._near_edge():
            self._update_window()
        if moved:
            self._remember_view()

    @Slot(float, float, float)
    def zoomBy(self, factor: float, content_x: float, view_x: float) -> None:
        """Zoom in (``factor`` > 1) or out, keeping the date ``view_x`` pixels from the
        view's left edge where it is; ``content_x`` is the view's left edge."""
        self._fresh()
        self._view = (content_x, self._view[1])
        scale, x = tl.zoom(
            self._scale, self._scale.days / factor, content_x + view_x, view_x, self._trail()
        )
        self._move(scale, x)

    @Slot(int, float, float, result=float)
    def zoomTo(self, level: int, focus_x: float, view_x: float) -> float:
        """Zoom to a named level, keeping the date at ``focus_x`` under ``view_x``, at
        once (for screenshots and benchmarks). Returns the new content x for the view."""
        self._fresh()
        scale, x = tl.rezoom(self._scale, level, focus_x, view_x, self._trail())
        return self._move(scale, x, animate=False)

    @Slot(str, str)
    def showDates(self, start: str, end: str) -> None:
        """Fit the view to the days from ``start`` to ``end`` (ISO dates)."""
        self._fresh()
        self._fit(dt.date.fromisoformat(start), dt.date.fromisoformat(end))

    @Slot()
    def showOpening(self) -> None:
        """What a visitor sees first: every event, 1939 to 1945."""
        self._fresh()
        self._chapters.clear()
        self._categories.clear()
        self._fit(*tl.OPENING, animate=False)  # the first frame, nothing to move from

    @Slot(str)
    def fitEra(self, era_id: str) -> None:
        self._fresh()
        for i, start, end in self._era_rows:
            if i == era_id:
                self._fit(*self._era_span(start, end))

    @Slot(str, result=bool)
    def openCluster(self, item_id: str) -> bool:
        """Fit the view to a cluster's events (a crowded one may show smaller clusters
        still). False when no zoom can part them (one day): ``clusterEvents`` then lists
        them, for QML to show as a list."""
        if self._fresh():
            self._relayout()
        cluster = next((p for p in self._placed if p.id == item_id), None)
        if cluster is None:
            return True
        members = set(cluster.members)
        first = self._by_id[cluster.members[0]].date.start
        start, end = first, self._by_id[cluster.members[-1]].date.start
        since = (self._scale, self._view[0])
        for _ in range(3):
            # a member may stand later in its span than its first day: widen the fit
            # until every member's card is in view
            self._fit(start, end, since=since)
            shown = [p for p in self._placed if members & {p.id, *p.members}]
            right = max(p.x for p in shown) + self._card
            left, width = self._view
            if right <= left + width + 0.5:
                break
            end = self._scale.date(right - self._card * (1 - tl.SLACK))
        if any(members <= set(p.members) for p in self._placed):
            words = self._words
            self._cluster_events.set_rows(
                {
                    "eventId": e.id,
                    "dateLabel": self._exhibit.display(dates.label(e.date, words)),
                    "title": self._title(e), "warned": bool(e.warnings),
                }
                for e in (self._by_id[i] for i in cluster.members)
            )  # fmt: skip
            return False
        return True

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
        """Filter to one chapter and fit the view to its events' dates."""
        self._fresh()
        self._chapters = {chapter_id}
        self._categories.clear()
        self._relayout()
        own = [e for e in self._events if e.chapter_id == chapter_id]
        if not own:
            return self._view[0]
        first, last = min(e.date.start for e in own), max(e.date.start for e in own)
        return self._fit(first, last, animate=False)  # the screen opens on it

    # -- for tests, benchmarks and screenshots ----------------------------------

    def shown_count(self) -> int:
        return sum(p.count for p in self._placed)

    def placed(self) -> list[tl.Placed]:
        return list(self._placed)

    def scale(self) -> tl.Scale:
        return self._scale

    def view(self) -> tuple[float, float]:
        """The visible part of the axis: left-to-right content x and width."""
        return self._view

    def shown_dates(self) -> tuple[dt.date, dt.date]:
        """The first and last day the view shows."""
        left, width = self._view
        return self._scale.date(left), self._scale.date(left + width)

    items = object_property(TimelineItems, lambda s: s._items)
    ticks = object_property(TickModel, lambda s: s._ticks)
    chapterChips = object_property(ChipModel, lambda s: s._chapter_chips)
    categoryChips = object_property(ChipModel, lambda s: s._category_chips)
    clusterEvents = object_property(ClusterEvents, lambda s: s._cluster_events)
    eras = Property(list, lambda s: s._eras, notify=layoutChanged)
    contentWidth = Property(float, lambda s: s._scale.width + s._trail(), notify=layoutChanged)
    level = Property(int, lambda s: s._scale.level, notify=layoutChanged)
    canZoomIn = Property(bool, lambda s: s._scale.days > tl.MIN_DAYS + 0.5, notify=layoutChanged)
    canZoomOut = Property(bool, lambda s: s._scale.days < tl.MAX_DAYS - 0.5, notify=layoutChanged)
    shownCount = Property(int, shown_count, notify=layoutChanged)
    totalCount = Property(int, lambda s: len(s._events), notify=layoutChanged)
    filtered = Property(bool, lambda s: bool(s._chapters or s._categories), notify=layoutChanged)
    cardWidth = Property(float, lambda s: s._card, notify=layoutChanged)
