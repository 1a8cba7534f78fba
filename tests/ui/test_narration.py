"""Recorded narration: where a curator recorded the item on screen in the visitor's
language, "Read aloud" plays the recording instead of the synthetic voice, shows its
captions, holds the idle wait, and stops on a new screen, a new language and the idle
reset; in Japanese the button is there only where a recording is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kiosk.app.screenshots import call
from kiosk.app.speech import Recording, Speech
from kiosk.content import audio, build
from tests.audio_files import CAPTIONS_VTT, tiny_wav
from tests.ui.helpers import current_screen, find, items, settle, tap_name

# Qt Multimedia looks for pipewire and VA-API once, and finds no sound card on a test machine
pytestmark = pytest.mark.qt_log_ignore(
    "Couldn't (load|resolve) pipewire-0.3",
    r"Couldn't (load|resolve) va(-x11|-drm|\(in plugin\))? ",
    "PulseAudioService: pa_context_connect",
    "No audio device detected",
)

EVENT = "north-deportation-1941"  # an event without a warning gate
RECORDING = f"audio-event-{EVENT}-en"


@pytest.fixture
def narrated_db(sources: Path, tmp_path: Path) -> Path:
    """The small content, with Japanese, and a recording of one event in English and
    Japanese (captions in English)."""
    with open(sources / "languages.yaml", "a", encoding="utf-8") as fh:
        fh.write("- code: ja\n  name: 日本語\n  direction: ltr\n  partial: true\n")
    wav = tmp_path / "narration.wav"
    wav.write_bytes(tiny_wav(1.0))
    vtt = tmp_path / "narration.vtt"
    vtt.write_text(CAPTIONS_VTT, encoding="utf-8")
    audio.add(sources, wav, EVENT, "en", vtt)
    audio.add(sources, wav, EVENT, "ja")
    out = tmp_path / "narrated" / "content.db"
    build.build(sources, out)
    return out


@pytest.fixture
def no_player(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the exhibit decides and shows, without Qt Multimedia (a test machine may have
    no sound device, and its FFmpeg backend can hang without one): the recordings handed
    to the player, which reports no position of its own."""
    started: list[str] = []
    monkeypatch.setattr(Speech, "_start_player", lambda _s, rec: started.append(rec.id))
    return started


def caption(ex: Any) -> str:
    """The caption a visitor sees on the screen now ("" when none is shown)."""
    shown = [
        str(i.property("text"))
        for i in items(current_screen(ex.window))
        if i.objectName() == "narrationCaption" and i.isVisible()
    ]
    assert len(shown) <= 1
    return shown[0] if shown else ""


def open_event(ex: Any, event_id: str = EVENT) -> None:
    call(ex.nav, "home")
    call(ex.nav, "event", event_id)
    settle()
    assert current_screen(ex.window).objectName() == "eventScreen"


def test_the_recording_plays_instead_of_the_voice_with_its_captions(
    start_exhibit: Any, narrated_db: Path, no_player: list[str]
) -> None:
    ex = start_exhibit(narrated_db)
    speech = ex.services.speech
    open_event(ex)
    assert caption(ex) == ""
    tap_name(ex.window, "navReadAloud")
    assert no_player == [RECORDING]
    assert speech.played == [RECORDING] and speech.spoken == []  # no synthetic voice
    assert speech.narrating and speech.speaking
    assert find(current_screen(ex.window), "navReadAloud").property("text") == "Stop reading"
    settle()
    assert caption(ex) == "The first words & more."
    speech._position(600)  # as the player reports it, 0.6 s in
    settle()
    assert caption(ex) == "Second line, broken in two."
    assert speech.holds_idle() and ex.services.idle.extended
    tap_name(ex.window, "navReadAloud")  # "Stop reading"
    settle()
    assert not speech.narrating and caption(ex) == ""


def test_an_item_without_a_recording_is_read_by_the_voice(
    start_exhibit: Any, narrated_db: Path, no_player: list[str]
) -> None:
    ex = start_exhibit(narrated_db)
    open_event(ex, "north-winter-1941")
    tap_name(ex.window, "navReadAloud")
    assert ex.services.speech.played == [] and ex.services.speech.spoken
    assert caption(ex) == ""


def test_the_recording_stops_on_a_new_screen_a_new_language_and_the_reset(
    start_exhibit: Any, narrated_db: Path, no_player: list[str]
) -> None:
    ex = start_exhibit(narrated_db)
    speech = ex.services.speech
    open_event(ex)
    tap_name(ex.window, "navReadAloud")
    assert speech.narrating
    call(ex.nav, "home")  # another screen
    settle()
    assert not speech.narrating and not speech.speaking and speech.caption == ""
    open_event(ex)
    tap_name(ex.window, "navReadAloud")
    ex.services.exhibit.setLanguage("ja")
    settle()
    assert not speech.narrating and speech.caption == ""
    ex.services.exhibit.setLanguage("en")
    open_event(ex)
    tap_name(ex.window, "navReadAloud")
    assert speech.narrating
    ex.services.exhibit.resetSession()
    settle()
    assert not speech.narrating and not speech.used and speech.caption == ""


def test_japanese_offers_read_aloud_only_where_a_recording_is(
    start_exhibit: Any, narrated_db: Path, no_player: list[str]
) -> None:
    ex = start_exhibit(narrated_db)
    ex.services.exhibit.setLanguage("ja")
    open_event(ex, "north-winter-1941")
    shown = [i.objectName() for i in items(current_screen(ex.window))]
    assert "navReadAloud" not in shown
    open_event(ex)
    assert find(current_screen(ex.window), "navReadAloud").isVisible()
    tap_name(ex.window, "navReadAloud")
    assert ex.services.speech.played == [f"audio-event-{EVENT}-ja"]
    assert ex.services.speech.spoken == []  # never Japanese through the voice


def test_the_recording_is_heard_to_its_end(
    start_exhibit: Any, narrated_db: Path, qtbot: Any
) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    if not QMediaDevices.audioOutputs():
        pytest.skip(
            "no sound device: Qt Multimedia plays nothing here (the exhibit then "
            "ends a recording at once)"
        )
    ex = start_exhibit(narrated_db)
    speech = ex.services.speech
    open_event(ex)
    tap_name(ex.window, "navReadAloud")
    player = speech.player()
    assert player is not None  # loaded at the first recording, not at start-up
    qtbot.waitUntil(lambda: player.position() > 0, timeout=3000)
    # the one-second recording ends by itself: silence, no captions, the idle wait runs
    qtbot.waitUntil(lambda: not speech.narrating, timeout=5000)
    assert caption(ex) == "" and not speech.speaking and not speech.holds_idle()


@pytest.mark.logs
def test_without_a_sound_device_the_recording_ends_at_once(
    start_exhibit: Any, narrated_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    ex = start_exhibit(narrated_db)
    speech = ex.services.speech
    open_event(ex)
    speech.play(Recording(RECORDING, "wav", tiny_wav(), []))
    assert not speech.narrating and not speech.speaking and speech.player() is None
