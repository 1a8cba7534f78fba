"""The installable bundle: the app finds its files from source and frozen, shows a language
from its compiled .qm alone; the package installs a valid configuration and puts the
program where its units start it."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from kiosk import paths
from kiosk.app import i18n
from kiosk.app.config import load_config


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


def _no_lrelease(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any program the app starts fails the test: a visitor never waits for lrelease."""
    import subprocess

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"the app ran a program at a language switch: {args[0]}")

    monkeypatch.setattr(subprocess, "run", refuse)
    monkeypatch.setattr(subprocess, "Popen", refuse)


def _checkout_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qm: bool) -> Path:
    """A source checkout's German .ts (and its compiled .qm) in ``tmp_path``, the .ts
    edited after the .qm was compiled."""
    i18n.build(["de"])
    ts = Path(shutil.copy(i18n.ts_path("de"), tmp_path))
    if qm:
        compiled = Path(shutil.copy(i18n.qm_path("de"), tmp_path))
        os.utime(compiled, (1_000_000_000, 1_000_000_000))
    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)
    assert i18n.stale("de")
    return ts


@pytest.mark.logs
def test_a_stale_qm_is_shown_as_it_is_and_logged_once_never_compiled(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _checkout_copy(tmp_path, monkeypatch, qm=True)
    before = i18n.qm_path("de").read_bytes()
    _no_lrelease(monkeypatch)
    translations = i18n.Translations()
    try:
        for _ in range(2):  # a second visitor picks German again: no second warning
            assert translations.install("de")
            assert QCoreApplication.translate("NavBar", "Home") == "Start"
            translations.install("en")
    finally:
        translations.install("en")
    assert i18n.qm_path("de").read_bytes() == before  # not rebuilt
    assert i18n.stale("de")
    said = [r.getMessage() for r in caplog.records if r.name == i18n.__name__]
    assert len(said) == 1, said
    assert "kiosk_de.qm" in said[0] and "kiosk i18n build" in said[0]
    assert "older compiled one" in said[0]


@pytest.mark.logs
def test_a_missing_qm_beside_its_ts_shows_english_and_is_logged_once_never_compiled(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _checkout_copy(tmp_path, monkeypatch, qm=False)
    _no_lrelease(monkeypatch)
    translations = i18n.Translations()
    try:
        assert not translations.install("de")
        assert QCoreApplication.translate("NavBar", "Home") == "Home"
        assert not translations.install("de")
    finally:
        translations.install("en")
    assert not i18n.qm_path("de").exists()
    said = [r.getMessage() for r in caplog.records if r.name == i18n.__name__]
    assert len(said) == 1, said
    assert "showing English" in said[0] and "kiosk i18n build" in said[0]


def test_without_any_translation_file_a_language_falls_back_to_english(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path)
    translations = i18n.Translations()
    assert not translations.install("de")
    assert QCoreApplication.translate("NavBar", "Home") == "Home"


PACKAGING = Path(__file__).resolve().parent.parent / "packaging"


def _make_deb() -> Any:
    spec = importlib.util.spec_from_file_location("make_deb", PACKAGING / "make_deb.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_configuration_the_package_installs_is_a_full_screen_museum_kiosk() -> None:
    config = load_config(PACKAGING / "kiosk.toml")
    assert config.fullscreen and config.profile == "museum"
    assert config.admin_pin_hash == ""  # each museum sets its own PIN


def test_the_package_puts_the_program_where_the_units_and_desktop_file_start_it(
    tmp_path: Path,
) -> None:
    bundle = tmp_path / "exhibit"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "kiosk").write_text("#!/bin/sh\n")
    (bundle / "kiosk").chmod(0o755)
    tree = tmp_path / "tree"
    _make_deb().stage(bundle, tree)
    started = []
    for unit in [*tree.glob("lib/systemd/system/*"), *tree.glob("usr/lib/systemd/user/*")]:
        started += [line for line in unit.read_text().splitlines() if line.startswith("Exec")]
    started += [
        line
        for line in (tree / "usr/share/applications/exhibit.desktop").read_text().splitlines()
        if line.startswith("Exec=")
    ]
    assert len(started) == 5  # cage + maintenance, desktop session + maintenance, autostart
    for line in started:
        words = line.split("=", 1)[1].split()
        program = next(w for w in words if w.startswith("/opt/"))
        assert os.access(tree / program.lstrip("/"), os.X_OK), line
        config = words[words.index("--config") + 1]
        assert (tree / config.lstrip("/")).is_file(), line
    assert (tree / "etc/exhibit/kiosk.toml").read_text() == (PACKAGING / "kiosk.toml").read_text()
