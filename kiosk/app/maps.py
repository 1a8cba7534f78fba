"""The map screen's view model: the period map, where each chapter the visitor may open
stands on it, and where its label goes at the screen's size."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal
from PySide6.QtQml import QmlElement

from kiosk.content import labels

from . import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME  # noqa: F401 - read by @QmlElement
from .models import RowModel, object_property
from .views import View, _bool, _input, _list, _str


class PlaceModel(RowModel):
    ROLES = (
        "chapterId", "title", "fullTitle", "hasWarning", "pinX", "pinY", "labelX", "labelY",
        "labelWidth", "labelHeight", "anchorX", "anchorY",
    )  # fmt: skip


@lru_cache(maxsize=64)
def _layout(
    pins: tuple[tuple[float, float], ...],
    sizes: tuple[tuple[float, float], ...],
    area: tuple[float, float],
    clear: float,
) -> tuple[labels.Label, ...]:
    """The labels' places, worked out once per screen size, language and profile (about
    a tenth of a second for the real map) and remembered."""
    return tuple(labels.place(pins, sizes, area, clear, clear / 2))


def _real(key: str, notify: Signal) -> Property:
    return Property(float, lambda s: float(s.get(key, 0.0)), notify=notify)


@QmlElement
class PeriodMapView(View):
    """Europe and Asia in the borders of the time, with a label for every chapter that
    happened in one place; the screen says how large it is and how large a label is.

    Signals:
        changed: the map, its places or their layout were read again.
        inputChanged: the screen's size or the label size changed.

    Attributes:
        places: a PlaceModel, one row per place, in pixels of the area.
        elsewhere: the chapters not tied to one place ({chapterId, title}).
    """

    changed = Signal()
    inputChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._width = 0.0
        self._height = 0.0
        self._font = 0.0
        self._label_width = 0.0
        self._label_height = 0.0
        self._clear = 0.0
        self._places = PlaceModel(self)
        self._pending = False
        self.refresh()  # home asks whether there is a map before anything is set

    def load(self) -> dict[str, Any]:
        exhibit = self.exhibit
        repo = exhibit.repository if exhibit is not None else None
        if exhibit is None or repo is None:
            return {}
        media_id = repo.period_map()
        if media_id is None:
            self._set_places([])
            return {}
        if self._width <= 0 or self._height <= 0:  # not laid out (or asked only if it exists)
            self._set_places([])
            return {"found": True, "mediaId": media_id}
        lang = exhibit.current_language()
        view = repo.media_views([media_id], lang)[media_id]
        chapters = {str(r["chapterId"]): r for r in exhibit.chapter_rows()}
        marks = [p for p in view.places if p.ref in chapters]
        scale = min(self._width / view.width, self._height / view.height, 10.0)
        scale = max(scale, 0.0)
        w, h = view.width * scale, view.height * scale
        x0, y0 = (self._width - w) / 2, (self._height - h) / 2
        pins = [(x0 + p.x * w, y0 + p.y * h) for p in marks]
        titles = [labels.short_title(str(chapters[p.ref]["title"])) for p in marks]
        sizes = [
            labels.label_size(t, self._font, self._label_height, self._label_width) for t in titles
        ]
        placed = (
            _layout(tuple(pins), tuple(sizes), (self._width, self._height), self._clear)
            if scale > 0 and self._label_width > 0 and self._font > 0
            else ()
        )
        rows = [
            {
                "chapterId": p.ref, "title": title, "fullTitle": chapters[p.ref]["title"],
                "hasWarning": bool(chapters[p.ref]["hasWarning"]),
                "pinX": pin[0], "pinY": pin[1],
                "labelX": label.box.x, "labelY": label.box.y,
                "labelWidth": label.box.w, "labelHeight": label.box.h,
                "anchorX": label.anchor[0], "anchorY": label.anchor[1],
            }
            for p, title, pin, label in zip(marks, titles, pins, placed, strict=False)
        ]  # fmt: skip
        self._set_places(rows)
        on_map = {p.ref for p in view.places}
        return {
            "found": True,
            "mediaId": media_id,
            "url": exhibit.media_url(media_id, "display"),
            "borders": exhibit.year_label(view.borders) if view.borders else "",
            "caption": view.caption.text,
            "alt": view.alt.text,
            "credit": f"{view.credit} · {view.licence}",
            "imageX": x0, "imageY": y0, "imageWidth": w, "imageHeight": h,
            "layout": rows,  # a change of layout is a change of the view
            "elsewhere": [
                {"chapterId": c, "title": labels.short_title(str(r["title"]))}
                for c, r in chapters.items() if c not in on_map
            ],
        }  # fmt: skip

    def _set_input(self, name: str, value: Any) -> None:
        """The screen sets its size and label size one by one as it lays out: the view
        reads itself once they have all arrived, not once for each."""
        if getattr(self, name) != value:
            setattr(self, name, value)
            self.inputChanged.emit()
            if not self._pending:
                self._pending = True
                QTimer.singleShot(0, self, self._settled)  # dropped if the screen has gone

    def _settled(self) -> None:
        self._pending = False
        self.refresh()

    def _set_places(self, rows: list[dict[str, Any]]) -> None:
        if rows != self._places.rows():
            self._places.set_rows(rows)

    areaWidth = _input("_width", float, inputChanged)
    areaHeight = _input("_height", float, inputChanged)
    fontSize = _input("_font", float, inputChanged)
    labelWidth = _input("_label_width", float, inputChanged)
    labelHeight = _input("_label_height", float, inputChanged)
    clearance = _input("_clear", float, inputChanged)
    found = _bool("found", changed)
    mediaId = _str("mediaId", changed)
    url = _str("url", changed)
    borders = _str("borders", changed)
    caption = _str("caption", changed)
    alt = _str("alt", changed)
    credit = _str("credit", changed)
    imageX = _real("imageX", changed)
    imageY = _real("imageY", changed)
    imageWidth = _real("imageWidth", changed)
    imageHeight = _real("imageHeight", changed)
    elsewhere = _list("elsewhere", changed)
    places = object_property(PlaceModel, lambda s: s._places)
