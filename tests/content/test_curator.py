"""Curator tools: the schema document stays current; diff says what changed, by chapter."""

from __future__ import annotations

from pathlib import Path

from kiosk.content import build, diff, schemadoc
from tests.conftest import ROOT


def test_schema_document_matches_the_schema() -> None:
    committed = (ROOT / "docs" / "content-schema.md").read_text(encoding="utf-8")
    assert committed == schemadoc.render(), "run 'kiosk content schema-doc'"
    for table in ("chapters", "events", "estimates", "sections_text", "section_warnings"):
        assert f"## `{table}`" in committed


def test_diff_by_chapter_and_language(small_db: Path, sources: Path, tmp_path: Path) -> None:
    chapter = sources / "chapters" / "02-south.yaml"
    chapter.write_text(
        chapter.read_text().replace("title: The southern region", "title: The south")
    )
    new = tmp_path / "new.db"
    build.build(sources, new)
    changes = diff.diff(small_db, new)
    assert [(c.chapter, c.lang, c.kind, c.where) for c in changes] == [
        ("south", "en", "changed", "chapters:south:title")
    ]
    lines = list(diff.report(changes))
    assert lines[0] == "south [en]: 1 changed"
    assert list(diff.report(diff.diff(small_db, small_db))) == [
        "no differences in the exhibit's texts"
    ]
