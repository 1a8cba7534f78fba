"""The supervisor's side: readiness, watchdog pings only while frames are drawn, a clean
end on SIGTERM and SIGINT."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from kiosk.app.watchdog import Watchdog, notify, watchdog_interval_ms

ROOT = Path(__file__).resolve().parents[2]


def _listen(tmp_path: Path) -> tuple[socket.socket, str]:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    path = str(tmp_path / "notify.sock")
    sock.bind(path)
    sock.settimeout(0.2)
    return sock, path


def _received(sock: socket.socket, until: float) -> list[str]:
    out = []
    while time.monotonic() < until:
        try:
            out.append(sock.recv(256).decode())
        except TimeoutError:
            continue
        if "WATCHDOG=1" in out and out.count("WATCHDOG=1") >= 2:
            break
    return out


@pytest.mark.logs
def test_notify_speaks_the_systemd_protocol(tmp_path: Path) -> None:
    sock, path = _listen(tmp_path)
    with sock:
        assert notify("READY=1", {"NOTIFY_SOCKET": path})
        assert sock.recv(64) == b"READY=1"
    assert not notify("READY=1", {})  # not under systemd: nothing to do
    assert not notify("READY=1", {"NOTIFY_SOCKET": str(tmp_path / "gone.sock")})


@pytest.mark.logs
def test_interval_is_half_the_watchdog_period_for_this_process_only() -> None:
    pid = str(os.getpid())
    assert watchdog_interval_ms({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": pid}) == 15000
    assert watchdog_interval_ms({"WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "1"}) == 0
    assert watchdog_interval_ms({}) == 0
    assert watchdog_interval_ms({"WATCHDOG_USEC": "soon"}) == 0


def _window(qapp: Any) -> Any:
    import PySide6.QtQuick  # noqa: F401
    from PySide6.QtQml import QQmlApplicationEngine

    engine = QQmlApplicationEngine()
    engine.loadData(b"import QtQuick\nWindow { width: 200; height: 100; visible: true }")
    return engine, engine.rootObjects()[0]


def test_pings_follow_drawn_frames_on_a_still_screen(qapp: Any, qtbot: Any) -> None:
    _engine, window = _window(qapp)
    sent: list[str] = []
    dog = Watchdog(window, 50, send=lambda m: sent.append(m) or True)
    qtbot.waitUntil(lambda: dog.pings >= 3, timeout=3000)
    assert sent[0] == "READY=1" and set(sent[1:]) == {"WATCHDOG=1"}
    window.close()


def test_no_frame_no_ping(qapp: Any, qtbot: Any) -> None:
    _engine, window = _window(qapp)
    window.hide()  # a window that draws nothing, as a dead scene graph would
    qtbot.wait(100)
    sent: list[str] = []
    Watchdog(window, 50, send=lambda m: sent.append(m) or True)
    qtbot.wait(400)
    assert "WATCHDOG=1" not in sent


@pytest.mark.parametrize(
    ("signum", "mode"),
    [
        (signal.SIGTERM, ["--window"]),
        (signal.SIGINT, ["--window"]),
        # as the units run it: full screen, where the window refuses to be closed
        (signal.SIGTERM, []),
    ],
)
def test_the_running_exhibit_reports_ready_pings_and_ends_cleanly(
    tmp_path: Path, signum: int, mode: list[str]
) -> None:
    sock, path = _listen(tmp_path)
    env = dict(os.environ, NOTIFY_SOCKET=path, WATCHDOG_USEC="400000",
               QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software",
               XDG_STATE_HOME=str(tmp_path / "state"))  # fmt: skip
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "run", *mode],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        with sock:
            got = _received(sock, time.monotonic() + 30)
        assert got[:1] == ["READY=1"] and got.count("WATCHDOG=1") >= 2, got
        proc.send_signal(signum)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    log = (tmp_path / "state" / "soviet-war-crimes-exhibit" / "kiosk.log").read_text()
    assert f"stopping on {signal.Signals(signum).name}" in log
