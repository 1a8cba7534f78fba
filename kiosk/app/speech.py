""" "Read aloud": the texts of the screen, each in its own language's voice, with Qt
TextToSpeech (on Linux its speechd engine, through speech-dispatcher and espeak-ng); or,
where a curator recorded the item on screen in the visitor's language, that recording
(Qt Multimedia), its captions shown while it plays.

The engine and the player are loaded at the first "Read aloud", not at start-up. Reading
and playing stop on a new screen, a new language and the idle reset; while either runs,
the idle wait stands still.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.content.audio import Cue, cue_at
from kiosk.content.speech import speakable

from . import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, provide  # noqa: F401 - read by @QmlElement

if TYPE_CHECKING:
    from PySide6.QtCore import QBuffer
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)

# roles whose names a reader hears (QAccessible.Role.StaticText, Heading)
_READ_ROLES = {41, 1044}


@dataclass(frozen=True)
class Recording:
    """A curator's recording of the item on screen, in the visitor's language."""

    id: str
    format: str  # ogg, mp3, wav, flac or m4a: the container, told by its first bytes
    data: bytes
    cues: list[Cue] = field(default_factory=list)


# finds the recording of the first of a screen's items ("chapter:ID", "section:ID",
# "event:ID") that has one in a language; None where none has
FindRecording = Callable[[list[str], str], "Recording | None"]
HasRecording = Callable[[list[str], str], bool]


def default_engine() -> str:
    """The system's engine: speechd on Linux, WinRT on Windows; "" lets Qt choose."""
    if sys.platform.startswith("linux"):
        return "speechd"
    if sys.platform == "win32":
        return "winrt"
    return ""


def screen_texts(item: Any) -> list[str]:
    """What a screen reader finds on ``item``, in reading order: the names of its visible
    texts (a control's label is its control's, and not read as text)."""
    out: list[str] = []

    def walk(node: Any) -> None:
        for child in node.childItems():
            if not child.isVisible() or child.opacity() <= 0:
                continue
            for attached in child.children():
                if attached.metaObject().className() != "QQuickAccessibleAttached":
                    continue
                if attached.property("ignored"):
                    break
                role = attached.property("role")
                name = str(attached.property("name") or "").strip()
                if name and int(getattr(role, "value", role)) in _READ_ROLES:
                    out.append(name)
                break
            walk(child)

    walk(item)
    return out


def _items_of(screen: QObject) -> list[str]:
    """What a screen shows, as it names it for recordings ("section:ID", "chapter:ID"),
    the most specific first; nothing for a screen that names none."""
    value = screen.property("narration") if screen is not None else None
    return [str(v) for v in value or [] if isinstance(v, str)]


