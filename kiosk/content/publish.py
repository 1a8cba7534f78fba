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
import logging
import os
import re
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from . import schema
from .repository import ContentError, Repository, file_sha256

log = logging.getLogger(__name__)

POINTER = "CURRENT"
LOCK = ".publish.lock"
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


class PassedChecks:
    """The databases whose texts have passed ``Repository.check_values``, remembered by
    their SHA-256 in a small file of the kiosk's state folder, so that a kiosk reads
    every text of a database once, not at every start.

    Only the checks of the texts are skipped, and only for the very bytes that passed
    them: a database is hashed at every start and must still match its published
    checksum (any damage since, even one that leaves its size and dates alone, is
    found), and the digest it matched must be remembered under the same rules
    (``Repository.values_rules``: new rules check every database again). Keyed by size,
    date and inode instead, a file damaged in place would be shown unchecked. The file
    is the kiosk's own, beside its logs; whoever can write it can write those too. A file
    that cannot be read or written costs the full check, nothing more."""

    LIMIT = 16  # databases remembered: the current version, the ones before it

    def __init__(self, file: Path) -> None:
        self.file = Path(file)
        self._lock = threading.Lock()

    def _entries(self) -> list[str]:
        try:
            return self.file.read_text(encoding="ascii").split()
        except (OSError, UnicodeDecodeError):
            return []

    def _key(self, digest: str) -> str:
        return f"{Repository.values_rules()[:16]}:{digest.lower()}"

    def __contains__(self, digest: object) -> bool:
        return isinstance(digest, str) and self._key(digest) in self._entries()

    def add(self, digest: str) -> None:
        """Remember that the database of ``digest`` passed, under the current rules."""
        key = self._key(digest)
        with self._lock:
            kept = [e for e in self._entries() if e != key][-(self.LIMIT - 1) :]
            entries = [*kept, key]
            tmp = self.file.with_name(f".{self.file.name}.tmp-{os.getpid()}")
            try:
                self.file.parent.mkdir(parents=True, exist_ok=True)
                tmp.write_text("\n".join(entries) + "\n", encoding="ascii")
                os.replace(tmp, self.file)
            except OSError as exc:
                log.info("could not remember the checked database in %s: %s", self.file, exc)
                with contextlib.suppress(OSError):
                    tmp.unlink()


def verify(path: Path, digest: str, passed: PassedChecks | None = None) -> Repository:
    """Open a published database only if it is intact; raise ContentError otherwise.
    ``passed``: databases whose texts were checked before (``PassedChecks``)."""
    repo, wait = verify_meanwhile(path, digest, passed)
    try:
        wait()
    except BaseException:
        repo.close()
        raise
    return repo


def verify_meanwhile(
    path: Path, digest: str, passed: PassedChecks | None = None
) -> tuple[Repository, Callable[[], None]]:
    """A published database opened for reading (its schema and tables checked), and a
    function that waits for the rest of its checks and raises ContentError if one fails.

    The rest (the checksum, then every text: ``Repository.check_values``, unless
    ``passed`` remembers this checksum as checked under the same rules) runs on a
    second thread meanwhile, on its own connection: hashing and SQLite let go of the
    interpreter, so the caller can load its screens at the same time. Nothing read from
    the database may be shown before the function has returned."""
    if not path.exists():
        raise ContentError("missing", f"{path.name} is missing")
    outcome: list[Exception | None] = []

    def check() -> None:
        try:
            if sha256_of(path) != digest:
                raise ContentError("checksum", f"{path.name} does not match its published checksum")
            if passed is None or digest not in passed:
                conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
                try:
                    Repository.check_values(conn, path)
                finally:
                    conn.close()
                if passed is not None:
                    passed.add(digest)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            outcome.append(ContentError("corrupt", f"{path.name} is damaged: {exc}"))
        except (ContentError, OSError) as exc:
            outcome.append(exc)
        else:
            outcome.append(None)

    worker = threading.Thread(target=check, name="content checks", daemon=True)
    worker.start()

    def wait() -> None:
        worker.join()
        if outcome[0] is not None:
            raise outcome[0]

    try:
        repo = Repository.open(path, sha256=digest, values=False)
    except ContentError as exc:
        worker.join()
        # a damaged file says so, whatever else opening it found
        if isinstance(outcome[0], ContentError) and outcome[0].reason == "checksum":
            raise outcome[0] from exc
        raise
    return repo, wait


