"""The status file a fleet's keeper reads: what the kiosk shows, since when, its last error
and its last frame; written whole, every interval and at content switches."""

from __future__ import annotations

import json
import logging
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kiosk.app import status
from kiosk.app.config import Schedule
from kiosk.app.main import watch_status
from kiosk.content import build, publish
from tests.conftest import Running

HOUR = 3_600_000


def read(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture
def folder(small_db: Path, tmp_path: Path) -> Path:
    """A kiosk content folder with one published version."""
    kiosk = tmp_path / "kiosk"
    publish.publish(small_db, kiosk)
    return kiosk


def test_a_running_kiosk_says_what_it_shows_and_when_it_last_drew(
    start_exhibit: Callable[..., Running], folder: Path, tmp_path: Path, qtbot: Any
) -> None:
    running = start_exhibit(folder, kiosk_name="Gallery 2, left")
    path = tmp_path / "state" / status.STATUS_FILE
    before = time.time()
    writer = status.StatusWriter(running.services.status, running.window, path, HOUR)
    with qtbot.waitSignal(writer.written, timeout=5000):
        writer.start()
    data = read(path)
    assert tuple(data) == status.FIELDS  # nothing else: no visitor data has a place here
    version = publish.versions(folder)[0]
    assert data["kiosk"] == "Gallery 2, left"
    assert data["state"] == "showing"
    assert data["content_version"] == version.content_version
    assert data["content_file"] == version.path.name
    assert data["last_error"] is None
    assert 0 <= data["uptime_s"] < 60
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(int(before)))
    assert data["last_frame"] >= stamp and data["written"] >= data["last_frame"]
    assert [p.name for p in path.parent.iterdir()] == [status.STATUS_FILE]  # no temp file


def test_a_switch_is_written_at_once(
    start_exhibit: Callable[..., Running],
    folder: Path,
    sources: Path,
    tmp_path: Path,
    qtbot: Any,
) -> None:
    running = start_exhibit(folder)
    path = tmp_path / "status.json"
    writer = watch_status(running.services, running.window, path, interval_ms=HOUR)
    qtbot.waitUntil(path.exists, timeout=5000)
    first = read(path)["content_file"]
    chapter = sources / "chapters" / "02-south.yaml"
    chapter.write_text(chapter.read_text().replace("The southern region", "The south"))
    shutil.copytree(sources / "media", tmp_path / "media", dirs_exist_ok=True)
    build.build(sources, tmp_path / "v2.db")
    v2 = publish.publish(tmp_path / "v2.db", folder)
    watcher = running.services.watcher
    assert watcher is not None
    watcher.check()
    with qtbot.waitSignal(writer.written, timeout=2000):
        running.services.exhibit.resetSession()  # the next visitor: the kiosk switches
    assert first != v2.path.name and read(path)["content_file"] == v2.path.name


def test_it_writes_every_interval(
    start_exhibit: Callable[..., Running], folder: Path, tmp_path: Path, qtbot: Any
) -> None:
    running = start_exhibit(folder)
    writer = status.StatusWriter(
        running.services.status, running.window, tmp_path / "s.json", interval_ms=50
    )
    writer.start()
    for _ in range(3):
        with qtbot.waitSignal(writer.written, timeout=2000):
            pass
    writer.stop()
    assert read(tmp_path / "s.json")["state"] == "stopped"


def test_a_window_that_draws_nothing_leaves_the_last_frame_old(
    qapp: Any, tmp_path: Path, qtbot: Any
) -> None:
    from PySide6.QtQuick import QQuickWindow

    never_shown = QQuickWindow()  # a dead scene graph: it never delivers a frame
    collect: status.Collect = lambda: {"state": "showing"}  # noqa: E731
    writer = status.StatusWriter(collect, never_shown, tmp_path / "s.json", HOUR, 50)
    with qtbot.waitSignal(writer.written, timeout=2000):
        writer.start()
    data = read(tmp_path / "s.json")
    assert data["last_frame"] is None and data["written"] is not None


@pytest.mark.logs
def test_a_kiosk_without_good_content_says_maintenance_and_why(
    start_exhibit: Callable[..., Running], folder: Path, tmp_path: Path
) -> None:
    for v in publish.versions(folder):
        v.path.write_bytes(v.path.read_bytes()[:-10])
    running = start_exhibit(folder)
    data = running.services.status()
    assert data["state"] == "maintenance" and data["content_version"] is None
    assert "checksum" in str(data["last_error"])


def test_a_closed_kiosk_says_closed(
    start_exhibit: Callable[..., Running], folder: Path, tmp_path: Path, qtbot: Any
) -> None:
    running = start_exhibit(folder, schedule=Schedule({0: (10 * 60, 18 * 60)}))
    running.services.opening.set_clock(lambda: (0, 20 * 60))  # Monday, 20:00
    writer = status.StatusWriter(running.services.status, running.window, tmp_path / "s.json")
    with qtbot.waitSignal(writer.written, timeout=1000):
        writer.start()  # no frame asked for: written at once
    assert read(tmp_path / "s.json")["state"] == "closed"


@pytest.mark.logs
def test_an_unwritable_state_folder_is_logged_once_and_the_exhibit_runs_on(
    tmp_path: Path, qapp: Any, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "state"
    blocker.write_text("a file where the folder should be")
    writer = status.StatusWriter(lambda: {}, None, blocker / "status.json")
    with caplog.at_level(logging.WARNING):
        assert writer.write() is False
        assert writer.write() is False
    assert len([r for r in caplog.records if "status file" in r.getMessage()]) == 1


def test_an_interrupted_write_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "status.json"
    status.write_json_atomic(path, {"state": "showing"})

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(status.os, "replace", full_disk)
    with pytest.raises(OSError):
        status.write_json_atomic(path, {"state": "stopped"})
    assert read(path) == {"state": "showing"}
    assert [p.name for p in tmp_path.iterdir()] == ["status.json"]
