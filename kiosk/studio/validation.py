"""Live validation off the window's thread: after a pause in editing, the content checks
run on a worker thread; a newer edit makes an older result stale (it is dropped)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from kiosk.content.studio import Issue, Project, Validator

PAUSE_MS = 600


class _Relay(QObject):
    done = Signal(int, list)


class _Run(QRunnable):
    def __init__(
        self,
        validator: Validator,
        texts: dict[str, str],
        known: set[str],
        generation: int,
        relay: _Relay,
    ) -> None:
        super().__init__()
        self.args = (validator, texts, known, generation, relay)

    def run(self) -> None:
        validator, texts, known, generation, relay = self.args
        try:
            issues = validator.run(texts, known)
        except Exception as exc:  # a bug in a check: say so rather than hang
            issues = [Issue("error", f"the checks could not run: {exc}", "studio")]
        relay.done.emit(generation, issues)


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
        self.validator = Validator(project.root)
        self.issues: list[Issue] = []
        self._generation = 0
        self._running = False
        self._again = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
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
        texts, known = self.project.snapshot(), set(self.project.items)
        self._pool.start(_Run(self.validator, texts, known, self._generation, self._relay))

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
        self._pool.waitForDone(60_000)
        self.validator.close()
