"""Live validation off the window: after a pause in editing, the content checks run in
a worker process; a newer edit makes an older result stale (it is dropped)."""

from __future__ import annotations

import tempfile

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.content.studio import Issue, Project, worker

PAUSE_MS = 600


class _Relay(QObject):
    done = Signal(int, list)


class LiveValidation(QObject):
    """Signals:
    started: a check began (the problems list says "checking").
    finished: the problems of the latest edits (a list of Issue).
    """

    started = Signal()
    finished = Signal(list)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.issues: list[Issue] = []
        self._generation = 0
        self._running = False
        self._again = False
        self._worker = worker.Worker()
        self._scratch = tempfile.TemporaryDirectory(prefix="kiosk-studio-checks-")
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._timer = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._timer.timeout.connect(self.run_now)

    def schedule(self) -> None:
        """Check after a pause (called on every edit)."""
        self._generation += 1
        self._timer.start()

    def run_now(self) -> None:
        self._timer.stop()
        if self._running:
            self._again = True
            return
        self._running = True
        self.started.emit()
        gen = self._generation

        def deliver(issues: list[Issue] | None, error: str, gen: int = gen) -> None:
            if issues is None:
                issues = [Issue("error", f"the checks could not run: {error}", "studio")]
            self._relay.done.emit(gen, issues)  # reaches the window's thread queued

        self._worker.submit(
            deliver,
            worker.validate,
            str(self.project.root),
            self._scratch.name,
            self.project.snapshot(),
            set(self.project.items),
        )

    def _done(self, generation: int, issues: list[Issue]) -> None:
        self._running = False
        if self._again or generation != self._generation:
            self._again = False
            self.run_now()
            return
        self.issues = issues
        self.finished.emit(issues)

    def close(self) -> None:
        self._timer.stop()
        self._worker.stop()
        self._scratch.cleanup()
