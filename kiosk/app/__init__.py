"""The Qt bridge: models, session policy and start-up. No SQL, no QML strings."""

from __future__ import annotations

from typing import Any, TypeVar

import PySide6.QtCore  # noqa: F401 - first, so that lean can change the binding's import hook

from . import lean

lean.skip_feature_scan()
# before the first screen: set later (after the first frame), the peak after every
# chapter was about 1.5 MiB higher, for 4 ms saved before the first frame
lean.return_freed_blocks()

QML_IMPORT_NAME = "Kiosk"
QML_IMPORT_MAJOR_VERSION = 1

T = TypeVar("T")


def provide(cls: type[T]) -> T:
    """The instance QML gets for a singleton: the one installed last, owned by Python.

    Each singleton class keeps it in ``_current`` (set by its ``install``); a default
    instance is made where the class can stand alone.
    """
    from PySide6.QtQml import QQmlEngine

    inst: Any = getattr(cls, "_current", None)
    if inst is None:
        try:
            inst = cls()
        except TypeError:
            raise RuntimeError(f"{cls.__name__} used before the exhibit was set up") from None
    QQmlEngine.setObjectOwnership(inst, QQmlEngine.ObjectOwnership.CppOwnership)
    return inst
