"""Shared fixtures: offscreen Qt, small and real content databases, a running exhibit."""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_SOURCES = Path(__file__).resolve().parent / "fixtures" / "content"
REAL_SOURCES = ROOT / "assets" / "content"
REAL_DB = ROOT / "content.db"


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def fail_on_logged_warnings(request: pytest.FixtureRequest) -> Iterator[None]:
    """A warning or error logged during a test fails it, as a QML warning does; a test
    that provokes one on purpose says so with ``@pytest.mark.logs``."""
    handler = _Collect()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)
    if handler.records and request.node.get_closest_marker("logs") is None:
        lines = [f"{r.levelname} {r.name}: {r.getMessage()}" for r in handler.records[:5]]
        pytest.fail("logged during the test:\n" + "\n".join(lines), pytrace=False)


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    """A writable copy of the small test content."""
    dest = tmp_path / "content-src"
    shutil.copytree(FIXTURE_SOURCES, dest)
    return dest


@pytest.fixture(scope="session")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """content.db built from the small test content (read-only use)."""
    from kiosk.content.build import build

    folder = tmp_path_factory.mktemp("small")
    shutil.copytree(FIXTURE_SOURCES, folder / "content-src")  # images live beside the database
    out = folder / "content.db"
    build(folder / "content-src", out)
    return out


@pytest.fixture
def db_copy(small_db: Path, tmp_path: Path) -> Path:
    """A writable copy of the small database, for tests that damage it."""
    dest = tmp_path / "content.db"
    shutil.copy(small_db, dest)
    shutil.copytree(small_db.parent / "content-src", tmp_path / "content-src", dirs_exist_ok=True)
    return dest


@pytest.fixture(scope="session")
def real_db() -> Path:
    if not REAL_DB.exists():
        pytest.fail("content.db is missing: run 'kiosk content build'")
    return REAL_DB


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication


@dataclass
class Running:
    services: Any
    engine: Any
    window: Any
    nav: Any

    def screen(self) -> str:
        from kiosk.app.screenshots import call

        return str(call(self.nav, "screenName"))


@pytest.fixture
def start_exhibit(qapp: Any, qtbot: Any) -> Iterator[Callable[..., Running]]:
    from PySide6.QtCore import QObject

    from kiosk.app.config import KioskConfig
    from kiosk.app.main import Services, make_engine

    started: list[Running] = []

    def start(
        content: Path | None,
        size: tuple[int, int] = (1920, 1080),
        manifest: bool = True,
        **cfg: Any,
    ) -> Running:
        """A running exhibit on ``content``. A database a test changed on purpose gets a
        fresh checksum file (as a build would write) unless ``manifest=False``."""
        from kiosk.content.repository import file_sha256

        cfg.setdefault("fullscreen", False)
        if manifest and content is not None and content.is_file():
            sidecar = content.with_name(content.name + ".sha256")
            if not sidecar.exists():
                sidecar.write_text(f"{file_sha256(content)}  {content.name}\n", encoding="ascii")
        services = Services(content, KioskConfig(**cfg))
        services.admin.set_hold_seconds(1.0)  # the staff corner: 3 s on a kiosk
        engine = make_engine(services)
        window = engine.rootObjects()[0]
        window.resize(*size)
        qtbot.waitExposed(window)
        nav = window.findChild(QObject, "navigator")
        running = Running(services, engine, window, nav)
        started.append(running)
        return running

    yield start
    from PySide6.QtCore import QCoreApplication, QEvent

    for r in started:
        r.services.idle.armed = False
        r.window.close()
        r.engine.deleteLater()
    # destroy the engines (and their timers) before the Python services they talk to
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
