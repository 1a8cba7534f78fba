"""The kiosk side of a publish: switch at the idle reset, never to a damaged file."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.app.config import KioskConfig
from kiosk.app.main import PASSED_CHECKS_FILE, Services
from kiosk.content import build, publish
from kiosk.content.repository import ContentError, Repository


@pytest.fixture(autouse=True)
def _collect_on_this_thread() -> Iterator[None]:
    """Exhibits earlier tests left behind are freed here, on the GUI thread: left to the
    garbage collector, they could be freed on the thread that checks this test's
    database, and a Qt object with a timer must die on its own thread."""
    gc.collect()
    yield
    gc.collect()


def _v2(sources: Path, tmp_path: Path) -> Path:
    chapter = sources / "chapters" / "02-south.yaml"
    chapter.write_text(
        chapter.read_text().replace("title: The southern region", "title: The south")
    )
    out = tmp_path / "v2.db"
    build.build(sources, out)
    return out


def titles(services: Services) -> list[str]:
    return [r["title"] for r in services.exhibit.chapter_rows()]


def test_new_version_waits_for_the_idle_reset(
    qapp: Any, small_db: Path, sources: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "kiosk"
    publish.publish(small_db, folder)
    services = Services(folder, KioskConfig(fullscreen=False))
    assert services.exhibit.status == "ok" and "The southern region" in titles(services)
    publish.publish(_v2(sources, tmp_path), folder)
    assert services.watcher is not None
    services.watcher.check()
    assert "The southern region" in titles(services)  # not in front of a visitor
    services.exhibit.resetSession()
    assert "The south" in titles(services)


@pytest.mark.logs
def test_damaged_new_version_is_refused_and_the_kiosk_keeps_running(
    qapp: Any, small_db: Path, sources: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "kiosk"
    publish.publish(small_db, folder)
    services = Services(folder, KioskConfig(fullscreen=False))
    v2 = publish.publish(_v2(sources, tmp_path), folder)
    data = bytearray(v2.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    v2.path.write_bytes(bytes(data))
    refused: list[str] = []
    assert services.watcher is not None
    services.watcher.refused.connect(refused.append)
    services.exhibit.resetSession()
    assert refused and "checksum" in refused[0]
    assert services.exhibit.status == "ok" and "The southern region" in titles(services)
    services.exhibit.resetSession()  # a broken version is not retried at every reset
    assert len(refused) == 1


def test_a_plain_database_file_still_opens(qapp: Any, small_db: Path) -> None:
    services = Services(small_db, KioskConfig(fullscreen=False))
    assert services.watcher is None and services.exhibit.status == "ok"


@pytest.mark.logs
def test_an_empty_folder_says_what_is_missing(qapp: Any, tmp_path: Path) -> None:
    shutil.rmtree(tmp_path / "kiosk", ignore_errors=True)
    (tmp_path / "kiosk").mkdir()
    services = Services(tmp_path / "kiosk", KioskConfig(fullscreen=False))
    assert services.exhibit.status == "error" and "not found" in services.exhibit.errorMessage


def _flip_text(db: Path, old: str, new: str) -> None:
    """Change visitor text in place, as a bad disk or copy would: same size, no SQL."""
    data = db.read_bytes()
    assert old.encode() in data and len(old) == len(new)
    db.write_bytes(data.replace(old.encode(), new.encode(), 1))


@pytest.mark.logs
def test_the_bundled_database_is_refused_when_its_text_was_altered(
    qapp: Any, db_copy: Path
) -> None:
    from kiosk.content.repository import file_sha256

    sidecar = db_copy.with_name(db_copy.name + ".sha256")  # as the build writes it
    sidecar.write_text(f"{file_sha256(db_copy)}  content.db\n")
    assert Services(db_copy, KioskConfig(fullscreen=False)).exhibit.status == "ok"
    _flip_text(db_copy, "The southern region", "The southern regiun")
    services = Services(db_copy, KioskConfig(fullscreen=False))
    assert services.exhibit.status == "error"
    assert services.exhibit.errorReason == "checksum"
    assert "regiun" not in str(titles(services))


@pytest.mark.logs
def test_a_database_without_its_checksum_file_is_not_shown(qapp: Any, db_copy: Path) -> None:
    assert not db_copy.with_name(db_copy.name + ".sha256").exists()
    services = Services(db_copy, KioskConfig(fullscreen=False))
    assert services.exhibit.status == "error"
    assert "no checksum file" in services.exhibit.errorMessage
    assert "kiosk content build" in services.exhibit.errorMessage


@pytest.mark.logs
def test_a_damaged_current_version_falls_back_to_the_newest_good_one(
    qapp: Any, small_db: Path, sources: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "kiosk"
    publish.publish(small_db, folder)
    v2 = publish.publish(_v2(sources, tmp_path), folder)
    _flip_text(v2.path, "The south", "The sauth")  # CURRENT is damaged on the disk
    services = Services(folder, KioskConfig(fullscreen=False))
    assert services.exhibit.status == "ok"
    assert "The southern region" in titles(services)  # version 1, verified
    assert not any("sauth" in t for t in titles(services))


@pytest.mark.logs
def test_with_nothing_good_the_maintenance_screen_waits_for_a_good_publish(
    qapp: Any, small_db: Path, sources: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "kiosk"
    v1 = publish.publish(small_db, folder)
    _flip_text(v1.path, "The southern region", "The southern regiun")
    services = Services(folder, KioskConfig(fullscreen=False))
    assert services.exhibit.status == "error"
    assert services.exhibit.errorReason == "checksum"
    publish.publish(_v2(sources, tmp_path), folder)
    assert services.watcher is not None
    services.watcher.check()  # no restart, no visitor to wait for
    assert services.exhibit.status == "ok" and "The south" in titles(services)


@pytest.mark.logs
def test_a_kiosk_reads_the_texts_of_its_database_once(
    qapp: Any, small_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, state = tmp_path / "kiosk", tmp_path / "state"
    publish.publish(small_db, folder)
    first = Services(folder, KioskConfig(fullscreen=False), state_folder=state)
    assert first.exhibit.status == "ok"
    current = publish.current(folder)
    assert current is not None
    assert current[1] in publish.PassedChecks(state / PASSED_CHECKS_FILE)

    def refuse(conn: object, path: Path) -> None:
        raise ContentError("unsafe", f"{path.name}: its texts were read again")

    # the next start hashes the file again and finds the bytes whose texts passed
    monkeypatch.setattr(Repository, "check_values", staticmethod(refuse))
    again = Services(folder, KioskConfig(fullscreen=False), state_folder=state)
    assert again.exhibit.status == "ok" and titles(again) == titles(first)
    # a kiosk with another state folder (or a database changed since) checks them all
    other = Services(folder, KioskConfig(fullscreen=False), state_folder=tmp_path / "other")
    assert other.exhibit.status != "ok" and "read again" in other.exhibit.errorMessage
