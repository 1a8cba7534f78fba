"""Interface translations: Qt .ts sources in kiosk/i18n, compiled .qm, and run-time switching.

The .ts files are made by ``pyside6-lupdate`` from the QML screens and the Python
bridge (``kiosk i18n update``); the .qm files are built from them by
``pyside6-lrelease`` (``kiosk i18n build``, run by the set-up, ``make test`` and the
bundle's build). Compiled files are not committed. The app itself never compiles: a
visitor's language switch never waits for lrelease. In a source checkout whose .qm is
missing or older than its .ts the app logs one warning for the developer and shows the
.qm it has (or English).
"""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTranslator
from PySide6.QtQml import QQmlEngine

from kiosk import paths

log = logging.getLogger(__name__)

# the .qm files whose staleness (or absence) has been logged in this process: once is enough
_warned: set[str] = set()  # their paths

I18N_DIR = paths.I18N_DIR
APP_DIR = Path(__file__).resolve().parent
QML_DIR = APP_DIR.parent / "qml"
TR_SOURCES = ("care.py", "classroom.py", "exhibit.py", "handout.py", "sources.py")


def ts_path(lang: str) -> Path:
    return I18N_DIR / f"kiosk_{lang}.ts"


def ts_languages() -> list[str]:
    return sorted(p.stem.removeprefix("kiosk_") for p in I18N_DIR.glob("kiosk_*.ts"))


def sources() -> list[Path]:
    return sorted(QML_DIR.rglob("*.qml")) + [APP_DIR / name for name in TR_SOURCES]


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def update(langs: list[str] | None = None, out_dir: Path | None = None) -> list[Path]:
    """Run lupdate: add new interface strings to the .ts files, keep translations."""
    import subprocess

    written = []
    for lang in langs or ts_languages():
        target = (out_dir or I18N_DIR) / f"kiosk_{lang}.ts"
        if out_dir is not None and ts_path(lang).exists():
            shutil.copy(ts_path(lang), target)
        cmd = [_tool("pyside6-lupdate"), *map(str, sources()), "-no-obsolete",
               "-locations", "none", "-target-language", lang, "-ts", str(target)]  # fmt: skip
        subprocess.run(cmd, check=True, capture_output=True, text=True)
        written.append(target)
    return written


def qm_path(lang: str) -> Path:
    return I18N_DIR / f"kiosk_{lang}.qm"


def stale(lang: str) -> bool:
    """Is the compiled .qm of ``lang`` missing or older than its .ts?"""
    qm = qm_path(lang)
    return not qm.exists() or qm.stat().st_mtime < ts_path(lang).stat().st_mtime


def build(langs: list[str] | None = None) -> list[Path]:
    """Compile every .ts that is newer than its .qm."""
    import subprocess  # here, not at start-up: the exhibit rarely compiles anything

    built = []
    for lang in langs or ts_languages():
        if not stale(lang):
            continue
        ts, qm = ts_path(lang), qm_path(lang)
        tmp = qm.with_suffix(".qm.tmp")
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(tmp)],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        tmp.replace(qm)
        built.append(qm)
    return built


class Translations(QObject):
    """Installs the interface translation of the visitor's language and retranslates QML."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translator: QTranslator | None = None
        self._engine: QQmlEngine | None = None
        self.language = "en"

    def attach(self, engine: QQmlEngine) -> None:
        self._engine = engine

    def install(self, lang: str) -> bool:
        """Switch to ``lang``; False (and English) when its translation is missing."""
        app = QCoreApplication.instance()
        if app is None:
            return False
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        ok = False
        if ts_path(lang).exists() or qm_path(lang).exists():
            old = ts_path(lang).exists() and stale(lang)
            translator = QTranslator(self)
            if qm_path(lang).exists() and translator.load(str(qm_path(lang))):
                app.installTranslator(translator)
                self._translator = translator
                ok = True
            if old and str(qm_path(lang)) not in _warned:
                _warned.add(str(qm_path(lang)))
                shown = "the older compiled one" if ok else "English"
                log.warning(
                    "the %s interface translation %s is not compiled from its latest "
                    "source; showing %s: run 'kiosk i18n build'",
                    lang, qm_path(lang).name, shown,
                )  # fmt: skip
            elif not ok and not old:
                log.warning("no interface translation for %s; showing English", lang)
        self.language = lang
        if self._engine is not None:
            self._engine.retranslate()
        return ok

    def uninstall(self) -> None:
        """Remove the installed translation (English again), e.g. after a handout."""
        app = QCoreApplication.instance()
        if app is not None and self._translator is not None:
            app.removeTranslator(self._translator)
        self._translator = None
