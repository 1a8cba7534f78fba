""" "Read aloud": the texts of the screen, each in its own language's voice, with Qt
TextToSpeech (on Linux its speechd engine, through speech-dispatcher and espeak-ng).

The engine is loaded at the first "Read aloud", not at start-up. Reading stops on a
new screen, a new language and the idle reset; while it reads, the idle wait stands still.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.content.speech import speakable

from . import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, provide  # noqa: F401 - read by @QmlElement

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)

# roles whose names a reader hears (QAccessible.Role.StaticText, Heading)
_READ_ROLES = {41, 1044}


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

    _current: Speech | None = None

    def __init__(
        self,
        enabled: bool = True,
        engine: str | None = None,
        language: Callable[[], str] = lambda: "en",
        text_language: Callable[[str, str], str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``language``: the visitor's language now; ``text_language(text, wanted)``: the
        language a text on screen is in (the English fallback of a missing translation)."""
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
        """Read every text on ``screen`` (a QQuickItem), each in its own language."""
        self.read(screen_texts(screen))

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
            and self._tts is not None
            and self._tts.state() == QTextToSpeech.State.Ready
        ):
            self._next()

    @Slot()
    def stop(self) -> None:
        self._countdown = False
        self._queue.clear()
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
    available = Property(bool, _available, notify=availableChanged)
    used = Property(bool, was_used, notify=usedChanged)
