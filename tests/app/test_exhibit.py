"""The exhibit object: bad databases become a clear message, never a crash."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage

from kiosk.app.config import KioskConfig
from kiosk.app.exhibit import Exhibit
from kiosk.content import schema


def _expect_error(path: Path, reason: str, words: str, caplog: pytest.LogCaptureFixture) -> None:
    exhibit = Exhibit(path, KioskConfig())
    assert exhibit.status == "error"
    assert exhibit.errorReason == reason
    assert words in exhibit.errorMessage
    assert exhibit.chapters.rowCount() == 0
    assert any(reason in r.getMessage() for r in caplog.records)


@pytest.mark.logs
def test_missing_database(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    _expect_error(tmp_path / "content.db", "missing", "not found", caplog)


@pytest.mark.logs
def test_file_that_is_not_sqlite(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    bad = tmp_path / "content.db"
    bad.write_text("these are not the bytes of a database\n" * 20)
    _expect_error(bad, "not-sqlite", "not an exhibit database", caplog)


@pytest.mark.logs
def test_empty_file(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    bad = tmp_path / "content.db"
    bad.write_bytes(b"")
    _expect_error(bad, "not-sqlite", "empty or truncated", caplog)


@pytest.mark.logs
def test_truncated_database(db_copy: Path, caplog: pytest.LogCaptureFixture) -> None:
    data = db_copy.read_bytes()
    db_copy.write_bytes(data[: len(data) // 3])
    exhibit = Exhibit(db_copy, KioskConfig())
    assert exhibit.status == "error"
    assert exhibit.errorReason in ("corrupt", "incomplete")


@pytest.mark.parametrize(
    ("version", "reason"), [(schema.SCHEMA_VERSION + 1, "schema-newer"), (0, "schema-older")]
)
@pytest.mark.logs
def test_other_schema_versions(
    db_copy: Path, version: int, reason: str, caplog: pytest.LogCaptureFixture
) -> None:
    conn = sqlite3.connect(db_copy)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    _expect_error(db_copy, reason, "schema", caplog)


@pytest.mark.logs
def test_missing_tables(db_copy: Path, caplog: pytest.LogCaptureFixture) -> None:
    conn = sqlite3.connect(db_copy)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DROP TABLE event_sources")
    conn.commit()
    conn.close()
    _expect_error(db_copy, "incomplete", "event_sources", caplog)


@pytest.mark.logs
def test_checksum_mismatch(db_copy: Path, caplog: pytest.LogCaptureFixture) -> None:
    db_copy.with_name("content.db.sha256").write_text("0" * 64 + "  content.db\n")
    _expect_error(db_copy, "checksum", "checksum", caplog)


def test_chapter_without_sections_opens_with_its_summary(db_copy: Path) -> None:
    conn = sqlite3.connect(db_copy)
    for table in ("section_sources", "section_warnings", "side_sources", "perspective_sides_text"):
        conn.execute(f"DELETE FROM {table}")
    conn.execute("DELETE FROM perspective_sides")
    conn.execute("DELETE FROM sections_text")
    conn.execute("DELETE FROM sections WHERE chapter_id = 'south'")
    conn.commit()
    conn.close()
    exhibit = Exhibit(db_copy, KioskConfig())
    assert exhibit.openChapter("south")
    assert exhibit.chapter.sections.rowCount() == 0
    assert exhibit.chapter.summary.startswith("Estimates of the people killed")


@pytest.mark.logs
def test_missing_cover_image_gives_no_picture_and_a_log_line(
    qapp: object, db_copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    conn = sqlite3.connect(db_copy)
    conn.execute("DELETE FROM media_files WHERE media_id = 'south-cover'")
    conn.commit()
    conn.close()
    exhibit = Exhibit(db_copy, KioskConfig())
    south = next(r for r in exhibit.chapters.rows() if r["chapterId"] == "south")
    url = exhibit.mediaUrl(south["coverId"], "display")
    assert QImage(QUrl(url).toLocalFile()).isNull()  # the card's placeholder
    assert any("missing from the database" in r.getMessage() for r in caplog.records)


def test_cover_image_present(qapp: object, small_db: Path) -> None:
    exhibit = Exhibit(small_db, KioskConfig())
    south = next(r for r in exhibit.chapters.rows() if r["chapterId"] == "south")
    assert south["coverId"] == "south-cover"
    url = exhibit.mediaUrl("south-cover", "display")
    assert not QImage(QUrl(url).toLocalFile()).isNull()


@pytest.mark.logs
def test_unknown_chapter_is_refused_quietly(small_db: Path) -> None:
    exhibit = Exhibit(small_db, KioskConfig())
    assert not exhibit.openChapter("no-such-chapter")
    assert not exhibit.openChapter("'; DROP TABLE chapters; --")
    assert exhibit.openChapter("north")


def test_young_profile_hides_unsuitable_chapters(db_copy: Path) -> None:
    conn = sqlite3.connect(db_copy)
    conn.execute("UPDATE chapters SET young_unsuitable = 1 WHERE id = 'north'")
    conn.commit()
    conn.close()
    assert [
        r["chapterId"] for r in Exhibit(db_copy, KioskConfig(profile="young")).chapters.rows()
    ] == ["south"]
    assert len(Exhibit(db_copy, KioskConfig(profile="museum")).chapters.rows()) == 2


def test_pages_and_reset(small_db: Path) -> None:
    exhibit = Exhibit(small_db, KioskConfig())
    assert exhibit.page_text("about")["title"] == "About this test exhibit"
    assert exhibit.page_text("nope") == {}
    exhibit.openChapter("north")
    exhibit.resetSession()
    assert exhibit.chapter.chapterId == ""
    assert exhibit.language == "en"
