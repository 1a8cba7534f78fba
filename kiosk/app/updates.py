"""The kiosk side of a publish: notice a new version, switch only at the idle reset.

The content folder's CURRENT pointer is checked every few seconds. A new version is
verified (checksum, schema, tables) and opened when the exhibit next resets for a new
visitor, never in front of one; if it fails, the kiosk stays on what it has and logs why.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.content import publish
from kiosk.content.repository import ContentError

from .exhibit import Exhibit

log = logging.getLogger(__name__)


def resolve(content: Path, passed: publish.PassedChecks | None = None) -> tuple[Path, str]:
    """The database to open for ``--content`` and the checksum it must match.

    A publish folder gives its CURRENT version if that verifies, else the newest older
    one that does (each refusal is logged); a plain file (the bundled ``content.db``)
    gives the checksum its build wrote beside it, or "" when there is none. ``passed``:
    the databases whose texts were checked before (``publish.PassedChecks``)."""
    if content.is_dir():
        choice = publish.choose(content, passed)
        for why in choice.refused:
            log.error("content version refused: %s", why)
        if choice.path is not None and choice.sha256 is not None:
            if choice.refused:
                log.warning("showing the older version %s instead", choice.path.name)
            return choice.path, choice.sha256
        found = publish.current(content)
        if found is not None:
            return found  # refused again when opened: the maintenance screen says why
        content = content / "content.db"
    return content, manifest(content)


def manifest(db: Path) -> str:
    """The checksum recorded beside ``db`` by its build ("" if there is none)."""
    try:
        words = db.with_name(db.name + ".sha256").read_text(encoding="ascii").split()
    except (OSError, UnicodeDecodeError):
        return ""
    return words[0].lower() if words else ""


class ContentWatcher(QObject):
    """Watches a publish folder and switches the exhibit at the next reset.

    Signals:
        switched: the exhibit now shows a newly published version.
        refused: a new version failed its checks (the message says why).
    """

    switched = Signal(str)
    refused = Signal(str)

    def __init__(
        self, folder: Path, exhibit: Exhibit, interval_ms: int = 5000, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        self._exhibit = exhibit
        self._loaded = publish.current(folder)
        self._pending: tuple[Path, str] | None = None
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        exhibit.sessionReset.connect(self.apply)

    def check(self) -> None:
        if not self._exhibit.ready:
            # showing the maintenance screen: take any version that verifies, now
            choice = publish.choose(self._folder, self._exhibit.passed_checks)
            path, digest = choice.path, choice.sha256
            if path is not None and digest is not None and self._exhibit.open(path, digest):
                self._loaded, self._pending = (path, digest), None
                log.info("content is back: %s", path.name)
                self.switched.emit(path.name)
            return
        found = publish.current(self._folder)
        if found is not None and found != self._loaded and found != self._pending:
            log.info("new content version waiting for the next reset: %s", found[0].name)
            self._pending = found

    def apply(self) -> None:
        """Switch to the pending version, if it is intact; otherwise keep the current one."""
        self.check()
        if self._pending is None:
            return
        path, digest = self._pending
        self._pending = None
        try:
            publish.verify(path, digest, self._exhibit.passed_checks).close()
        except ContentError as exc:
            log.error("new content refused, staying on the current version: %s", exc)
            self._loaded = (path, digest)  # do not retry a broken file every reset
            self.refused.emit(str(exc))
            return
        if self._exhibit.open(path, digest):
            self._loaded = (path, digest)
            log.info("switched to content %s", path.name)
            self.switched.emit(path.name)
