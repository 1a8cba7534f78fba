"""What a printed handout of a chapter or an event holds, decided without Qt.

A handout follows the care rules of :mod:`kiosk.content.policy`, as the screens do: a
profile that does not list a chapter cannot print it; under 14, and where the visitor
chose "Summary only", the handout holds the summary alone; the classroom and under-14
profiles never include a detail layer. The museum profile includes a detail layer only
where the visitor opened it at its gate, or, printed from the command line, every one;
each stands behind its warning text, as on screen. Images are left out, except the
chapter's locator map (never a warned image).

Texts arrive rendered (figure placeholders replaced) in the language's own way of writing
numbers, ranges and dates, which the caller supplies (the app takes them from QLocale and
its interface translation), each with the language it is in (English where a translation
is missing), so a right-to-left handout sets an English paragraph left to right. The
handout is plain text from top to bottom: nothing in the content can become markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from . import dates, text
from .policy import CareState, shows_quotation, withholds_stop
from .repository import Repository
from .sources import ARTICLE_SOURCE, SourceQueries
from .views import ChapterView, Localized, MediaView, QuotationView, SourceView

KINDS = ("chapter", "event", "path")


class HandoutError(ValueError):
    """No handout can be made: an unknown id, or one the profile does not offer."""


@dataclass(frozen=True)
class Style:
    """How the handout's language writes numbers, ranges of numbers and dates."""

    number: text.NumberFormat = text.english_number
    range_pattern: str = "{} to {}"
    words: dates.Words = dates.ENGLISH


@dataclass(frozen=True)
class Part:
    """One section of a chapter as printed."""

    id: str
    kind: str  # text | perspective (historians disagree)
    title: Localized
    body: Localized
    sides: tuple[Localized, ...]
    detail: Localized | None  # the detail layer, when this handout includes it
    detail_tags: tuple[str, ...]  # what the detail layer's warning names


@dataclass(frozen=True)
class DateLine:
    """One dated event of a chapter."""

    id: str
    label: str
    title: Localized
    place: Localized


@dataclass(frozen=True)
class EstimateLine:
    """One estimate of a figure and who gives it."""

    text: str
    source_id: str
    owner: str  # the source's author ("" when the article names nobody)
    year: str
    note: Localized | None
    unattributed: bool  # the source article gives it without naming anybody


@dataclass(frozen=True)
class FigureLine:
    id: str
    counted: Localized
    text: str  # lowest to highest of all estimates
    disputed: bool
    estimates: tuple[EstimateLine, ...]


@dataclass(frozen=True)
class Handout:
    """Everything one printed handout shows, in the order it shows it."""

    kind: str  # chapter | event
    id: str
    lang: str
    profile: str
    title: Localized
    subtitle: str  # region and period of a chapter; date and place of an event
    chapter_id: str
    chapter_title: Localized | None  # the chapter an event belongs to
    warnings: tuple[str, ...]  # what the chapter or event concerns (its warning tags)
    summary: Localized
    summary_only: bool  # the profile or the visitor's choice: no sections
    details_left_out: bool  # the chapter has detail layers this handout does not print
    parts: tuple[Part, ...]
    dates: tuple[DateLine, ...]
    figures: tuple[FigureLine, ...]
    sources: tuple[SourceView, ...]
    map: MediaView | None
    map_data: bytes | None  # the map's image (PNG) as stored in the database
    content_version: str
    # the chapter's attributed quotation, where the screen beside the printed text shows it
    quotation: QuotationView | None = None

    def attribution(self) -> Localized | None:
        """ "— who, where the words stand" under the quotation, in the language it is in."""
        q = self.quotation
        if q is None:
            return None
        english = q.by.fallback(self.lang) or bool(q.role and q.role.fallback(self.lang))
        lang = "en" if english else self.lang
        comma = {"ja": "、", "fa": "، "}.get(lang, ", ")
        who = q.by.text + (comma + q.role.text if q.role and q.role.text else "")
        return Localized(f"— {who}", q.by.lang if not english else "en")


def _render(loc: Localized, figures: dict[str, text.FigureRange], style: Style) -> Localized:
    return Localized(text.render(loc.text, figures, style.number, style.range_pattern), loc.lang)


