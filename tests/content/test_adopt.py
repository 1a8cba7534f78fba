"""A kiosk adopts a copied version only when it is intact; otherwise it keeps its own."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.cli.base import BAD_INPUT, OK, PROBLEMS
from kiosk.content import build, publish
from kiosk.content.publish import PublishError
from tests.conftest import FIXTURE_SOURCES


@pytest.fixture(scope="module")
def central(small_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The curators' publishing folder: version 1, then a changed version 2 (current).
    Tests only read it."""
    where = tmp_path_factory.mktemp("central")
    folder = where / "central"
    publish.publish(small_db, folder)
    sources = Path(shutil.copytree(FIXTURE_SOURCES, where / "src"))
    chapter = sources / "chapters" / "02-south.yaml"
    chapter.write_text(chapter.read_text().replace("title: The southern region", "title: South"))
    v2 = where / "v2.db"
    build.build(sources, v2)
    publish.publish(v2, folder)
    return folder


@pytest.fixture
def kiosk(central: Path, tmp_path: Path) -> Path:
    """A kiosk folder on version 1, as the fleet left it last time."""
    folder = tmp_path / "kiosk"
    first = central / "versions" / _name(central, 1)
    _adopt_copy(first, folder, _digest(central, 1))
    return folder


def _name(central: Path, number: int) -> str:
    return next(v.path.name for v in publish.versions(central) if v.number == number)


def _digest(central: Path, number: int) -> str:
    return next(v.sha256 for v in publish.versions(central) if v.number == number)


def _copy_to_kiosk(central: Path, number: int, kiosk: Path) -> Path:
    """What the transfer does: a new file in the kiosk's incoming/ folder."""
    incoming = kiosk / "incoming"
    incoming.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(central / "versions" / _name(central, number), incoming))


def _adopt_copy(src: Path, kiosk: Path, digest: str) -> publish.Adopted:
    (kiosk / "incoming").mkdir(parents=True, exist_ok=True)
    return publish.adopt(Path(shutil.copy(src, kiosk / "incoming")), kiosk, digest)


def shown(kiosk: Path) -> str:
    """The second chapter's title in the version the kiosk would open now."""
    choice = publish.choose(kiosk)
    assert choice.path is not None and choice.sha256 is not None
    repo = publish.verify(choice.path, choice.sha256)
    try:
        return repo.chapter_cards("en")[1].title.text
    finally:
        repo.close()


def test_an_intact_copy_becomes_the_kiosks_version(central: Path, kiosk: Path) -> None:
    assert shown(kiosk) == "The southern region"
    copy = _copy_to_kiosk(central, 2, kiosk)
    done = publish.adopt(copy, kiosk, _digest(central, 2))
    assert done.switched and done.version.number == 2 and done.version.current
    assert shown(kiosk) == "South"
    # under its published name, with its checksum file; the copy itself is gone
    assert (kiosk / "versions" / _name(central, 2)).is_file()
    assert (
        (kiosk / "versions" / (_name(central, 2) + ".sha256"))
        .read_text()
        .startswith(_digest(central, 2))
    )
    assert not copy.exists()
    assert (kiosk / "CURRENT").read_text() == (central / "CURRENT").read_text()


