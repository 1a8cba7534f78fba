"""Start-up: create the application, load the QML module, fail fast when it did not load."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QLibraryInfo, QMetaObject, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk import paths
from kiosk.content.publish import PassedChecks

from . import logs
from .access import Access
from .care import Care
from .classroom import Classroom
from .config import ConfigError, KioskConfig, load_config
from .exhibit import Exhibit, sweep_media_folders
from .i18n import Translations
from .maps import PeriodMapView  # noqa: F401 - registers the map screen's view model
from .session import Admin, Idle, Opening
from .sources import Sources
from .speech import Recording, Speech
from .stats import Stats
from .timeline import Timeline
from .updates import ContentWatcher, resolve
from .views import View  # noqa: F401 - registers the screens' view models with QML

if TYPE_CHECKING:
    from . import status
    from .lockdown import KeepInFront

log = logging.getLogger(__name__)

# the QML module ``Kiosk``: the screens, and the Python types registered under the same URI
QML_MODULE = "Kiosk"
QML_IMPORT_PATH = paths.QML_IMPORT_PATH
QML_DIR = QML_IMPORT_PATH / QML_MODULE
# in the state folder: the checksums of the databases whose texts passed their checks
PASSED_CHECKS_FILE = "checked-content.txt"


class Services(QObject):
    """The Python objects one QML engine talks to, kept alive together."""

    def __init__(
        self,
        content: Path | None,
        config: KioskConfig,
        preview: bool = False,
        stats_file: Path | None = None,
        speech_engine: str | None = None,
        classroom: bool = False,
        state_folder: Path | None = None,
    ) -> None:
        """``stats_file``: where the usage figures are counted (None: nothing is);
        ``speech_engine``: Qt's text-to-speech engine (None: the system's; "mock" in
        tests only); ``classroom``: classroom mode (lesson paths, no idle reset,
        classroom profile); ``state_folder``: where the kiosk remembers which databases
        passed the checks of their texts (default: the folder of its logs)."""
        super().__init__()
        self.config = config
        folder = content if content is not None and content.is_dir() else None
        checksum = None
        passed = PassedChecks((state_folder or logs.log_folder()) / PASSED_CHECKS_FILE)
        if content is not None:
            content, checksum = resolve(content, passed)
        self.care = Care(config.profile, config.gated_tags, parent=self)
        self.translations = Translations(parent=self)
        # the database's checksum and texts are checked while the screens load (the
        # first frame waits for them: make_engine)
        self.exhibit = Exhibit(
            content, config, preview, care=self.care, translations=self.translations,
            parent=self, checksum=checksum, verify_meanwhile=True, passed=passed,
        )  # fmt: skip
        self.sources = Sources(self.exhibit, parent=self)
        self.timeline = Timeline(self.exhibit, parent=self)
        # a publish folder: switch to new versions at the idle reset
        self.watcher = ContentWatcher(folder, self.exhibit, parent=self) if folder else None
        self.exhibit.sessionReset.connect(self.timeline.clearFilters)
        self.idle = Idle(int(config.idle_timeout * 1000), int(config.countdown * 1000), parent=self)
        self.admin = Admin(
            config.admin_pin_hash, kiosk_mode=config.fullscreen, parent=self, info=self.staff_info
        )
        self.exhibit.sessionReset.connect(self.admin.reset)  # nothing staff left open
        counter = None
        if stats_file is not None:
            from kiosk.stats.counter import Counter
            from kiosk.stats.store import StatsStore

            counter = Counter(StatsStore(stats_file))
        self.stats = Stats(counter, parent=self)
        # before the screens load: the idle reset reaches the counter before the reset
        self.stats.attach(self.exhibit, self.care, self.idle)
        self.classroom = Classroom(
            self.exhibit, self.care, self.idle, active=classroom, parent=self
        )
        self.opening = Opening(config.schedule, parent=self)
        self.access = Access(config, parent=self)
        self.exhibit.sessionReset.connect(self.access.reset)
        self.access.inUseChanged.connect(self._access_in_use)
        self.speech = Speech(
            config.speech, speech_engine, language=lambda: str(self.exhibit.language),
            text_language=self._text_language, parent=self,
            recordings=(self._find_recording, self._has_recording),
        )  # fmt: skip
        self.exhibit.languageChanged.connect(self.speech.languageChanged)
        self.exhibit.statusChanged.connect(self.speech.stop)
        self.exhibit.sessionReset.connect(self.speech.reset)
        self.speech.usedChanged.connect(self._access_in_use)
        self.speech.speakingChanged.connect(self._speaking)
        self.opening.openChanged.connect(self._opening_changed)
        self.admin.reloadRequested.connect(self.reload)
        self._content = content if folder is None else folder
        self._started = time.monotonic()
        self._started_at = time.time()

    def _access_in_use(self) -> None:
        self.idle.set_extended(self.access.in_use() or self.speech.was_used())

    def _speaking(self) -> None:
        self.idle.hold(self.speech.holds_idle())

    def _recording_of(self, items: list[str], lang: str) -> tuple[str, str] | None:
        repo = self.exhibit.repository if self.exhibit.ready else None
        for item in items:
            kind, _, ref = item.partition(":")
            found = repo.recording(kind, ref, lang) if repo is not None and ref else None
            if found is not None:
                return found
        return None

    def _has_recording(self, items: list[str], lang: str) -> bool:
        return self._recording_of(items, lang) is not None

    def _find_recording(self, items: list[str], lang: str) -> Recording | None:
        found = self._recording_of(items, lang)
        repo = self.exhibit.repository if self.exhibit.ready else None
        if found is None or repo is None:
            return None
        data = repo.recording_data(found[0])
        if not data:
            return None
        return Recording(found[0], found[1], data, repo.recording_cues(found[0]))

    def _text_language(self, text: str, wanted: str) -> str:
        from kiosk.content.speech import text_language

        repo = self.exhibit.repository if self.exhibit.ready else None
        return text_language(repo.conn, text, wanted) if repo is not None else wanted

    def _opening_changed(self) -> None:
        # closing time ends any visit; opening time starts on the attract screen
        self.idle.set_armed(False)
        self.exhibit.resetSession()

    def reload(self) -> None:
        """Open the content again, as at start-up (staff asked for it)."""
        if self._content is None:
            return
        path, checksum = resolve(self._content, self.exhibit.passed_checks)
        self.exhibit.open(path, checksum)

    def staff_info(self) -> list[dict[str, str]]:
        """What staff see on the panel: which content, since when, what went wrong."""
        ex, cfg = self.exhibit, self.config
        repo = ex.repository if ex.ready else None
        rows = [
            ("Kiosk", cfg.kiosk_name or "(no name set)"),
            ("Content version", repo.meta.get("content_version", "?") if repo else "none"),
            (
                "Content file",
                f"{repo.path.name}, {_date(repo.path)}" if repo else str(ex.errorMessage),
            ),
            ("Running for", _duration(time.monotonic() - self._started)),
            ("Profile", str(self.care.profile)),
            ("Idle reset after", f"{cfg.idle_timeout:g} s + {cfg.countdown:g} s countdown"),
        ]
        errors = logs.recent_errors()
        rows += [("Last error", e) for e in errors[-3:]] or [("Last errors", "none")]
        return [{"label": k, "value": v} for k, v in rows]

    def status(self) -> dict[str, object]:
        """What the status file says about this kiosk (no visitor data)."""
        from . import status

        repo = self.exhibit.repository if self.exhibit.ready else None
        errors = logs.recent_errors()
        if not self.opening.open:
            state = "closed"
        else:
            state = "showing" if repo is not None else "maintenance"
        return {
            "kiosk": self.config.kiosk_name,
            "state": state,
            "content_version": repo.meta.get("content_version") if repo else None,
            "content_file": repo.path.name if repo else None,
            "started": status.utc(self._started_at),
            "uptime_s": int(time.monotonic() - self._started),
            "last_error": errors[-1] if errors else (self.exhibit.errorMessage or None),
        }

    def install(self) -> None:
        self.exhibit.install()
        self.care.install()
        self.sources.install()
        self.timeline.install()
        self.idle.install()
        self.admin.install()
        self.opening.install()
        self.stats.install()
        self.access.install()
        self.speech.install()
        self.classroom.install()


def _date(path: Path) -> str:
    try:
        return time.strftime("%Y-%m-%d %H:%M", time.localtime(path.stat().st_mtime))
    except OSError:
        return "?"


def _duration(seconds: float) -> str:
    hours, rest = divmod(int(seconds), 3600)
    return f"{hours} h {rest // 60} min" if hours else f"{rest // 60} min {rest % 60} s"


FONTS_DIR = paths.FONTS_DIR


def load_fonts(folder: Path = FONTS_DIR) -> list[str]:
    """Register the bundled fonts (Noto: Latin, Cyrillic, Arabic script, Japanese)."""
    from PySide6.QtGui import QFontDatabase

    families: list[str] = []
    for path in sorted(folder.glob("*.[ot]tf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path.name)
            continue
        families += QFontDatabase.applicationFontFamilies(font_id)
    return sorted(set(families))


def register_print_this() -> None:
    """Register "Print this" (``HandoutView``) with QML: the handout module is the
    largest the exhibit imports, and only the chapter and event screens use it. Imported
    once the first frame is drawn, while the attract screen shows; the chapter and
    event screens make sure of it before they load (``Exhibit.openChapter``,
    ``Exhibit.hasEvent``)."""
    from . import handout  # noqa: F401 - @QmlElement registers it


def after_first_frame(window: QObject) -> None:
    """What start-up leaves for after the first frame: "Print this", then the chapter
    screen the navigator keeps for every chapter (made in the background; it shows
    "Print this", so only now)."""
    register_print_this()
    navigator = window.findChild(QObject, "navigator")
    if navigator is not None:
        QMetaObject.invokeMethod(navigator, "keepChapterScreen")


def make_engine(services: Services) -> QQmlApplicationEngine:
    """An engine that imports only our module and Qt's own, with our services installed."""
    import PySide6.QtQuick  # noqa: F401 - root objects become QQuickWindows

    services.install()
    load_fonts()
    engine = QQmlApplicationEngine()
    services.translations.attach(engine)
    # Qt's own modules (compiled-in resources and its install folder) and ours, nothing
    # else: not the interpreter's folder, not QML_IMPORT_PATH.
    engine.setImportPathList(
        [
            "qrc:/qt-project.org/imports",
            "qrc:/qt/qml",
            QLibraryInfo.path(QLibraryInfo.LibraryPath.QmlImportsPath),
            str(QML_IMPORT_PATH),
        ]
    )
    engine.loadFromModule(QML_MODULE, "Main")
    if not engine.rootObjects():
        raise RuntimeError("the exhibit's screens (QML) failed to load; see the messages above")
    # nothing is drawn before the content's checks have passed: if one failed, the
    # maintenance screen replaces the attract screen before the first frame
    services.exhibit.confirm()
    window = engine.rootObjects()[0]
    services.idle.watch(window)

    # once, and without Qt.ConnectionType (no Qt namespace before the first frame: lean.py)
    def first_frame() -> None:
        window.frameSwapped.disconnect(first_frame)  # type: ignore[attr-defined]
        QTimer.singleShot(0, lambda: after_first_frame(window))

    window.frameSwapped.connect(first_frame)  # type: ignore[attr-defined]
    services.access.watch(window)
    services.admin.watch(window)  # the staff gesture
    return engine


