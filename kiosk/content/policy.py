"""Care policy without Qt: what a profile withholds, which gate stands where, search gating.

The rules are promises to visitors and teachers, so they live here, in one place, and
the screens (through ``kiosk.app``) and the command line call the same functions:

- ``museum``: summaries and sections; the detail layer only through a gate.
- ``classroom``: summaries and sections; the detail layer never, and no gate offers it.
- ``young``: summaries only; chapters a curator marks unsuitable are not listed, and
  no filter or search suggestion names sexual violence.

A gate stands before material whose tags the kiosk gates and the visitor has not yet
accepted in this visit. Choices are forgotten at the idle reset; the profile is not.

A chapter's quotation touches care topics of its chapter only: one that touches none is
always shown; one that does is shown only where the visitor has passed the gate for them,
never under 14 or beside a chapter read as summary only, and never a graphic one in the
classroom (``shows_quotation``).

Images: a warned image stands blurred, with its own gate, until the visitor taps Show.
A graphic image (tag ``graphic-image``) is always blurred, whatever the museum gates, and
is not shown at all, blurred or sharp, in the classroom and under-14 profiles; under 14,
no warned image is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

PROFILES = ("museum", "classroom", "young")
GRAPHIC = "graphic-image"  # the tag of images that show dead or injured people
# Chapters a harrowing chapter closes on: justice and remembrance, not the worst detail.
CLOSING_CHAPTERS = ("trials", "memory")
HARROWING_SEVERITY = 3
# Gate scopes: what a gate stands before.
SCOPES = ("chapter", "section", "event", "detail", "figure", "image")
# The order of search results by kind (sections belong with their chapters).
SEARCH_ORDER = ("chapter", "section", "event", "source", "glossary")
# Event categories the under-14 profile never names (a filter chip or a suggestion).
YOUNG_UNLISTED_CATEGORIES = frozenset({"sexual-violence"})


@dataclass
class CareState:
    """The kiosk's profile and gated tags, and this visitor's answers at the gates."""

    profile: str = "museum"
    gated_tags: frozenset[str] | None = None  # None: every tag is gated
    accepted: set[str] = field(default_factory=set)
    summary_only: set[str] = field(default_factory=set)
    opened_details: set[str] = field(default_factory=set)
    shown_images: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        if self.profile not in PROFILES:
            self.profile = "museum"

    # -- what the profile allows ------------------------------------------------

    def allows_detail(self) -> bool:
        """The detail layer (graphic specifics) exists only in the museum profile."""
        return self.profile == "museum"

    def allows_sections(self) -> bool:
        return self.profile != "young"

    def lists_chapter(self, young_unsuitable: bool) -> bool:
        return not (self.profile == "young" and young_unsuitable)

    def lists_category(self, category_id: str) -> bool:
        """May a filter or a suggestion name this event category?"""
        return not (self.profile == "young" and category_id in YOUNG_UNLISTED_CATEGORIES)

    def is_summary_only(self, chapter_id: str) -> bool:
        return self.profile == "young" or chapter_id in self.summary_only

    def detail_opened(self, section_id: str) -> bool:
        return self.allows_detail() and section_id in self.opened_details

    # -- gates --------------------------------------------------------------------

    def gated(self, tags: Iterable[str]) -> list[str]:
        """The tags among ``tags`` that this kiosk gates, once each, in their order."""
        return [t for t in dict.fromkeys(tags) if self.gated_tags is None or t in self.gated_tags]

    def needs_gate(self, tags: Iterable[str]) -> bool:
        return any(t not in self.accepted for t in self.gated(tags))

    def image_mode(self, media_id: str, tags: Sequence[str]) -> str:
        """How an image may appear now: ``open`` (no warning), ``gated`` (blurred, with a
        Show button), ``shown`` (the visitor chose Show) or ``hidden`` (not at all)."""
        gated = self.gated(tags)
        if GRAPHIC in tags and GRAPHIC not in gated:
            gated.append(GRAPHIC)  # a museum may stop gating a tag, never unblur a body
        if not gated:
            return "open"
        if (GRAPHIC in tags and self.profile != "museum") or self.profile == "young":
            return "hidden"
        return "shown" if media_id in self.shown_images else "gated"

    def image_allowed(self, media_id: str, tags: Sequence[str]) -> bool:
        """May the sharp image be drawn now?"""
        return self.image_mode(media_id, tags) in ("open", "shown")

    # -- the visitor's answers ----------------------------------------------------

    def accept(self, tags: Iterable[str]) -> None:
        self.accepted |= set(tags)

    def answer_chapter_gate(self, chapter_id: str, choice: str, tags: Iterable[str]) -> None:
        """``continue``: the whole chapter, these tags accepted; ``summary``: its summary."""
        if choice == "summary":
            self.summary_only.add(chapter_id)
        else:
            self.summary_only.discard(chapter_id)
            self.accept(tags)

    def open_detail(self, section_id: str, tags: Iterable[str]) -> bool:
        if not self.allows_detail():
            return False
        self.opened_details.add(section_id)
        self.accept(tags)
        return True

    def show_image(self, media_id: str, tags: Sequence[str]) -> bool:
        if self.image_mode(media_id, tags) != "gated":
            return False
        self.shown_images.add(media_id)
        return True

    def forget(self) -> None:
        """The idle reset: the next visitor starts protected (the profile stays)."""
        self.accepted.clear()
        self.summary_only.clear()
        self.opened_details.clear()
        self.shown_images.clear()


def shows_quotation(state: CareState, chapter_id: str, tags: Sequence[str]) -> bool:
    """May a chapter's quotation stand beside its text now? One that touches no care
    topic always may. One that does is withheld where the profile withholds such words
    elsewhere (under 14, where only summaries are read; in the classroom, anything
    graphic), where the visitor chose the chapter's summary only, and until the visitor
    has accepted its tags at a gate (the chapter's gate names them: they are the
    chapter's own)."""
    if not tags:
        return True
    if not state.allows_sections():
        return False  # under 14: summaries only, no warned words beside them
    if GRAPHIC in tags and not state.allows_detail():
        return False  # the classroom: nothing graphic
    if state.is_summary_only(chapter_id):
        return False
    return not state.needs_gate(tags)


def withholds_stop(state: CareState, kind: str, young_unsuitable: bool = False) -> bool:
    """Would this profile keep a lesson path's stop from the class? (A section under 14;
    a chapter, and all that stands in it, that the profile does not list.)"""
    if not state.lists_chapter(young_unsuitable):
        return True
    return kind == "section" and not state.allows_sections()


# -- routing: which gate a visitor meets on the way to what -----------------------


@dataclass(frozen=True)
class Route:
    """Where a tap leads: straight to ``screen``, or first to a gate of ``scope``."""

    screen: str  # chapter | event | figure | detail
    gate: bool
    scope: str
    tags: tuple[str, ...]


def route(state: CareState, screen: str, tags: Iterable[str]) -> Route | None:
    """The way to a chapter, event, figure list or detail layer; None where the profile
    does not offer it at all (the detail layer outside the museum profile)."""
    tags = tuple(tags)
    if screen == "detail":
        # the detail layer always stands behind its own gate
        return Route("detail", True, "detail", tags) if state.allows_detail() else None
    return Route(screen, state.needs_gate(tags), screen, tags)


def gate_choices(state: CareState, scope: str) -> tuple[str, ...]:
    """The answers a gate offers, in order (Go back and Support are always there)."""
    if scope == "chapter" and state.allows_sections():
        return ("continue", "summary", "back", "support")
    return ("continue", "back", "support")


def answer(state: CareState, scope: str, target: str, choice: str, tags: Iterable[str]) -> str:
    """Record a gate's answer; return what follows: ``open`` the target, ``return`` to
    the screen below (a detail layer or a fuller chapter opens in place), ``back``."""
    tags = tuple(tags)
    if choice not in gate_choices(state, scope) or choice in ("back", "support"):
        return "back"
    if scope == "detail":
        state.open_detail(target, tags)
        return "return"
    if scope == "chapter":
        state.answer_chapter_gate(target, choice, tags)
        return "open"
    state.accept(tags)
    return "open"


# -- search -----------------------------------------------------------------------


class GatedHit(NamedTuple):
    """A search result as a visitor may see it: its snippet, or only what it concerns (a
    named tuple, like the search's own hits: made many times per keystroke)."""

    kind: str
    ref: str
    chapter_id: str
    title: str
    snippet: str  # with \x02 \x03 around matches; "" when withheld
    withheld_tags: tuple[str, ...]  # the gated tags when the snippet is withheld


class _Hit(Protocol):  # the shape of a search result (kiosk.content's SearchHit)
    @property
    def kind(self) -> str: ...
    @property
    def ref(self) -> str: ...
    @property
    def chapter_id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def snippet(self) -> str: ...


def gate_search(
    state: CareState,
    hits: Iterable[_Hit],
    listed_chapters: Set[str],
    tags_of: Callable[[str, str], Sequence[str]],
) -> list[GatedHit]:
    """Search results in screen order, without what the profile hides; a result whose
    tags the visitor has not accepted shows what it concerns instead of its words."""
    out = []
    for h in hits:
        if h.chapter_id and h.chapter_id not in listed_chapters:
            continue  # a chapter the profile does not list
        if h.kind == "section" and not state.allows_sections():
            continue  # under 14: summaries only
        tags = tags_of(h.kind, h.ref)
        # the gated tags found once: ``needs_gate`` would find them again, per keystroke
        gated = tuple(state.gated(tags)) if tags else ()
        withheld = any(t not in state.accepted for t in gated)
        out.append(
            GatedHit(
                h.kind, h.ref, h.chapter_id, h.title,
                "" if withheld else h.snippet,
                gated if withheld else (),
            )
        )  # fmt: skip
    out.sort(key=lambda g: SEARCH_ORDER.index(g.kind) if g.kind in SEARCH_ORDER else 99)
    return out


# -- page decisions -----------------------------------------------------------------


def harrowing(tags: Iterable[str], severity: dict[str, int]) -> bool:
    """A chapter is harrowing when any of its tags is of the highest severity."""
    return any(severity.get(t, 0) >= HARROWING_SEVERITY for t in tags)


def warned(chapter_tags: Sequence[str], part_tags: Iterable[Sequence[str]]) -> bool:
    """Anything on the page carries a warning: the screen offers a break."""
    return bool(chapter_tags) or any(bool(t) for t in part_tags)


def closing(current: str, listed: Sequence[str]) -> list[str]:
    """The chapters a harrowing chapter closes on, among those the visitor may open."""
    return [c for c in listed if c in CLOSING_CHAPTERS and c != current]
