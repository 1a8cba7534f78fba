"""Lesson paths (#17): read from paths/<id>.yaml, checked, built into content.db, translated."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from kiosk.content import build, checks, loader, translations
from kiosk.content import model as m
from kiosk.content.policy import CareState, withholds_stop
from kiosk.content.repository import Repository

GOOD = """\
id: north-lesson
title: The northern deportations
min_age: 14
minutes: 45
aims:
  - Describe who was deported from the northern country in June 1941.
stops:
  - kind: chapter
    id: north
    questions:
      - Who decided that these people should be sent away, and how do we know?
    note: Start with the map so that students can place the country.
  - kind: section
    id: north-deportations
    questions:
      - Lists were drawn up before the trains came. What does that tell us?
      - Whose work made the deportation possible?
  - kind: figure
    id: north-deportees
    questions:
      - Why might two honest counts of the same event differ?
  - kind: source
    id: archive-one
    questions:
      - What should a historian ask about an archive before trusting it?
"""


def write_path(sources: Path, text: str, name: str = "north-lesson") -> Path:
    folder = sources / "paths"
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def problems(sources: Path) -> list[str]:
    return [str(p) for p in checks.run(loader.load(sources)) if p.severity == "error"]


def test_a_path_is_read_with_its_stops_questions_and_notes(sources: Path) -> None:
    write_path(sources, GOOD)
    c = loader.load(sources)
    [lp] = c.paths
    assert (lp.id, lp.min_age, lp.max_age, lp.minutes) == ("north-lesson", 14, None, 45)
    assert [(s.kind, s.ref) for s in lp.stops] == [
        ("chapter", "north"), ("section", "north-deportations"),
        ("figure", "north-deportees"), ("source", "archive-one"),
    ]  # fmt: skip
    assert lp.stops[1].questions[1] == "Whose work made the deportation possible?"
    assert lp.stops[0].note == "Start with the map so that students can place the country."
    assert problems(sources) == []


def test_an_unknown_stop_is_named_with_its_path_and_number(sources: Path) -> None:
    write_path(sources, GOOD.replace("id: north-deportations", "id: north-nowhere"))
    [error] = problems(sources)
    assert "path north-lesson (paths/north-lesson.yaml) stop 2" in error
    assert "no section has the id 'north-nowhere'" in error


def test_a_stop_of_the_wrong_kind_is_unknown(sources: Path) -> None:
    write_path(sources, GOOD.replace("kind: figure", "kind: event"))
    assert any("no event has the id 'north-deportees'" in e for e in problems(sources))


def test_a_stop_without_questions_or_with_three_is_refused(sources: Path) -> None:
    text = GOOD.replace(
        "      - Why might two honest counts of the same event differ?\n", ""
    ).replace("    questions:\n  - kind: source", "  - kind: source")
    write_path(sources, text)
    assert any("stop 3" in e and "has 0 discussion questions; give 1 to 2" in e
               for e in problems(sources))  # fmt: skip
    three = GOOD.replace(
        "      - Whose work made the deportation possible?\n",
        "      - Whose work made the deportation possible?\n      - And who knew about it then?\n",
    )
    write_path(sources, three)
    assert any("stop 2" in e and "has 3 discussion questions" in e for e in problems(sources))


def test_graphic_detail_in_a_question_is_refused(sources: Path) -> None:
    write_path(sources, GOOD.replace("What does that tell us?", "Were prisoners scalded?"))
    assert any("contains graphic detail ('scald')" in e for e in problems(sources))


def test_word_limits_and_lesson_length(sources: Path) -> None:
    long_q = " ".join(["word"] * 45) + "?"
    text = GOOD.replace("Whose work made the deportation possible?", long_q)
    write_path(sources, text.replace("minutes: 45", "minutes: 400"))
    found = problems(sources)
    assert any("question 2 has 45 words; keep it within 5-40" in e for e in found)
    assert any("minutes 400 is not a lesson's length" in e for e in found)


def test_too_few_stops(sources: Path) -> None:
    write_path(sources, GOOD.split("  - kind: section")[0])
    assert any("has 1 stops; give 3 to 12" in e for e in problems(sources))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("id: x\ntitle: [unclosed\n", "paths/north-lesson.yaml:3: invalid YAML"),
        (GOOD.replace("kind: figure", "kind: image"), "path stop kind 'image' is unknown"),
        (GOOD.replace("minutes: 45", "minutes: soon"), "'minutes' must be a whole number"),
        (GOOD.replace("min_age: 14\n", ""), "missing the required key 'min_age'"),
        (GOOD.replace("minutes: 45", "minutes: 45\nteacher: Ms Example"), "unknown key 'teacher'"),
    ],
)
def test_malformed_path_files_are_refused_with_a_located_message(
    sources: Path, text: str, message: str
) -> None:
    write_path(sources, text)
    with pytest.raises(loader.SourceError) as exc:
        loader.load(sources)
    assert message in str(exc.value)


def test_the_classroom_profile_withholds_no_stop_kind_and_under_14_withholds_sections() -> None:
    classroom, young = CareState(profile="classroom"), CareState(profile="young")
    assert not any(withholds_stop(classroom, k, False) for k in m.PATH_STOP_KINDS)
    assert not any(withholds_stop(classroom, k, True) for k in m.PATH_STOP_KINDS)
    assert withholds_stop(young, "section") and not withholds_stop(young, "event")
    assert withholds_stop(young, "event", young_unsuitable=True)


def test_paths_are_built_and_read_back_in_order_with_translations(
    sources: Path, tmp_path: Path
) -> None:
    write_path(sources, GOOD)
    with (sources / "languages.yaml").open("a", encoding="utf-8") as fh:
        fh.write("- code: de\n  name: Deutsch\n  partial: true\n")
    c = loader.load(sources)
    [written] = [p for p in translations.export(sources, c, "de") if p.stem == "path-north-lesson"]
    po = polib.pofile(str(written))
    keys = [e.msgctxt for e in po]
    assert keys[:3] == [
        "paths:north-lesson:title", "path_aims:north-lesson#1:text",
        "path_stops:north-lesson#1:question_1",
    ]  # fmt: skip
    assert all(e.msgstr == "" for e in po)  # empty until translated
    entry = po.find("paths:north-lesson:title", by="msgctxt")
    assert entry is not None
    entry.msgstr = "Die nördlichen Deportationen"
    po.save(str(written))
    out = tmp_path / "content.db"
    build.build(sources, out)
    repo = Repository.open(out)
    try:
        [lp] = repo.lesson_paths("de")
        assert lp.title.text == "Die nördlichen Deportationen" and not lp.title.fallback("de")
        assert lp.aims[0].fallback("de")  # English, marked, until translated
        assert [s.ref for s in lp.stops][:2] == ["north", "north-deportations"]
        assert len(lp.stops[1].questions) == 2 and lp.stops[2].note is None
        assert repo.lesson_path("nowhere", "de") is None
    finally:
        repo.close()


def test_the_real_paths_are_three_45_minute_lessons_for_14_and_over(real_db: Path) -> None:
    repo = Repository.open(real_db)
    try:
        paths = repo.lesson_paths("en")
    finally:
        repo.close()
    assert {p.title.text for p in paths} == {
        "Deportations from the Baltic states, 1941 and 1949",
        "Katyn: the crime, the lie and the truth",
        "Justice after the Soviet Union: the trials in the Baltic states",
    }
    for p in paths:
        assert p.minutes == 45 and p.min_age == 14
        assert 5 <= len(p.stops) <= 8
        assert all(1 <= len(s.questions) <= 2 for s in p.stops)


def test_untranslated_paths_do_not_withdraw_a_language_from_the_visitors(sources: Path) -> None:
    """Whether the picker offers a language depends on what visitors read; a teacher's
    path shows its English, marked, until it is translated."""
    with (sources / "languages.yaml").open("a", encoding="utf-8") as fh:
        fh.write("- code: de\n  name: Deutsch\n")
    before = translations.coverage(loader.load(sources), {}, "de", lesson_paths=False)
    write_path(sources, GOOD)
    c = loader.load(sources)
    assert translations.coverage(c, {}, "de", lesson_paths=False) == before
    assert "path-north-lesson" in translations.coverage(c, {}, "de")["chapters"]
