"""Tiny recordings and captions for the tests of recorded narration."""

from __future__ import annotations

import io
import math
import struct
import wave


def tiny_wav(seconds: float = 1.0, rate: int = 8000) -> bytes:
    """A mono 16-bit WAV of a quiet tone."""
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        frames = int(seconds * rate)
        w.writeframes(
            b"".join(struct.pack("<h", int(2000 * math.sin(i / 5))) for i in range(frames))
        )
    return buf.getvalue()


CAPTIONS_VTT = """WEBVTT

NOTE written for the tests

00:00.000 --> 00:00.400
<v Narrator>The <i>first</i> words &amp; more.</v>

00:00.400 --> 00:01.000
Second line,
broken in two.
"""

CAPTIONS_SRT = """1
00:00:00,000 --> 00:00:00,500
Erste Zeile

2
00:00:00,500 --> 00:00:01,000
Zweite Zeile
"""
