"""The kiosk's on-screen keyboard is the exhibit's own: every key, the function keys
included, is drawn in the exhibit's colours and shapes (none of Qt's icons), tells a
screen reader what it does, and follows the high-contrast theme and a right-to-left
layout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.ui.test_search_ui import on_a_kiosk_screen

# Runs in a fresh process: the on-screen keyboard is chosen at start-up.
SCRIPT = """
import os, sys
os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
from pathlib import Path
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtCore import QObject, QPointF, Qt
from PySide6.QtTest import QTest
app = QGuiApplication(sys.argv)
from kiosk.app.config import KioskConfig
from kiosk.app.main import Services, make_engine
from kiosk.app.screenshots import _evaluate, _find_item, call, settle
s = Services(Path(DB), KioskConfig(fullscreen=True))
e = make_engine(s)
w = e.rootObjects()[0]
settle(200)
nav = w.findChild(QObject, "navigator")

def visible_items(item):
    for child in item.childItems():
        if child.isVisible() and child.opacity() > 0:
            yield child
            yield from visible_items(child)

def accessible_name(item):
    for child in item.children():
        if child.metaObject().className() == "QQuickAccessibleAttached":
            return child.property("name") or ""
    return ""

def ink_pixels(image, item, colour):
    # pixels of the glyph's colour inside the glyph's square
    top_left = item.mapToScene(QPointF(0, 0))
    want = QColor(colour)
    count = 0
    for x in range(int(top_left.x()), int(top_left.x() + item.width())):
        for y in range(int(top_left.y()), int(top_left.y() + item.height())):
            c = image.pixelColor(x, y)
            off = abs(c.red() - want.red()) + abs(c.green() - want.green())
            if off + abs(c.blue() - want.blue()) < 40:
                count += 1
    return count

def tap(item):
    centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
    QTest.mouseClick(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)

def open_keyboard(lang):
    s.exhibit.setLanguage(lang)
    settle(100)
    call(nav, "home")
    settle(100)
    call(nav, "search")
    settle(300)
    _find_item(w, "searchField").forceActiveFocus()
    settle(600)
    return _find_item(w, "keyboard")

KEYS = ("keyShift", "keyBackspace", "keyEnter", "keyHide", "keyLanguage", "keySpace", "keyMode")

def report(tag, kb):
    shown = list(visible_items(kb))
    images = {i.objectName() or "?" for i in shown if i.inherits("QQuickImage")}
    print(tag, "IMAGES", sorted(images))
    image = w.grabWindow()
    for name in KEYS:
        key = next((i for i in shown if i.objectName() == name), None)
        if key is None:
            print(tag, name, "MISSING")
            continue
        glyphs = [i for i in visible_items(key) if i.objectName().startswith("keyGlyph_")]
        inked = [ink_pixels(image, g, g.property("ink")) for g in glyphs]
        print(tag, name, "NAME", repr(accessible_name(key)), "GLYPHS",
              [g.objectName() for g in glyphs], "INKED", all(n > 40 for n in inked),
              "MIRRORED", [bool(g.property("mirrored")) for g in glyphs],
              "FILLED", [bool(g.property("filled")) for g in glyphs])
    letters = [accessible_name(i) for i in shown if i.objectName() == "key"]
    print(tag, "LETTERS", " ".join(letters))
    faces = [i for i in shown if i.objectName() == "key"]
    print(tag, "EDGE", QColor(_evaluate(e, faces[0].childItems()[0], "border.color")).name())
