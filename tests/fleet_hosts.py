"""Kiosks as separate network hosts on one machine, for the fleet playbook's tests.

Each kiosk is a Linux network namespace joined to this one by a veth pair, with its own
address on a /30 of its own and an OpenSSH server listening only there; the playbook
reaches it over SSH and rsync as it would a kiosk in a gallery. Nothing leaves the
machine: the addresses exist only inside namespaces this module makes and removes. It
needs root, ``ip`` (iproute2), ``sshd``, ``ssh-keygen`` and ``rsync``; :func:`missing`
says which of them are not there.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SSHD = "/usr/sbin/sshd"
SUBNET = "10.213"  # one /30 per kiosk: .N.1 on this side, .N.2 in the kiosk
PORT = 2222  # not 22: a firewall may turn away outgoing connections to port 22


def missing() -> list[str]:
    """What the machine lacks for namespaced kiosks (empty when they can run)."""
    lack = [t for t in ("ip", "ssh", "ssh-keygen", "rsync") if shutil.which(t) is None]
    if not Path(SSHD).exists():
        lack.append("sshd")
    if os.geteuid() != 0:
        lack.append("root")
    elif shutil.which("ip"):
        probe = f"fkprobe{os.getpid() % 100000}"
        made = subprocess.run(["ip", "netns", "add", probe], capture_output=True)
        if made.returncode != 0:
            lack.append("network namespaces")
        else:
            subprocess.run(["ip", "netns", "del", probe], capture_output=True)
    return lack


@dataclass(frozen=True)
class Host:
    name: str
    netns: str
    address: str


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, timeout=20)


def _wait_for_port(host: Host, timeout: float = 10.0) -> None:
    import socket

    deadline = time.monotonic() + timeout
    error: OSError | None = None
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((host.address, PORT), timeout=0.5):
                return
        except OSError as exc:
            error = exc
            time.sleep(0.1)
    raise RuntimeError(f"sshd in {host.netns} does not answer on {host.address}: {error}")


@contextmanager
def kiosk_hosts(
    folder: Path, count: int, without_ssh: int = 0
) -> Iterator[tuple[list[Host], Path]]:
    """``count`` namespaced hosts with sshd, and ``without_ssh`` more that answer nothing
    (a kiosk switched off); yields them and the private key that logs in as root."""
    folder.mkdir(parents=True, exist_ok=True)
    key = folder / "id_ed25519"
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True, timeout=30
    )
    host_key = folder / "host_ed25519"
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(host_key)],
        check=True,
        timeout=30,
    )
    authorized = folder / "authorized_keys"
    authorized.write_text(key.with_suffix(".pub").read_text())
    authorized.chmod(0o600)
    Path("/run/sshd").mkdir(exist_ok=True)  # sshd's privilege separation folder
    tag = os.getpid() % 100000
    hosts: list[Host] = []
    servers: list[subprocess.Popen[bytes]] = []
    try:
        for n in range(1, count + without_ssh + 1):
            host = Host(f"kiosk{n}", f"fk{tag}k{n}", f"{SUBNET}.{n}.2")
            outer, inner = f"fk{tag}h{n}", f"fk{tag}i{n}"
            _ip("netns", "add", host.netns)
            hosts.append(host)
            _ip("link", "add", outer, "type", "veth", "peer", "name", inner, "netns", host.netns)
            _ip("addr", "add", f"{SUBNET}.{n}.1/30", "dev", outer)
            _ip("link", "set", outer, "up")
            _ip("-n", host.netns, "addr", "add", f"{host.address}/30", "dev", inner)
            _ip("-n", host.netns, "link", "set", inner, "up")
            _ip("-n", host.netns, "link", "set", "lo", "up")
            if n > count:
                continue
            config = folder / f"sshd-{n}.conf"
            config.write_text(
                f"ListenAddress {host.address}\nPort {PORT}\nHostKey {host_key}\n"
                f"PidFile {folder}/sshd-{n}.pid\nAuthorizedKeysFile {authorized}\n"
                "PermitRootLogin prohibit-password\nPasswordAuthentication no\n"
                "KbdInteractiveAuthentication no\nUsePAM no\nStrictModes no\n"
                "Subsystem sftp internal-sftp\n"
            )
            with open(folder / f"sshd-{n}.log", "wb") as log:
                servers.append(
                    subprocess.Popen(
                        ["ip", "netns", "exec", host.netns, SSHD, "-D", "-e", "-f", str(config)],
                        stdout=subprocess.DEVNULL,
                        stderr=log,
                    )
                )
            _wait_for_port(host)
        yield hosts, key
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
        for host in hosts:
            # sessions outlive the listening server: end every process in the namespace,
            # or it (and the address on this side) stays after the test
            pids = subprocess.run(
                ["ip", "netns", "pids", host.netns], capture_output=True, text=True, timeout=20
            ).stdout.split()
            for pid in pids:
                with contextlib.suppress(ProcessLookupError, ValueError):
                    os.kill(int(pid), signal.SIGKILL)
            subprocess.run(["ip", "netns", "del", host.netns], capture_output=True, timeout=20)
