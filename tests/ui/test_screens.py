"""The walk through every screen the other screen tests share, the error screen instead of
a blank, and what the screens refuse to show. Every screen at every size (touch targets,
plain text, nothing off the edge, a whole frame) is judged by the screen walk,
tests/ui/test_screen_walk.py."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, QPointF

from kiosk.app.screenshots import call
from tests.ui.helpers import current_screen, frames, items, settle


def visit_every_screen(ex: Any) -> Iterator[tuple[str, Any]]:
    """Walk to every screen through the navigator, yielding (name, screen item) on arrival."""
    nav = ex.nav

    def arrived(name: str) -> tuple[str, Any]:
        frames(ex.window)  # the screen pushed, laid out and drawn
        return name, current_screen(ex.window)

    yield arrived("attract")
    call(nav, "begin")
    yield arrived("language")
    call(nav, "languageChosen", True)
    yield arrived("home")
    call(nav, "chapters")
    yield arrived("chapters")
    call(nav, "periodMap")
    yield arrived("map")
    for row in ex.services.exhibit.chapters.rows():
        call(nav, "home")
        call(nav, "chapters")
        call(nav, "chapter", row["chapterId"])
        if ex.screen() == "gateScreen":
            yield arrived(f"warning-{row['chapterId']}")
            call(nav, "answerGate", "continue")
        yield arrived(f"chapter-{row['chapterId']}")
    call(nav, "about")
    yield arrived("about")
    call(nav, "support")
    yield arrived("support")
    call(nav, "rest")
    yield arrived("break")


@pytest.mark.logs
def test_error_screen_instead_of_a_blank(start_exhibit: Any, tmp_path: Path) -> None:
    ex = start_exhibit(tmp_path / "content.db")
    assert ex.screen() == "errorScreen"
    shown = [
        i.property("text") for i in items(current_screen(ex.window)) if i.inherits("QQuickText")
    ]
    assert "This exhibit is not available at the moment" in shown
    assert any("content.db" in t and "not found" in t for t in shown)
    assert not ex.services.idle.armed  # nothing to reset on a broken kiosk


@pytest.mark.logs
def test_hidden_characters_in_the_database_never_reach_the_screen(qapp: Any, db_copy: Path) -> None:
    """The texts are checked while the screens load; the first frame waits for them."""
    from PySide6.QtCore import QObject

    from kiosk.app.config import KioskConfig
    from kiosk.app.main import Services, make_engine
    from kiosk.content.repository import file_sha256

    conn = sqlite3.connect(db_copy)
    conn.execute(
        "UPDATE chapters_text SET text = ? || text WHERE id = 'north' AND field = 'title'",
        ("\u202e",),  # would show the title backwards
    )
    conn.commit()
    conn.close()
    db_copy.with_name("content.db.sha256").write_text(f"{file_sha256(db_copy)}  content.db\n")
    services = Services(db_copy, KioskConfig(fullscreen=False))
    engine = make_engine(services)
    window = engine.rootObjects()[0]
    try:
        # no frame has been drawn yet, and the maintenance screen is already the one
        assert call(window.findChild(QObject, "navigator"), "screenName") == "errorScreen"
        assert services.exhibit.errorReason == "unsafe"
        assert services.exhibit.chapter_rows() == []
    finally:
        window.close()
        engine.deleteLater()
        settle()


@pytest.mark.qt_log_ignore("Cannot open: file:.*kiosk-media-")
@pytest.mark.logs
def test_missing_cover_shows_the_placeholder(start_exhibit: Any, db_copy: Path) -> None:
    conn = sqlite3.connect(db_copy)
    conn.execute("DELETE FROM media_files WHERE media_id = 'south-cover'")  # its bytes are lost
    conn.commit()
    conn.close()
    ex = start_exhibit(db_copy)
    call(ex.nav, "chapters")
    settle(100)
    screen = current_screen(ex.window)
    placeholders = [i for i in items(screen) if i.objectName() == "coverPlaceholder"]
    assert len(placeholders) == 2  # both chapters: one has no cover, one lost its file
    assert not [i for i in items(screen) if i.objectName() == "chapterCover"]


def test_the_chapter_grid_shows_its_maps_in_its_first_frame(
    start_exhibit: Any, real_db: Path, qtbot: Any
) -> None:
    """The maps are decoded while the visitor is on the first screens: the grid appears
    with every card's map, not with the placeholders and the maps a moment later."""
    ex = start_exhibit(real_db)
    call(ex.nav, "home")
    # a visitor spends a moment on the home screen: long enough for the decodes, however
    # busy the machine (the benchmarks measure how long they take)
    cache = ex.window.findChild(QObject, "coverCache")  # never visible: find() skips it
    qtbot.waitUntil(lambda: bool(cache.property("ready")), timeout=10000)
    covers = {r["chapterId"]: r["coverId"] for r in ex.services.exhibit.chapter_rows()}
    seen: list[dict[str, bool]] = []

    def first_frame() -> None:
        if seen:
            return
        cards = [
            i for i in items(current_screen(ex.window)) if i.objectName().startswith("chapterCard_")
        ]
        seen.append(
            {
                c.objectName().removeprefix("chapterCard_"): any(
                    i.objectName() == "chapterCover" for i in items(c)
                )
                for c in cards
            }
        )

    connection = ex.window.frameSwapped.connect(first_frame)
    call(ex.nav, "chapters")
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    ex.window.frameSwapped.disconnect(connection)
    with_map = {c for c in seen[0] if covers[c]}
    assert len(with_map) >= 6  # the first screenful has maps to show
    assert {c for c, shown in seen[0].items() if shown} == with_map


def test_cover_image_is_shown_when_present(start_exhibit: Any, small_db: Path) -> None:
    ex = start_exhibit(small_db)
    call(ex.nav, "chapters")
    settle(200)
    covers = [i for i in items(current_screen(ex.window)) if i.objectName() == "chapterCover"]
    assert len(covers) == 1  # visible only once the image is ready
    assert covers[0].property("progress") == 1.0


@pytest.mark.parametrize("lang", ["en", "de", "fa"])
def test_the_support_page_leads_with_the_helplines_and_no_note_for_staff(
    start_exhibit: Any, real_db: Path, lang: str
) -> None:
    from tests.ui.helpers import find

    ex = start_exhibit(real_db)
    ex.services.exhibit.setLanguage(lang)
    call(ex.nav, "support")
    settle()
    screen = current_screen(ex.window)
    lead = find(screen, "supportLead").property("text")
    assert "116\u00a0123" in lead and "116\u00a0111" in lead  # never broken across lines
    shown = lead + find(screen, "supportBody").property("text")
    assert "may add local numbers" not in shown and "örtliche Nummern" not in shown
    assert (
        find(screen, "supportLead").mapToScene(QPointF(0, 0)).y()
        < find(screen, "supportBody").mapToScene(QPointF(0, 0)).y()
    )
