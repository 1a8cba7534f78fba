"""Recorded narration (audio description): a curator's recording of a chapter, section or
event in one language, with its captions, played instead of synthetic speech.

``kiosk media add-audio`` checks a recording and its captions here and records them like
an image: the file under media/ named by its checksum, an entry in audio.yaml. The build
checks both again (a file placed by hand gets the same checks) and stores them in
content.db. Nothing here trusts a name, an id or a caption it is given.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from . import safety, schema

MAX_BYTES = 40_000_000  # about 40 minutes of 128 kbit/s Opus or MP3; a WAV runs out sooner
MAX_CAPTION_BYTES = 512_000
MAX_CUES = 2_000
MAX_CUE_CHARS = 300  # two lines on screen at most
MAX_CUE_MS = 24 * 3600 * 1000
TARGET_KINDS = schema.AUDIO_TARGETS
FORMATS = schema.AUDIO_FORMATS
_M4A_BRANDS = {b"M4A ", b"M4B ", b"mp41", b"mp42", b"isom", b"iso2", b"dash"}


class AudioError(Exception):
    """The recording or its captions cannot be used; the message says why in words."""


@dataclass(frozen=True)
class Cue:
    start_ms: int
    end_ms: int
    text: str


@dataclass(frozen=True)
class Added:
    id: str
    file: str
    captions: str | None
    cues: int


def sniff(data: bytes) -> str | None:
    """The container by its magic bytes (one of FORMATS), or None: not a recording we play."""
    if data[:4] == b"OggS" and (b"OpusHead" in data[:512] or b"\x01vorbis" in data[:512]):
        return "ogg"
    if data[:4] == b"fLaC":
        return "flac"
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return "wav"
    if data[4:8] == b"ftyp" and data[8:12] in _M4A_BRANDS:
        return "m4a"
    if data[:3] == b"ID3" and len(data) > 10:
        return "mp3"
    # an MPEG audio frame header: 11 sync bits, layer III, a valid bitrate and rate
    frame = len(data) >= 4 and data[0] == 0xFF and (data[1] & 0xE6) == 0xE2
    if frame and (data[2] >> 4) not in (0, 15) and ((data[2] >> 2) & 3) != 3:
        return "mp3"
    return None


def check_recording(data: bytes, name: str = "the recording") -> str:
    """The format of ``data``; AudioError when it is empty, too large or not audio."""
    if not data:
        raise AudioError(f"{name} is empty")
    if len(data) > MAX_BYTES:
        raise AudioError(f"{name} is larger than {MAX_BYTES // 1_000_000} MB")
    kind = sniff(data)
    if kind is None:
        raise AudioError(
            f"{name} is not a recording the exhibit plays (Ogg Opus or Vorbis, MP3, WAV, "
            "FLAC or M4A, recognised by its first bytes, not its name)"
        )
    return kind


_TIME = re.compile(r"^(?:(\d{1,2}):)?([0-5]?\d):([0-5]\d)[.,](\d{3})$")
_TAG = re.compile(r"<[^>]{0,200}>")
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&nbsp;": " ", "&lrm;": "", "&rlm;": ""}


def _ms(stamp: str, where: str) -> int:
    m = _TIME.match(stamp.strip())
    if not m:
        raise AudioError(f"{where}: {stamp.strip()[:40]!r} is not a time such as 00:01:02.500")
    h, mi, s, ms = (int(g or 0) for g in m.groups())
    return ((h * 60 + mi) * 60 + s) * 1000 + ms


def clean_cue_text(raw: str, where: str) -> str:
    """A cue as plain text: markup tags and entities removed, control characters refused,
    lines joined, the length limited."""
    text = _TAG.sub("", raw)
    for entity, char in _ENTITIES.items():
        text = text.replace(entity, char)
    if "<" in text or ">" in text or re.search(r"&#?\w+;", text):
        raise AudioError(f"{where}: the caption has markup left in it; give plain text")
    text = " ".join(unicodedata.normalize("NFC", text).split())
    bad = safety.bad_characters(text)
    if bad:
        raise AudioError(f"{where}: the caption contains {bad}; remove it")
    if len(text) > MAX_CUE_CHARS:
        raise AudioError(f"{where}: a caption is longer than {MAX_CUE_CHARS} characters")
    return text


def parse_captions(data: bytes, name: str = "the captions") -> list[Cue]:
    """The cues of a WebVTT or SubRip file, as plain text; AudioError says what is wrong."""
    if not data.strip():
        raise AudioError(f"{name} is empty")
    if len(data) > MAX_CAPTION_BYTES:
        raise AudioError(f"{name} is larger than {MAX_CAPTION_BYTES // 1000} kB")
    try:
        source = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AudioError(f"{name} is not UTF-8 text (byte {exc.start + 1})") from exc
    if "\x00" in source:
        raise AudioError(f"{name} is not a text file (it contains NUL characters)")
    blocks = re.split(r"\n[ \t]*\n", source.replace("\r\n", "\n").replace("\r", "\n").strip())
    vtt = blocks[0].startswith("WEBVTT")
    cues: list[Cue] = []
    for number, block in enumerate(blocks[1:] if vtt else blocks, start=1):
        lines = block.split("\n")
        if vtt and lines[0].startswith(("NOTE", "STYLE", "REGION")):
            continue
        timing = next((i for i, line in enumerate(lines[:2]) if "-->" in line), None)
        if timing is None:
            raise AudioError(f"{name}, cue {number}: no timing line ('00:00:01.000 --> ...')")
        where = f"{name}, cue {number}"
        start, _, rest = lines[timing].partition("-->")
        end = rest.strip().split()[0] if rest.strip() else ""
        start_ms, end_ms = _ms(start, where), _ms(end, where)
        if end_ms < start_ms or end_ms > MAX_CUE_MS:
            raise AudioError(f"{where}: it ends before it starts, or after 24 hours")
        text = clean_cue_text("\n".join(lines[timing + 1 :]), where)
        if text:
            cues.append(Cue(start_ms, end_ms, text))
        if len(cues) > MAX_CUES:
            raise AudioError(f"{name} has more than {MAX_CUES} cues")
    if not cues:
        raise AudioError(f"{name} has no cues with text")
    return cues


def write_vtt(cues: list[Cue]) -> bytes:
    """The cleaned captions as WebVTT, the form kept beside the recording."""

    def stamp(ms: int) -> str:
        h, rest = divmod(ms, 3_600_000)
        mi, rest = divmod(rest, 60_000)
        return f"{h:02d}:{mi:02d}:{rest // 1000:02d}.{rest % 1000:03d}"

    parts = ["WEBVTT\n"]
    parts += [f"{stamp(c.start_ms)} --> {stamp(c.end_ms)}\n{c.text}\n" for c in cues]
    return "\n".join(parts).encode("utf-8")


def cue_at(cues: list[Cue], ms: int) -> str:
    """The caption shown ``ms`` into the recording ("" between cues)."""
    for cue in cues:
        if cue.start_ms <= ms < cue.end_ms:
            return cue.text
    return ""


def recording_id(kind: str, ref: str, lang: str) -> str:
    return f"audio-{kind}-{ref}-{lang}"


def _targets(src: Path) -> tuple[dict[str, str], set[str]]:
    """{id: kind} of every chapter, section and event, and the language codes."""
    from . import loader

    try:
        content = loader.load(src)
    except loader.SourceError as exc:
        raise AudioError(f"the content sources cannot be read: {exc}") from exc
    kinds: dict[str, str] = {}
    for ch in content.chapters:
        kinds[ch.id] = "chapter"
        kinds.update(dict.fromkeys((s.id for s in ch.sections), "section"))
        kinds.update(dict.fromkeys((e.id for e in ch.events), "event"))
    return kinds, {lang.code for lang in content.languages}


def _read(path: Path, what: str) -> bytes:
    try:
        if path.stat().st_size > max(MAX_BYTES, MAX_CAPTION_BYTES):
            raise AudioError(f"{what} is larger than {MAX_BYTES // 1_000_000} MB")
        return path.read_bytes()
    except OSError as exc:
        raise AudioError(f"cannot read {what}: {exc.strerror or exc}") from exc


def add(src: Path, file: Path, target: str, lang: str, captions: Path | None = None) -> Added:
    """Add a recording for ``target`` (a chapter, section or event id) in ``lang``. Every
    check runs before anything is written; a second recording for the same item and
    language replaces the first."""
    src = Path(src)
    if not safety.is_id(target):
        raise AudioError(f"--for {target[:80]!r} is not an id (lower-case letters, digits, '-')")
    if not re.fullmatch(r"[a-z]{2,3}", lang):
        raise AudioError(f"--lang {lang[:20]!r} is not a language code such as 'en' or 'ja'")
    kinds, languages = _targets(src)
    if target not in kinds:
        raise AudioError(f"no chapter, section or event has the id {target!r}")
    if lang not in languages:
        raise AudioError(
            f"the exhibit has no language {lang!r} (it has {', '.join(sorted(languages))})"
        )
    data = _read(Path(file), Path(file).name)
    fmt = check_recording(data, Path(file).name)
    vtt: bytes | None = None
    cues: list[Cue] = []
    if captions is not None:
        if Path(captions).suffix.lower() not in (".vtt", ".srt"):
            raise AudioError(f"{Path(captions).name}: captions must be a .vtt or .srt file")
        cues = parse_captions(_read(Path(captions), Path(captions).name), Path(captions).name)
        vtt = write_vtt(cues)
    # everything is checked: now write, each file whole or not at all
    folder = src / "media"
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{hashlib.sha256(data).hexdigest()[:16]}.{fmt}"
    _write(folder / name, data)
    caption_name = None
    if vtt is not None:
        caption_name = f"{hashlib.sha256(vtt).hexdigest()[:16]}.vtt"
        _write(folder / caption_name, vtt)
    import yaml

    kind = kinds[target]
    ident = recording_id(kind, target, lang)
    index = src / "audio.yaml"
    entries = yaml.safe_load(index.read_text(encoding="utf-8")) if index.exists() else []
    entries = [e for e in entries or [] if e.get("id") != ident]
    entry = {"id": ident, "for": target, "lang": lang, "file": name}
    if caption_name:
        entry["captions"] = caption_name
    entries.append(entry)
    _write(index, yaml.safe_dump(entries, sort_keys=False, allow_unicode=True).encode("utf-8"))
    return Added(ident, name, caption_name, len(cues))


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
