"""Running one measurement in a fresh offscreen process and reading back its figures."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# the checkout the benchmark lives in, not whichever one an editable install points at
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def child_env() -> dict[str, str]:
    """The environment of a measuring process: offscreen, importing this checkout."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def run_child(script: str, *args: str) -> dict[str, str]:
    """Run ``script --child ...`` offscreen; its ``name value`` lines, as a dict."""
    env = child_env()
    out = subprocess.run(
        [sys.executable, script, "--child", *args],
        capture_output=True, text=True, timeout=120, env=env, cwd=ROOT,
    )  # fmt: skip
    if out.returncode != 0:
        raise RuntimeError(out.stderr)
    return dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)


def synthetic_db(path: Path | None = None) -> Path:
    """The synthetic 5,000-event database with its checksum, built (again) when missing
    or made for another schema."""
    import sqlite3
    import tempfile

    from kiosk.content import schema

    path = path or Path(tempfile.gettempdir()) / f"kiosk-synthetic-{schema.SCHEMA_VERSION}.db"
    current = False
    if path.exists() and path.with_name(path.name + ".sha256").exists():
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            current = conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        except sqlite3.DatabaseError:
            current = False
        finally:
            conn.close()
    if not current:
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synthetic.py"), str(path)],
                       check=True, env=child_env())  # fmt: skip
    return path


def ms_to_frame(window: Any, action: Callable[[], object]) -> float:
    """Milliseconds from ``action()`` to the window's next frame (nan after 5 s)."""
    import time

    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    stamps: list[float] = []

    def swapped() -> None:
        stamps.append(time.perf_counter())
        loop.quit()

    conn = window.frameSwapped.connect(swapped)
    QTimer.singleShot(5000, loop.quit)
    t0 = time.perf_counter()
    action()
    loop.exec()
    window.frameSwapped.disconnect(conn)
    return (stamps[0] - t0) * 1000 if stamps else float("nan")
