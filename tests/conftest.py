"""Shared fixtures: offscreen Qt, small and real content databases, a running exhibit."""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# the exhibit's state folder (logs, status, the databases whose texts passed their
# checks) is the test run's own, never the developer's
_STATE = tempfile.mkdtemp(prefix="kiosk-test-state-")
os.environ["XDG_STATE_HOME"] = _STATE
atexit.register(shutil.rmtree, _STATE, ignore_errors=True)

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_SOURCES = Path(__file__).resolve().parent / "fixtures" / "content"
REAL_SOURCES = ROOT / "assets" / "content"
REAL_DB = ROOT / "content.db"

# Speed is measured in benchmarks/, never by a test's clock: no deadline for an example,
# which a busy machine (or a parallel run) would otherwise break now and then.
settings.register_profile("suite", deadline=None)
settings.load_profile("suite")


def pytest_configure(config: pytest.Config) -> None:
    """Compile stale interface translations once, before any test (or any parallel
    worker) starts: the app never compiles them itself, and an exhibit that meets a
    stale .qm logs a warning, which would fail its test."""
    if not hasattr(config, "workerinput"):  # the main process, not a worker
        import contextlib
        import subprocess

        from kiosk.app import i18n

        # where this fails, the exhibit says so in a logged warning ("run 'kiosk i18n
        # build'"), which fails the test that switched language
        with contextlib.suppress(OSError, subprocess.CalledProcessError):
            i18n.build()


# Test files whose tests share one module-scoped fixture too costly to make twice: in a
# parallel run each goes to one worker as a whole.
TOGETHER = ("tests/ui/test_museum_walk.py",)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The walk of the real content first, then the other slow tests, then the rest:
    when the suite runs in parallel, no long test starts last and runs on alone."""

    def rank(item: pytest.Item) -> int:
        if item.nodeid.split("::")[0] in TOGETHER:
            return 0
        return 1 if item.get_closest_marker("slow") is not None else 2

    items.sort(key=rank)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """Load scheduling, one test at a time, except that each file of ``TOGETHER`` is one
    unit (xdist's own ``xdist_group`` marks have no effect with pytest 9.2)."""
    from xdist.scheduler import LoadScopeScheduling

    class Scheduling(LoadScopeScheduling):  # type: ignore[misc]
        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::")[0]
            return path if path in TOGETHER else nodeid

    return Scheduling(config, log)


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


STUDIO_DE_FILE = "translations/de/01-north.po"


@pytest.fixture
def studio_sources(sources: Path) -> Path:
    """The small content with German added and its PO files exported, one text
    translated (reviewed): what the studio's tests edit."""
    from kiosk.content import loader, translations

    with open(sources / "languages.yaml", "a", encoding="utf-8") as fh:
        fh.write("- code: de\n  name: Deutsch\n  direction: ltr\n")
    translations.export(sources, loader.load(sources), "de")
    po = sources / STUDIO_DE_FILE
    po.write_text(
        po.read_text(encoding="utf-8").replace(
            'msgid "Deportations of June 1941"\nmsgstr ""',
            'msgid "Deportations of June 1941"\nmsgstr "Deportationen im Juni 1941"',
            1,
        ),
        encoding="utf-8",
    )
    return sources


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
def real_content(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The real content as read from its sources, once per test run (read-only use): in a
    parallel run the first worker to need it reads it (seconds of YAML, dates and
    translations) and leaves a copy for the others, which wait for it rather than read
    the same files again."""
    import fcntl
    import pickle

    from kiosk.content import loader

    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return loader.load(REAL_SOURCES)
    # the run's own folder (each worker has its own below it): gone with the run
    shared = tmp_path_factory.getbasetemp().parent
    copy = shared / "real-content.pickle"
    with open(shared / "real-content.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one reads, the others wait
        if copy.exists():
            return pickle.loads(copy.read_bytes())
        content = loader.load(REAL_SOURCES)
        partial = copy.with_suffix(".partial")
        partial.write_bytes(pickle.dumps(content, protocol=pickle.HIGHEST_PROTOCOL))
        partial.replace(copy)
        return content


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    """A QApplication (a QGuiApplication with widgets): the exhibit's screens run in it
    as in a QGuiApplication, and the studio's window needs it. One per process, so
    every test gets the same kind."""
    from PySide6.QtWidgets import QApplication

    return QApplication


@dataclass
class Running:
    services: Any
    engine: Any
    window: Any
    nav: Any

    def screen(self) -> str:
        from kiosk.app.screenshots import call

        return str(call(self.nav, "screenName"))


def open_exhibit(
    content: Path | None,
    size: tuple[int, int] = (1920, 1080),
    manifest: bool = True,
    stats_file: Path | None = None,
    classroom: bool = False,
    **cfg: Any,
) -> Running:
    """A running exhibit on ``content``. A database a test changed on purpose gets a
    fresh checksum file (as a build would write) unless ``manifest=False``; usage
    figures are counted into ``stats_file`` when one is given; ``classroom`` opens it in
    classroom mode. Close it with ``close_exhibits``."""
    from PySide6.QtCore import QObject

    from kiosk.app.config import KioskConfig
    from kiosk.app.main import Services, make_engine
    from kiosk.content.repository import file_sha256

    cfg.setdefault("fullscreen", False)
    if manifest and content is not None and content.is_file():
        sidecar = content.with_name(content.name + ".sha256")
        if not sidecar.exists():
            sidecar.write_text(f"{file_sha256(content)}  {content.name}\n", encoding="ascii")
    services = Services(
        content,
        KioskConfig(**cfg),
        stats_file=stats_file,
        speech_engine="mock",
        classroom=classroom,
    )
    services.admin.set_hold_seconds(1.0)  # the staff corner: 3 s on a kiosk
    engine = make_engine(services)
    window = engine.rootObjects()[0]
    window.resize(*size)
    nav = window.findChild(QObject, "navigator")
    return Running(services, engine, window, nav)


def close_exhibits(qapp: Any, started: list[Running]) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    for r in started:
        r.services.translations.install("en")  # the translator is the application's
        r.services.stats.close()
        r.services.idle.armed = False
        r.window.close()
        r.engine.deleteLater()
    # destroy the engines (and their timers) before the Python services they talk to
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.fixture
def start_exhibit(qapp: Any) -> Iterator[Callable[..., Running]]:
    """Start exhibits (``open_exhibit``'s arguments) that are closed after the test."""
    started: list[Running] = []

    def start(content: Path | None, *args: Any, **kwargs: Any) -> Running:
        running = open_exhibit(content, *args, **kwargs)
        started.append(running)
        return running

    yield start
    close_exhibits(qapp, started)
