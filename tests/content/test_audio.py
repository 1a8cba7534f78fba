"""Recorded narration: `kiosk media add-audio` takes a recording and its captions for a
chapter, section or event, refuses anything else with a message (exit 2, nothing
written), and the build stores both in content.db."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import yaml

from kiosk.cli import main
from kiosk.cli.base import BAD_INPUT, OK
from kiosk.content import audio, build
from kiosk.content.repository import ContentError, Repository, file_sha256
from tests.audio_files import CAPTIONS_SRT, CAPTIONS_VTT, tiny_wav


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def wav(tmp_path: Path) -> Path:
    path = tmp_path / "narration.wav"
    path.write_bytes(tiny_wav())
    return path


@pytest.fixture
def vtt(tmp_path: Path) -> Path:
    path = tmp_path / "narration.vtt"
    path.write_text(CAPTIONS_VTT, encoding="utf-8")
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_a_recording_with_captions_is_added_and_built(
    sources: Path, wav: Path, vtt: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "media", "add-audio", str(wav), "--for", "north",
                       "--lang", "en", "--captions", str(vtt), "--src", str(sources))  # fmt: skip
    assert code == OK and "added audio-chapter-north-en" in out and "2 caption(s)" in out
    entries = yaml.safe_load((sources / "audio.yaml").read_text(encoding="utf-8"))
    assert [(e["for"], e["lang"]) for e in entries] == [("north", "en")]
    assert (sources / "media" / entries[0]["file"]).read_bytes() == wav.read_bytes()
    assert entries[0]["file"].endswith(".wav") and entries[0]["captions"].endswith(".vtt")
    # a section's recording too, with SubRip captions
    srt = tmp_path / "x.srt"
    srt.write_text(CAPTIONS_SRT, encoding="utf-8")
    assert main(["media", "add-audio", str(wav), "--for", "north-debate", "--lang", "en",
                 "--captions", str(srt), "--src", str(sources)]) == OK  # fmt: skip
    out_db = tmp_path / "c.db"
    build.build(sources, out_db)
    repo = Repository.open(out_db)
    try:
        found = repo.recording("chapter", "north", "en")
        assert found == ("audio-chapter-north-en", "wav")
        assert repo.recording_data(found[0]) == wav.read_bytes()
        assert [c.text for c in repo.recording_cues(found[0])] == [
            "The first words & more.",  # markup gone, the entity read
            "Second line, broken in two.",
        ]
        assert repo.recording("section", "north-debate", "en") is not None
        assert [c.start_ms for c in repo.recording_cues("audio-section-north-debate-en")] == [
            0,
            500,
        ]
        assert repo.recording("chapter", "south", "en") is None
    finally:
        repo.close()


def test_a_second_recording_replaces_the_first(sources: Path, wav: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.wav"
    other.write_bytes(tiny_wav(0.5))
    audio.add(sources, wav, "north", "en")
    audio.add(sources, other, "north", "en")
    entries = yaml.safe_load((sources / "audio.yaml").read_text(encoding="utf-8"))
    assert len(entries) == 1
    assert (sources / "media" / entries[0]["file"]).read_bytes() == other.read_bytes()


def _bad_inputs(tmp_path: Path, wav: Path, vtt: Path) -> list[tuple[list[str], str]]:
    text = tmp_path / "notes.mp3"
    text.write_text("this is not a recording", encoding="utf-8")
    png = tmp_path / "picture.ogg"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    marked = tmp_path / "marked.vtt"
    marked.write_text("WEBVTT\n\n00:00.000 --> 00:01.000\nhello\x07bell\n", encoding="utf-8")
    scripted = tmp_path / "scripted.vtt"
    scripted.write_text("WEBVTT\n\n00:00.000 --> 00:01.000\nsee <b onclick=x\n", encoding="utf-8")
    long = tmp_path / "long.srt"
    long.write_text("1\n00:00:00,000 --> 00:00:01,000\n" + "word " * 100 + "\n", encoding="utf-8")
    untimed = tmp_path / "untimed.vtt"
    untimed.write_text("WEBVTT\n\njust words\n", encoding="utf-8")
    latin1 = tmp_path / "latin1.srt"
    latin1.write_bytes("1\n00:00:00,000 --> 00:00:01,000\nZ\xfcge\n".encode("latin-1"))
    wrong_kind = tmp_path / "captions.txt"
    wrong_kind.write_text(CAPTIONS_VTT, encoding="utf-8")
    w = str(wav)
    return [
        (
            [w, "--for", "nowhere", "--lang", "en"],
            "no chapter, section or event has the id 'nowhere'",
        ),
        ([w, "--for", "../../etc/passwd", "--lang", "en"], "is not an id"),
        ([w, "--for", "north", "--lang", "xx"], "the exhibit has no language 'xx'"),
        ([w, "--for", "north", "--lang", "../en"], "is not a language code"),
        ([str(text), "--for", "north", "--lang", "en"], "is not a recording the exhibit plays"),
        ([str(png), "--for", "north", "--lang", "en"], "is not a recording the exhibit plays"),
        ([str(empty), "--for", "north", "--lang", "en"], "is empty"),
        ([str(tmp_path / "gone.wav"), "--for", "north", "--lang", "en"], "cannot read"),
        ([w, "--for", "north", "--lang", "en", "--captions", str(marked)], "a control character"),
        ([w, "--for", "north", "--lang", "en", "--captions", str(scripted)], "markup"),
        ([w, "--for", "north", "--lang", "en", "--captions", str(long)], "longer than 300"),
        ([w, "--for", "north", "--lang", "en", "--captions", str(untimed)], "no timing line"),
        ([w, "--for", "north", "--lang", "en", "--captions", str(latin1)], "is not UTF-8"),
        ([w, "--for", "north", "--lang", "en", "--captions", str(wrong_kind)], ".vtt or .srt"),
    ]


def test_every_bad_input_is_refused_with_a_message_and_nothing_written(
    sources: Path, wav: Path, vtt: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(sources)
    for argv, message in _bad_inputs(tmp_path, wav, vtt):
        code, out, err = run(capsys, "media", "add-audio", *argv, "--src", str(sources))
        assert (code, out) == (BAD_INPUT, ""), argv
        assert message in err and "nothing was added" in err, (argv, err)
        assert err.count("\n") == 1, err
        assert snapshot(sources) == before, argv


def test_an_oversize_recording_is_refused(
    sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audio, "MAX_BYTES", 1000)
    big = tmp_path / "big.wav"
    big.write_bytes(tiny_wav(1.0))  # 16 kB
    with pytest.raises(audio.AudioError, match="larger than"):
        audio.add(sources, big, "north", "en")
    assert not (sources / "audio.yaml").exists()


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"OggS\x00\x02" + b"\x00" * 22 + b"OpusHead\x01", "ogg"),
        (b"fLaC\x00\x00\x00\x22", "flac"),
        (b"ID3\x04\x00\x00\x00\x00\x00\x00\x00", "mp3"),
        (b"\xff\xfb\x90\x64", "mp3"),
        (b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00", "m4a"),
        (b"OggS\x00\x02" + b"\x00" * 22 + b"\x80theora", None),  # an Ogg video
        (b"\x00\x00\x00\x20ftypqt  ", None),  # a QuickTime film
        (b"RIFF\x00\x00\x00\x00AVI ", None),
        (b"<html>", None),
    ],
)
def test_containers_are_told_by_their_first_bytes(head: bytes, kind: str | None) -> None:
    assert audio.sniff(head + b"\x00" * 64) == kind


def test_a_hand_placed_recording_gets_the_same_checks(sources: Path, tmp_path: Path) -> None:
    (sources / "media" / "fake.wav").write_text("not audio", encoding="utf-8")
    (sources / "audio.yaml").write_text(
        "- id: audio-chapter-north-en\n  for: north\n  lang: en\n  file: fake.wav\n",
        encoding="utf-8",
    )
    with pytest.raises(build.BuildError) as err:
        build.build(sources, tmp_path / "c.db")
    assert "not a recording" in str(err.value.problems[0])
    assert not (tmp_path / "c.db").exists()


def test_a_database_with_a_marked_up_caption_is_refused(
    sources: Path, wav: Path, vtt: Path, tmp_path: Path
) -> None:
    audio.add(sources, wav, "north", "en", vtt)
    out_db = tmp_path / "c.db"
    build.build(sources, out_db)
    conn = sqlite3.connect(out_db)
    conn.execute("UPDATE audio_cues SET text = '<img src=x>' WHERE position = 0")
    conn.commit()
    conn.close()
    sidecar = out_db.with_name("c.db.sha256")
    sidecar.write_text(f"{file_sha256(out_db)}  c.db\n", encoding="ascii")
    with pytest.raises(ContentError, match="caption 0 of audio-chapter-north-en has markup"):
        Repository.open(out_db)
