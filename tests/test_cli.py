"""Exit codes of the command line: 0 ok, 1 problems found, 2 bad input, the same for all."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.cli.base import BAD_INPUT, OK, PROBLEMS


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_search_finds_something_finds_nothing_or_cannot_read(
    small_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "content", "search", "deportation", "--db", str(small_db))
    assert code == OK and out.startswith(("chapter", "section", "event"))
    code, out, _ = run(capsys, "content", "search", "zzzqqq", "--db", str(small_db))
    assert code == PROBLEMS and out == ""
    code, _, err = run(capsys, "content", "search", "x", "--db", str(tmp_path / "no.db"))
    assert code == BAD_INPUT and err.startswith("error: ") and "no.db" in err
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    code, _, err = run(capsys, "content", "search", "x", "--db", str(damaged))
    assert code == BAD_INPUT and err.count("\n") == 1


def test_validate_and_build_tell_problems_from_bad_input(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_db = tmp_path / "c.db"
    assert run(capsys, "content", "build", "--src", str(sources), "--out", str(out_db))[0] == OK
    assert run(capsys, "content", "validate", "--db", str(out_db))[0] == OK
    chapter = sources / "chapters" / "02-south.yaml"
    chapter.write_text(chapter.read_text().replace("date: 1945~", "date: sometime in 1945"))
    assert run(capsys, "content", "validate", "--sources", str(sources))[0] == PROBLEMS
    before = out_db.read_bytes()
    code, _, err = run(capsys, "content", "build", "--src", str(sources), "--out", str(out_db))
    assert code == PROBLEMS and "was not changed" in err and out_db.read_bytes() == before
    missing = str(tmp_path / "nowhere")
    code, _, err = run(capsys, "content", "validate", "--sources", missing)
    assert code == BAD_INPUT and "content folder not found" in err
    assert run(capsys, "content", "build", "--src", missing, "--out", str(out_db))[0] == BAD_INPUT
    code, _, err = run(capsys, "content", "validate", "--db", str(tmp_path / "no.db"))
    assert code == BAD_INPUT and "not found" in err


def test_bad_arguments_are_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "content", "nosuchaction")[0] == BAD_INPUT
    assert run(capsys, "run", "--size", "huge")[0] == BAD_INPUT
    code, _, err = run(capsys, "hash-pin", "12ab")
    assert code == BAD_INPUT and err == "error: the PIN must be 6 to 12 digits\n"
    assert run(capsys, "i18n", "update", "../de")[0] == BAD_INPUT
    assert run(capsys, "--help")[0] == OK


def test_translation_commands(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "content", "export-po", "xx", "--src", str(sources))
    assert code == BAD_INPUT and "not a translation language" in err
    po = tmp_path / "de.po"
    code, _, err = run(capsys, "content", "import-po", str(po), "--src", str(sources))
    assert code == BAD_INPUT and "PO file not found" in err
    po.write_text("this is not a PO file\n", encoding="utf-8")
    code, _, err = run(capsys, "content", "import-po", str(po), "--src", str(sources))
    assert code == BAD_INPUT and "nothing was changed" in err
    assert run(capsys, "content", "coverage", "--src", str(sources))[0] == OK


def test_publishing_commands(
    small_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kiosks = tmp_path / "kiosks"
    kiosks.mkdir()
    code, _, err = run(capsys, "content", "history", "--to", str(kiosks))
    assert code == PROBLEMS and "nothing has been published" in err
    assert run(capsys, "content", "history", "--to", str(tmp_path / "none"))[0] == BAD_INPUT
    db = tmp_path / "c.db"
    shutil.copy(small_db, db)
    assert run(capsys, "content", "publish", str(db), "--to", str(kiosks))[0] == OK
    code, _, err = run(capsys, "content", "rollback", "--to", str(kiosks))
    assert code == PROBLEMS and "no earlier version" in err
    code, _, err = run(capsys, "content", "rollback", "7", "--to", str(kiosks))
    assert code == BAD_INPUT and "there is no version 7" in err
    code, _, err = run(capsys, "content", "publish", str(tmp_path / "no.db"), "--to", str(kiosks))
    assert code == BAD_INPUT and "kiosks" not in err


def test_media_and_fonts_refuse_missing_files(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "photo.jpg")
    args = ["--alt", "a", "--credit", "c", "--licence", "l", "--src", str(sources)]
    code, _, err = run(capsys, "media", "add", missing, *args)
    assert code == BAD_INPUT and "nothing was added" in err
    assert run(capsys, "fonts", "check", "--db", str(tmp_path / "no.db"))[0] == BAD_INPUT