@dataclass(frozen=True)
class Choice:
    """The version a kiosk shows, and why any newer one was passed over."""

    path: Path | None
    sha256: str | None
    refused: tuple[str, ...]


def choose(folder: Path, passed: PassedChecks | None = None) -> Choice:
    """CURRENT if it verifies; else the newest older version that does; else none.

    Verifying is the checksum (CURRENT's, or the version's own manifest for an older
    one) and the checks of opening a database. A kiosk calls this at start-up and
    whenever it looks for content again, so a good version published later is found."""
    folder = Path(folder)
    now = current(folder)
    known = sorted(versions(folder), key=lambda v: v.number, reverse=True)
    candidates: list[tuple[Path, str]] = []
    if now is not None:
        candidates.append(now)
        at = next((v.number for v in known if v.path.resolve() == now[0]), None)
        known = [v for v in known if at is None or v.number < at]
    candidates += [(v.path, v.sha256) for v in known]
    refused: list[str] = []
    for path, digest in candidates:
        try:
            verify(path, digest, passed).close()
        except ContentError as exc:
            refused.append(f"{path.name}: {exc}")
            continue
        return Choice(path, digest, tuple(refused))
    return Choice(None, None, tuple(refused))


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


def rule_problems(db: Path) -> list[str]:
    """The content rules' errors in a database (the check before a publish); the CLI
    and the studio both publish with it."""
    from . import checks, export

    try:
        content = export.load_db(db)
    except Exception as exc:
        return [f"{db.name}: cannot be read as exhibit content: {exc}"]
    return [str(p) for p in checks.run(content) if p.severity == "error"]


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
    with _lock(folder):
        _clean_leftovers(folder)
        return _publish(db, folder, keep, progress, check)


@contextlib.contextmanager
def _lock(folder: Path) -> Iterator[None]:
    """One publish or rollback at a time per kiosk folder (two at once could take the
    same version number). The lock is the kernel's: a killed publish releases it."""
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / LOCK, os.O_CREAT | os.O_RDWR, 0o644)
    try:
        if sys.platform == "win32":  # msvcrt locks one byte the same way
            import msvcrt

            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            except OSError as exc:
                raise PublishError("another publish to this folder is running") from exc
        else:
            import fcntl

            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as exc:
                raise PublishError("another publish to this folder is running") from exc
        yield
    finally:
        os.close(fd)


def _clean_leftovers(folder: Path) -> None:
    """Remove what a killed publish left: partial copies, temporary pointers, journals."""
    vdir = folder / VERSIONS
    patterns = [(folder, f".{POINTER}.tmp-*")]
    if vdir.is_dir():
        patterns += [(vdir, ".*.part-*"), (vdir, ".*.tmp-*"), (vdir, "*.db-journal")]
    for where, pattern in patterns:
        for leftover in where.glob(pattern):
            if leftover.is_file() and not leftover.is_symlink():
                leftover.unlink(missing_ok=True)


def _publish(
    db: Path,
    folder: Path,
    keep: int,
    progress: Progress,
    check: Callable[[Path], list[str]] | None,
) -> Version:
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
        broken = src.execute("PRAGMA foreign_key_check").fetchone()
        if broken:
            raise PublishError(
                f"{db.name} has a row in {broken[0]} that points at nothing in {broken[2]}"
            )
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
    with _lock(Path(folder)):
        return _rollback(Path(folder), number)


def _rollback(folder: Path, number: int | None) -> Version:
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
        if exc.reason in ("schema-older", "schema-newer"):
            # content databases are never migrated: one of another schema is built again
            # from its sources (docs/architecture.md, "Schema migrations")
            raise PublishError(
                f"version {target.number} was built for another version of the exhibit: "
                f"{exc}, from the sources it was built from, and publish it"
            ) from exc
        raise PublishError(f"version {target.number} is damaged: {exc}") from exc
    _write_atomic(Path(folder) / POINTER, f"{VERSIONS}/{target.path.name} {target.sha256}\n")
    return next(v for v in versions(folder) if v.number == target.number)


