"""The installable bundle: the app finds its files from source and frozen, and shows a
language from its compiled .qm alone."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from kiosk import paths
from kiosk.app import i18n


def test_from_source_the_app_finds_its_screens_fonts_translations_and_content() -> None:
    assert (paths.QML_IMPORT_PATH / "Kiosk" / "qmldir").is_file()
    assert (paths.QML_IMPORT_PATH / "Kiosk" / "Main.qml").is_file()
    assert {"NotoSans-Regular.ttf", "NotoSerif-Regular.ttf"} <= {
        p.name for p in paths.FONTS_DIR.iterdir()
    }
    assert (paths.I18N_DIR / "kiosk_de.ts").is_file()
    assert paths.CONTENT_DB.is_file()
    assert paths.CONTENT_DB.with_name("content.db.sha256").is_file()


def test_frozen_the_app_looks_in_the_bundles_own_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert paths.frozen()
    assert paths.root() == tmp_path / "_internal"
    # a freezer that unpacks nothing: the files sit beside the executable
    monkeypatch.delattr(sys, "_MEIPASS")
    monkeypatch.setattr(sys, "executable", str(tmp_path / "exhibit" / "kiosk"))
    assert paths.root() == tmp_path / "exhibit"


def test_from_source_it_is_not_frozen() -> None:
    assert not paths.frozen()
    assert paths.root() == Path(__file__).resolve().parent.parent


def test_a_language_shows_from_its_qm_alone_as_in_the_bundle(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The bundle ships compiled .qm files and no .ts sources (and no lrelease)."""
    i18n.build(["de"])
    qm = i18n.qm_path("de")
    shutil.copy(qm, tmp_path / qm.name)
    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)
    assert not i18n.ts_path("de").exists()
    translations = i18n.Translations()
    try:
        assert translations.install("de")
        assert QCoreApplication.translate("NavBar", "Home") == "Start"
    finally:
        translations.install("en")


def test_without_any_translation_file_a_language_falls_back_to_english(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)
    translations = i18n.Translations()
    assert not translations.install("de")
    assert QCoreApplication.translate("NavBar", "Home") == "Home"
