"""Export and import: editable files and back, losslessly; bad files change nothing."""

from __future__ import annotations

import filecmp
import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content import build, checks, export, loader, model


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.slow
def test_export_import_export_is_identical(real_db: Path, tmp_path: Path) -> None:
    first = tmp_path / "first"
    export.export_db(real_db, first)
    rebuilt = tmp_path / "rebuilt.db"
    build.build(first, rebuilt)
    second = tmp_path / "second"
    export.export_db(rebuilt, second)
    assert tree(first) == tree(second)
    assert {p.parts[-2] for p in (first / "translations").rglob("*.po")} >= {"de", "pl", "ru", "et"}


text = st.text(
    alphabet=st.characters(categories=("L", "N", "Zs"), exclude_characters="{}<>"),
    min_size=1,
    max_size=60,
).map(lambda s: " ".join(s.split()) or "x")


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=text, summary=text, place=text, low=st.integers(0, 10**6), span=st.integers(0, 10**6))
@pytest.mark.slow
def test_round_trip_over_generated_content(
    small_db: Path,
    tmp_path_factory: pytest.TempPathFactory,
    title: str,
    summary: str,
    place: str,
    low: int,
    span: int,
) -> None:
    work = tmp_path_factory.mktemp("gen")
    content = export.load_db(small_db)
    ch = content.chapters[0]
    ch.title, ch.events[0].summary, ch.events[0].place = title, summary, place
    ch.figures[0].estimates[0].low, ch.figures[0].estimates[0].high = low, low + span
    export.write_sources(content, work / "a")
    (work / "a" / "media").mkdir()
    for f in (small_db.parent / "content-src" / "media").iterdir():
        (work / "a" / "media" / f.name).write_bytes(f.read_bytes())
    db = work / "a.db"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("BEGIN")
    build.write(
        loader.load(work / "a"),
        conn,
        "test",
        lambda _m: None,
        list(build.media_rows(loader.load(work / "a"), work / "a")),
    )
    conn.execute("COMMIT")
    conn.close()
    export.write_sources(export.load_db(db), work / "b")
    cmp = filecmp.dircmp(work / "a", work / "b", ignore=["media"])
    assert not cmp.diff_files and not cmp.left_only and not cmp.right_only
    again = export.load_db(db)
    assert again.chapters[0].title == title and again.chapters[0].events[0].place == place


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (
            lambda s: s.replace("id: north\n", "id: north\nbogus_key: 1\n", 1),
            "unknown key 'bogus_key'",
        ),
        (
            lambda s: s.replace("title: The northern country\n", "", 1),
            "missing the required key 'title'",
        ),
        (lambda s: s.replace("id: north-winter-1941", "id: north-deportation-1941"), "used twice"),
        (
            lambda s: s.replace("related: [south]", "related: [nowhere]"),
            "related chapter 'nowhere'",
        ),
        (lambda s: s.replace("date: 1941-12/1942-02", "date: winter 1941"), "not an EDTF date"),
        (lambda s: s.replace("order: 10", "order: [10"), "invalid YAML"),
        (lambda s: s + "\nsummary: " + "x" * 25_000 + "\n", "duplicate key"),
        (
            lambda s: s.replace("title: The northern country", "title: " + "word " * 5000),
            "longer than",
        ),
    ],
)
def test_malformed_files_change_nothing_and_say_where(
    sources: Path, tmp_path: Path, change: object, words: str
) -> None:
    out = tmp_path / "content.db"
    build.build(sources, out)
    before = out.read_bytes()
    chapter = sources / "chapters" / "01-north.yaml"
    chapter.write_text(change(chapter.read_text()))  # type: ignore[operator]
    with pytest.raises((loader.SourceError, build.BuildError)) as err:
        build.build(sources, out)
    message = str(err.value) + " ".join(str(p) for p in getattr(err.value, "problems", []))
    assert words in message
    assert "01-north.yaml" in message
    assert out.read_bytes() == before


def test_wrong_encoding_is_named(sources: Path, tmp_path: Path) -> None:
    chapter = sources / "chapters" / "01-north.yaml"
    chapter.write_bytes(chapter.read_text().encode("utf-16"))
    with pytest.raises(loader.SourceError, match="not UTF-8"):
        build.build(sources, tmp_path / "c.db")


def test_validate_reads_a_database(real_db: Path) -> None:
    from kiosk.content import checks

    assert [p for p in checks.run(export.load_db(real_db)) if p.severity == "error"] == []


def test_a_translation_that_loses_paragraphs_is_named(sources: Path) -> None:
    (sources / "languages.yaml").write_text(
        (sources / "languages.yaml").read_text()
        + "- {code: de, name: Deutsch, direction: ltr, enabled: true, partial: true,"
        " prompt: Zum Beginnen berühren}\n",
        encoding="utf-8",
    )
    pages = sources / "pages.yaml"
    pages.write_text(
        pages.read_text().replace(
            "  body: A small exhibit used by the tests.",
            "  body: >-\n    A small exhibit used by the tests.\n\n   ",
        ),
        encoding="utf-8",
    )
    content = loader.load(sources)
    english = next(p.body for p in content.pages if p.id == "about")
    assert english.count("\n\n") == 1
    folder = sources / "translations" / "de"
    folder.mkdir(parents=True)
    (folder / "common.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgctxt "pages:about:body"\n'
        f"msgid {json.dumps(english, ensure_ascii=False)}\n"
        'msgstr "Eine kleine Ausstellung für die Tests, alles in einem Absatz."\n',
        encoding="utf-8",
    )
    problems = [str(p) for p in checks.run(loader.load(sources))]
    assert any(
        "pages:about:body" in p and "has 1 paragraph(s) where the English has 2" in p
        for p in problems
    ), problems


def test_export_keeps_the_order_the_sources_give(
    real_db: Path, real_content: model.Content
) -> None:
    """Warning tags come back as the curators listed them, not in the taxonomy's order
    (the screens' order): an export must not reshuffle the editable files."""

    def tags(c: model.Content) -> dict[str, list[str]]:
        out = {}
        for ch in c.chapters:
            out[ch.id] = ch.warnings
            out |= {s.id: [*s.warnings, "|", *s.detail_warnings] for s in ch.sections}
            out |= {e.id: e.warnings for e in ch.events}
            out |= {f.id: f.warnings for f in ch.figures}
        return out | {im.id: im.warnings for im in c.media}

    from_db = export.load_db(real_db)
    listed, exported = tags(real_content), tags(from_db)
    assert exported == listed
    taxonomy = [w.id for w in from_db.warnings]
    assert any(ts != sorted(ts, key=taxonomy.index) for ts in listed.values() if "|" not in ts)
