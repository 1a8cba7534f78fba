"""Publishing: every interruption leaves a complete, valid database in use; rollback works."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from kiosk.content import build, publish, repository, schema
from kiosk.content.repository import ContentError


def _second_version(sources: Path, tmp_path: Path) -> Path:
    """A changed database: same sources, another chapter title."""
    chapter = sources / "chapters" / "02-south.yaml"
    chapter.write_text(
        chapter.read_text().replace("title: The southern region", "title: The south")
    )
    out = tmp_path / "v2.db"
    shutil.copytree(sources / "media", tmp_path / "media", dirs_exist_ok=True)
    build.build(sources, out)
    return out


def in_use(folder: Path) -> str:
    found = publish.current(folder)
    assert found is not None
    repo = publish.verify(*found)
    try:
        return repo.chapter_cards("en")[1].title.text
    finally:
        repo.close()


@pytest.fixture
def published(small_db: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "kiosk"
    publish.publish(small_db, folder)
    return folder


def test_publish_history_and_rollback(published: Path, sources: Path, tmp_path: Path) -> None:
    assert in_use(published) == "The southern region"
    v2 = publish.publish(_second_version(sources, tmp_path), published)
    assert v2.number == 2 and v2.current
    assert in_use(published) == "The south"
    assert [(v.number, v.current) for v in publish.versions(published)] == [(1, False), (2, True)]
    publish.rollback(published)
    assert in_use(published) == "The southern region"
    publish.rollback(published, 2)
    assert in_use(published) == "The south"
    with pytest.raises(publish.PublishError, match="no version 9"):
        publish.rollback(published, 9)


def test_a_rollback_to_a_version_of_an_older_schema_says_to_build_it_again(
    published: Path, sources: Path, tmp_path: Path
) -> None:
    """Content databases are rebuilt from their sources, never migrated: an earlier
    version written for an older schema is refused, with what to do, and the kiosk
    keeps the version it shows."""
    publish.publish(_second_version(sources, tmp_path), published)
    first = publish.versions(published)[0]
    conn = sqlite3.connect(first.path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION - 1}")
    conn.commit()
    conn.close()
    digest = publish.sha256_of(first.path)
    first.path.with_name(first.path.name + ".sha256").write_text(f"{digest}  {first.path.name}\n")
    with pytest.raises(publish.PublishError) as raised:
        publish.rollback(published)
    said = str(raised.value)
    assert "version 1 was built for another version of the exhibit" in said
    assert "kiosk content build" in said and "damaged" not in said
    assert in_use(published) == "The south"


def test_keeps_the_last_versions(small_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "kiosk"
    for _ in range(7):
        publish.publish(small_db, folder, keep=3)
    assert [v.number for v in publish.versions(folder)] == [5, 6, 7]
    assert len(list((folder / "versions").iterdir())) == 6  # a database and its checksum each


def test_published_file_needs_no_journal(published: Path) -> None:
    path, _ = publish.current(published)  # type: ignore[misc]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not list(published.rglob("*-wal")) and not list(published.rglob("*-journal"))


def test_refuses_a_broken_database_and_changes_nothing(published: Path, tmp_path: Path) -> None:
    before = (published / "CURRENT").read_text()
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database" * 100)
    with pytest.raises(publish.PublishError):
        publish.publish(bad, published)
    assert (published / "CURRENT").read_text() == before
    good = published_copy(published, tmp_path)
    with pytest.raises(publish.PublishError, match="content problem"):
        publish.publish(good, published, check=lambda db: ["a rule is broken"])
    assert (published / "CURRENT").read_text() == before


def published_copy(folder: Path, tmp_path: Path) -> Path:
    path, _ = publish.current(folder)  # type: ignore[misc]
    dest = tmp_path / "copy.db"
    shutil.copy(path, dest)
    return dest


@pytest.mark.parametrize("step", ["vacuum", "fsync", "replace-version", "write-checksum", "switch"])
def test_interrupted_at_every_step_leaves_a_complete_database(
    published: Path, sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    v2 = _second_version(sources, tmp_path)
    real_replace, real_fsync = os.replace, os.fsync
    calls = {"replace": 0}

    class Killed(BaseException):
        pass

    def replace(src: object, dst: object) -> None:
        calls["replace"] += 1
        name = Path(str(dst)).name
        if step == "replace-version" and name.endswith(".db"):
            raise Killed
        if step == "write-checksum" and name.endswith(".sha256"):
            raise Killed
        if step == "switch" and name == publish.POINTER:
            raise Killed
        real_replace(src, dst)  # type: ignore[arg-type]

    def fsync(fd: int) -> None:
        if step == "fsync":
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(publish.os, "replace", replace)
    monkeypatch.setattr(publish.os, "fsync", fsync)
    if step == "vacuum":
        monkeypatch.setattr(
            publish,
            "sha256_of",
            lambda p: (_ for _ in ()).throw(OSError(30, "Read-only file system")),
        )
    with pytest.raises((Killed, OSError)):
        publish.publish(v2, published)
    monkeypatch.undo()
    # whatever happened, the kiosk folder names a complete, intact database: the old one
    assert in_use(published) == "The southern region"
    assert not [p for p in (published / "versions").iterdir() if ".part-" in p.name]


def test_corrupted_new_versions_are_never_used(
    published: Path, sources: Path, tmp_path: Path
) -> None:
    """Damage a just-published file in random places: the checksum catches every one."""
    v2 = publish.publish(_second_version(sources, tmp_path), published)
    pristine = v2.path.read_bytes()
    rng = random.Random(5)
    for _ in range(100):
        damaged = bytearray(pristine)
        start = rng.randrange(0, len(damaged) - 4096)
        for i in range(start, start + rng.choice([1, 16, 4096])):
            damaged[i] ^= 0xFF  # flip every bit of a byte, a run or a whole page
        v2.path.write_bytes(bytes(damaged))
        with pytest.raises(ContentError):
            publish.verify(v2.path, v2.sha256)
    v2.path.write_bytes(pristine)
    publish.verify(v2.path, v2.sha256).close()


def test_choose_skips_damaged_versions_newest_first(
    published: Path, sources: Path, tmp_path: Path
) -> None:
    v2 = publish.publish(_second_version(sources, tmp_path), published)
    assert publish.choose(published).path == v2.path.resolve()
    v2.path.write_bytes(v2.path.read_bytes()[:-100])  # truncated on the disk
    choice = publish.choose(published)
    assert choice.path is not None and choice.path.name.startswith("0001-")
    assert len(choice.refused) == 1 and "0002-" in choice.refused[0]
    for v in publish.versions(published):
        v.path.write_bytes(b"")
    nothing = publish.choose(published)
    assert nothing.path is None and len(nothing.refused) == 2


def test_a_second_publish_at_the_same_time_is_refused(small_db: Path, tmp_path: Path) -> None:
    import fcntl

    folder = tmp_path / "kiosk"
    folder.mkdir()
    with open(folder / publish.LOCK, "w") as held:  # another publish holds the folder
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(publish.PublishError, match="another publish"):
            publish.publish(small_db, folder)
        with pytest.raises(publish.PublishError, match="another publish"):
            publish.rollback(folder)
    assert publish.publish(small_db, folder).number == 1  # released: it goes through


def test_leftovers_of_a_killed_publish_are_cleaned_up(published: Path, small_db: Path) -> None:
    vdir = published / publish.VERSIONS
    leftovers = [
        vdir / ".0002-abc.db.part-4242",
        vdir / ".0002-abc.db.sha256.tmp-4242",
        vdir / "0002-abc.db-journal",
        published / ".CURRENT.tmp-4242",
    ]
    for f in leftovers:
        f.write_bytes(b"half")
    publish.publish(small_db, published)
    assert not [f for f in leftovers if f.exists()]


def test_a_database_with_dangling_references_is_not_published(
    db_copy: Path, tmp_path: Path
) -> None:
    conn = sqlite3.connect(db_copy)
    conn.execute("INSERT INTO section_sources VALUES ('north-deportations', 'nowhere')")
    conn.commit()
    conn.close()
    with pytest.raises(publish.PublishError, match="points at nothing"):
        publish.publish(db_copy, tmp_path / "kiosk")


# -- the checks a kiosk remembers ---------------------------------------------------


def _forge(db: Path, sql: str, *args: str) -> str:
    """Change ``db`` as no build would and write its new checksum beside it (a forged
    manifest); return that checksum."""
    conn = sqlite3.connect(db)
    conn.execute(sql, args)
    conn.commit()
    conn.close()
    digest = publish.sha256_of(db)
    db.with_name(db.name + ".sha256").write_text(f"{digest}  {db.name}\n", encoding="ascii")
    return digest


def _refuse_every_text(conn: sqlite3.Connection, path: Path) -> None:
    raise ContentError("unsafe", f"{path.name}: its texts were read again")


def test_a_database_whose_texts_passed_is_not_read_for_them_again(
    db_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    passed = publish.PassedChecks(tmp_path / "state" / "checked-content.txt")
    digest = publish.sha256_of(db_copy)
    assert digest not in passed
    publish.verify(db_copy, digest, passed).close()
    assert digest in passed
    folder = tmp_path / "kiosk"
    publish.publish(db_copy, folder)  # a publish checks every text, always
    assert publish.choose(folder, passed).path is not None  # the published copy's bytes
    # a check of the texts that would refuse them now: not run for the bytes that passed
    monkeypatch.setattr(repository.Repository, "check_values", staticmethod(_refuse_every_text))
    publish.verify(db_copy, digest, passed).close()
    assert publish.choose(folder, passed).path is not None
    assert publish.choose(folder).path is None
    # run without the memory, and under rules other than those the database passed
    with pytest.raises(ContentError, match="read again"):
        publish.verify(db_copy, digest)
    monkeypatch.setattr(repository, "_values_rules", lambda: "f" * 64)
    assert digest not in passed
    with pytest.raises(ContentError, match="read again"):
        publish.verify(db_copy, digest, passed)


def test_a_database_damaged_in_place_after_it_passed_is_refused(
    db_copy: Path, tmp_path: Path
) -> None:
    passed = publish.PassedChecks(tmp_path / "checked-content.txt")
    digest = publish.sha256_of(db_copy)
    publish.verify(db_copy, digest, passed).close()
    # the same file, size and dates: only some of its bytes changed
    before = db_copy.stat()
    with open(db_copy, "r+b") as fh:
        fh.seek(before.st_size // 2)
        page = fh.read(4096)
        fh.seek(before.st_size // 2)
        fh.write(bytes(b ^ 0xFF for b in page))
    os.utime(db_copy, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = db_copy.stat()
    assert (after.st_ino, after.st_size, after.st_mtime_ns) == (
        before.st_ino, before.st_size, before.st_mtime_ns,
    )  # fmt: skip
    with pytest.raises(ContentError) as err:
        publish.verify(db_copy, digest, passed)
    assert err.value.reason == "checksum"


def test_a_forged_database_is_checked_in_full_whatever_passed_before(
    db_copy: Path, tmp_path: Path
) -> None:
    passed = publish.PassedChecks(tmp_path / "checked-content.txt")
    publish.verify(db_copy, publish.sha256_of(db_copy), passed).close()
    forged = _forge(
        db_copy,
        "UPDATE sections_text SET text = ? WHERE id = 'north-deportations' AND field = 'body'",
        "Węgry 19\u202e56",
    )
    with pytest.raises(ContentError) as err:
        publish.verify(db_copy, forged, passed)
    assert err.value.reason == "unsafe" and "U+202E" in str(err.value)
    assert forged not in passed


def test_a_state_folder_that_cannot_be_written_costs_the_full_check_only(
    db_copy: Path, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "state"
    not_a_folder.write_text("a file where the folder should be", encoding="ascii")
    passed = publish.PassedChecks(not_a_folder / "checked-content.txt")
    digest = publish.sha256_of(db_copy)
    publish.verify(db_copy, digest, passed).close()
    publish.verify(db_copy, digest, passed).close()
    assert digest not in passed


def test_a_kiosk_remembers_its_last_databases_only(tmp_path: Path) -> None:
    passed = publish.PassedChecks(tmp_path / "checked-content.txt")
    digests = [f"{i:064x}" for i in range(publish.PassedChecks.LIMIT + 4)]
    for d in digests:
        passed.add(d)
    passed.add(digests[-1])  # again: remembered once
    assert [d in passed for d in digests] == [False] * 4 + [True] * publish.PassedChecks.LIMIT
    assert len(passed.file.read_text(encoding="ascii").split()) == publish.PassedChecks.LIMIT
