"""The studio's editing model: what a curator's edits do to the files on disk."""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from kiosk.content import loader
from kiosk.content.studio import LockedError, Project, StudioError, Validator, YamlDoc
from kiosk.content.studio.project import lock_path
from tests.conftest import STUDIO_DE_FILE

SECTION = "section:north-deportations"
FIGURE = "figure:north-deportees"
CHAPTER_FILE = "chapters/01-north.yaml"
DE_FILE = STUDIO_DE_FILE


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def diff(before: bytes, after: bytes) -> list[str]:
    """The changed lines only, '-' and '+' prefixed."""
    a, b = before.decode().splitlines(), after.decode().splitlines()
    return [
        ln
        for ln in difflib.unified_diff(a, b, lineterm="", n=0)
        if ln[:1] in "+-" and not ln.startswith(("+++", "---"))
    ]


@pytest.fixture
def src(studio_sources: Path) -> Path:
    return studio_sources


@pytest.fixture
def project(src: Path) -> Iterator[Project]:
    p = Project(src)
    yield p
    p.close()


def test_opening_and_saving_without_edits_changes_no_byte(src: Path) -> None:
    before = files(src)
    p = Project(src)
    try:
        for lang in ("de",):
            for key in p.items:
                for tf in p.text_fields(key):
                    p.translation(lang, tf)  # every PO file read
        assert p.dirty() == []
        assert p.save() == []
        assert all(d.text.encode() == before[rel] for rel, d in p.docs.items())
    finally:
        p.close()
    assert files(src) == before


def test_a_title_edit_is_exactly_that_line(project: Project, src: Path) -> None:
    before = (src / CHAPTER_FILE).read_bytes()
    project.set_value(SECTION, "title", "Deportations in June 1941")
    assert project.save() == [CHAPTER_FILE]
    assert diff(before, (src / CHAPTER_FILE).read_bytes()) == [
        "-    title: Deportations of June 1941",
        "+    title: Deportations in June 1941",
    ]


def test_a_changed_word_in_a_folded_text_rewraps_only_its_line(project: Project) -> None:
    doc = YamlDoc(
        (Path(__file__).parents[2] / "assets/content/chapters/06-poland-1939.yaml").read_text(
            encoding="utf-8"
        )
    )
    before = doc.text.encode()
    body = doc.get(("sections", 1, "body"))
    doc.set(("sections", 1, "body"), body.replace("From early morning", "From morning"))
    assert diff(before, doc.text.encode()) == [
        "-      1941, but that is not certain. From early morning, she writes, wagons",
        "+      1941, but that is not certain. From morning, she writes, wagons",
    ]


def test_adding_an_estimate_appends_its_lines(project: Project, src: Path) -> None:
    before = (src / CHAPTER_FILE).read_bytes()
    project.add_estimate(FIGURE, 12000, 15000, "historian-one", "Counted from memoirs")
    project.save()
    assert diff(before, (src / CHAPTER_FILE).read_bytes()) == [
        "+      - low: 12000",
        "+        high: 15000",
        "+        source: historian-one",
        "+        note: Counted from memoirs",
    ]
    fig = next(
        f for ch in loader.load(src).chapters for f in ch.figures if f.id == "north-deportees"
    )
    assert (fig.estimates[-1].low, fig.estimates[-1].source) == (12000, "historian-one")


def test_undo_and_redo_restore_the_files_exactly(project: Project, src: Path) -> None:
    before = files(src)
    project.set_value(SECTION, "title", "A new title")
    project.set_value(SECTION, "warnings", ["violence", "torture"])
    project.add_estimate(FIGURE, 1, 2, "historian-one")
    text = project.docs[CHAPTER_FILE].text
    assert [project.undo() is not None for _ in range(3)] == [True, True, True]
    assert project.undo() is None
    assert project.dirty() == []
    assert [project.redo() is not None for _ in range(3)] == [True, True, True]
    assert project.docs[CHAPTER_FILE].text == text
    assert project.value(SECTION, "warnings") == ["violence", "torture"]
    for _ in range(3):
        project.undo()
    project.save()
    assert files(src) == before


def test_typing_in_one_field_is_one_undo_step(project: Project) -> None:
    for typed in ("D", "De", "Dep"):
        project.set_value(SECTION, "title", typed, merge=True)
    assert len(project.undo_stack) == 1
    project.undo()
    assert project.value(SECTION, "title") == "Deportations of June 1941"


