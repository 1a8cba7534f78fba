"""The build: deterministic, atomic, and refusing bad sources without touching content.db."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kiosk.content import build, loader, schema
from kiosk.content.repository import file_sha256


def dump(path: Path) -> list[tuple[str, list[tuple]]]:
    """Every row of every table (search indexes included, their shadow tables not)."""
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        shadow = ("_data", "_idx", "_content", "_docsize", "_config")
        tables = sorted(n for n in names if not (n.startswith("search_") and n.endswith(shadow)))
        return [
            (t, sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr)) for t in tables
        ]
    finally:
        conn.close()


def test_building_twice_gives_the_same_rows(sources: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    build.build(sources, a)
    build.build(sources, b)
    assert dump(a) == dump(b)
    assert a.read_bytes() == b.read_bytes()


def test_schema_version_and_foreign_keys_are_enforced(small_db: Path) -> None:
    conn = sqlite3.connect(small_db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    conn.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO sections (id, chapter_id, position, kind) VALUES ('x', 'nope', 0, 'text')"
        )
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO estimates (id, figure_id, position, low, high, source_id) "
            "VALUES ('e', 'north-deportees', 9, 5, 1, 'archive-one')"
        )
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_every_language_has_a_search_index(small_db: Path) -> None:
    conn = sqlite3.connect(small_db)
    hits = conn.execute(
        "SELECT s.kind, s.ref FROM search_en_fts JOIN search_en s ON s.rowid = search_en_fts.rowid "
        "WHERE search_en_fts MATCH 'deport*' ORDER BY rank"
    ).fetchall()
    assert ("chapter", "north") in hits
    # detail layers are never indexed: search must not surface graphic text
    assert not conn.execute(
        "SELECT 1 FROM search_en_fts WHERE search_en_fts MATCH 'graphic'"
    ).fetchall()


def test_bad_sources_leave_the_database_untouched(sources: Path, tmp_path: Path) -> None:
    out = tmp_path / "content.db"
    build.build(sources, out)
    before = out.read_bytes()
    chapter = sources / "chapters" / "01-north.yaml"
    chapter.write_text(
        chapter.read_text().replace("sources: [archive-one]", "sources: [nobody]", 1)
    )
    with pytest.raises(build.BuildError) as err:
        build.build(sources, out)
    assert any("unknown source 'nobody'" in p.message for p in err.value.problems)
    assert out.read_bytes() == before
    assert not list(tmp_path.glob(".content.db.building-*"))


def test_unreadable_file_names_file_and_line(sources: Path, tmp_path: Path) -> None:
    (sources / "chapters" / "01-north.yaml").write_text("id: north\ntitle: [unclosed\n")
    with pytest.raises(loader.SourceError) as err:
        build.build(sources, tmp_path / "x.db")
    assert err.value.where.startswith("chapters/01-north.yaml:")
    assert not (tmp_path / "x.db").exists()


def test_interrupted_build_leaves_no_partial_file(
    sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "content.db"
    build.build(sources, out)
    before = out.read_bytes()

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(build, "_search_rows", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build.build(sources, out)
    assert out.read_bytes() == before
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["content-src", "content.db", "content.db.sha256"]
    manifest = (tmp_path / "content.db.sha256").read_text().split()[0]
    assert manifest == file_sha256(out)  # the old database keeps its own checksum


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        ("chapters/01-north.yaml", "images: [test-plain]", "images: [nowhere]",
         "image 'nowhere' is not in media.yaml"),
        ("chapters/02-south.yaml", "cover: south-cover", "cover: test-graphic",
         "a chapter opening shows no warned image"),
        ("media.yaml", "  warnings: [graphic-image, violence]\n", "",
         "taken by the perpetrators needs a warning tag"),
        ("media.yaml", "caption: A test card standing in for a graphic photograph",
         "caption: A test card of mutilated bodies", "caption contains detail-layer material"),
    ],
)  # fmt: skip
def test_image_rules(
    sources: Path, tmp_path: Path, file: str, old: str, new: str, message: str
) -> None:
    path = sources / file
    assert old in path.read_text()
    path.write_text(path.read_text().replace(old, new, 1))
    with pytest.raises(build.BuildError) as err:
        build.build(sources, tmp_path / "x.db")
    assert any(message in p.message for p in err.value.problems), err.value.problems


def test_a_damaged_image_file_stops_the_build_with_its_name(sources: Path, tmp_path: Path) -> None:
    image = sources / "media" / "test-plain.jpg"
    image.write_bytes(image.read_bytes()[:600])
    with pytest.raises(build.BuildError) as err:
        build.build(sources, tmp_path / "x.db")
    assert "test-plain.jpg: the image is damaged or truncated" in err.value.problems[0].message
    assert not (tmp_path / "x.db").exists()
