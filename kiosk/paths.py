"""Where the exhibit's own files are: in a source checkout or inside the frozen bundle. No Qt.

From source, everything sits around the ``kiosk`` package (``assets/``, ``content.db``).
In the one-folder bundle the same tree is unpacked below the folder PyInstaller names
in ``sys._MEIPASS`` (``_internal/`` beside the executable), so one layout serves both.
"""

from __future__ import annotations

import sys
from pathlib import Path


def frozen() -> bool:
    """True inside the bundle (PyInstaller sets ``sys.frozen``)."""
    return bool(getattr(sys, "frozen", False))


def root() -> Path:
    """The folder holding ``kiosk/``, ``assets/`` and ``content.db``."""
    if frozen():
        bundled = getattr(sys, "_MEIPASS", None)
        return Path(bundled) if bundled else Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


ROOT = root()
PACKAGE_DIR = ROOT / "kiosk"
# the QML module Kiosk lives in QML_IMPORT_PATH / "Kiosk"
QML_IMPORT_PATH = PACKAGE_DIR / "qml"
# interface translations: .ts sources (not bundled) and compiled .qm files
I18N_DIR = PACKAGE_DIR / "i18n"
FONTS_DIR = ROOT / "assets" / "fonts"
CONTENT_DB = ROOT / "content.db"
