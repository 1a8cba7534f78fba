"""Search and sources on screen: typing finds things, results open their place."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.app.screenshots import call
from tests.conftest import ROOT
from tests.ui.helpers import (
    current_screen,
    find,
    items,
    qml,
    scroll_into_view,
    settle,
    tap,
    tap_name,
    texts,
)


def type_text(window: Any, typed: str) -> None:
    tap(window, find(current_screen(window), "searchField"))
    for ch in typed:
        QTest.keyClick(window, ch)
    settle(300)  # the search runs shortly after typing stops


def test_typing_finds_and_opens(start_exhibit: Any, real_db: Path) -> None:
    ex = start_exhibit(real_db)
    call(ex.nav, "home")
    settle()
    tap_name(ex.window, "homeSearch")
    assert ex.screen() == "searchScreen"
    type_text(ex.window, "Katy")
    shown = texts(current_screen(ex.window))
    assert any("result" in t for t in shown)
    hit = find(current_screen(ex.window), "result_chapter_poland-1939")
    tap(ex.window, hit)
    assert ex.screen() == "gateScreen"  # a search result never skips a warning


def test_nothing_found_is_said_plainly(start_exhibit: Any, real_db: Path) -> None:
    ex = start_exhibit(real_db)
    call(ex.nav, "search")
    settle()
    type_text(ex.window, "qqqzzz")
    assert "Nothing found. Try another word or a shorter one." in texts(current_screen(ex.window))


def test_from_a_section_to_its_sources_and_back_to_the_exhibit(
    start_exhibit: Any, small_db: Path
) -> None:
    ex = start_exhibit(small_db)
    ex.services.care.accept(["violence", "sexual-violence"])
    call(ex.nav, "chapter", "north")
    settle()
    qml(ex.engine, find(current_screen(ex.window), "chapterList"), "positionViewAtIndex(1, 0)")
    settle()
    section = find(current_screen(ex.window), "section_north-debate")
    button = find(section, "sectionSources")
    assert button.property("text") == "Sources (2)"
    scroll_into_view(find(current_screen(ex.window), "chapterList"), button)
    tap(ex.window, button)
    assert ex.screen() == "sourceListScreen"
    tap_name(ex.window, "source_historian-one")
    assert ex.screen() == "sourceScreen"
    card = "\n".join(texts(current_screen(ex.window)))
    assert "An academic historian writing from archive files" in card
    assert "Example, Ann. A History of the Region. Example Press, 2001." in card
    tap_name(ex.window, "citedIn_north-debate")
    assert ex.screen() == "chapterScreen"


def test_sources_screen_lists_every_source_by_kind(start_exhibit: Any, small_db: Path) -> None:
    ex = start_exhibit(small_db)
    call(ex.nav, "sources")
    settle()
    names = {i.objectName() for i in items(current_screen(ex.window))}
    assert {"source_archive-one", "source_historian-one", "source_historian-two"} <= names
    tap_name(ex.window, "readingGuide")
    assert ex.screen() == "pageScreen"


def on_a_kiosk_screen(
    script: str, tmp_path: Path, size: tuple[int, int] = (1920, 1080)
) -> subprocess.CompletedProcess[str]:
    """Run ``script`` in a fresh process (the on-screen keyboard is chosen at start-up) on
    a kiosk's screen of ``size`` (1920×1080 landscape unless told): the offscreen
    platform's own is 800×600, where the navigation and the keyboard leave no room a
    visitor would be offered."""
    screen = tmp_path / "screen.json"
    width, height = size
    screen.write_text(
        f'{{"screens": [{{"name": "kiosk", "x": 0, "y": 0, "width": {width}, "height": {height},'
        ' "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}'
    )
    env = dict(
        os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}", QT_QUICK_BACKEND="software"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=ROOT,
    )
    if "libpulse.so" in out.stderr:
        pytest.skip("Qt Virtual Keyboard needs the system's PulseAudio client library (libpulse0)")
    return out


def test_kiosk_search_uses_the_exhibits_own_keyboard(tmp_path: Path, real_db: Path) -> None:
    """In kiosk mode the on-screen keyboard (Qt Virtual Keyboard) opens in the app."""
    script = f"""
