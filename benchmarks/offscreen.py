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


def synthetic_db(path: Path | None = None) -> Path:
    """The synthetic 5,000-event database, built (again) when missing or made for an
    older schema."""
    import sqlite3
    import tempfile

    from kiosk.content import schema

    path = path or Path(tempfile.gettempdir()) / "kiosk-synthetic.db"
    current = False
    if path.exists():
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            current = conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        except sqlite3.DatabaseError:
            current = False
        finally:
            conn.close()
    if not current:
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synthetic.py"), str(path)],
                       check=True)  # fmt: skip
    return path