def test_clearing_an_optional_field_removes_its_key(project: Project, src: Path) -> None:
    key = "section:north-soldiers"
    before = (src / CHAPTER_FILE).read_bytes()
    project.set_value(key, "images", [])
    project.save()
    assert diff(before, (src / CHAPTER_FILE).read_bytes()) == ["-    images: [test-graphic]"]


def test_a_read_only_field_cannot_change(project: Project) -> None:
    with pytest.raises(StudioError, match="cannot be changed"):
        project.set_value(SECTION, "id", "other")


def test_translation_status_follows_the_english(project: Project, src: Path) -> None:
    title, body = project.text_fields(SECTION)[:2]
    assert project.translation("de", title).status == "reviewed"
    assert project.translation("de", body).status == "missing"
    project.set_translation("de", SECTION, body.key, "Beamte stellten Listen auf.")
    assert project.translation("de", body).status == "draft"
    project.mark_reviewed("de", SECTION, body.key)
    assert project.translation("de", body).status == "reviewed"
    project.set_value(SECTION, "title", "Deportations in June 1941")
    title = project.text_fields(SECTION)[0]
    outdated = project.translation("de", title)
    assert (outdated.status, outdated.previous) == ("outdated", "Deportations of June 1941")
    waiting = {(k, tf.field, s) for k, tf, s in project.needs_me("de") if k == SECTION}
    assert (SECTION, "title", "outdated") in waiting
    assert (SECTION, "body", "reviewed") not in waiting


def test_a_translation_edit_changes_only_its_entry(project: Project, src: Path) -> None:
    before = (src / DE_FILE).read_bytes()
    project.set_value(SECTION, "title", "Deportations in June 1941")
    title = project.text_fields(SECTION)[0]
    project.set_translation("de", SECTION, title.key, "Deportationen im Juni 1941")
    project.mark_reviewed("de", SECTION, title.key)
    assert sorted(project.save()) == [CHAPTER_FILE, DE_FILE]
    assert diff(before, (src / DE_FILE).read_bytes()) == [
        '-msgid "Deportations of June 1941"',
        '+msgid "Deportations in June 1941"',
    ]
    c = loader.load(src)
    assert c.translations["de"][title.key].status == "reviewed"
    assert c.translation_issues == []


def test_english_cannot_be_edited_as_a_translation(project: Project) -> None:
    with pytest.raises(StudioError, match="English is the source"):
        project.set_translation("en", SECTION, project.text_fields(SECTION)[0].key, "x")


def test_a_second_studio_on_the_folder_is_refused(project: Project, src: Path) -> None:
    with pytest.raises(LockedError, match="already open in another studio"):
        Project(src)
    project.close()
    Project(src).close()  # free again once the first one closed


def test_a_lock_left_by_a_studio_that_died_is_taken_over(src: Path) -> None:
    import json
    import socket

    dead = 2**22 + 12345  # no such process
    lock_path(src).write_text(
        json.dumps({"pid": dead, "host": socket.gethostname(), "since": "then"}), "utf-8"
    )
    p = Project(src)
    assert json.loads(lock_path(src).read_text("utf-8"))["pid"] == os.getpid()
    p.close()
    assert not lock_path(src).exists()


