"""Hostile content: no id or file name from content becomes a path outside its folder, and
texts that hide, reorder or overflow what a visitor reads are refused with their place."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.content import build, export, loader, publish, safety
from kiosk.content.repository import ContentError, Repository

HOSTILE_NAMES = [
    "../escape.jpg",
    "../../../../tmp/escape.jpg",
    "/tmp/escape.jpg",
    "media/../../escape.jpg",
    "..\\escape.jpg",
    "x" * 300 + ".jpg",
    ".hidden.jpg",
    "",
]


@pytest.mark.parametrize("name", [*HOSTILE_NAMES, "a\x00b.jpg"])
def test_inside_refuses_every_name_that_is_not_one_plain_component(
    tmp_path: Path, name: str
) -> None:
    with pytest.raises(safety.UnsafeName):
        safety.inside(tmp_path, name)


def test_inside_refuses_a_symlink_even_to_a_file_in_the_folder(tmp_path: Path) -> None:
    (tmp_path / "real.jpg").write_bytes(b"x")
    (tmp_path / "link.jpg").symlink_to(tmp_path / "real.jpg")
    assert safety.inside(tmp_path, "real.jpg") == tmp_path.resolve() / "real.jpg"
    with pytest.raises(safety.UnsafeName, match="symbolic link"):
        safety.inside(tmp_path, "link.jpg")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Hungary 19\u202e65", "bidirectional"),
        ("a bell\x07 rings", "control character"),
        ("an escape \x1b[2J", "control character"),
        ("a hidden\u200bword", "invisible"),
        ("Deported \x02200,000\x03", "control character"),  # forged search markers
        ("a joiner\u200din Latin", "joiner"),
        ("a mark\u200e in Latin", "direction mark"),
        ("private \ue000 use", "private-use"),
    ],
)
def test_bad_characters_are_named(text: str, problem: str) -> None:
    found = safety.bad_characters(text)
    assert found is not None and problem in found


def test_dari_keeps_its_joiners_and_direction_marks() -> None:
    assert safety.bad_characters("می\u200cخواهم \u200e1941\u200e") is None


def test_japanese_runs_are_not_long_words_but_latin_runs_are() -> None:
    assert safety.long_word("千島列島" * 40) is None
    assert safety.long_word("x" * (safety.MAX_WORD + 1)) is not None
    assert safety.first_unsafe(["fine", "y" * 200, "also fine"])[0] == 1  # type: ignore[index]


def _first_unsafe_one_by_one(texts: list[str]) -> tuple[int, str] | None:
    for i, t in enumerate(texts):
        if bad := safety.bad_characters(t):
            return i, f"contains {bad}"
        if word := safety.long_word(t):
            return i, f"has a word longer than {safety.MAX_WORD} characters ({word})"
    return None


# pieces that make the fast passes of first_unsafe go wrong if they can: multi-byte
# letters, Japanese runs, spaces that are not ASCII, joiners where they are allowed and
# where not, and words just under and just over the limit
_PIECES = st.sampled_from(
    ["a", " ", "\n", "\t", "\u00a0", "\u3000", "\u200c", "\u200e", "\u202e", "\ue001",
     "\x1c", "\ufffc", "ж", "千島", "دری", "-", "x" * 30, "ж" * 30, "千" * 40, "y" * 61,
     "я" * 61, "\u061c", "\u00ad", "\uffff", "\U0001f600", "、", "カ" * 30, "\u3105" * 31,
     "\u1e00" * 31]
)  # fmt: skip


@given(st.lists(st.lists(_PIECES, max_size=8).map("".join), min_size=1, max_size=6))
def test_first_unsafe_finds_what_a_text_by_text_check_finds(texts: list[str]) -> None:
    expected = _first_unsafe_one_by_one(texts)
    assert safety.first_unsafe(texts) == expected
    assert safety.first_unsafe_utf8([t.encode() for t in texts]) == expected  # as stored


def _refused(ch: str) -> bool:
    return re.fullmatch(safety._FORBIDDEN, ch) is not None


_EVERY_CHARACTER = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]


def test_the_byte_passes_find_every_refused_character() -> None:
    # the passes over a table's bytes choose which texts are examined: a character they
    # missed would reach the screen unexamined
    found = re.compile(safety._FORBIDDEN_UTF8)
    strict = re.compile(safety._FORBIDDEN_UTF8_STRICT)
    refused = [c for c in _EVERY_CHARACTER if _refused(c)]
    assert len(refused) > 6000  # the private use area among them
    assert [c for c in refused if c != safety._ALM and not found.fullmatch(c.encode())] == []
    # a text in a script that needs joiners is searched again for everything else
    assert [
        c for c in refused if c not in safety._JOINERS and not strict.fullmatch(c.encode())
    ] == []
    assert [c for c in safety._JOINERS if strict.search(c.encode())] == []
    # and nothing a text may hold is taken for a refused character
    allowed = [c for c in _EVERY_CHARACTER if not _refused(c)][::97]
    assert [c for c in allowed if found.search(c.encode())] == []


def test_only_characters_that_end_a_word_end_a_run_in_the_byte_pass() -> None:
    # a character the pass counts as a break must end a word for long_word too, or a run
    # of it would never be examined
    run = safety.MAX_WORD + 1
    letters = safety._LETTERS, safety._CONTINUATION
    breaks = [c for c in _EVERY_CHARACTER if b" " in c.encode().translate(*letters)]
    assert "千" in breaks and "/" in breaks and "カ" not in breaks
    assert [c for c in breaks if safety.long_word(c * run) is not None] == []


def test_a_text_with_the_arabic_letter_mark_is_examined() -> None:
    found = safety.first_unsafe(["fine", "plain \u061c mark"])
    assert found == (1, "contains a direction mark outside right-to-left text "
                        "(U+061C ARABIC LETTER MARK) at character 7")  # fmt: skip
    assert safety.first_unsafe(["fine", "دری \u061c1941"]) is None


def test_first_unsafe_names_the_text_after_a_japanese_one() -> None:
    texts = ["千島列島" * 40, "短い", "fine words", "ж" * 40 + " " + "ж" * 61, "ok"]
    assert safety.first_unsafe(texts) == (3, f"has a word longer than 60 characters ({'ж' * 20}…)")
    assert safety.first_unsafe([*texts[:3], "ж" * 60]) is None


# -- sources --------------------------------------------------------------------------


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("name", ["../escape.jpg", "/etc/hostname", "media/../../x.jpg"])
def test_a_media_file_outside_media_is_refused_at_load(sources: Path, name: str) -> None:
    _replace(sources / "media.yaml", "file: south-cover.png", f"file: {name!r}")
    with pytest.raises(loader.SourceError) as err:
        loader.load(sources)
    assert err.value.where.startswith("media.yaml:")
    assert "plain file name" in err.value.message


def test_a_symlinked_image_is_refused_at_build(sources: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.png"
    shutil.copy(sources / "media" / "south-cover.png", outside)
    (sources / "media" / "south-cover.png").unlink()
    (sources / "media" / "south-cover.png").symlink_to(outside)
    out = tmp_path / "out.db"
    with pytest.raises(build.BuildError) as err:
        build.build(sources, out)
    assert "symbolic link" in str(err.value.problems[0])
    assert not out.exists()


def test_a_bidi_override_in_a_body_is_refused_with_its_line(sources: Path) -> None:
    _replace(
        sources / "chapters" / "01-north.yaml",
        "Officials drew up lists",
        "Officials drew up \u202elists",
    )
    with pytest.raises(loader.SourceError) as err:
        loader.load(sources)
    assert err.value.where.startswith("chapters/01-north.yaml:")
    assert "U+202E" in err.value.message


def test_a_control_character_in_a_translation_is_an_error_with_its_line(sources: Path) -> None:
    import polib

    from kiosk.content import checks, translations

    with (sources / "languages.yaml").open("a", encoding="utf-8") as fh:
        fh.write("- code: de\n  name: Deutsch\n  direction: ltr\n  enabled: true\n"
                 "  partial: true\n  prompt: Berühren\n")  # fmt: skip
    unit = next(translations.text_units(loader.load(sources)))
    po = translations.new_po("de")
    po.append(polib.POEntry(msgctxt=unit.key, msgid=unit.text, msgstr="Text \x1b mit ESC"))
    (sources / "translations" / "de").mkdir(parents=True)
    po.save(str(sources / "translations" / "de" / f"{unit.group}.po"))
    problems = [p for p in checks.run(loader.load(sources)) if p.severity == "error"]
    assert any("control character" in p.message and ".po:" in p.where for p in problems)


def test_an_unbreakable_word_in_a_body_is_an_error(sources: Path) -> None:
    from kiosk.content import checks

    _replace(
        sources / "chapters" / "01-north.yaml", "Officials drew up lists", "Officials " + "z" * 90
    )
    problems = checks.run(loader.load(sources))
    assert any("longer than" in p.message and p.severity == "error" for p in problems)


# -- databases -------------------------------------------------------------------------


def _tamper(db: Path, sql: str, *args: object) -> None:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(sql, args)
    conn.commit()
    conn.close()


@pytest.mark.parametrize("media_id", ["../../escape", "/tmp/escape", "a/b", "x" * 300])
def test_a_database_with_a_hostile_media_id_is_refused(db_copy: Path, media_id: str) -> None:
    _tamper(db_copy, "UPDATE media SET id = ? WHERE id = 'test-plain'", media_id)
    with pytest.raises(ContentError) as err:
        Repository.open(db_copy)
    assert err.value.reason == "unsafe"


@pytest.mark.parametrize("name", ["../../escape.jpg", "/tmp/escape.jpg", "a\x00.jpg"])
def test_a_database_with_a_hostile_file_name_is_refused(db_copy: Path, name: str) -> None:
    _tamper(db_copy, "UPDATE media SET file = ? WHERE id = 'test-plain'", name)
    with pytest.raises(ContentError):
        Repository.open(db_copy)


def test_a_database_with_a_forged_checksum_is_refused(db_copy: Path) -> None:
    _tamper(db_copy, "UPDATE media SET sha256 = '../x' WHERE id = 'test-plain'")
    with pytest.raises(ContentError, match="checksum"):
        Repository.open(db_copy)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("word " * 250_000, "longer than"),  # a 1 MB body
        ("a" * 5_000, "word longer than"),
        ("Węgry 19\u202e56", "U+202E"),
        ("forged \x02snippet\x03 marks", "control character"),
    ],
)
def test_a_database_with_a_text_over_the_limits_is_refused(
    db_copy: Path, value: str, problem: str
) -> None:
    _tamper(
        db_copy,
        "UPDATE sections_text SET text = ? WHERE id = 'north-deportations' AND field = 'body'",
        value,
    )
    with pytest.raises(ContentError) as err:
        Repository.open(db_copy)
    assert problem in str(err.value)
    assert "north-deportations" in str(err.value)


@pytest.mark.parametrize(
    ("value", "problem"), [("CAST(X'C328' AS TEXT)", "not text"), ("X'4142'", "is not text")]
)
def test_a_database_with_bytes_for_a_text_is_refused(
    db_copy: Path, value: str, problem: str
) -> None:
    _tamper(
        db_copy,
        f"UPDATE sections_text SET text = {value} "
        "WHERE id = 'north-deportations' AND field = 'body'",
    )
    with pytest.raises(ContentError) as err:
        Repository.open(db_copy)
    assert problem in str(err.value)


def test_export_of_a_hostile_database_writes_nothing(db_copy: Path, tmp_path: Path) -> None:
    _tamper(db_copy, "UPDATE media SET file = '../../escape.jpg' WHERE id = 'test-plain'")
    out = tmp_path / "exported"
    with pytest.raises(ContentError):
        export.export_db(db_copy, out)
    assert not out.exists()
    assert not list(tmp_path.rglob("escape.jpg"))


def test_publish_refuses_a_content_version_that_is_a_path(db_copy: Path, tmp_path: Path) -> None:
    _tamper(db_copy, "UPDATE meta SET value = '../../../escape' WHERE key = 'content_version'")
    kiosk = tmp_path / "kiosk"
    kiosk.mkdir()
    with pytest.raises(publish.PublishError, match="content version"):
        publish.publish(db_copy, kiosk)
    assert not list(tmp_path.rglob("escape*"))
    assert not (kiosk / publish.POINTER).exists()
    assert not list((kiosk / publish.VERSIONS).glob("*")) if (kiosk / "versions").exists() else True


def test_deeply_nested_yaml_is_refused_in_words(sources: Path) -> None:
    (sources / "glossary" / "deep.yaml").write_text("[" * 20000 + "]" * 20000)
    with pytest.raises(loader.SourceError, match="nested too deeply"):
        loader.load(sources)


def test_a_decompression_bomb_placed_in_media_is_refused_at_build(
    sources: Path, tmp_path: Path
) -> None:
    from PIL import Image

    Image.new("1", (30000, 30000)).save(sources / "media" / "south-cover.png", optimize=True)
    assert (sources / "media" / "south-cover.png").stat().st_size < 2_000_000
    out = tmp_path / "out.db"
    with pytest.raises(build.BuildError) as err:
        build.build(sources, out)
    assert "too large" in str(err.value.problems[0])
    assert not out.exists()


def test_isolates_stay_refused_in_content_even_in_right_to_left_text() -> None:
    """The exhibit isolates numbers and Latin names only when it shows a text
    (``text.isolate_ltr``); a content text that holds an isolate itself is refused."""
    for mark in ("\u2066", "\u2068", "\u2069"):
        found = safety.bad_characters(f"در سال {mark}۱۹۴۱\u2069 ان‌کا‌وه‌دی")
        assert found is not None and "bidirectional" in found