def period(start: int, end: int, words: dates.Words = dates.ENGLISH) -> str:
    """A chapter's years as the language writes a range of years."""
    one, two = words.number(start), words.number(end)
    return one if start == end else words.years.format(one, two)


def _figures(
    queries: SourceQueries, ids: Iterable[str], lang: str, style: Style
) -> tuple[list[FigureLine], list[str]]:
    """The figures in order, with every estimate and its owner; and their sources."""
    figs = queries.figures(list(dict.fromkeys(ids)), lang)
    source_ids = list(dict.fromkeys(e.source_id for f in figs for e in f.estimates))
    owners = {s.id: s for s in queries.sources(lang, source_ids)}
    out = []
    for f in figs:
        if not f.estimates:
            continue
        lines = []
        for e in f.estimates:
            src = owners.get(e.source_id)
            unattributed = e.source_id == ARTICLE_SOURCE
            lines.append(
                EstimateLine(
                    text=text.format_range(
                        text.FigureRange(e.low, e.high, f.unit), style.number, style.range_pattern
                    ),
                    source_id=e.source_id,
                    owner="" if unattributed else (src.author if src else e.source_id),
                    year=str(src.year) if src and src.year and not unattributed else "",
                    note=e.note if e.note and e.note.text else None,
                    unattributed=unattributed,
                )
            )
        whole = text.FigureRange(
            min(e.low for e in f.estimates), max(e.high for e in f.estimates), f.unit
        )
        out.append(
            FigureLine(
                f.id, f.counted,
                text.format_range(whole, style.number, style.range_pattern),
                f.disputed, tuple(lines),
            )
        )  # fmt: skip
    return out, source_ids


def _map(repo: Repository, cover: str | None, lang: str) -> tuple[MediaView | None, bytes | None]:
    """A chapter's locator map: its cover, if it carries no warning (covers never do)."""
    if not cover or repo.media_tags().get(cover, ("unknown",)):
        return None, None
    view = repo.media_views([cover], lang).get(cover)
    data = repo.media_data(cover, "display")
    return (view, data) if view is not None and data else (None, None)


def _quotation(view: ChapterView, state: CareState, summary_only: bool) -> QuotationView | None:
    """The chapter's quotation if the care policy lets it stand beside the text printed:
    the handout prints the chapter as read past its gate (its tags accepted), but never
    a quotation the profile withholds, nor a warned one beside a summary only."""
    q = view.quotation
    if q is None:
        return None
    past_gate = CareState(
        state.profile,
        state.gated_tags,
        accepted=set(state.accepted) | set(view.card.warnings),
        summary_only={view.card.id} if summary_only else set(),
    )
    return q if shows_quotation(past_gate, view.card.id, q.warnings) else None


def _listed(repo: Repository, state: CareState, chapter_id: str, lang: str) -> bool:
    cards = repo.chapter_cards(lang, chapter_id)
    return bool(cards) and state.lists_chapter(cards[0].young_unsuitable)