"""


def on_a_small_kiosk_screen(script: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """``script`` on a kiosk with a 1366×768 screen (full screen, so the kiosk's sizes)."""
    return on_a_kiosk_screen(script, tmp_path, (1366, 768))


def run_keyboard(real_db: Path, tmp_path: Path, steps: str, small: bool = False) -> str:
    script = SCRIPT.replace("Path(DB)", f"Path({str(real_db)!r})") + steps
    run = on_a_small_kiosk_screen if small else on_a_kiosk_screen
    out = run(script, tmp_path)
    assert out.returncode == 0, out.stderr[-3000:]
    return out.stdout


def test_every_function_key_is_drawn_in_the_exhibits_shapes_and_named(
    real_db: Path, tmp_path: Path
) -> None:
    out = run_keyboard(
        real_db,
        tmp_path,
        """
kb = open_keyboard("en")
_find_item(w, "searchField").setProperty("text", "katyn")  # mid-word: small letters
settle(300)
report("en", kb)
tap(_find_item(w, "keyShift"))  # as a visitor does
settle(300)
report("shifted", kb)
""",
    )
    assert "en IMAGES []" in out, out  # none of Qt's icons
    shapes = {
        "keyShift": "keyGlyph_shift",
        "keyBackspace": "keyGlyph_backspace",
        "keyEnter": "keyGlyph_enter",
        "keyHide": "keyGlyph_hide",
        "keyLanguage": "keyGlyph_language",
    }
    for key, glyph in shapes.items():
        assert f"en {key} NAME" in out, out
        line = out.split(f"en {key} NAME ")[1].splitlines()[0]
        assert f"GLYPHS ['{glyph}'] INKED True" in line, line
    assert "en keyBackspace NAME 'Delete the last character'" in out
    assert "en keyHide NAME 'Hide the keyboard'" in out
    assert "en keyLanguage NAME 'Keyboard language: English. Tap for the next one'" in out
    assert "en keySpace NAME 'Space'" in out
    assert "en keyMode NAME 'Numbers and symbols'" in out
    # the letters say what they type, in capitals once shift is on
    assert "en LETTERS q w e r t y" in out, out
    assert "FILLED [False]" in out.split("en keyShift")[1].splitlines()[0]
    assert "FILLED [True]" in out.split("shifted keyShift")[1].splitlines()[0], out
    assert "shifted LETTERS Q W E R T Y" in out, out
    assert "en EDGE #2a3038" in out  # the default theme's raised surface


def test_the_keyboard_follows_high_contrast_and_a_right_to_left_layout(
    real_db: Path, tmp_path: Path
) -> None:
    out = run_keyboard(
        real_db,
        tmp_path,
        """
s.access.setHighContrast(True)
kb = open_keyboard("fa")
report("fa", kb)
kb = open_keyboard("ja")
report("ja", kb)
cursor = [i for i in visible_items(kb) if i.objectName() == "keyGlyph_left"]
print("CURSOR", [accessible_name(i.parentItem().parentItem()) for i in cursor])
space = _find_item(w, "keyboardLanguageName")
print("SPACE", repr(space.property("text")), "CUT", space.property("truncated"))
""",
    )
    assert "fa IMAGES []" in out and "ja IMAGES []" in out, out
    assert "fa EDGE #ffffff" in out, out  # every key edge white in high contrast
    # Dari deletes and enters leftwards: those shapes point the other way
    assert "fa keyBackspace NAME 'حذف آخرین حرف'" in out, out
    line = out.split("fa keyBackspace NAME ")[1].splitlines()[0]
    assert "INKED True MIRRORED [True]" in line, line
    line = out.split("ja keyBackspace NAME ")[1].splitlines()[0]
    assert "INKED True MIRRORED [False]" in line, line
    # the Japanese cursor keys: arrows our fonts lack are drawn, and named
    assert "CURSOR ['カーソルを前へ']" in out, out
    assert "SPACE '日本語' CUT False" in out, out


def test_on_a_short_screen_at_large_text_the_navigation_steps_aside_for_the_keyboard(
    real_db: Path, tmp_path: Path
) -> None:
    """1366×768 at 200 %: the navigation took most of the height and the keyboard above
    it shrank to a quarter of the width. While the keyboard is up the navigation steps
    aside; the keyboard's hide key brings it back. At normal size it stays."""
    out = run_keyboard(
        real_db,
        tmp_path,
        """
for step in (0, 3):
    s.access.setTextStep(step)
    kb = open_keyboard("en")
    screen = _find_item(w, "searchScreen")
    bar = [i for i in visible_items(screen) if i.objectName() == "navBar"]
    key = _find_item(w, "keyShift")
    field = _find_item(w, "searchField")
    whole = field.height() >= field.property("font").pixelSize() * 1.2
    print(step, "UP", kb.isVisible(), "WIDE", kb.width() >= 0.55 * w.width(),
          "KEYS", key.height() >= 48, "NAV", bool(bar), "FIELD", whole)
    tap(_find_item(w, "keyHide"))
    settle(400)
    bar = [i for i in visible_items(screen) if i.objectName() == "navBar"]
    print(step, "HIDDEN", not kb.isVisible(), "NAV", bool(bar))
""",
        small=True,
    )
    assert "0 UP True WIDE True KEYS True NAV True FIELD True" in out, out
    assert "3 UP True WIDE True KEYS True NAV False FIELD True" in out, out
    assert "3 HIDDEN True NAV True" in out, out


def test_the_screenshots_command_shows_search_with_the_keyboard_up(
    real_db: Path, tmp_path: Path
) -> None:
    """`kiosk screenshots --keyboard` renders the kiosk's search, keyboard up, at the size
    asked for (the README's picture)."""
    from PySide6.QtGui import QImage

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
    args = ["screenshots", str(tmp_path), "--size", "1080x1920", "--keyboard"]
    out = subprocess.run(
        [sys.executable, "-m", "kiosk", *args, "--content", str(real_db)],
        capture_output=True, text=True, timeout=90, env=env, cwd=ROOT,
    )  # fmt: skip
    if "libpulse.so" in out.stderr:
        pytest.skip("Qt Virtual Keyboard needs the system's PulseAudio client library (libpulse0)")
    assert out.returncode == 0, out.stderr[-2000:]
    assert "did not open" not in out.stderr
    image = QImage(str(tmp_path / "search-keyboard.png"))
    assert (image.width(), image.height()) == (1080, 1920)