def test_a_failed_save_leaves_the_old_file_whole(
    project: Project, src: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = files(src)
    project.set_value(SECTION, "title", "A new title")

    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(StudioError, match="No space left on device; the file on disk is unchanged"):
        project.save()
    assert files(src) == before  # no half-written file, no temporary file left
    assert project.dirty() == [CHAPTER_FILE]


def test_validation_places_problems_on_item_and_field(project: Project, src: Path) -> None:
    v = Validator(src)
    try:
        assert [
            i for i in v.run(project.snapshot(), set(project.items)) if i.severity == "error"
        ] == []
        project.set_value(
            SECTION, "title", "A title that is far too long for any label on the wall"
        )
        errors = [i for i in v.run(project.snapshot(), set(project.items)) if i.severity == "error"]
        assert [(i.item, i.field) for i in errors] == [(SECTION, "title")]
        assert "title has 13 words; keep it within 1-8" in errors[0].message
        project.set_value(SECTION, "sources", ["no-such-source"])
        found = {(i.item, i.field) for i in v.run(project.snapshot(), set(project.items))}
        assert (SECTION, "sources") in found
        project.undo()
        project.undo()
        assert [
            i for i in v.run(project.snapshot(), set(project.items)) if i.severity == "error"
        ] == []
    finally:
        v.close()


def test_a_translation_problem_names_its_language(project: Project, src: Path) -> None:
    body = project.text_fields(SECTION)[1]
    project.set_translation(
        "de", SECTION, body.key, "Beamte stellten Listen auf.", state="reviewed"
    )
    v = Validator(src)
    try:
        issues = v.run(project.snapshot(), set(project.items))
    finally:
        v.close()
    placeholder = [i for i in issues if "placeholder" in i.message]
    assert [(i.item, i.field, i.lang) for i in placeholder] == [(SECTION, "body", "de")]


@pytest.mark.parametrize(
    ("edtf", "reading"),
    [
        ("1941-06", "June 1941"),
        ("1945~", "c. 1945"),
        ("1941-06/1941-07", "June–July 1941"),
        ("1941-13", "not a date the exhibit can show"),
    ],
)
def test_dates_read_in_plain_words(edtf: str, reading: str) -> None:
    assert Project.date_reading(edtf).startswith(reading)


def test_figures_are_offered_as_placeholders(project: Project) -> None:
    choices = dict(project.figure_choices())
    assert "north-deportees" in choices
    assert "9,254" in choices["north-deportees"]
    assert Project.placeholder("north-deportees") == "{fig:north-deportees}"


def test_the_tree_lists_chapters_with_their_parts_and_searches(project: Project) -> None:
    tree = project.tree()
    assert [n.label for n in tree] == [
        "Chapters",
        "Sources",
        "Glossary",
        "Pages",
        "Images",
        "Notes",
    ]
    north = tree[0].children[0]
    assert north.key == "chapter:north"
    assert SECTION in {c.key for c in north.children}
    found = project.tree("debate")
    assert [c.key for ch in found[0].children for c in ch.children] == ["section:north-debate"]


def test_an_image_is_checked_before_it_is_accepted(project: Project, tmp_path: Path) -> None:
    bad = tmp_path / "broken.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    with pytest.raises(StudioError, match=r"broken\.jpg"):
        project.add_media(bad, "alt", "credit", "CC0")
    good = tmp_path / "good.png"
    Image.new("RGB", (40, 30), (10, 20, 30)).save(good)
    with pytest.raises(StudioError, match="alt text, a credit and a licence"):
        project.add_media(good, "", "credit", "CC0")
    ident = project.add_media(good, "A grey field", "Museum", "CC0", tags=["violence"])
    assert project.value(f"media:{ident}", "warnings") == ["violence"]
    assert (project.root / "media" / project.value(f"media:{ident}", "file")).exists()


@given(
    st.lists(
        st.text(
            st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=40
        ),
        min_size=1,
        max_size=30,
    )
)
def test_any_text_set_in_a_folded_block_reads_back(words: list[str]) -> None:
    doc = YamlDoc("a:\n  - id: x\n    body: >-\n      Old words here.\n    end: 1\n")
    value = " ".join(words)
    try:
        doc.set(("a", 0, "body"), value)
    except Exception as exc:  # pragma: no cover - shown on failure
        pytest.fail(f"{value!r}: {exc}")
    assert yaml.safe_load(doc.text)["a"][0] == {"id": "x", "body": value, "end": 1}


def test_the_editing_model_needs_no_qt(src: Path) -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT

    script = f"""
import sys
sys.modules["PySide6"] = None  # any 'import PySide6...' now raises ImportError
from kiosk.content.studio import Project, Validator, publishing, worker
p = Project({str(src)!r})
p.set_value("section:north-deportations", "title", "Lists and trains")
v = Validator(p.root)
print(sum(i.severity == "error" for i in v.run(p.snapshot(), set(p.items))))
v.close()
p.close()
assert not any(m.startswith("PySide6.") for m in sys.modules)
"""
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "0"


def test_a_perspective_side_is_edited_in_place(project: Project, src: Path) -> None:
    before = (src / CHAPTER_FILE).read_bytes()
    key = "section:north-debate"
    assert project.set_side(key, 1, "sources", ["historian-two", "archive-one"])
    text = project.docs[CHAPTER_FILE].get(("sections", 1, "sides", 0, "text"))
    project.set_side(key, 0, "text", text.replace("Ann Example", "Ann Sample"))
    project.save()
    changes = diff(before, (src / CHAPTER_FILE).read_bytes())
    assert [c for c in changes if c.startswith("-")] == [
        "-          Ann Example counts the deaths in the camps as part of the deportation. "
        "plain words about what happened and who reported it in the years after the war ended.",
        "-        sources: [historian-two]",
    ]
    added = [c[1:].strip() for c in changes if c.startswith("+")]
    assert added[-1] == "sources: [historian-two, archive-one]"
    assert " ".join(added[:-1]).startswith("Ann Sample counts the deaths in the camps")
    with pytest.raises(StudioError, match="has no side 3"):
        project.set_side(key, 2, "text", "x")