def chapter(
    repo: Repository,
    chapter_id: str,
    lang: str,
    state: CareState,
    style: Style = Style(),
    all_details: bool = False,
) -> Handout:
    """The handout of one chapter for this profile and visitor.

    ``all_details``: in the museum profile, print every detail layer (each behind its
    warning text), not only those the visitor opened; other profiles print none."""
    view = repo.chapter(chapter_id, lang)
    if view is None:
        raise HandoutError(f"there is no chapter {chapter_id!r}")
    card = view.card
    if not state.lists_chapter(card.young_unsuitable):
        raise HandoutError(f"chapter {chapter_id!r} is not offered in the {state.profile} profile")
    queries = SourceQueries(repo)
    figs = view.figures
    summary_only = not state.allows_sections() or state.is_summary_only(chapter_id)
    parts: list[Part] = []
    shown_texts = [card.summary.text]
    cited: list[str] = []
    if not summary_only:
        for s in view.sections:
            include = s.detail is not None and state.allows_detail()
            include = include and (all_details or s.id in state.opened_details)
            detail = s.detail if include else None
            parts.append(
                Part(
                    id=s.id, kind=s.kind, title=s.title, body=_render(s.body, figs, style),
                    sides=tuple(_render(side, figs, style) for side, _ in s.sides),
                    detail=_render(detail, figs, style) if detail is not None else None,
                    detail_tags=s.detail_warnings if detail is not None else (),
                )
            )  # fmt: skip
            shown_texts += [s.body.text, *(side.text for side, _ in s.sides)]
            if detail is not None:
                shown_texts.append(detail.text)
            cited += queries.cited_by("section", s.id)
    quotation = _quotation(view, state, summary_only)
    if quotation is not None:
        cited += quotation.source_ids
    events = view.events
    for e in events:
        cited += e.source_ids
    figure_lines, estimate_sources = _figures(
        queries, (ref for t in shown_texts for ref in text.figure_refs(t)), lang, style
    )
    map_view, map_data = _map(repo, card.cover, lang)
    return Handout(
        kind="chapter", id=card.id, lang=lang, profile=state.profile, title=card.title,
        subtitle=" · ".join(
            x for x in (card.region.text, period(card.start, card.end, style.words)) if x
        ),
        chapter_id=card.id, chapter_title=None, warnings=card.warnings,
        summary=_render(card.summary, figs, style),
        summary_only=summary_only,
        details_left_out=any(
            s.detail is not None for s in view.sections
        ) and not any(p.detail is not None for p in parts),
        parts=tuple(parts),
        dates=tuple(
            DateLine(e.id, dates.label(e.date, style.words), e.title, e.place)
            for e in events
        ),
        figures=tuple(figure_lines),
        sources=tuple(queries.sources(lang, list(dict.fromkeys(cited + estimate_sources)))),
        map=map_view, map_data=map_data,
        content_version=repo.meta.get("content_version", ""),
        quotation=quotation,
    )  # fmt: skip


def event(
    repo: Repository, event_id: str, lang: str, state: CareState, style: Style = Style()
) -> Handout:
    """The handout of one event: its date, place, summary, numbers and sources, and its
    chapter's locator map."""
    found = repo.events(lang, event_id=event_id)
    if not found:
        raise HandoutError(f"there is no event {event_id!r}")
    e = found[0]
    if not _listed(repo, state, e.chapter_id, lang):
        raise HandoutError(
            f"event {event_id!r} belongs to a chapter the {state.profile} profile does not offer"
        )
    card = repo.chapter_cards(lang, e.chapter_id)[0]
    queries = SourceQueries(repo)
    figs = repo.figure_ranges()
    figure_lines, estimate_sources = _figures(
        queries, queries.figures_shown("event", e.id, lang), lang, style
    )
    map_view, map_data = _map(repo, card.cover, lang)
    return Handout(
        kind="event", id=e.id, lang=lang, profile=state.profile, title=e.title,
        subtitle=" · ".join(x for x in (dates.label(e.date, style.words), e.place.text) if x),
        chapter_id=e.chapter_id, chapter_title=card.title, warnings=e.warnings,
        summary=_render(e.summary, figs, style),
        summary_only=False, details_left_out=False, parts=(), dates=(),
        figures=tuple(figure_lines),
        sources=tuple(
            queries.sources(lang, list(dict.fromkeys([*e.source_ids, *estimate_sources])))
        ),
        map=map_view, map_data=map_data,
        content_version=repo.meta.get("content_version", ""),
    )  # fmt: skip


# -- a whole lesson path (#17) ------------------------------------------------------


@dataclass(frozen=True)
class StopPart:
    """One stop of a lesson path as printed: what the class looked at, and what it
    discussed."""

    number: int
    kind: str  # chapter | section | event | source | figure
    title: Localized
    subtitle: str  # an event's date and place; a chapter's region and period
    body: tuple[Localized, ...]  # the stop's text (a perspective's sides after its body)
    perspective: bool  # historians disagree: the sides follow the body
    questions: tuple[Localized, ...]
    note: Localized | None  # for the teacher; only when the handout includes notes


@dataclass(frozen=True)
class PathHandout:
    """Everything the handout of a lesson path shows, in order: its aims, each stop with
    its text and questions, then every number with its owners and every source."""

    kind: str  # always "path"
    id: str
    lang: str
    profile: str
    title: Localized
    min_age: int
    max_age: int | None
    minutes: int
    aims: tuple[Localized, ...]
    stops: tuple[StopPart, ...]
    figures: tuple[FigureLine, ...]
    sources: tuple[SourceView, ...]
    content_version: str