@QmlElement
@QmlSingleton
class Speech(QObject):
    """Reads the screen aloud in the voice of each text's language.

    Signals:
        speakingChanged: reading started or ended.
        availableChanged: "Read aloud" is offered in this language now, or no longer.
        usedChanged: the visitor listened (the idle wait is longer until the reset).
    """

    speakingChanged = Signal()
    availableChanged = Signal()
    usedChanged = Signal()
    captionChanged = Signal()

    _current: Speech | None = None

    def __init__(
        self,
        enabled: bool = True,
        engine: str | None = None,
        language: Callable[[], str] = lambda: "en",
        text_language: Callable[[str, str], str] | None = None,
        parent: QObject | None = None,
        recordings: tuple[FindRecording, HasRecording] | None = None,
    ) -> None:
        """``language``: the visitor's language now; ``text_language(text, wanted)``: the
        language a text on screen is in (the English fallback of a missing translation);
        ``recordings``: how to find, and whether there is, a curator's recording of a
        screen's items in a language."""
        super().__init__(parent)
        self._enabled = enabled
        self._engine_name = default_engine() if engine is None else engine
        self._language = language
        self._text_language = text_language or (lambda _text, wanted: wanted)
        self._tts: QTextToSpeech | None = None
        self._queue: list[tuple[str, str]] = []
        self._speaking = False
        self._used = False
        self._offered: bool | None = None
        self._countdown = False
        self.spoken: list[tuple[str, str]] = []  # (language, text) in order, for the log
        self._find, self._has = recordings or ((lambda _i, _l: None), (lambda _i, _l: False))
        self._player: QMediaPlayer | None = None
        self._output: QAudioOutput | None = None
        self._buffer: QBuffer | None = None
        self._recording: Recording | None = None  # the one playing
        self._caption = ""
        self.played: list[str] = []  # the recordings played, in order, for the log

    def install(self) -> None:
        Speech._current = self

    @staticmethod
    def create(engine: QQmlEngine) -> Speech:
        return provide(Speech)

    # -- the engine ------------------------------------------------------------------

    def _engine_present(self) -> bool:
        # assumed until the first reading loads it (asking Qt for its engines loads their
        # plugins, and Qt Multimedia with them); one that fails is hidden from then on
        return self._offered is not False

    def _load(self) -> QTextToSpeech | None:
        if self._tts is None:
            from PySide6.QtTextToSpeech import QTextToSpeech

            self._tts = (
                QTextToSpeech(self._engine_name, self) if self._engine_name else QTextToSpeech(self)
            )
            self._tts.stateChanged.connect(self._state_changed)
            self._offered = self._tts.engine() != "" and (
                self._tts.state() != QTextToSpeech.State.Error
            )
            if not self._offered:
                log.warning(
                    "speech engine %r could not start (%s); Read aloud is hidden",
                    self._engine_name, self._tts.errorString() or "not installed",
                )  # fmt: skip
                self.availableChanged.emit()
        return self._tts if self._offered else None

    def loaded(self) -> bool:
        return self._tts is not None

    def _available(self) -> bool:
        return self._enabled and speakable(self._language()) and self._engine_present()

    @Slot()
    def languageChanged(self) -> None:
        """Another language: stop, and offer reading only where it can be read."""
        self.stop()
        self.availableChanged.emit()

    # -- reading -----------------------------------------------------------------------

    @Slot(QObject)
    def readScreen(self, screen: QObject) -> None:
        """Play the curator's recording of what ``screen`` (a QQuickItem) shows, where
        there is one in the visitor's language; else read every text on it, each in its
        own language."""
        found = self._find(_items_of(screen), self._language()) if self._enabled else None
        if found is not None:
            self.play(found)
        else:
            self.read(screen_texts(screen))

    @Slot(list, str, result=bool)
    def hasRecording(self, narration: list[str], lang: str) -> bool:
        """Is there a recording of one of these items ("chapter:ID" ...) in ``lang``?"""
        return self._enabled and bool(narration) and self._has([str(n) for n in narration], lang)

    def play(self, recording: Recording) -> None:
        """Play a recording instead of the synthetic voice, its captions on screen."""
        self.stop()
        if not self._used:
            self._used = True
            self.usedChanged.emit()
        self._recording = recording
        self.played.append(recording.id)
        self._set_caption(cue_at(recording.cues, 0))
        self._set_speaking(True)
        self._start_player(recording)

    def _start_player(self, recording: Recording) -> None:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl

        try:
            from PySide6.QtMultimedia import QMediaDevices
        except ImportError:  # an installation without Qt Multimedia: nothing can play it
            log.warning("Qt Multimedia is missing: recording %s is not played", recording.id)
            self._end_recording()
            return
        if not QMediaDevices.audioOutputs():
            # nothing would be heard, and Qt's FFmpeg backend can hang in stop() without
            # a sound device: the recording ends at once
            log.warning("no audio output: recording %s is not played", recording.id)
            self._end_recording()
            return
        player = self._load_player()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(recording.data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        old, self._buffer = self._buffer, buffer
        # the name only tells the player the container; nothing is read from a path
        player.setSourceDevice(buffer, QUrl(f"narration.{recording.format}"))
        if old is not None:
            old.deleteLater()
        player.play()

    def _load_player(self) -> QMediaPlayer:
        if self._player is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

            self._output = QAudioOutput(self)
            self._player = QMediaPlayer(self)
            self._player.setAudioOutput(self._output)
            self._player.positionChanged.connect(self._position)
            self._player.playbackStateChanged.connect(self._playback_state)
            self._player.errorOccurred.connect(self._player_error)
        return self._player

    def player(self) -> QMediaPlayer | None:
        return self._player

    def _position(self, ms: int) -> None:
        if self._recording is not None:
            self._set_caption(cue_at(self._recording.cues, ms))

    def _playback_state(self, state: Any) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if state == QMediaPlayer.PlaybackState.StoppedState and self._recording is not None:
            self._end_recording()  # played to its end

    def _player_error(self, _error: Any, message: str) -> None:
        if self._recording is not None:
            log.warning("recording %s cannot be played: %s", self._recording.id, message)
            self._end_recording()

    def _end_recording(self) -> None:
        self._recording = None
        self._set_caption("")
        self._set_speaking(False)

    def _set_caption(self, text: str) -> None:
        if text != self._caption:
            self._caption = text
            self.captionChanged.emit()

    def current_caption(self) -> str:
        return self._caption

    def is_narrating(self) -> bool:
        return self._recording is not None

    @Slot(list)
    def read(self, texts: list[str]) -> None:
        self.stop()
        if not self._available():
            return
        wanted = self._language()
        self._countdown = False
        self._queue = [(self._text_language(t, wanted), t) for t in texts if t.strip()]
        if not self._used:
            self._used = True
            self.usedChanged.emit()
        self._next()

    @Slot(str)
    def say(self, text: str) -> None:
        """Read one text of the interface (the idle countdown) in the visitor's language,
        if the visitor has been listening."""
        if self._used and self._available():
            self.stop()
            self._queue = [(self._language(), text)]
            self._countdown = True  # read while the idle countdown runs on
            self._next()

    def _next(self) -> None:
        if not self._queue:
            self._set_speaking(False)
            return
        from PySide6.QtCore import QLocale

        lang, text = self._queue.pop(0)
        tts = self._load()
        if tts is None:
            self._queue.clear()
            self._set_speaking(False)
            return
        tts.setLocale(QLocale(lang))
        self.spoken.append((lang, text))
        self._set_speaking(True)
        tts.say(text)

    def _state_changed(self, state: Any) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Ready and self._speaking:
            # in a later turn of the event loop: the engine may still be inside its own
            # callback, and speech-dispatcher's client deadlocks on a say() from there
            QTimer.singleShot(0, self._next_if_idle)
        elif state == QTextToSpeech.State.Error:
            log.warning("speech engine error: %s", self._tts.errorString() if self._tts else "")
            self._queue.clear()
            self._set_speaking(False)

    def holds_idle(self) -> bool:
        """Reading the screen stops the idle wait; reading the countdown does not."""
        return self._speaking and not self._countdown

    def _next_if_idle(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if (
            self._speaking
            and self._recording is None
            and self._tts is not None
            and self._tts.state() == QTextToSpeech.State.Ready
        ):
            self._next()

    @Slot()
    def stop(self) -> None:
        self._countdown = False
        self._queue.clear()
        if self._recording is not None:
            self._recording = None  # first: the player's own "stopped" is not an ending
            if self._player is not None:
                self._player.stop()
            self._set_caption("")
        if self._tts is not None and self._speaking:
            self._tts.stop()
        self._set_speaking(False)

    @Slot()
    def reset(self) -> None:
        """The idle reset: silence, and the next visitor has not listened yet."""
        self.stop()
        if self._used:
            self._used = False
            self.usedChanged.emit()

    def _set_speaking(self, on: bool) -> None:
        if on != self._speaking:
            self._speaking = on
            self.speakingChanged.emit()

    def is_speaking(self) -> bool:
        return self._speaking

    def was_used(self) -> bool:
        return self._used

    speaking = Property(bool, is_speaking, notify=speakingChanged)
    narrating = Property(bool, is_narrating, notify=speakingChanged)
    caption = Property(str, current_caption, notify=captionChanged)
    available = Property(bool, _available, notify=availableChanged)
    used = Property(bool, was_used, notify=usedChanged)
