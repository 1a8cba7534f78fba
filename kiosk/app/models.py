"""List models for QML: one small QAbstractListModel per list, roles declared once."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
)

_Index = QModelIndex | QPersistentModelIndex
# Qt.ItemDataRole values as plain ints: no Qt namespace before the first frame (lean.py)
DISPLAY_ROLE = 0
USER_ROLE = 0x0100


# The Python class of each object property below: a Qt property can only say QObject,
# the QML type information (kiosk.app.qmltypes) says which object it is.
OBJECT_TYPES: dict[Property, type[QObject]] = {}


def object_property(kind: type[QObject], fget: Callable[[Any], QObject]) -> Property:
    """A constant property holding one of the object's children (a model, a page)."""
    prop = Property(QObject, fget, constant=True)
    OBJECT_TYPES[prop] = kind
    return prop


class RowModel(QAbstractListModel):
    """A read-only list of dict rows; subclasses name their roles in ``ROLES``.

    Signals:
        countChanged: the number of rows changed.
    """

    ROLES: tuple[str, ...] = ()
    countChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._role_ids = {USER_ROLE + 1 + i: r for i, r in enumerate(self.ROLES)}

    def roleNames(self) -> dict[int, QByteArray]:
        return {k: QByteArray(v.encode()) for k, v in self._role_ids.items()}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name = self._role_ids.get(role)
        if name is None:
            if role == DISPLAY_ROLE and self.ROLES:
                return self._rows[index.row()].get(self.ROLES[0])
            return None
        return self._rows[index.row()].get(name)

    def set_rows(self, rows: Iterable[dict[str, Any]]) -> None:
        old = len(self._rows)
        self.beginResetModel()
        self._rows = [dict(r) for r in rows]
        self.endResetModel()
        if old != len(self._rows):
            self.countChanged.emit()

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def holds(self, rows: list[dict[str, Any]]) -> bool:
        """Whether the model shows these rows already (compared without a copy)."""
        return rows == self._rows

    def _count(self) -> int:
        return len(self._rows)

    count = Property(int, _count, notify=countChanged)


class LanguageModel(RowModel):
    ROLES = ("code", "name", "direction", "partial", "prompt")


class ChapterModel(RowModel):
    ROLES = (
        "chapterId", "title", "summary", "region", "period", "kind",
        "warnings", "hasWarning", "coverId", "fallback", "coverRatio",
    )  # fmt: skip


class SectionModel(RowModel):
    ROLES = (
        "sectionId", "kind", "title", "body", "sides", "fallback", "sourceCount",
        "warnings", "hasDetail", "detailWarnings", "figureCount", "terms", "images",
    )  # fmt: skip


class EventModel(RowModel):
    ROLES = (
        "eventId", "dateLabel", "title", "summary", "place", "warnings", "fallback",
        "sourceCount",
    )  # fmt: skip
