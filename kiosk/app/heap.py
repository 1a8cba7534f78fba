"""Freed heap handed back to the system after a screen is left.

glibc keeps the memory a closed screen freed (compiled QML, JavaScript heap, decoded
images, Python rows) for its own later use; on a kiosk that runs for days, that is
resident memory nothing reads. ``malloc_trim(0)`` returns it. Elsewhere than glibc
there is nothing to call and nothing is done."""

from __future__ import annotations

import ctypes
import functools
import sys
from collections.abc import Callable


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")  # by name: find_library would start ldconfig
        trim: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError, TypeError):
        return None  # not glibc: its allocator returns memory on its own terms
    return trim


def trim() -> bool:
    """Return the heap's free pages to the system; False where that cannot be asked."""
    fn = _malloc_trim()
    if fn is None:
        return False
    fn(0)
    return True