# A version's published name: its number and the content version of its build.
VERSION_NAME = re.compile(r"^[0-9]{4,9}-[0-9a-f]{12}\.db$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Adopted:
    """What :func:`adopt` did: the version now current, and whether CURRENT changed."""

    version: Version
    switched: bool


def adopt(
    copy: Path, folder: Path, digest: str | None = None, name: str | None = None, keep: int = 5
) -> Adopted:
    """Make a database copied onto a kiosk (by rsync, a USB stick, Syncthing) its version.

    ``digest`` is the SHA-256 the publish wrote, best brought separately from the copy
    (the fleet playbook reads it from the publishing folder's CURRENT); without it, the
    checksum file beside the copy is used. The copy must match it and open as an exhibit
    database; only then is it moved into ``versions/`` under its published name (``name``,
    by default the copy's own) with its checksum file, and CURRENT switched to it in one
    atomic step. A copy from elsewhere that fails is deleted (a file already in
    ``versions/`` is left alone) and nothing else changes: the kiosk keeps its version.
    Raises PublishError saying why.
    """
    copy, folder = Path(copy), Path(folder)
    name = copy.name if name is None else name
    if not VERSION_NAME.match(name):
        raise PublishError(f"{name!r} is not a published version's name (NNNN-<version>.db)")
    if copy.is_symlink() or not copy.is_file():
        raise PublishError(f"{copy.name} is not a file")
    if digest is None:
        digest = _manifest(copy)
    digest = digest.strip().lower()
    if not _SHA256.match(digest):
        raise PublishError("the expected checksum is not a SHA-256 (64 hexadecimal digits)")
    with _lock(folder):
        _clean_leftovers(folder)
        return _adopt(copy, folder, digest, name, keep)


def newest(folder: Path) -> Path | None:
    """The newest version in a kiosk folder's ``versions/`` (by number), or None."""
    found = sorted(versions(folder), key=lambda v: v.number)
    return found[-1].path if found else None


def _manifest(copy: Path) -> str:
    try:
        words = copy.with_name(copy.name + ".sha256").read_text(encoding="ascii").split()
    except (OSError, UnicodeDecodeError):
        words = []
    if not words:
        raise PublishError(f"{copy.name} has no checksum file beside it; give the checksum")
    return words[0]


def _adopt(copy: Path, folder: Path, digest: str, name: str, keep: int) -> Adopted:
    vdir = folder / VERSIONS
    final = vdir / name
    in_place = copy.resolve() == final.resolve()
    known = next((v for v in versions(folder) if v.path.name == name), None)
    if known is not None and known.sha256 != digest and not in_place:
        raise PublishError(f"this kiosk already has a different {name}; it keeps its version")
    try:
        got = sha256_of(copy)
        if got != digest:
            raise PublishError(
                f"{name} was damaged on the way (checksum {got[:12]}…, published "
                f"{digest[:12]}…); the kiosk keeps its version"
            )
        try:
            Repository.open(copy).close()
        except ContentError as exc:
            raise PublishError(
                f"{name} cannot be shown ({exc}); the kiosk keeps its version"
            ) from exc
        if in_place:
            if known is None or known.sha256 != digest:
                _write_atomic(final.with_name(name + ".sha256"), f"{digest}  {name}\n")
        elif known is None or not _matches(final, digest):
            # new here, or the kiosk's own copy was damaged on its disk: take this one
            vdir.mkdir(parents=True, exist_ok=True)
            with open(copy, "rb") as fh:
                os.fsync(fh.fileno())
            os.replace(copy, final)
            _write_atomic(final.with_name(name + ".sha256"), f"{digest}  {name}\n")
            _fsync_dir(vdir)
    finally:
        if not in_place:
            copy.unlink(missing_ok=True)  # moved, damaged, or a second copy of what is here
    switched = current(folder) != (final.resolve(), digest)
    if switched:
        _write_atomic(folder / POINTER, f"{VERSIONS}/{name} {digest}\n")
        if not in_place:  # a folder kept in sync is pruned by its sender
            _prune(folder, keep)
    return Adopted(next(v for v in versions(folder) if v.path.name == name), switched)


def _matches(path: Path, digest: str) -> bool:
    try:
        return sha256_of(path) == digest
    except OSError:
        return False
