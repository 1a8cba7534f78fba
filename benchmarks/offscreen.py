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


# Looking into the item tree from QML, not from Python: a Python wrapper of an item the
# StackView made (no QObject parent) can take the item over, keep it alive after the
# stack let go of it, or delete it under QML's feet when it is collected.
_FIND_JS = """
(function () {
    function find(item) {
        for (let i = 0; i < item.children.length; ++i) {
            const c = item.children[i]
            if (!c.visible) continue
            if (c.objectName === %(name)s) return c
            const f = find(c)
            if (f) return f
        }
        return null
    }
    // images still to be drawn on screen: one may hide itself until it is loaded, and
    // a view's delegates kept beyond its edges are not on screen
    function count(item) {
        let n = 0
        for (let i = 0; i < item.children.length; ++i) {
            const c = item.children[i]
            if (c.objectName === %(name)s && String(c.source) !== "") {
                const p = c.mapToItem(null, 0, 0)
                const shown = p.y < contentItem.height && p.y + c.height > 0
                    && p.x < contentItem.width && p.x + c.width > 0
                if (shown && (c.status !== 1 || c.paintedWidth <= 0)) ++n  // 1: Image.Ready
                continue
            }
            if (!c.visible) continue
            n += count(c)
        }
        return n
    }
    %(body)s
})()
"""


def centre_of(engine: Any, window: Any, name: str) -> Any:
    """The window position of the centre of the visible item called ``name``."""
    from PySide6.QtCore import QPoint
    from PySide6.QtQml import QQmlExpression

    body = "const it = find(contentItem); const p = it.mapToItem(null, it.width / 2, it.height / 2); return [p.x, p.y]"
    js = _FIND_JS % {"name": repr(name), "body": body}
    value, _ = QQmlExpression(engine.rootContext(), window, js).evaluate()
    x, y = value.toVariant() if hasattr(value, "toVariant") else value
    return QPoint(int(x), int(y))


def pending_images(engine: Any, window: Any, name: str) -> int:
    """How many visible images called ``name`` have a source but nothing drawn yet."""
    from PySide6.QtQml import QQmlExpression

    js = _FIND_JS % {"name": repr(name), "body": "return count(contentItem)"}
    value, _ = QQmlExpression(engine.rootContext(), window, js).evaluate()
    return int(value)
