"""Publishing content to kiosks: checked, complete files only, switched in one atomic step.

A kiosk content folder holds::

    versions/0007-3fa2c1d0b9e4.db      each published database (never changed again)
    versions/0007-3fa2c1d0b9e4.db.sha256
    CURRENT                            "versions/0007-3fa2c1d0b9e4.db <sha256>"

Publishing writes a new version beside the old ones, fsyncs it, and then replaces
CURRENT with ``os.replace``: the file name and its checksum change together, in one
step, on Linux and on Windows alike (where an open database cannot be renamed over).
A kiosk verifies the checksum before it switches; a crash at any moment leaves CURRENT
naming a complete, verified database: the old one or the new one.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import schema
from .repository import ContentError, Repository, file_sha256

POINTER = "CURRENT"
VERSIONS = "versions"
Progress = Callable[[str], None]


class PublishError(Exception):
    """The database cannot be published; nothing in the target folder changed."""


@dataclass(frozen=True)
class Version:
    number: int
    path: Path
    sha256: str
    content_version: str
    current: bool


def sha256_of(path: Path) -> str:
    return file_sha256(path)


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return  # directory handles cannot be fsynced on Windows
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_VERSION = re.compile(r"^[0-9a-f]{12}$")


def _write_atomic(path: Path, data: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(tmp, "w", encoding="ascii") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def current(folder: Path) -> tuple[Path, str] | None:
    """The published database a kiosk should use, and its checksum (None if none yet)."""
    pointer = Path(folder) / POINTER
    try:
        name, digest = pointer.read_text(encoding="ascii").split()
    except (OSError, ValueError):
        return None
    path = (Path(folder) / name).resolve()
    if not path.is_relative_to(Path(folder).resolve()):
        return None
    return path, digest


def verify(path: Path, digest: str) -> Repository:
    """Open a published database only if it is intact; raise ContentError otherwise."""
    if not path.exists():
        raise ContentError("missing", f"{path.name} is missing")
    if sha256_of(path) != digest:
        raise ContentError("checksum", f"{path.name} does not match its published checksum")
    return Repository.open(path)


def versions(folder: Path) -> list[Version]:
    vdir = Path(folder) / VERSIONS
    now = current(folder)
    out = []
    for db in sorted(vdir.glob("*.db")) if vdir.is_dir() else []:
        try:
            number = int(db.stem.split("-")[0])
            digest = (db.parent / (db.name + ".sha256")).read_text(encoding="ascii").split()[0]
        except (ValueError, OSError, IndexError):
            continue
        out.append(
            Version(
                number, db, digest, db.stem.split("-", 1)[-1], bool(now and now[0] == db.resolve())
            )
        )
    return out


def publish(
    db: Path,
    folder: Path,
    keep: int = 5,
    progress: Progress = lambda _m: None,
    check: Callable[[Path], list[str]] | None = None,
) -> Version:
    """Publish ``db`` into a kiosk content folder; return the new current version.

    ``check`` returns the problems that forbid publishing (the content rules); the file
    must also pass ``PRAGMA integrity_check`` and open as an exhibit database.
    """
    db, folder = Path(db), Path(folder)
    progress(f"checking {db.name}")
    try:
        Repository.open(db).close()
    except ContentError as exc:
        raise PublishError(str(exc)) from exc
    problems = check(db) if check else []
    if problems:
        raise PublishError(f"{len(problems)} content problem(s), first: {problems[0]}")
    src = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        ok = src.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            raise PublishError(f"{db.name} fails the integrity check: {ok}")
        content_version = src.execute(
            "SELECT value FROM meta WHERE key = 'content_version'"
        ).fetchone()[0]
        if not isinstance(content_version, str) or not _VERSION.match(content_version):
            # it becomes part of a file name: only what a build writes is accepted
            raise PublishError(f"{db.name} has a content version no build writes")
        vdir = folder / VERSIONS
        vdir.mkdir(parents=True, exist_ok=True)
        number = max((v.number for v in versions(folder)), default=0) + 1
        final = vdir / f"{number:04d}-{content_version}.db"
        tmp = vdir / f".{final.name}.part-{os.getpid()}"
        tmp.unlink(missing_ok=True)
        progress(f"writing {final.name}")
        try:
            src.execute("VACUUM INTO ?", (str(tmp),))
            conn = sqlite3.connect(tmp)
            try:
                conn.execute("PRAGMA journal_mode = DELETE")
                if conn.execute("PRAGMA user_version").fetchone()[0] != schema.SCHEMA_VERSION:
                    raise PublishError("the copy lost its schema version")
            finally:
                conn.close()
            with open(tmp, "rb") as fh:
                os.fsync(fh.fileno())
            digest = sha256_of(tmp)
            os.replace(tmp, final)
            _write_atomic(final.with_name(final.name + ".sha256"), f"{digest}  {final.name}\n")
            _fsync_dir(vdir)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
    finally:
        src.close()
    progress("switching kiosks to the new version")
    _write_atomic(folder / POINTER, f"{VERSIONS}/{final.name} {digest}\n")
    _prune(folder, keep)
    progress(f"published version {number} ({content_version})")
    return next(v for v in versions(folder) if v.number == number)


def _prune(folder: Path, keep: int) -> None:
    """Keep the newest ``keep`` versions (never the current one)."""
    for v in versions(folder)[:-keep] if keep > 0 else []:
        if v.current:
            continue
        for path in (v.path, v.path.with_name(v.path.name + ".sha256")):
            path.unlink(missing_ok=True)


def rollback(folder: Path, number: int | None = None) -> Version:
    """Point kiosks back at an earlier version (the one before the current by default)."""
    known = versions(folder)
    now = next((v for v in known if v.current), None)
    if number is None:
        earlier = [v for v in known if now is None or v.number < now.number]
        if not earlier:
            raise PublishError("there is no earlier version to roll back to")
        target = earlier[-1]
    else:
        target = next((v for v in known if v.number == number), None)  # type: ignore[assignment]
        if target is None:
            raise PublishError(f"there is no version {number}; see 'kiosk content history'")
    try:
        verify(target.path, target.sha256).close()
    except ContentError as exc:
        raise PublishError(f"version {target.number} is damaged: {exc}") from exc
    _write_atomic(Path(folder) / POINTER, f"{VERSIONS}/{target.path.name} {target.sha256}\n")
    return next(v for v in versions(folder) if v.number == target.number)
