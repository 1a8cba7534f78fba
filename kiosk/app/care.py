"""Care policy: audience profiles, content-warning gates and the visitor's choices.

The rules are promises to visitors and teachers, so they live here, in one place:

- ``museum``: summaries and sections; the detail layer only through a gate.
- ``classroom``: summaries and sections; the detail layer never, and no gate offers it.
- ``young``: summaries only; chapters a curator marks unsuitable are not listed.

A gate stands before material whose tags the museum gates and the visitor has not yet
accepted in this session. Choices are forgotten at the idle reset; the profile is not.

Images: a warned image stands blurred, with its own gate, until the visitor taps Show
(and Hide brings the blur back). A graphic image (tag ``graphic-image``) is always
blurred, whatever the museum gates, and is not shown at all, blurred or sharp, in the
classroom and under-14 profiles; under 14, no warned image is shown.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from . import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, provide  # noqa: F401 - read by @QmlElement
from .config import PROFILES

GRAPHIC = "graphic-image"  # the tag of images that show dead or injured people


@QmlElement
@QmlSingleton
class Care(QObject):
    """The current profile and this visitor's warning choices.

    Signals:
        changed: the profile or a choice changed; gates and layers must be re-read.
    """

    changed = Signal()
    profileChanged = Signal()
    _current: Care | None = None

    def __init__(
        self,
        profile: str = "museum",
        gated_tags: Iterable[str] | None = None,
        phrases: dict[str, str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._profile = profile if profile in PROFILES else "museum"
        self._gated = set(gated_tags) if gated_tags is not None else None  # None: every tag
        self._phrases: dict[str, str] = dict(phrases or {})
        self._accepted: set[str] = set()
        self._summary_only: set[str] = set()
        self._opened_details: set[str] = set()
        self._shown_images: set[str] = set()
        self._revision = 0
        self.changed.connect(self._bump)

    def _bump(self) -> None:
        self._revision += 1

    def install(self) -> None:
        Care._current = self

    @staticmethod
    def create(engine: QQmlEngine) -> Care:
        return provide(Care)

    def set_phrases(self, phrases: dict[str, str]) -> None:
        """Gate phrases per tag in the visitor's language (from the content)."""
        self._phrases = dict(phrases)
        self.changed.emit()

    # -- rules ----------------------------------------------------------------

    def gated(self, tags: Iterable[str]) -> list[str]:
        """The tags among ``tags`` that this kiosk gates, in their given order."""
        return [t for t in tags if self._gated is None or t in self._gated]

    @Slot(list, result=bool)
    def needsGate(self, tags: list[str]) -> bool:
        return any(t not in self._accepted for t in self.gated(tags))

    @Slot(str, list, result=str)
    def gateText(self, scope: str, tags: list[str]) -> str:
        """What is ahead, in plain words, from the tags (never from free text)."""
        if scope == "image":
            return self._image_gate_text(tags)
        phrases = [self._phrases.get(t, t) for t in dict.fromkeys(self.gated(tags))]
        what = self._join(phrases)
        texts = {
            "chapter": self.tr("This chapter describes %1."),
            "section": self.tr("This section describes %1."),
            "event": self.tr("This event involved %1."),
            "detail": self.tr("The details that follow describe %1."),
            "figure": self.tr("These numbers concern %1."),
        }
        return texts.get(scope, texts["section"]).replace("%1", what)

    def _image_gate_text(self, tags: list[str]) -> str:
        """An image's gate: what it shows first, then what it concerns."""
        others = [t for t in dict.fromkeys(self.gated(tags)) if t != GRAPHIC]
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

    @Slot(list)
    def accept(self, tags: list[str]) -> None:
        """The visitor chose Continue: these tags do not stop them again this visit."""
        self._accepted |= set(tags)
        self.changed.emit()

    @Slot(str)
    def chooseSummary(self, chapter_id: str) -> None:
        self._summary_only.add(chapter_id)
        self.changed.emit()

    @Slot(str, list)
    def showFull(self, chapter_id: str, tags: list[str]) -> None:
        self._summary_only.discard(chapter_id)
        self.accept(tags)

    @Slot(str, result=bool)
    def summaryOnly(self, chapter_id: str) -> bool:
        return self._profile == "young" or chapter_id in self._summary_only

    def allows_detail(self) -> bool:
        return self._profile == "museum"

    def allows_sections(self) -> bool:
        return self._profile != "young"

    def current_profile(self) -> str:
        return self._profile

    @Slot(str, result=bool)
    def detailOpened(self, section_id: str) -> bool:
        return self.allows_detail() and section_id in self._opened_details

    @Slot(str, list)
    def openDetail(self, section_id: str, tags: list[str]) -> None:
        if self.allows_detail():
            self._opened_details.add(section_id)
            self.accept(tags)

    @Slot(str)
    def closeDetail(self, section_id: str) -> None:
        self._opened_details.discard(section_id)
        self.changed.emit()

    # -- images ---------------------------------------------------------------

    @Slot(str, list, result=str)
    def imageMode(self, media_id: str, tags: list[str]) -> str:
        """How an image may appear now: ``open`` (no warning), ``gated`` (blurred, with a
        Show button), ``shown`` (the visitor chose Show) or ``hidden`` (not at all)."""
        gated = self.gated(tags)
        if GRAPHIC in tags and GRAPHIC not in gated:
            gated.append(GRAPHIC)  # a museum may stop gating a tag, never unblur a body
        if not gated:
            return "open"
        if (GRAPHIC in tags and self._profile != "museum") or self._profile == "young":
            return "hidden"
        return "shown" if media_id in self._shown_images else "gated"

    def image_allowed(self, media_id: str, tags: list[str]) -> bool:
        """May the sharp image be drawn now? (Asked before an image is handed to Qt.)"""
        return self.imageMode(media_id, tags) in ("open", "shown")

    @Slot(str, list)
    def showImage(self, media_id: str, tags: list[str]) -> None:
        """The visitor tapped Show at the image's gate."""
        if self.imageMode(media_id, tags) == "gated":
            self._shown_images.add(media_id)
            self.changed.emit()

    @Slot(str)
    def hideImage(self, media_id: str) -> None:
        self._shown_images.discard(media_id)
        self.changed.emit()

    @Slot()
    def forget(self) -> None:
        """The idle reset: the next visitor starts protected (the profile stays)."""
        self._accepted.clear()
        self._summary_only.clear()
        self._opened_details.clear()
        self._shown_images.clear()
        self.changed.emit()

    @Slot(str)
    def setProfile(self, profile: str) -> None:
        if profile in PROFILES and profile != self._profile:
            self._profile = profile
            self.forget()
            self.profileChanged.emit()

    def _label(self) -> str:
        return {
            "museum": "",
            "classroom": self.tr("Classroom profile"),
            "young": self.tr("Under-14 profile"),
        }[self._profile]

    # bumps on every change, so QML bindings that call the slots above re-evaluate
    revision = Property(int, lambda s: s._revision, notify=changed)
    profile = Property(str, current_profile, notify=changed)
    profileLabel = Property(str, _label, notify=changed)
    # the detail layer (graphic specifics) exists only in the museum profile
    allowsDetail = Property(bool, allows_detail, notify=changed)
    allowsSections = Property(bool, allows_sections, notify=changed)