import os, sys
os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
from pathlib import Path
from PySide6.QtGui import QGuiApplication
from PySide6.QtCore import QObject
app = QGuiApplication(sys.argv)
from kiosk.app.config import KioskConfig
from kiosk.app.main import Services, make_engine
from kiosk.app.screenshots import _find_item, call, settle
s = Services(Path({str(real_db)!r}), KioskConfig(fullscreen=True))
e = make_engine(s)
w = e.rootObjects()[0]
settle(200)
call(w.findChild(QObject, "navigator"), "search")
settle(300)
_find_item(w, "searchField").forceActiveFocus()
settle(500)
kb = _find_item(w, "keyboard")
print("KEYBOARD", kb is not None and kb.height() > 100)
print("LOCALES", s.exhibit.property("keyboardLocales"))
"""
    out = on_a_kiosk_screen(script, tmp_path)
    assert out.returncode == 0, out.stderr
    assert "KEYBOARD True" in out.stdout
    assert "LOCALES ['en_GB'" in out.stdout
    assert "Qt.KeyboardModifier" not in out.stdout and Qt is not None


def test_a_section_found_by_search_opens_with_the_words_marked(
    start_exhibit: Any, small_db: Path
) -> None:
    ex = start_exhibit(small_db)
    call(ex.nav, "search")
    settle()
    type_text(ex.window, "trains")
    tap(ex.window, find(current_screen(ex.window), "result_section_north-deportations"))
    assert ex.screen() == "gateScreen"  # the chapter's warning first, as always
    tap_name(ex.window, "gateContinue")
    assert ex.screen() == "chapterScreen"
    marked = find(current_screen(ex.window), "sectionBodyMarked")
    assert "before the <b>trains</b> came" in marked.property("text")
    assert "<" not in marked.property("text").replace("<b>", "").replace("</b>", "")
    # opened from its card instead, the same section is plain text
    call(ex.nav, "chapter", "north")
    settle()
    assert not [
        i for i in items(current_screen(ex.window)) if i.objectName() == "sectionBodyMarked"
    ]


def test_marking_escapes_the_text_it_marks(small_db: Path) -> None:
    from kiosk.app.sources import highlight

    assert highlight("a <img src=x> \x02b\x03 & c") == "a &lt;img src=x&gt; <b>b</b> &amp; c"


def test_an_empty_field_suggests_where_to_start(start_exhibit: Any, real_db: Path) -> None:
    ex = start_exhibit(real_db)
    call(ex.nav, "search")
    settle()
    screen = current_screen(ex.window)
    offered = [
        i.property("text") for i in items(screen) if i.objectName().startswith("suggestion_")
    ]
    assert "Deportation" in offered and "Estonia" in offered, offered
    tap(ex.window, find(screen, "suggestion_1"))
    settle(300)
    assert qml(ex.engine, find(screen, "searchField"), "text") == offered[1]
    assert any(i.objectName().startswith("result_") for i in items(screen))
    # the results take the suggestions' place
    assert not [i for i in items(screen) if i.objectName().startswith("suggestion_")]


def test_under_14_suggestions_and_filters_never_name_sexual_violence(
    start_exhibit: Any, real_db: Path
) -> None:
    shown: dict[str, list[str]] = {}
    for profile in ("museum", "young"):
        ex = start_exhibit(real_db, profile=profile)
        call(ex.nav, "timeline")
        settle(300)
        shown[profile] = [str(c["label"]) for c in ex.services.timeline.categoryChips.rows()]
        for step in ("search", "chapters"):
            call(ex.nav, step)
            settle()
            shown[profile] += texts(current_screen(ex.window))
    assert "Sexual violence" in shown["museum"]  # the museum's filter names it
    assert not [t for t in shown["young"] if "sexual" in t.lower() or "rape" in t.lower()]


def test_kiosk_results_stay_above_the_keyboard_and_enter_puts_it_away(
    real_db: Path, tmp_path: Path
) -> None:
    script = f"""
