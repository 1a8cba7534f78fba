"""The names a screen reader on Linux hears, read through AT-SPI: the exhibit runs on the
xcb platform under Xvfb with the accessibility bus of a private D-Bus session, and the
system's Python reads its tree with gi.repository.Atspi."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
NEEDS = "dbus-run-session, xvfb-run, python3-gi, gir1.2-atspi-2.0 and at-spi2-core"


def atspi_ready() -> str:
    """Why the test cannot run here ("" when it can)."""
    for tool in ("dbus-run-session", "xvfb-run", "Xvfb"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (packaging/system-packages.txt: {NEEDS})"
    probe = subprocess.run(
        ["/usr/bin/python3", "-c", "import gi; gi.require_version('Atspi', '2.0')"],
        capture_output=True,
    )
    if probe.returncode != 0:
        return f"the system's Python has no gi.repository.Atspi (install {NEEDS})"
    return ""


@pytest.mark.slow
def test_a_screen_reader_hears_every_button_by_its_label(small_db: Path, tmp_path: Path) -> None:
    why = atspi_ready()
    if why:
        pytest.skip(why)
    done = tmp_path / "done"
    result = subprocess.run(
        ["dbus-run-session", "--", "xvfb-run", "-a", "sh", str(ROOT / "tests/ui/atspi/run.sh"),
         sys.executable, str(small_db), str(done)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    lines = [line for line in result.stdout.splitlines() if line.startswith("[")]
    assert lines, result.stdout + result.stderr
    heard = json.loads(lines[-1])
    buttons = {n["name"] for n in heard if n["role"] == "push button"}
    assert {"Chapters", "Timeline", "Sources", "Search", "About the exhibit"} <= buttons
    assert {"Language", "A+", "Contrast"} <= buttons
    assert "" not in buttons  # no button without a name
    labels = {n["name"] for n in heard if n["role"] == "label"}
    assert "Soviet war crimes, 1919–1991" in labels  # the screen's title is read too
