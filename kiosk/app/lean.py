"""Process-wide settings that keep a long-running exhibit's memory low, and the rule
that keeps its start short.

Both settings are applied once, when ``kiosk.app`` is first imported (before the modules
that follow it are loaded and before any image is decoded).

The rule: nothing a kiosk runs before its first frame names the ``Qt`` namespace
(``Qt.ConnectionType``, ``Qt.WindowState``, ...) or receives one of its enums from Qt.
Its first use builds all of its 90-odd Python enums, about 25 ms.
``tests/app/test_lean.py`` starts a kiosk as ``kiosk run`` does and fails if any exists
at the first frame.
"""

from __future__ import annotations

import sys
from types import ModuleType

# glibc's mallopt parameter: blocks at least this large get pages of their own
_M_MMAP_THRESHOLD = -3
# fixed here, so that it no longer grows: a decode before scaling (2.4-6 MiB) is above
# it; smaller blocks stay in the heap, which reuses them without fresh page faults (at
# glibc's own starting value, 128 KiB, the peak was 1.5 MiB lower and the timeline's
# 5,000-event opening less steady)
MMAP_THRESHOLD = 2 * 1024 * 1024


def return_freed_blocks() -> bool:
    """Give every large block (the full-size decode an image is scaled from, a large
    decoded image) pages of its own, returned to the system when it is freed.

    glibc raises this threshold each time such a block is freed, so after the first
    few images every later decode lands in the heap, and the heap keeps the pages of
    the images it freed: about 10 MiB more at the peak after every chapter opened
    (benchmarks/startup.py). True when the setting took effect (glibc only)."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes  # here: 4 ms to import, and only this needs it

    try:
        # the interpreter's own symbols, the C library's among them (no library search)
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD))


def _uses_no_feature(module: ModuleType) -> bool:
    return False


def skip_feature_scan() -> bool:
    """Stop Qt for Python reading the source of every module imported after it.

    For its optional ``from __feature__ import ...`` switches (which the exhibit never
    uses), the binding reads each newly imported module's whole source file to see
    whether it names the binding, and keeps every line in ``linecache``: about 3 MiB
    and several milliseconds at start-up. Telling it that no module uses a feature is
    what it concludes for a module without them anyway. True when the binding had the
    check to replace."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        return False
    feature._mod_uses_pyside = _uses_no_feature  # type: ignore[attr-defined]
    return True
