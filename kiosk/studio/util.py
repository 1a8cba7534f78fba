"""Small helpers for the studio's widgets."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

Obj = TypeVar("Obj", bound=QObject)


def named(obj: Obj, name: str) -> Obj:
    """``obj`` with its objectName set (tests find widgets by name, as a curator by label)."""
    obj.setObjectName(name)
    return obj
