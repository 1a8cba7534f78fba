"""A small stand-in for systemd that uses the settings of packaging/exhibit.service.

It starts ``ExecStart`` with ``NOTIFY_SOCKET`` and ``WATCHDOG_USEC`` set, waits for
``READY=1``, restarts the exhibit ``RestartSec`` after it dies (``Restart=always``), and
kills it when a watchdog ping is ``WatchdogSec`` late, as systemd does. Tests use it for a
few kills; the soak run does a hundred:

    QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software python -m tests.supervisor --kills 100
"""

from __future__ import annotations

import argparse
import configparser
import os
import random
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNIT = ROOT / "packaging" / "exhibit.service"


@dataclass(frozen=True)
class Settings:
    restart_sec: float
    watchdog_sec: float
    timeout_stop_sec: float
    exec_args: list[str]  # the arguments after the program


def unit_settings(unit: Path = UNIT) -> Settings:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(unit, encoding="utf-8")
    service = parser["Service"]
    assert service["Restart"] == "always" and service["Type"] == "notify"
    args = shlex.split(service["ExecStart"])[1:]
    return Settings(
        float(service["RestartSec"]),
        float(service["WatchdogSec"]),
        float(service.get("TimeoutStopSec", "90")),  # systemd's default
        args,
    )


class Supervisor:
    """The unit's supervision of ``content``; ``scale`` shortens its RestartSec and
    WatchdogSec alike (0.1: a 2 s watchdog for the unit's 20 s), for the test suite."""

    def __init__(self, content: Path, scale: float = 1.0, program: list[str] | None = None) -> None:
        """``program``: what ExecStart runs instead of ``python -m kiosk`` (with the
        unit's arguments after it)."""
        s = unit_settings()
        self.restart_sec = s.restart_sec * scale
        self.watchdog_sec = s.watchdog_sec * scale
        self.timeout_stop_sec = s.timeout_stop_sec
        args = list(s.exec_args)
        args[args.index("--content") + 1] = str(content)  # this machine's content
        i = args.index("--config")
        del args[i : i + 2]  # defaults instead of /etc
        self.argv = [*(program or [sys.executable, "-m", "kiosk"]), *args]
        self.folder = Path(tempfile.mkdtemp(prefix="supervisor-"))
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(str(self.folder / "notify"))
        self.sock.settimeout(0.05)
        self.proc: subprocess.Popen[bytes] | None = None
        self.last_ping = 0.0
        self.ready = False

    def start(self) -> None:
        env = dict(os.environ, NOTIFY_SOCKET=str(self.folder / "notify"),
                   WATCHDOG_USEC=str(int(self.watchdog_sec * 1_000_000)),
                   XDG_STATE_HOME=str(self.folder / "state"))  # fmt: skip
        env.pop("WATCHDOG_PID", None)
        self.proc = subprocess.Popen(
            self.argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        self.ready = False
        self.last_ping = time.monotonic()

    def poll(self) -> None:
        """Read messages; restart a dead process; kill one whose watchdog is late."""
        assert self.proc is not None
        while True:
            try:
                message = self.sock.recv(256).decode()
            except (TimeoutError, BlockingIOError):
                break
            if message == "READY=1":
                self.ready = True
            if message in ("READY=1", "WATCHDOG=1"):
                self.last_ping = time.monotonic()
        if self.proc.poll() is not None:
            time.sleep(self.restart_sec)
            self.start()
        elif self.ready and time.monotonic() - self.last_ping > self.watchdog_sec:
            self.proc.kill()  # systemd: SIGABRT, then SIGKILL; the effect is the same
            self.proc.wait()

    def wait_ready(self, timeout: float) -> float:
        """Seconds until the exhibit is up again (READY=1 after a restart)."""
        start = time.monotonic()
        while time.monotonic() - start < timeout:
            self.poll()
            if self.ready:
                return time.monotonic() - start
        raise TimeoutError(f"not back within {timeout} s")

    def stop(self) -> int | None:
        """Stop as systemd does: SIGTERM, and SIGKILL after TimeoutStopSec. Returns the
        exhibit's exit status (-9: it had to be killed; None: it was not running)."""
        status = None
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                status = self.proc.wait(timeout=self.timeout_stop_sec)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                status = self.proc.wait()
        self.sock.close()
        shutil.rmtree(self.folder, ignore_errors=True)
        return status


def kill_and_recover(sup: Supervisor, kills: int, seed: int = 1) -> list[float]:
    """Kill -9 at random moments (during start-up too); seconds back to READY each time."""
    rng = random.Random(seed)
    times = []
    sup.start()
    sup.wait_ready(60)
    for _ in range(kills):
        deadline = time.monotonic() + rng.uniform(0.0, 2.0)
        while time.monotonic() < deadline:
            sup.poll()
        assert sup.proc is not None
        sup.proc.kill()
        sup.proc.wait()
        sup.ready = False
        times.append(sup.wait_ready(60))
    return times


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--kills", type=int, default=100)
    p.add_argument("--content", type=Path, default=ROOT / "content.db")
    args = p.parse_args()
    sup = Supervisor(args.content)
    try:
        times = kill_and_recover(sup, args.kills)
    finally:
        sup.stop()
    worst = max(times)
    print(f"{len(times)} kills: back on the attract screen in median "
          f"{sorted(times)[len(times) // 2]:.1f} s, worst {worst:.1f} s (target 10 s)")  # fmt: skip
    return 0 if worst <= 10 else 1


if __name__ == "__main__":
    sys.exit(main())