import os, sys
os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
from pathlib import Path
from PySide6.QtGui import QGuiApplication
from PySide6.QtCore import QObject, QPointF, Qt
from PySide6.QtTest import QTest
app = QGuiApplication(sys.argv)
from kiosk.app.config import KioskConfig
from kiosk.app.main import Services, make_engine
from kiosk.app.screenshots import _find_item, call, settle
s = Services(Path({str(real_db)!r}), KioskConfig(fullscreen=True))
e = make_engine(s)
w = e.rootObjects()[0]
settle(200)
call(w.findChild(QObject, "navigator"), "search")
settle(300)
field = _find_item(w, "searchField")
field.forceActiveFocus()
field.setProperty("text", "Estonia")
settle(600)
kb = _find_item(w, "keyboard")
results = _find_item(w, "searchResults")
top = kb.mapToScene(QPointF(0, 0)).y()
bottom = results.mapToScene(QPointF(0, results.height())).y()
room = bottom - results.mapToScene(QPointF(0, 0)).y()
print("UP", kb.isVisible(), "ABOVE", bottom <= top + 1, "ROOM", room > 100)
print("COUNT", results.property("count"))
print("STYLED", _find_item(w, "keyboardBackground") is not None)
QTest.keyClick(w, Qt.Key.Key_Return)
settle(600)
print("AFTER", kb.isVisible(), results.property("count"), field.property("text"))
"""
    out = on_a_kiosk_screen(script, tmp_path)
    assert out.returncode == 0, out.stderr
    assert "UP True ABOVE True ROOM True" in out.stdout, out.stdout
    assert "STYLED True" in out.stdout  # drawn in the exhibit's colours, not Qt's
    count = int(out.stdout.split("COUNT ")[1].split()[0])
    assert count > 0
    assert f"AFTER False {count} Estonia" in out.stdout, out.stdout


def test_the_keyboard_names_its_language_as_the_picker_does(real_db: Path, tmp_path: Path) -> None:
    """The space bar names the layout's language as the language picker does ("English",
    not Qt's "British English"), and the keyboard follows the visitor's language."""
    script = f"""
import os, sys
os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
from pathlib import Path
from PySide6.QtGui import QGuiApplication
from PySide6.QtCore import QObject, QPointF, Qt
from PySide6.QtTest import QTest
app = QGuiApplication(sys.argv)
from kiosk.app.config import KioskConfig
from kiosk.app.main import Services, make_engine
from kiosk.app.screenshots import _find_item, call, settle
s = Services(Path({str(real_db)!r}), KioskConfig(fullscreen=True))
e = make_engine(s)
w = e.rootObjects()[0]
settle(200)
for lang in ("en", "fa"):
    s.exhibit.setLanguage(lang)
    settle(200)
    call(w.findChild(QObject, "navigator"), "search")
    settle(300)
    field = _find_item(w, "searchField")
    field.forceActiveFocus()
    settle(600)
    name = _find_item(w, "keyboardLanguageName")
    print("SPACE", lang, repr(name.property("text") if name is not None else None))
    if lang == "en":  # the language key steps to the next layout, named as the picker does
        key = _find_item(w, "changeLanguageKey")
        centre = key.mapToScene(QPointF(key.width() / 2, key.height() / 2)).toPoint()
        QTest.mouseClick(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
        settle(400)
        name = _find_item(w, "keyboardLanguageName")
        print("NEXT", repr(name.property("text")))
    call(w.findChild(QObject, "navigator"), "home")
    settle(300)
"""
    out = on_a_kiosk_screen(script, tmp_path)
    assert out.returncode == 0, out.stderr
    assert "SPACE en 'English'" in out.stdout, out.stdout + out.stderr[-2000:]
    assert "NEXT 'Deutsch'" in out.stdout, out.stdout + out.stderr[-2000:]
    assert "SPACE fa 'دری'" in out.stdout, out.stdout + out.stderr[-2000:]
    assert "British" not in out.stdout
