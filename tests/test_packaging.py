"""The units a museum installs: they say what the issue promises, they name only options
the exhibit has, and a supervisor with their settings brings the exhibit back."""

from __future__ import annotations

import configparser
import shlex
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.cli import main as cli_main
from tests.supervisor import Supervisor, kill_and_recover, unit_settings

PACKAGING = Path(__file__).resolve().parent.parent / "packaging"
UNITS = ["exhibit.service", "exhibit-cage.service"]


def _unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(PACKAGING / name, encoding="utf-8")
    return parser


@pytest.mark.parametrize("name", UNITS)
def test_units_supervise_isolate_and_fall_back(name: str) -> None:
    unit = _unit(name)
    service, head = unit["Service"], unit["Unit"]
    assert service["Type"] == "notify" and service["Restart"] == "always"
    assert 0 < float(service["WatchdogSec"]) <= 20
    assert service["PrivateNetwork"] == "yes" and service["IPAddressDeny"] == "any"
    assert "/srv/exhibit" in service["ReadOnlyPaths"]
    assert int(head["StartLimitBurst"]) >= 3
    assert head["OnFailure"] == "exhibit-maintenance.service"
    assert (PACKAGING / head["OnFailure"]).exists()


@pytest.mark.parametrize("name", [*UNITS, "exhibit-maintenance.service"])
def test_every_command_line_in_the_units_is_one_the_exhibit_accepts(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = shlex.split(_unit(name)["Service"]["ExecStart"])
    args = argv[argv.index("run") :]
    assert cli_main([*args, "--help"]) == 0  # help is printed only after every option parsed
    assert "usage: kiosk run" in capsys.readouterr().out
    assert cli_main([*args, "--no-such-option"]) == 2  # and a wrong one would be caught


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
@pytest.mark.parametrize("name", [*UNITS, "exhibit-maintenance.service"])
def test_systemd_reads_the_units_without_complaint(name: str) -> None:
    out = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", str(PACKAGING / name)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    problems = [
        line for line in (out.stdout + out.stderr).splitlines()
        if line.strip() and "is not executable" not in line  # the bundle is not installed here
    ]  # fmt: skip
    assert problems == []


# The unit's RestartSec and WatchdogSec, scaled down alike so that a restart is quick here
SCALE = 0.1


@pytest.mark.slow
@pytest.mark.logs
def test_killed_at_random_moments_the_exhibit_comes_back_each_time(small_db: Path) -> None:
    sup = Supervisor(small_db, scale=SCALE)
    try:
        times = kill_and_recover(sup, kills=2)  # a hundred: python -m tests.supervisor
        stopped = sup.stop()
    finally:
        sup.stop()
    # back on screen within 10 s with the unit's own RestartSec
    waited_less = unit_settings().restart_sec - sup.restart_sec
    assert max(times) + waited_less <= 10, times
    assert stopped == 0  # and 'systemctl stop' ends it cleanly, no SIGKILL needed


@pytest.mark.slow
@pytest.mark.logs
def test_a_frozen_exhibit_is_killed_by_the_watchdog_and_restarted(small_db: Path) -> None:
    sup = Supervisor(small_db, scale=SCALE)  # a 2 s watchdog for the unit's 20 s
    try:
        sup.start()
        sup.wait_ready(60)
        assert sup.proc is not None
        frozen = sup.proc
        frozen.send_signal(signal.SIGSTOP)  # the GUI thread stops: no timer, no frame
        start = time.monotonic()
        while sup.proc is frozen and time.monotonic() - start < 30:
            sup.poll()  # the watchdog runs out; the supervisor kills and restarts it
        assert frozen.poll() is not None and sup.proc is not frozen
        sup.wait_ready(30)
        assert time.monotonic() - start <= sup.watchdog_sec + sup.restart_sec + 20
        stopped = sup.stop()
    finally:
        sup.stop()
    assert stopped == 0


@pytest.mark.slow
@pytest.mark.logs
@pytest.mark.parametrize("mode", ["slot", "qml"], ids=["a 60 s slot", "an endless QML loop"])
def test_a_stall_inside_the_exhibit_is_caught_by_the_watchdog_and_restarted(
    small_db: Path, tmp_path: Path, mode: str
) -> None:
    """The process runs on (no signal stops it); only its GUI thread hangs."""
    marker = tmp_path / "stalled-once"
    program = [sys.executable, "-m", "tests.stall_exhibit", mode, str(marker)]
    sup = Supervisor(small_db, scale=SCALE, program=program)
    try:
        sup.start()
        sup.wait_ready(60)
        stalled = sup.proc
        assert stalled is not None
        start = time.monotonic()
        while sup.proc is stalled and time.monotonic() - start < 30:
            sup.poll()
        assert marker.exists() and stalled.poll() == -signal.SIGKILL  # the watchdog's kill
        # killed within the watchdog's period of the stall (it starts a second after the
        # first frame, after at most one ping period)
        assert time.monotonic() - start <= sup.watchdog_sec + 3
        sup.wait_ready(30)  # and back on the attract screen
        stopped = sup.stop()
    finally:
        sup.stop()
    assert stopped == 0
