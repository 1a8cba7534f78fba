"""The fleet playbook (packaging/fleet/push.yml), run for real: a new version reaches every
kiosk whose copy arrives intact; the kiosk whose copy is damaged on the way keeps its old
version, and the run's table says so. Once with kiosks as local folders, once with kiosks
as hosts reached over SSH in network namespaces where the machine allows it."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kiosk.app.main import watch_status
from kiosk.content import build, publish
from tests import fleet_hosts
from tests.conftest import ROOT, Running

PLAYBOOK = ROOT / "packaging" / "fleet" / "push.yml"
ANSIBLE = shutil.which(
    "ansible-playbook", path=f"{Path(sys.executable).parent}:{os.environ['PATH']}"
)
needs_ansible = pytest.mark.skipif(ANSIBLE is None, reason="ansible-core is not installed")
needs_rsync = pytest.mark.skipif(shutil.which("rsync") is None, reason="rsync is not installed")
# the exhibit's command on a kiosk: this checkout's, by the Python running the tests
KIOSK = f"env PYTHONPATH={ROOT} {sys.executable} -m kiosk"

# rsync, then one flipped bit in the file it wrote: a copy damaged on the way
DAMAGING_RSYNC = f"""#!{sys.executable}
import subprocess, sys
code = subprocess.call(["rsync", *sys.argv[1:]])
if code == 0:
    path = sys.argv[-1].split(":", 1)[-1]
    data = bytearray(open(path, "rb").read())
    data[len(data) // 2] ^= 4
    open(path, "wb").write(bytes(data))
sys.exit(code)
"""


def run_playbook(inventory: str, tmp: Path) -> tuple[int, str, str]:
    """Run the playbook against ``inventory`` and return its exit code, output and table."""
    (tmp / "kiosks.ini").write_text(inventory)
    report = tmp / "fleet-report.txt"
    report.unlink(missing_ok=True)
    env = {
        **os.environ,
        "ANSIBLE_LOCAL_TEMP": str(tmp / "ansible-local"),
        "ANSIBLE_REMOTE_TMP": str(tmp / "ansible-remote"),
        "ANSIBLE_NOCOLOR": "1",
        "ANSIBLE_HOST_KEY_CHECKING": "False",
        "ANSIBLE_RETRY_FILES_ENABLED": "False",
        # no ssh connection left running after the run (the default keeps one for 60 s)
        "ANSIBLE_SSH_ARGS": "-o ControlMaster=no",
    }
    assert ANSIBLE is not None
    done = subprocess.run(
        [ANSIBLE, "-i", str(tmp / "kiosks.ini"), str(PLAYBOOK),
         "-e", f"publish_dir={tmp / 'central'}", "-e", f"fleet_report={report}"],
        capture_output=True, text=True, env=env, timeout=300, cwd=tmp,
    )  # fmt: skip
    table = report.read_text(encoding="utf-8") if report.exists() else ""
    return done.returncode, done.stdout + done.stderr, table


@pytest.fixture
def fleet(small_db: Path, sources: Path, tmp_path: Path) -> Callable[[list[str]], Path]:
    """A publishing folder whose current version is 2, and kiosk folders still on 1."""
    central = tmp_path / "central"
    publish.publish(small_db, central)
    chapter = sources / "chapters" / "02-south.yaml"
    chapter.write_text(chapter.read_text().replace("title: The southern region", "title: South"))
    build.build(sources, tmp_path / "v2.db")
    publish.publish(tmp_path / "v2.db", central)
    script = tmp_path / "damaging-rsync"
    script.write_text(DAMAGING_RSYNC)
    script.chmod(0o755)

    def kiosks(names: list[str]) -> Path:
        for name in names:
            publish.publish(small_db, tmp_path / name)
        return central

    return kiosks


def pointer(folder: Path) -> str:
    return (folder / publish.POINTER).read_text()


def row(table: str, kiosk: str) -> str:
    return next(line for line in table.splitlines() if line.startswith(kiosk + " "))


def closed_port() -> int:
    """A port on this machine that nothing listens on: a kiosk that is switched off."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@needs_ansible
def test_the_playbook_and_the_example_inventory_pass_ansibles_checks(tmp_path: Path) -> None:
    assert ANSIBLE is not None
    example = PLAYBOOK.parent / "kiosks.example.ini"
    env = {**os.environ, "ANSIBLE_LOCAL_TEMP": str(tmp_path / "t")}
    done = subprocess.run(
        [ANSIBLE, "--syntax-check", "-i", str(example), str(PLAYBOOK)],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    hosts = subprocess.run(
        [ANSIBLE, "--list-hosts", "-i", str(example), str(PLAYBOOK)],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert hosts.returncode == 0 and "hosts (4)" in hosts.stdout, hosts.stdout + hosts.stderr


@needs_ansible
@needs_rsync
@pytest.mark.slow
def test_a_push_switches_the_intact_kiosks_and_reports_the_damaged_one(
    fleet: Callable[[list[str]], Path],
    tmp_path: Path,
    start_exhibit: Callable[..., Running],
    qtbot: Any,
) -> None:
    central = fleet(["a", "b", "c"])
    old = pointer(tmp_path / "b")
    # kiosk a runs the exhibit and has written its status file
    running = start_exhibit(tmp_path / "a", kiosk_name="Gallery 1")
    writer = watch_status(running.services, running.window, tmp_path / "state-a" / "status.json")
    qtbot.waitUntil((tmp_path / "state-a" / "status.json").exists, timeout=5000)
    writer.stop()
    off = closed_port()
    damage = f"fleet_rsync={tmp_path}/damaging-rsync"
    inventory = f"""[kiosks]
a kiosk_content_dir={tmp_path}/a kiosk_state_dir={tmp_path}/state-a
b kiosk_content_dir={tmp_path}/b kiosk_state_dir={tmp_path}/state-b {damage}
c kiosk_content_dir={tmp_path}/c kiosk_state_dir={tmp_path}/state-c
d kiosk_content_dir={tmp_path}/d ansible_connection=ssh ansible_host=127.0.0.1 ansible_port={off}

[kiosks:vars]
ansible_connection=local
ansible_python_interpreter={sys.executable}
kiosk_command="{KIOSK}"
"""
    code, output, table = run_playbook(inventory, tmp_path)
    assert code != 0, output  # the run fails: not every kiosk took the version
    # a and c switched to the published version; b kept its own; d was not reached
    assert pointer(tmp_path / "a") == pointer(tmp_path / "c") == pointer(central)
    assert pointer(tmp_path / "b") == old
    assert [v.number for v in publish.versions(tmp_path / "b")] == [1]
    assert not list((tmp_path / "b" / "incoming").iterdir())  # the damaged copy is gone
    assert not (tmp_path / "d").exists()
    v1, v2 = (v.path.name for v in publish.versions(central))
    assert row(table, "a").split()[:4] == ["a", v2, v1, "stopped"]  # shows v1 until its reset
    assert row(table, "b").split()[:4] == ["b", v1, "?", "no"]  # b has no status file
    assert row(table, "d").split()[:5] == ["d", "?", "?", "no", "answer"]
    assert "a: switched to version 2" in table and "c: switched to version 2" in table
    assert "b: KEPT ITS VERSION: " + v2 + " was damaged on the way" in table
    assert "d: NO ANSWER" in table
    assert "2 of 4 kiosk(s) have " + v2 in table
    assert "b: KEPT ITS VERSION" in output  # the table is printed too

    # the next run, with the transfer mended and d left out, brings b up to date
    inventory = inventory.replace(damage, "")
    inventory = "\n".join(line for line in inventory.splitlines() if not line.startswith("d "))
    code, output, table = run_playbook(inventory, tmp_path)
    assert code == 0, output
    assert pointer(tmp_path / "b") == pointer(central)
    assert "a: already on version 2" in table and "b: switched to version 2" in table
    assert "3 of 3 kiosk(s) have " + v2 in table


@needs_ansible
@pytest.mark.system  # real hosts and SSH for half a minute: `make test-system`
@pytest.mark.slow
def test_kiosks_on_their_own_network_hosts_over_ssh(
    fleet: Callable[[list[str]], Path], tmp_path: Path
) -> None:
    lacking = fleet_hosts.missing()
    if lacking:
        pytest.skip("namespaced kiosk hosts need " + ", ".join(lacking))
    central = fleet(["k1", "k2", "k3"])
    old = pointer(tmp_path / "k2")
    with fleet_hosts.kiosk_hosts(tmp_path / "hosts", 3, without_ssh=1) as (hosts, key):
        ssh = "-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o ConnectTimeout=5"
        lines = ["[kiosks]"]
        for n, host in enumerate(hosts, 1):
            damage = f" fleet_rsync={tmp_path}/damaging-rsync" if n == 2 else ""
            lines.append(
                f"{host.name} ansible_host={host.address} kiosk_content_dir={tmp_path}/k{n}"
                f" kiosk_state_dir={tmp_path}/state-k{n}{damage}"
            )
        lines += [
            "[kiosks:vars]",
            "ansible_user=root",
            f"ansible_port={fleet_hosts.PORT}",
            f"ansible_ssh_private_key_file={key}",
            f'ansible_ssh_common_args="{ssh}"',
            f'fleet_ssh_args="{ssh}"',
            f"ansible_python_interpreter={sys.executable}",
            f'kiosk_command="{KIOSK}"',
        ]
        code, output, table = run_playbook("\n".join(lines) + "\n", tmp_path)
    assert code != 0, output
    assert pointer(tmp_path / "k1") == pointer(tmp_path / "k3") == pointer(central), output
    assert pointer(tmp_path / "k2") == old
    v2 = publish.versions(central)[-1].path.name
    assert "kiosk1: switched to version 2" in table and "kiosk3: switched to version 2" in table
    assert "kiosk2: KEPT ITS VERSION: " + v2 + " was damaged on the way" in table
    assert "kiosk4: NO ANSWER" in table
    assert "2 of 4 kiosk(s) have " + v2 in table
