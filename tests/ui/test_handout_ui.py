""" "Print this" on the chapter and event screens: there in a teacher's windowed exhibit,
never on a kiosk; a tap saves the handout to the Documents folder and says where."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kiosk.app import handout as printing
from kiosk.app.screenshots import call, settle
from tests.ui.helpers import current_screen, find, items, tap


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "Documents"
    monkeypatch.setattr(printing, "documents_folder", lambda: folder)
    return folder


def open_screen(ex: Any, kind: str, ident: str) -> Any:
    call(ex.nav, kind, ident)
    settle()
    if ex.screen() == "gateScreen":
        # answered through the navigator: in the 800 × 800 window of a kiosk test the
        # choices sit below the (two-line) navigation bar, a scroll away
        call(ex.nav, "answerGate", "continue")
        settle()
    assert ex.screen() == f"{kind}Screen"
    return current_screen(ex.window)


@pytest.mark.parametrize(("kind", "ident"), [("chapter", "north"), ("event", "south-1945")])
def test_a_teacher_prints_a_handout_and_is_told_where_it_went(
    start_exhibit: Any, small_db: Path, documents: Path, qtbot: Any, kind: str, ident: str
) -> None:
    ex = start_exhibit(small_db, fullscreen=False, profile="classroom")
    screen = open_screen(ex, kind, ident)
    button = find(screen, "printHandout")
    assert button.width() >= 48 and button.height() >= 48
    tap(ex.window, button)
    saved = documents / f"handout-{ident}-en.pdf"
    qtbot.waitUntil(saved.exists, timeout=20_000)
    settle()
    message = find(current_screen(ex.window), "printMessage")
    qtbot.waitUntil(lambda: message.property("text") == f"Saved to {saved}", timeout=5000)
    assert saved.read_bytes().startswith(b"%PDF-")


def test_a_kiosk_offers_no_print(start_exhibit: Any, small_db: Path, documents: Path) -> None:
    ex = start_exhibit(small_db, fullscreen=True)
    for kind, ident in (("chapter", "north"), ("event", "south-1945")):
        screen = open_screen(ex, kind, ident)
        assert not [i for i in items(screen) if i.objectName() == "printHandout"]
    assert not documents.exists()
