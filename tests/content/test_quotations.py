"""A chapter's attributed quotation: read, checked, built in each language's marks,
translated with its chapter, and exported back as it was written."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from kiosk.cli import main
from kiosk.content import build, checks, export, loader, translations, typography
from kiosk.content.repository import Repository
from kiosk.content.schema import SCHEMA_VERSION

NORTH = "chapters/01-north.yaml"
GOOD = """quotation:
  text: The trains left at night... nobody knew where they went.
  by: Ann Witness
  role: a teacher from the northern country, remembering 1941
  sources: [archive-one]
  warnings: [violence]
"""


def with_quotation(sources: Path, block: str = GOOD) -> Path:
    """The small content with ``block`` in the northern chapter (before its sections)."""
    path = sources / NORTH
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\nsections:", "\n" + block.rstrip("\n") + "\nsections:", 1))
    return sources


def problems_of(sources: Path) -> list[str]:
    """What the checks say about the northern chapter's quotation."""
    return [
        str(p)
        for p in checks.run(loader.load(sources))
        if "chapter north" in p.where and "quotation" in p.message
    ]


def test_the_loader_reads_a_quotation_and_a_chapter_without_one_has_none(sources: Path) -> None:
    c = loader.load(with_quotation(sources))
    north, south = (next(ch for ch in c.chapters if ch.id == i) for i in ("north", "south"))
    assert north.quotation is not None
    assert north.quotation.text == "The trains left at night... nobody knew where they went."
    assert north.quotation.by == "Ann Witness"
    assert north.quotation.role == "a teacher from the northern country, remembering 1941"
    assert north.quotation.sources == ["archive-one"]
    assert north.quotation.warnings == ["violence"]
    assert south.quotation is None
    assert problems_of(sources) == []


def test_an_unknown_key_in_a_quotation_names_file_line_and_the_allowed_keys(
    sources: Path,
) -> None:
    with_quotation(sources, GOOD.replace("  by:", "  author:"))
    with pytest.raises(loader.SourceError) as exc:
        loader.load(sources)
    assert exc.value.where.startswith(NORTH + ":")
    assert "unknown key 'author' in quotation" in exc.value.message
    assert "by, role, sources, text, warnings" in exc.value.message


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            ("The trains left at night...", "The trains left at night " + "and on " * 20),
            "quotation has 50 words; the content guide allows at most 45",
        ),
        (("  by: Ann Witness\n", ""), "quotation names no one; add 'by'"),
        (("  sources: [archive-one]\n", ""), "quotation cites no source"),
        (("[archive-one]", "[archive-two]"), "quotation cites unknown source 'archive-two'"),
        (
            ("The trains", "“The trains"),
            "quotation text contains the quotation mark(s) “; write the words without them",
        ),
        (("at night...", 'at "night"...'), 'contains the quotation mark(s) "'),
        (("at night...", "at «night»..."), "contains the quotation mark(s) « »"),
        (
            ("warnings: [violence]", "warnings: [violence, torture]"),
            "quotation warning 'torture' is not among the chapter's warnings",
        ),
        (("warnings: [violence]", "warnings: [fear]"), "unknown warning tag 'fear'"),
        (
            ("nobody knew where they went.", "{fig:north-deportees} were taken."),
            "quotation text holds a {fig:...} placeholder",
        ),
    ],
)
def test_validate_names_each_bad_quotation(
    sources: Path, change: tuple[str, str], message: str
) -> None:
    old, new = change
    assert old in GOOD
    with_quotation(sources, GOOD.replace(old, new))
    found = problems_of(sources)
    assert any(message in p and p.startswith("error: chapter north") for p in found), found


def test_a_quotation_keeps_the_care_rules_of_any_text(sources: Path) -> None:
    with_quotation(sources, GOOD.replace("nobody knew", "soldiers raped women and nobody knew"))
    found = problems_of(sources)
    assert any("quotation text mentions 'raped'" in p for p in found), found


