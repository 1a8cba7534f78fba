"""The studio's slow work in a process of its own: the content checks and the preview's
build are pure Python and would otherwise hold the window's interpreter while the
curator types. Each worker process keeps its private copies of the folder between calls.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from .validate import Issue, Validator

_copies: dict[tuple[str, bool], Validator] = {}


def _validator(root: str, images: bool, scratch: str) -> Validator:
    key = (root, images)
    if key not in _copies:
        _copies[key] = Validator(Path(root), images=images, scratch=Path(scratch))
    return _copies[key]


def validate(root: str, scratch: str, texts: dict[str, str], known: set[str]) -> list[Issue]:
    """The problems of the folder with ``texts`` laid over it (see Validator.run); the
    copy is made under ``scratch``, which the window removes when it closes."""
    try:
        return _validator(root, False, scratch).run(texts, known)
    except Exception as exc:  # a bug in a check: said, not raised into the window
        return [Issue("error", f"the checks could not run: {exc}", "studio")]


def build(root: str, scratch: str, texts: dict[str, str], out: str) -> str:
    """Build a preview database; "" when built, else why not (in words)."""
    from .. import build as building
    from .. import loader

    try:
        _validator(root, True, scratch).build(texts, Path(out))
    except building.BuildError as exc:
        return f"{len(exc.problems)} error(s): {exc.problems[0]}"
    except loader.SourceError as exc:
        return str(exc)
    except Exception as exc:  # the preview must never take the studio down
        return f"the preview could not be built: {exc}"
    return ""


class Worker:
    """One worker process, started fresh (not forked from a process running Qt), whose
    results are handed to ``deliver`` until ``stop``: after that, a result (or the
    failure that stopping causes) is dropped, never delivered to a closed window."""

    def __init__(self) -> None:
        self._pool = ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context("spawn")
        )
        self._lock = threading.Lock()
        self._stopped = False

    def submit(
        self, deliver: Callable[[Any, str], None], fn: Callable[..., Any], *args: Any
    ) -> None:
        """Run ``fn(*args)`` in the worker; ``deliver(result, "")`` or, if it failed,
        ``deliver(None, why)`` runs on the pool's thread."""

        def done(f: Future[Any]) -> None:
            with self._lock:  # stop() waits for a delivery under way, then none follows
                if self._stopped:
                    return
                try:
                    result, error = f.result(), ""
                except Exception as exc:  # the process died
                    result, error = None, str(exc) or type(exc).__name__
                deliver(result, error)

        with self._lock:
            if self._stopped:
                return
            future = self._pool.submit(fn, *args)
        future.add_done_callback(done)

    def stop(self) -> None:
        """End the worker now: a check still running is of no use to a closed window."""
        with self._lock:
            self._stopped = True
        procs = list(getattr(self._pool, "_processes", {}).values())  # no API for this
        self._pool.shutdown(wait=False, cancel_futures=True)
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.join(timeout=10)
