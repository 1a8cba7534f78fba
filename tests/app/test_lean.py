"""The exhibit's process-wide memory settings (kiosk/app/lean.py) do what they say."""

from __future__ import annotations

import linecache
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import kiosk.app  # noqa: F401 - applies the settings, as every start of the exhibit does


def test_a_module_imported_after_the_binding_is_not_read_into_memory(tmp_path: Path) -> None:
    (tmp_path / "freshly_imported.py").write_text("VALUE = 1\n", encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        import freshly_imported  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("freshly_imported", None)
    assert freshly_imported.VALUE == 1
    # without the setting, the binding reads the whole file into linecache to look for
    # its feature switches
    assert str(tmp_path / "freshly_imported.py") not in linecache.cache


# Ten 3 MiB blocks allocated after a first one was freed, each followed by a smaller block
# still in use, then freed: glibc's own rule puts them in the heap (the first free raised
# its threshold) and keeps their pages; with the setting each had pages of its own.
FREED = textwrap.dedent(
    """
    import ctypes, sys
    if sys.argv[1] == "lean":
        from kiosk.app import lean
        assert lean.return_freed_blocks()
    libc = ctypes.CDLL("libc.so.6")
    libc.malloc.restype = ctypes.c_void_p
    libc.free.argtypes = (ctypes.c_void_p,)
    libc.memset.argtypes = (ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t)
    size = 3 * 1024 * 1024
    def rss():
        with open("/proc/self/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmRSS"))
    libc.free(libc.malloc(size))
    before = rss()
    blocks, pins = [], []
    for _ in range(10):
        blocks.append(libc.malloc(size))
        libc.memset(blocks[-1], 1, size)
        pins.append(libc.malloc(100 * 1024))  # still in use: holds the heap behind it
    for b in blocks:
        libc.free(b)
    print(rss() - before)
    """
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a glibc setting")
def test_freed_image_sized_blocks_go_back_to_the_system() -> None:
    def kept_kib(mode: str) -> int:
        out = subprocess.run(
            [sys.executable, "-c", FREED, mode], capture_output=True, text=True, check=True
        )
        return int(out.stdout)

    assert kept_kib("glibc") > 25_000  # the ten blocks' 30 MiB stay resident
    assert kept_kib("lean") < 2_000


# Everything `kiosk run` does before its event loop, as a kiosk (full screen, watchdog,
# status file), in a fresh process; then the Qt namespace's enums that exist at the first
# frame (found among the live objects: asking the namespace would build them).
START = textwrap.dedent(
    """
    import enum, gc, sys
    from pathlib import Path
    from kiosk.app.config import KioskConfig
    from kiosk.app.main import Services, lock_down, make_engine, watch_status
    from kiosk.app.watchdog import Watchdog
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication(sys.argv)
    config = KioskConfig(fullscreen=True)
    services = Services(Path(sys.argv[1]), config)
    engine = make_engine(services)
    window = engine.rootObjects()[0]
    keep = Watchdog(window, 1000, parent=app), lock_down(window, config)
    writer = watch_status(services, window, Path(sys.argv[2]))
    def first_frame():
        built = [o.__qualname__ for o in gc.get_objects() if isinstance(o, enum.EnumType)]
        print("\\n".join(built))
        app.exit(0)
    window.frameSwapped.connect(first_frame)
    sys.exit(app.exec())
    """
)


def test_start_up_builds_no_qt_namespace_enums_before_the_first_frame(
    real_db: Path, tmp_path: Path
) -> None:
    """The first use of the Qt namespace (Qt.ConnectionType, Qt.WindowState, ...) builds
    all of its 90 Python enums: 25 ms of a kiosk's start. Enums of single classes
    (QFont's, QWindow's) are cheap and allowed."""
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
    out = subprocess.run(
        [sys.executable, "-c", START, str(real_db), str(tmp_path / "status.json")],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    built = out.stdout.split()
    assert "QWindow.Visibility" in built  # the check sees the enums start-up did build
    assert [name for name in built if name.startswith("Qt.")] == []