def test_validate_on_the_command_line_says_what_is_wrong(
    sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with_quotation(sources, GOOD.replace("  by: Ann Witness\n", ""))
    assert main(["content", "validate", "--sources", str(sources)]) == 1
    out = capsys.readouterr().out
    assert "chapter north (chapters/01-north.yaml): quotation names no one" in out


def test_the_build_stores_the_words_in_each_languages_marks(sources: Path, tmp_path: Path) -> None:
    with_quotation(sources)
    with open(sources / "languages.yaml", "a", encoding="utf-8") as fh:
        fh.write("- code: de\n  name: Deutsch\n  direction: ltr\n")
    c = loader.load(sources)
    translations.export(sources, c, "de")
    po_path = sources / "translations" / "de" / "01-north.po"
    po = polib.pofile(str(po_path))
    entries = {e.msgctxt: e for e in po}
    assert entries["chapters:north:quotation-text"].msgid == c.chapters[0].quotation.text  # type: ignore[union-attr]
    assert entries["chapters:north:quotation-by"].msgid == "Ann Witness"
    assert "chapters:north:quotation-role" in entries
    entries["chapters:north:quotation-text"].msgstr = "Die Züge fuhren nachts ab."
    po.save(str(po_path))
    out = tmp_path / "c.db"
    build.build(sources, out)
    repo = Repository.open(out)
    try:
        assert int(repo.conn.execute("PRAGMA user_version").fetchone()[0]) == SCHEMA_VERSION
        de = repo.chapter("north", "de")
        en = repo.chapter("north", "en")
        assert de is not None and en is not None and de.quotation and en.quotation
        assert de.quotation.text.text == "„Die Züge fuhren nachts ab.“"
        assert de.quotation.text.lang == "de"
        # not yet translated: the English words, in English marks, marked as English
        assert de.quotation.by.text == "Ann Witness" and de.quotation.by.fallback("de")
        assert en.quotation.text.text == (
            "“The trains left at night... nobody knew where they went.”"
        )
        assert en.quotation.source_ids == ("archive-one",)
        assert en.quotation.warnings == ("violence",)
        assert repo.chapter("south", "en").quotation is None  # type: ignore[union-attr]
    finally:
        repo.close()


def test_coverage_counts_a_quotations_three_fields(sources: Path) -> None:
    with open(sources / "languages.yaml", "a", encoding="utf-8") as fh:
        fh.write("- code: de\n  name: Deutsch\n  direction: ltr\n")
    before = loader.load(sources)
    after = loader.load(with_quotation(sources))
    count = sum(1 for _ in translations.text_units(before))
    keys = [u.key for u in translations.text_units(after)]
    assert len(keys) == count + 3
    assert [k for k in keys if "quotation" in k] == [
        "chapters:north:quotation-text",
        "chapters:north:quotation-by",
        "chapters:north:quotation-role",
    ]
    cov = translations.coverage(after, after.translations, "de")
    assert cov["missing"] == 1.0


def test_a_translation_with_its_own_quotation_marks_is_refused(sources: Path) -> None:
    with_quotation(sources)
    with open(sources / "languages.yaml", "a", encoding="utf-8") as fh:
        fh.write("- code: de\n  name: Deutsch\n  direction: ltr\n")
    translations.export(sources, loader.load(sources), "de")
    po_path = sources / "translations" / "de" / "01-north.po"
    po = polib.pofile(str(po_path))
    for e in po:
        if e.msgctxt == "chapters:north:quotation-text":
            e.msgstr = "„Die Züge fuhren nachts ab.“"
    po.save(str(po_path))
    c = loader.load(sources)
    assert "chapters:north:quotation-text" not in c.translations["de"]
    assert any(
        "quotation-text" in i.where and "without quotation marks" in i.message
        for i in c.translation_issues
    )


def test_export_gives_back_the_quotation_without_marks(sources: Path, tmp_path: Path) -> None:
    with_quotation(sources)
    db = tmp_path / "c.db"
    build.build(sources, db)
    again = tmp_path / "again"
    export.export_db(db, again)
    back = next(ch for ch in loader.load(again).chapters if ch.id == "north").quotation
    assert back == loader.load(sources).chapters[0].quotation


def test_quote_and_unquote_use_the_languages_own_marks() -> None:
    assert typography.quote("слово", "ru") == "«слово»"
    assert typography.quote("言葉", "ja") == "「言葉」"
    assert typography.quote("Wort", "de") == "„Wort“"
    assert typography.quote("x", "xx") == "“x”"  # any other language: English marks
    for lang in typography.QUOTES:
        assert typography.unquote(typography.quote("a b", lang), lang) == "a b"
    assert typography.unquote("no marks", "en") == "no marks"
    assert typography.quotation_marks_in("the victors' history") == []


def test_the_chapter_handout_prints_the_quotation_where_the_screen_shows_it(
    sources: Path, tmp_path: Path
) -> None:
    from kiosk.content import handout, policy

    db = tmp_path / "c.db"
    build.build(with_quotation(sources), db)
    repo = Repository.open(db)
    try:
        museum = handout.chapter(repo, "north", "en", policy.CareState("museum"))
        assert museum.quotation is not None  # printed as read past the chapter's gate
        assert museum.quotation.text.text.startswith("“The trains left at night")
        who = museum.attribution()
        assert who is not None and who.text == (
            "— Ann Witness, a teacher from the northern country, remembering 1941"
        )
        assert "archive-one" in [s.id for s in museum.sources]
        classroom = handout.chapter(repo, "north", "en", policy.CareState("classroom"))
        assert classroom.quotation is not None
        young = handout.chapter(repo, "north", "en", policy.CareState("young"))
        assert young.quotation is None and young.attribution() is None  # warned: withheld
        chose = policy.CareState("museum")
        chose.answer_chapter_gate("north", "summary", ["violence"])
        assert handout.chapter(repo, "north", "en", chose).quotation is None
        assert handout.chapter(repo, "south", "en", policy.CareState("museum")).quotation is None
    finally:
        repo.close()
