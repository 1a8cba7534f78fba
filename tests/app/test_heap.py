"""The heap a closed screen freed goes back to the system (glibc), and nothing breaks
where there is no such call."""

from __future__ import annotations

import sys

import pytest

from kiosk.app import heap


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_freed_heap_is_returned_on_linux() -> None:
    def resident_kib() -> int:
        with open("/proc/self/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))

    blocks = [bytearray(1000) for _ in range(60_000)]  # small blocks: malloc's heap, no mmap
    # what stays above them keeps malloc from giving the freed space back on its own,
    # as a screen's long-lived objects do
    kept = [bytearray(1000) for _ in range(10)]
    grown = resident_kib()
    del blocks
    assert heap.trim() is True
    assert resident_kib() < grown - 20_000  # most of the 60 MB is the system's again
    assert len(kept) == 10


def test_nothing_is_called_off_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    heap._malloc_trim.cache_clear()
    monkeypatch.setattr(sys, "platform", "darwin")
    try:
        assert heap.trim() is False
    finally:
        heap._malloc_trim.cache_clear()
