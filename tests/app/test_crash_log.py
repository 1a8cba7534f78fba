"""A native crash (a segmentation fault in Qt or Python's C code) leaves its stack in the
log folder's crash.log, where staff and the status file's readers look."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CRASH = """
import faulthandler, sys
from pathlib import Path
from kiosk.app import logs
logs.start_logging(Path(sys.argv[1]))
faulthandler._sigsegv()
"""


def test_a_native_crash_writes_its_stack_to_crash_log(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", CRASH, str(tmp_path)], cwd=ROOT, capture_output=True,
        text=True, timeout=60, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )  # fmt: skip
    assert out.returncode != 0  # it did crash
    crash = (tmp_path / "crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in crash
    assert "line 6" in crash  # the stack, down to the line that crashed
    assert (tmp_path / "kiosk.log").exists()
