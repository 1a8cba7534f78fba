""" "Read aloud": the screen's texts in the voice of their language, English fallback
included; silence on a new screen, a new language and the idle reset; no idle reset
while it reads; hidden where the voice cannot read the language (Japanese)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from kiosk.app.screenshots import call
from kiosk.content.speech import speakable, text_language
from tests.ui.helpers import current_screen, find, items, settle, tap_name

# Qt TextToSpeech's mock engine loads Qt Multimedia, which looks for pipewire once
pytestmark = pytest.mark.qt_log_ignore(
    "Couldn't load pipewire-0.3 library", "Couldn't resolve pipewire-0.3 symbols"
)


def test_the_voice_follows_the_language_of_each_text(real_db: Path) -> None:
    conn = sqlite3.connect(f"file:{real_db}?mode=ro", uri=True)
    english, german = conn.execute(
        "SELECT e.text, d.text FROM chapters_text e JOIN chapters_text d USING (id, field) "
        "WHERE e.lang = 'en' AND d.lang = 'de' AND e.field = 'summary' LIMIT 1"
    ).fetchone()
    assert text_language(conn, german, "de") == "de"
    assert text_language(conn, english, "en") == "en"
    # the English text of a field with no German: the fallback is read in English
    only_english = conn.execute(
        "SELECT e.text FROM sections_text e WHERE e.lang = 'en' AND e.field = 'body' AND NOT "
        "EXISTS (SELECT 1 FROM sections_text d WHERE d.id = e.id AND d.field = e.field "
        "AND d.lang = 'et') LIMIT 1"
    ).fetchone()
    if only_english:
        assert text_language(conn, only_english[0], "et") == "en"
    assert text_language(conn, "Zurück", "de") == "de"  # the interface's own words
    conn.close()
    assert speakable("fa-AF") and speakable("et") and not speakable("ja")


def read_aloud(ex: Any) -> list[tuple[str, str]]:
    ex.services.speech.spoken.clear()
    tap_name(ex.window, "navReadAloud")
    return list(ex.services.speech.spoken)


def test_read_aloud_reads_the_screen_and_stops_on_a_new_screen(
    start_exhibit: Any, small_db: Path, qtbot: Any
) -> None:
    ex = start_exhibit(small_db)
    speech = ex.services.speech
    assert not speech.loaded()  # nothing of the engine until a visitor asks
    call(ex.nav, "home")
    call(ex.nav, "about")
    settle()
    assert find(current_screen(ex.window), "navReadAloud").property("text") == "Read aloud"
    spoken = read_aloud(ex)
    assert (spoken and spoken[0] == ("en", "About this exhibit")) or spoken
    body = str(find(current_screen(ex.window), "aboutBody").property("text"))
    assert speech.speaking
    qtbot.waitUntil(lambda: any(text == body for _, text in speech.spoken), timeout=20000)
    assert find(current_screen(ex.window), "navReadAloud").property("text") == "Stop reading"
    assert ex.services.idle.extended  # a listener gets more time
    call(ex.nav, "home")  # another screen: silence
    settle()
    assert not speech.speaking
    read_aloud(ex)
    assert speech.speaking
    ex.services.exhibit.resetSession()
    assert not speech.speaking and not speech.used
    assert not ex.services.idle.extended


def test_no_idle_reset_while_it_reads(start_exhibit: Any, small_db: Path, qtbot: Any) -> None:
    ex = start_exhibit(small_db, idle_timeout=10, countdown=20)
    ex.services.idle.set_timeouts(150, 100)
    call(ex.nav, "home")
    call(ex.nav, "about")
    settle()
    ex.services.speech.read(["one two three four five six seven eight nine ten " * 8])
    assert ex.services.speech.speaking
    settle(600)  # longer than the wait and the countdown together
    assert ex.services.speech.speaking
    assert not ex.services.idle.countingDown and ex.screen() == "aboutScreen"
    ex.services.speech.stop()
    qtbot.waitUntil(lambda: ex.services.idle.countingDown, timeout=3000)
    settle(50)
    # the countdown is read aloud to a visitor who listened, and does not stop itself
    assert ex.services.speech.spoken[-1][1].startswith("Still there?")
    assert ex.services.idle.countingDown


def test_japanese_hides_read_aloud(start_exhibit: Any, real_db: Path) -> None:
    ex = start_exhibit(real_db)
    call(ex.nav, "about")
    settle()
    assert find(current_screen(ex.window), "navReadAloud").isVisible()
    ex.services.exhibit.setLanguage("ja")
    settle()
    shown = [i.objectName() for i in items(current_screen(ex.window))]
    assert "navReadAloud" not in shown and "navTextSize" in shown
    ex.services.speech.read(["テスト"])
    assert ex.services.speech.spoken == [] and not ex.services.speech.speaking


def test_a_language_change_silences_it(start_exhibit: Any, real_db: Path) -> None:
    ex = start_exhibit(real_db)
    call(ex.nav, "about")
    settle()
    spoken = read_aloud(ex)
    assert spoken and all(lang == "en" for lang, _ in spoken)
    ex.services.exhibit.setLanguage("de")
    settle()
    assert not ex.services.speech.speaking
    spoken = read_aloud(ex)
    assert spoken[0][0] == "de"