def test_a_copy_damaged_in_transit_is_refused_and_the_kiosk_keeps_its_version(
    central: Path, kiosk: Path
) -> None:
    before = (kiosk / "CURRENT").read_text()
    pristine = (central / "versions" / _name(central, 2)).read_bytes()
    rng = random.Random(15)
    for _ in range(20):
        copy = _copy_to_kiosk(central, 2, kiosk)
        damaged = bytearray(pristine)
        damaged[rng.randrange(len(damaged))] ^= 1 << rng.randrange(8)  # one bit
        copy.write_bytes(bytes(damaged))
        with pytest.raises(PublishError, match="damaged on the way"):
            publish.adopt(copy, kiosk, _digest(central, 2))
        assert not copy.exists()  # the next run sends it again
    copy = _copy_to_kiosk(central, 2, kiosk)
    copy.write_bytes(pristine[: len(pristine) // 2])  # cut off
    with pytest.raises(PublishError, match="damaged on the way"):
        publish.adopt(copy, kiosk, _digest(central, 2))
    assert (kiosk / "CURRENT").read_text() == before
    assert shown(kiosk) == "The southern region"
    assert [v.number for v in publish.versions(kiosk)] == [1]


def test_a_file_that_matches_its_checksum_but_is_no_exhibit_database_is_refused(
    kiosk: Path,
) -> None:
    import hashlib

    junk = kiosk / "incoming" / "0009-0123456789ab.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    with pytest.raises(PublishError, match="cannot be shown"):
        publish.adopt(junk, kiosk, hashlib.sha256(junk.read_bytes()).hexdigest())
    assert shown(kiosk) == "The southern region" and not junk.exists()


def test_adopting_again_changes_nothing_and_a_rollback_is_adopted_too(
    central: Path, kiosk: Path
) -> None:
    publish.adopt(_copy_to_kiosk(central, 2, kiosk), kiosk, _digest(central, 2))
    again = publish.adopt(_copy_to_kiosk(central, 2, kiosk), kiosk, _digest(central, 2))
    assert not again.switched and again.version.number == 2
    assert not list((kiosk / "incoming").iterdir())
    # the curators rolled back: the fleet pushes version 1, which the kiosk still has
    back = publish.adopt(_copy_to_kiosk(central, 1, kiosk), kiosk, _digest(central, 1))
    assert back.switched and shown(kiosk) == "The southern region"


def test_a_kiosks_own_damaged_copy_is_replaced_by_a_good_one(central: Path, kiosk: Path) -> None:
    own = kiosk / "versions" / _name(central, 1)
    own.write_bytes(own.read_bytes()[:-4096])  # the kiosk's disk lost a page
    publish.adopt(_copy_to_kiosk(central, 1, kiosk), kiosk, _digest(central, 1))
    assert publish.verify(own, _digest(central, 1)) is not None
    assert shown(kiosk) == "The southern region"


def test_names_and_checksums_that_are_not_a_versions_are_refused(
    central: Path, kiosk: Path, tmp_path: Path
) -> None:
    copy = _copy_to_kiosk(central, 2, kiosk)
    digest = _digest(central, 2)
    for name in ("../../evil.db", "/etc/evil.db", "CURRENT", "0002-abc.db", "x.db"):
        with pytest.raises(PublishError, match="not a published version's name"):
            publish.adopt(copy, kiosk, digest, name=name)
    with pytest.raises(PublishError, match="not a SHA-256"):
        publish.adopt(copy, kiosk, "abc")
    link = kiosk / "incoming" / _name(central, 1)
    link.symlink_to(copy)
    with pytest.raises(PublishError, match="not a file"):
        publish.adopt(link, kiosk, digest)
    # a different file already holding that name on the kiosk is not overwritten
    other = _copy_to_kiosk(central, 2, kiosk).rename(kiosk / "incoming" / "x")
    with pytest.raises(PublishError, match="already has a different"):
        publish.adopt(other, kiosk, digest, name=_name(central, 1))
    assert shown(kiosk) == "The southern region"
    assert sorted(p.name for p in (tmp_path / "kiosk").iterdir()) == sorted(
        ["CURRENT", "versions", "incoming", publish.LOCK]
    )


def test_a_synced_versions_folder_is_adopted_in_place(central: Path, tmp_path: Path) -> None:
    """Syncthing keeps versions/ in step; 'adopt --newest' switches only to an intact one."""
    kiosk = tmp_path / "synced"
    shutil.copytree(central / "versions", kiosk / "versions")
    newest = publish.newest(kiosk)
    assert newest is not None and newest.name == _name(central, 2)
    newest.write_bytes(newest.read_bytes()[:-1])  # still arriving, or damaged
    with pytest.raises(PublishError, match="damaged"):
        publish.adopt(newest, kiosk)
    assert newest.exists()  # the sync's own file is left alone
    assert publish.current(kiosk) is None
    shutil.copy(central / "versions" / _name(central, 2), newest)  # arrived whole
    assert publish.adopt(newest, kiosk).switched
    assert shown(kiosk) == "South"
    # the curators withdraw version 2: the sync deletes it, the kiosk goes back to 1
    newest.unlink()
    newest.with_name(newest.name + ".sha256").unlink()
    older = publish.newest(kiosk)
    assert older is not None and publish.adopt(older, kiosk).switched
    assert shown(kiosk) == "The southern region"
    assert sorted(p.name for p in (kiosk / "versions").iterdir()) == [
        _name(central, 1),
        _name(central, 1) + ".sha256",
    ]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_adopt_command(central: Path, kiosk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    digest, to = _digest(central, 2), str(kiosk)
    bad = _copy_to_kiosk(central, 2, kiosk)
    bad.write_bytes(bad.read_bytes()[:-1])
    code, _, err = run(capsys, "content", "adopt", str(bad), "--to", to, "--sha256", digest)
    assert code == PROBLEMS and "damaged on the way" in err and "keeps its version" in err
    good = str(_copy_to_kiosk(central, 2, kiosk))
    code, out, _ = run(capsys, "content", "adopt", good, "--to", to, "--sha256", digest)
    assert code == OK and out.startswith("switched to version 2 ") and digest in out
    code, out, _ = run(capsys, "content", "adopt", "--newest", "--to", to)
    assert code == OK and out.startswith("already on version 2 ")
    assert run(capsys, "content", "adopt", good, "--to", to, "--sha256", "xyz")[0] == BAD_INPUT
    code, _, err = run(capsys, "content", "adopt", good, "--to", to, "--sha256", digest)
    assert code == BAD_INPUT and "not found" in err  # it was moved into versions/
    assert run(capsys, "content", "adopt", "--to", to)[0] == BAD_INPUT
    empty = kiosk.parent / "empty"
    empty.mkdir()
    assert run(capsys, "content", "adopt", "--newest", "--to", str(empty))[0] == PROBLEMS