def watch_status(
    services: Services, window: QQuickWindow | None, path: Path, interval_ms: int = 60_000
) -> status.StatusWriter:
    """Write the status file now, every minute, and whenever the content changes."""
    from . import status

    writer = status.StatusWriter(services.status, window, path, interval_ms, parent=services)
    services.exhibit.statusChanged.connect(writer.write)
    if services.watcher is not None:
        services.watcher.refused.connect(lambda _why: writer.write())
    writer.start()
    return writer


def lock_down(window: QQuickWindow, config: KioskConfig) -> KeepInFront | None:
    """A kiosk's window stays full screen and in front (a teacher's window is left alone)."""
    if not config.fullscreen:
        return None
    from .lockdown import KeepInFront

    return KeepInFront(window, parent=window)


def has_display() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.startswith(("offscreen", "minimal", "vnc", "eglfs", "linuxfb", "wayland")):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def run(
    content: Path,
    windowed: bool = False,
    size: tuple[int, int] | None = None,
    config_path: Path | None = None,
    profile: str | None = None,
    preview: bool = False,
    maintenance: bool = False,
    classroom: bool = False,
    fullscreen: bool = False,
) -> int:
    logs.start_logging()
    sweep_media_folders()
    if not has_display():
        print(
            "kiosk: no display found (DISPLAY is not set); cannot open the exhibit", file=sys.stderr
        )
        return 2
    try:
        config = load_config(config_path)
        if windowed:
            config.fullscreen = False
        if profile:
            config.profile = profile
        if classroom:
            # a laptop and a projector: windowed unless asked, the classroom profile always
            config.fullscreen = fullscreen
            config.profile = "classroom"
    except ConfigError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 2
    if config.fullscreen:
        # a kiosk types on the exhibit's own keyboard, never the system's
        os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    app = QGuiApplication(sys.argv)
    app.setApplicationName("Soviet war crimes exhibit")
    # usage figures beside the logs; never for a curator's preview or a paused exhibit
    # nor for a lesson: a teacher's laptop is not a museum's kiosk, a lesson not a visit
    counting = config.usage_figures and not preview and not maintenance and not classroom
    from kiosk.stats.store import FILE_NAME as STATS_FILE

    stats_file = logs.log_folder() / STATS_FILE if counting else None
    services = Services(
        None if maintenance else content, config, preview, stats_file, classroom=classroom
    )
    if maintenance:
        services.exhibit.refuse(
            "maintenance",
            "The exhibit stopped several times in a row and is paused. Staff: see kiosk.log "
            "in the exhibit's log folder, then restart the exhibit's service.",
        )
    try:
        engine = make_engine(services)
    except RuntimeError as exc:
        print(f"kiosk: {exc}", file=sys.stderr)
        return 1
    window = cast(QQuickWindow, engine.rootObjects()[0])
    if size and not config.fullscreen:
        window.resize(*size)
    services.admin.exitRequested.connect(app.quit)
    from .watchdog import Watchdog, end_cleanly_on_signals, notify, watchdog_interval_ms

    keep = (Watchdog(window, watchdog_interval_ms(), parent=app), end_cleanly_on_signals(app))
    front = lock_down(window, config)
    from .status import status_path

    writer = watch_status(services, window, status_path())
    code = app.exec()
    notify("STOPPING=1")
    writer.stop()
    services.stats.close()  # the last counts, and a clean end
    del keep, front
    return code