def path(
    repo: Repository,
    path_id: str,
    lang: str,
    state: CareState,
    style: Style = Style(),
    teacher_notes: bool = False,
) -> PathHandout:
    """The handout of a whole lesson path in ``lang`` and ``state``'s profile: each stop's
    text as the profile shows it on screen (never a detail layer outside the museum
    profile, no sections under 14), its questions, and the numbers and sources behind it."""
    lp = repo.lesson_path(path_id, lang)
    if lp is None:
        raise HandoutError(f"there is no lesson path {path_id!r}")
    queries = SourceQueries(repo)
    figs = repo.figure_ranges()
    targets = repo.stop_targets(lp.stops, lang)
    cards = {c.id: c for c in repo.chapter_cards(lang)}
    shown: list[str] = []  # texts whose figures the handout lists
    figure_ids: list[str] = []
    cited: list[str] = []
    stops: list[StopPart] = []
    for n, s in enumerate(lp.stops, 1):
        found = targets.get((s.kind, s.ref))
        chapter_id = found[1] if found else ""
        card = cards.get(chapter_id)
        if found is None or (s.kind != "source" and card is None):
            raise HandoutError(f"stop {n} of path {path_id!r} names a missing {s.kind} {s.ref!r}")
        if card is not None and withholds_stop(state, s.kind, card.young_unsuitable):
            raise HandoutError(
                f"stop {n} of path {path_id!r} is not offered in the {state.profile} profile"
            )
        title, subtitle, body, perspective = found[0], "", [], False
        if s.kind == "chapter" and card is not None:
            subtitle = " · ".join(
                x for x in (card.region.text, period(card.start, card.end, style.words)) if x
            )
            body, shown = [_render(card.summary, figs, style)], [*shown, card.summary.text]
        elif s.kind == "section":
            view = repo.chapter(chapter_id, lang)
            sec = next(x for x in view.sections if x.id == s.ref) if view else None
            if sec is not None:
                perspective = sec.kind == "perspective"
                texts = [sec.body, *(side for side, _ in sec.sides)]
                body = [_render(x, figs, style) for x in texts]
                shown += [x.text for x in texts]
                cited += queries.cited_by("section", sec.id)
        elif s.kind == "event":
            e = repo.events(lang, event_id=s.ref)[0]
            subtitle = " · ".join(x for x in (dates.label(e.date, style.words), e.place.text) if x)
            body, shown = [_render(e.summary, figs, style)], [*shown, e.summary.text]
            cited += e.source_ids
            figure_ids += queries.figures_shown("event", e.id, lang)
        elif s.kind == "source":
            src = queries.sources(lang, [s.ref])
            body = [src[0].provenance] if src else []
            cited.append(s.ref)
        elif s.kind == "figure":
            figure_ids.append(s.ref)
            rng = figs.get(s.ref)
            if rng is not None:
                rendered = text.format_range(rng, style.number, style.range_pattern)
                body = [Localized(f"{title.text}: {rendered}", title.lang)]
        stops.append(
            StopPart(
                number=n, kind=s.kind, title=title, subtitle=subtitle, body=tuple(body),
                perspective=perspective, questions=s.questions,
                note=s.note if teacher_notes else None,
            )
        )  # fmt: skip
    figure_lines, estimate_sources = _figures(
        queries, [*(ref for t in shown for ref in text.figure_refs(t)), *figure_ids], lang, style
    )
    return PathHandout(
        kind="path", id=lp.id, lang=lang, profile=state.profile, title=lp.title,
        min_age=lp.min_age, max_age=lp.max_age, minutes=lp.minutes, aims=lp.aims,
        stops=tuple(stops), figures=tuple(figure_lines),
        sources=tuple(queries.sources(lang, list(dict.fromkeys(cited + estimate_sources)))),
        content_version=repo.meta.get("content_version", ""),
    )  # fmt: skip


def make(
    repo: Repository,
    kind: str,
    ident: str,
    lang: str,
    state: CareState,
    style: Style = Style(),
    all_details: bool = False,
) -> Handout:
    """A chapter's or an event's handout (``kind`` is ``chapter`` or ``event``; a lesson
    path's is made by ``path``)."""
    if kind == "chapter":
        return chapter(repo, ident, lang, state, style, all_details)
    if kind == "event":
        return event(repo, ident, lang, state, style)
    raise HandoutError(f"a handout is of a chapter or an event, not {kind!r}")
