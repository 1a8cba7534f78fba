"""Running one measurement in a fresh offscreen process and reading back its figures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_child(script: str, *args: str) -> dict[str, str]:
    """Run ``script --child ...`` offscreen; its ``name value`` lines, as a dict."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
    out = subprocess.run(
        [sys.executable, script, "--child", *args],
        capture_output=True, text=True, timeout=120, env=env, cwd=ROOT,
    )  # fmt: skip
    if out.returncode != 0:
        raise RuntimeError(out.stderr)
    return dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)
