"""Build, compare, publish and roll back from the studio with the CLI's own functions
(``kiosk content build | diff | publish | history | rollback``)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .. import build, diff, loader, publish
from ..checks import Problem

Progress = Callable[[str], None]


@dataclass
class Candidate:
    """A database built from the saved sources, ready to compare and publish."""

    db: Path
    warnings: list[Problem]
    changes: list[diff.Change]
    _tmp: tempfile.TemporaryDirectory[str]

    def report(self) -> list[str]:
        return list(diff.report(self.changes))

    def close(self) -> None:
        self._tmp.cleanup()


class PublishRefused(Exception):
    """The content cannot be published; the kiosks keep what they have."""

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


def prepare(src: Path, kiosks: Path, progress: Progress = lambda _m: None) -> Candidate:
    """Build the saved sources and compare them with what the kiosks run now."""
    tmp = tempfile.TemporaryDirectory(prefix="kiosk-publish-")
    db = Path(tmp.name) / "content.db"
    try:
        warnings = build.build(src, db, progress)
    except loader.SourceError as exc:
        tmp.cleanup()
        raise PublishRefused(str(exc), [Problem(exc.where, exc.message)]) from exc
    except build.BuildError as exc:
        tmp.cleanup()
        raise PublishRefused(
            f"{len(exc.problems)} error(s) stop the publish; fix them first", exc.problems
        ) from exc
    now = publish.current(kiosks) if kiosks.is_dir() else None
    if now is not None and now[0].exists():
        progress("comparing with what the kiosks run now")
        changes = diff.diff(now[0], db)
    else:
        changes = [diff.Change("everything", "all", "added", "the first version")]
    return Candidate(db, warnings, changes, tmp)


def publish_candidate(
    c: Candidate, kiosks: Path, progress: Progress = lambda _m: None
) -> publish.Version:
    kiosks.mkdir(parents=True, exist_ok=True)
    try:
        return publish.publish(c.db, kiosks, progress=progress, check=publish.rule_problems)
    except publish.PublishError as exc:
        raise PublishRefused(f"{exc}; the kiosks keep the version they have") from exc


def history(kiosks: Path) -> list[publish.Version]:
    return publish.versions(kiosks) if kiosks.is_dir() else []


def rollback(kiosks: Path, number: int | None = None) -> publish.Version:
    try:
        return publish.rollback(kiosks, number)
    except publish.PublishError as exc:
        raise PublishRefused(str(exc)) from exc
