"""The care policy's Qt face: the current profile and this visitor's warning choices.

The rules themselves live in ``kiosk.content.policy`` (no Qt), so the screens and the
command line cannot disagree; this object holds one visitor's ``CareState``, words the
gates in the visitor's language and tells the screens' view models when to re-read.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk.content import policy
from kiosk.content.policy import GRAPHIC, CareState

from . import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, provide  # noqa: F401 - read by @QmlElement


@QmlElement
@QmlSingleton
class Care(QObject):
    """The current profile and this visitor's warning choices.

    Signals:
        changed: the profile, a choice or the gate wording changed; views re-read.
        profileChanged: staff switched the profile (the chapter list changes too).
        answered: a warning was answered (its scope and the answer), for the usage figures.
    """

    changed = Signal()
    profileChanged = Signal()
    answered = Signal(str, str, arguments=["scope", "choice"])
    _current: Care | None = None

    def __init__(
        self,
        profile: str = "museum",
        gated_tags: Iterable[str] | None = None,
        phrases: dict[str, str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = CareState(profile, frozenset(gated_tags) if gated_tags is not None else None)
        self._phrases: dict[str, str] = dict(phrases or {})
        self._locked = False

    def lock_profile(self, locked: bool) -> None:
        """Keep the profile as it is (classroom mode: the classroom profile's limits are
        always on, whatever the staff panel asks)."""
        self._locked = locked

    def install(self) -> None:
        Care._current = self

    @staticmethod
    def create(engine: QQmlEngine) -> Care:
        return provide(Care)

    def set_phrases(self, phrases: dict[str, str]) -> None:
        """Gate phrases per tag in the visitor's language (from the content)."""
        self._phrases = dict(phrases)
        self.changed.emit()

    # -- rules (read by the view models) --------------------------------------

    def gated(self, tags: Iterable[str]) -> list[str]:
        return self.state.gated(tags)

    def needs_gate(self, tags: Iterable[str]) -> bool:
        return self.state.needs_gate(tags)

    def gate_text(self, scope: str, tags: Iterable[str]) -> str:
        """What is ahead, in plain words, from the tags (never from free text)."""
        tags = list(tags)
        if scope == "image":
            return self._image_gate_text(tags)
        what = self._join([self._phrases.get(t, t) for t in self.state.gated(tags)])
        # only the sentence needed is translated: search results ask for many
        if scope == "chapter":
            sentence = self.tr("This chapter describes %1.")
        elif scope == "event":
            sentence = self.tr("This event involved %1.")
        elif scope == "detail":
            sentence = self.tr("The details that follow describe %1.")
        elif scope == "figure":
            sentence = self.tr("These numbers concern %1.")
        else:
            sentence = self.tr("This section describes %1.")
        return sentence.replace("%1", what)

    def _image_gate_text(self, tags: list[str]) -> str:
        """An image's gate: what it shows first, then what it concerns."""
        others = [t for t in self.state.gated(tags) if t != GRAPHIC]
        what = self._join([self._phrases.get(t, t) for t in others])
        if GRAPHIC in tags:
            shows = self.tr("This image shows dead or injured people.")
            if not what:
                return shows
            concerns = self.tr("It concerns %1.").replace("%1", what)
            return f"{shows} {concerns}"
        return self.tr("This image concerns %1.").replace("%1", what)

    def _join(self, items: list[str]) -> str:
        if not items:
            return ""
        if len(items) == 1:
            return items[0]
        head = items[0]
        for item in items[1:-1]:
            head = self.tr("%1, %2").replace("%1", head).replace("%2", item)
        return self.tr("%1 and %2").replace("%1", head).replace("%2", items[-1])

    def summary_only(self, chapter_id: str) -> bool:
        return self.state.is_summary_only(chapter_id)

    def allows_detail(self) -> bool:
        return self.state.allows_detail()

    def allows_sections(self) -> bool:
        return self.state.allows_sections()

    def current_profile(self) -> str:
        return self.state.profile

    def detail_opened(self, section_id: str) -> bool:
        return self.state.detail_opened(section_id)

    def image_mode(self, media_id: str, tags: Iterable[str]) -> str:
        return self.state.image_mode(media_id, list(tags))

    def image_allowed(self, media_id: str, tags: list[str]) -> bool:
        """May the sharp image be drawn now? (Asked before an image is handed to Qt.)"""
        return self.state.image_allowed(media_id, tags)

    # -- the visitor's answers (called from taps) -------------------------------

    @Slot(str, str, str, list, result=str)
    def answerGate(self, scope: str, target: str, choice: str, tags: list[str]) -> str:
        """A gate's answer; returns what follows (``open``, ``return`` or ``back``)."""
        then = policy.answer(self.state, scope, target, choice, tags)
        self.changed.emit()
        self.answered.emit(scope, choice)
        return then

    @Slot(list)
    def accept(self, tags: list[str]) -> None:
        """The visitor chose Continue: these tags do not stop them again this visit."""
        self.state.accept(tags)
        self.changed.emit()

    @Slot(str)
    def closeDetail(self, section_id: str) -> None:
        self.state.opened_details.discard(section_id)
        self.changed.emit()

    @Slot(str, list)
    def showImage(self, media_id: str, tags: list[str]) -> None:
        """The visitor tapped Show at the image's gate."""
        if self.state.show_image(media_id, tags):
            self.changed.emit()
            self.answered.emit("image", "continue")

    @Slot(str)
    def hideImage(self, media_id: str) -> None:
        self.state.shown_images.discard(media_id)
        self.changed.emit()

    @Slot()
    def forget(self) -> None:
        """The idle reset: the next visitor starts protected (the profile stays)."""
        self.state.forget()
        self.changed.emit()

    @Slot(str)
    def setProfile(self, profile: str) -> None:
        if self._locked:
            return
        if profile in policy.PROFILES and profile != self.state.profile:
            self.state.profile = profile
            self.forget()
            self.profileChanged.emit()

    def _label(self) -> str:
        return {
            "museum": "",
            "classroom": self.tr("Classroom profile"),
            "young": self.tr("Under-14 profile"),
        }[self.state.profile]

    profile = Property(str, current_profile, notify=changed)
    profileLabel = Property(str, _label, notify=changed)
    # the detail layer (graphic specifics) exists only in the museum profile
    allowsDetail = Property(bool, allows_detail, notify=changed)
    allowsSections = Property(bool, allows_sections, notify=changed)
