"""Content rules the exhibit relies on: one function per rule, shared by build and validate.

Each check yields ``Problem``s that name the place (chapter, event, field) and say
what to do. The app trusts a database only when the build found no errors.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from . import dates, readability, safety, text
from . import model as m
from .schema import FIGURE_UNITS, SOURCE_KINDS

ID = safety.ID

LIMITS = {
    "title": (1, 8),
    "chapter summary": (40, 70),
    "section body": (80, 150),  # one screen of reading
    "perspective body": (40, 120),
    "perspective side": (20, 120),
    "event summary": (20, 70),
    "glossary definition": (20, 60),
}

# A text that matches one of these needs the tag (English keyword check).
TAG_KEYWORDS: dict[str, re.Pattern[str]] = {
    "sexual-violence": re.compile(r"\brap(e|ed|es|ing|ist|ists)\b|sexual (assault|violence)", re.I),
    "torture": re.compile(r"\btortur", re.I),
    "mutilation": re.compile(r"\bmutilat", re.I),
}
_CHILD = re.compile(r"\b(child|children|infant|infants|baby|babies|schoolboy|boy)\b", re.I)
_DEATH = re.compile(
    r"\b(kill\w*|murder\w*|died|death\w*|dead|massacre\w*|bayonet\w*|perish\w*)\b", re.I
)
# Graphic specifics that belong in the detail layer only, never in a summary.
DETAIL_KEYWORDS = re.compile(
    r"mutilat|\bcut off\b|bayonet|genital|gang[- ]rap|broomstick|\bacid\b|scald|boiling water"
    r"|breasts|put out|barbed wire|burn\w* (people )?alive|bludgeon",
    re.I,
)
ACRONYM = re.compile(r"\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the content, in words a curator can act on."""

    where: str  # "event estonia-deportation-1941 (chapters/03-estonia.yaml)"
    message: str
    severity: str = "error"  # error | warning

    def __str__(self) -> str:
        return f"{self.severity}: {self.where}: {self.message}"


def _sentences(t: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+", t)


def required_tags(t: str) -> dict[str, str]:
    """Tags a text needs by the keyword check, each with the word that triggered it."""
    need: dict[str, str] = {}
    for tag, pattern in TAG_KEYWORDS.items():
        hit = pattern.search(t)
        if hit:
            need[tag] = hit.group(0)
    for sentence in _sentences(t):
        child, death = _CHILD.search(sentence), _DEATH.search(sentence)
        if child and death:
            need["death-of-children"] = f"{child.group(0)} … {death.group(0)}"
            break
    return need


class _Ctx:
    def __init__(self, c: m.Content) -> None:
        self.c = c
        self.sources = {s.id for s in c.sources}
        self.warnings = {w.id for w in c.warnings}
        self.categories = {k.id for k in c.categories}
        self.chapters = {ch.id for ch in c.chapters}
        self.figures = c.all_figures()
        self.allowed = {(a.target, a.keyword.lower()) for a in c.allowances}

    def where(self, kind: str, ident: str) -> str:
        origin = self.c.origins.get(f"{kind}:{ident}")
        return f"{kind} {ident}" + (f" ({origin})" if origin else "")


Check = Callable[[_Ctx], Iterator[Problem]]
CHECKS: list[Check] = []


def check(fn: Check) -> Check:
    CHECKS.append(fn)
    return fn


def _texts(c: m.Content) -> Iterator[tuple[str, str, str, str, list[str]]]:
    """Every visitor text: (kind, id, field, text, tags that cover it)."""
    for ch in c.chapters:
        yield "chapter", ch.id, "title", ch.title, ch.warnings
        yield "chapter", ch.id, "summary", ch.summary, ch.warnings
        if ch.quotation is not None:
            quote = ch.quotation
            yield "chapter", ch.id, "quotation text", quote.text, quote.warnings
            for field, value in (("quotation by", quote.by), ("quotation role", quote.role)):
                if value:
                    yield "chapter", ch.id, field, value, quote.warnings
        for s in ch.sections:
            yield "section", s.id, "title", s.title, s.warnings
            yield "section", s.id, "body", s.body, s.warnings
            if s.detail:
                yield "section", s.id, "detail", s.detail, s.warnings + s.detail_warnings
            for i, side in enumerate(s.sides, 1):
                yield "section", s.id, f"side {i}", side.text, s.warnings
        for e in ch.events:
            yield "event", e.id, "title", e.title, e.warnings
            yield "event", e.id, "summary", e.summary, e.warnings
        for f in ch.figures:
            yield "figure", f.id, "counted", f.counted, f.warnings
    for g in c.glossary:
        yield "glossary", g.id, "definition", g.definition, []
    for p in c.pages:
        yield "page", p.id, "body", p.body, []
    for lp in c.paths:  # read aloud to a class: no warning may be needed, none is given
        yield "path", lp.id, "title", lp.title, []
        for i, aim in enumerate(lp.aims, 1):
            yield "path", lp.id, f"aim {i}", aim, []
        for n, stop in enumerate(lp.stops, 1):
            for j, q in enumerate(stop.questions, 1):
                yield "path", lp.id, f"stop {n} question {j}", q, []
            if stop.note:
                yield "path", lp.id, f"stop {n} note", stop.note, []


@check
def unique_ids(x: _Ctx) -> Iterator[Problem]:
    groups: dict[str, list[str]] = {
        "chapter": [ch.id for ch in x.c.chapters],
        "section": [s.id for s in x.c.all_sections()],
        "event": [e.id for e in x.c.all_events()],
        "figure": [f.id for ch in x.c.chapters for f in ch.figures],
        "source": [s.id for s in x.c.sources],
        "glossary": [g.id for g in x.c.glossary],
        "note": [n.id for n in x.c.notes],
        "language": [lang.code for lang in x.c.languages],
        "warning": [w.id for w in x.c.warnings],
        "category": [k.id for k in x.c.categories],
        "era": [e.id for e in x.c.eras],
        "page": [p.id for p in x.c.pages],
    }
    for kind, ids in groups.items():
        seen: set[str] = set()
        for ident in ids:
            if ident in seen:
                yield Problem(
                    x.where(kind, ident), f"the {kind} id {ident!r} is used twice; rename one"
                )
            seen.add(ident)
            if kind != "language" and not ID.match(ident):
                yield Problem(x.where(kind, ident), "ids are lower-case words joined by hyphens")


@check
def references(x: _Ctx) -> Iterator[Problem]:
    def srcs(kind: str, ident: str, ids: list[str], need: bool = True) -> Iterator[Problem]:
        if need and not ids:
            yield Problem(x.where(kind, ident), "cites no source; add at least one source id")
        for s in ids:
            if s not in x.sources:
                yield Problem(x.where(kind, ident), f"cites unknown source {s!r}")

    def tags(kind: str, ident: str, ids: list[str]) -> Iterator[Problem]:
        for t in ids:
            if t not in x.warnings:
                yield Problem(x.where(kind, ident), f"unknown warning tag {t!r}; see warnings.yaml")

    media = {im.id: im for im in x.c.media}

    def images(kind: str, ident: str, ids: list[str]) -> Iterator[Problem]:
        for i in ids:
            if i not in media:
                yield Problem(x.where(kind, ident), f"image {i!r} is not in media.yaml")

    for im in x.c.media:
        yield from tags("media", im.id, im.warnings)
        for route in im.map.routes if im.map else []:
            if route.ref not in x.figures:
                yield Problem(x.where("media", im.id), f"map route names unknown figure "
                              f"{route.ref!r}; draw the map again or add the figure")  # fmt: skip
        for place in im.map.places if im.map else []:
            if place.ref not in x.chapters:
                yield Problem(x.where("media", im.id), f"map place names unknown chapter "
                              f"{place.ref!r}; draw the map again or add the chapter")  # fmt: skip
        if im.perpetrator_photo and not im.warnings:
            yield Problem(
                x.where("media", im.id),
                "a photograph taken by the perpetrators needs a warning tag (what it shows)",
            )
    for ch in x.c.chapters:
        yield from tags("chapter", ch.id, ch.warnings)
        if ch.cover and ch.cover not in media:
            yield Problem(x.where("chapter", ch.id), f"cover {ch.cover!r} is not in media.yaml")
        elif ch.cover and media[ch.cover].warnings:
            yield Problem(
                x.where("chapter", ch.id),
                f"cover {ch.cover!r} carries warning tags; a chapter opening shows no warned "
                "image (place it in a section instead)",
            )
        for s in ch.sections:
            yield from images("section", s.id, s.images)
        for e in ch.events:
            yield from images("event", e.id, e.images)
        for r in ch.related:
            if r not in x.chapters:
                yield Problem(x.where("chapter", ch.id), f"related chapter {r!r} does not exist")
        for s in ch.sections:
            yield from srcs("section", s.id, s.sources)
            yield from tags("section", s.id, s.warnings + s.detail_warnings)
            for side in s.sides:
                yield from srcs("section", s.id, side.sources)
        for e in ch.events:
            yield from srcs("event", e.id, e.sources)
            yield from tags("event", e.id, e.warnings)
            for k in e.categories:
                if k not in x.categories:
                    yield Problem(
                        x.where("event", e.id), f"unknown category {k!r}; see categories.yaml"
                    )
            for fig_id in e.figures:
                if fig_id not in x.figures:
                    yield Problem(x.where("event", e.id), f"unknown figure {fig_id!r}")
        for f in ch.figures:
            yield from tags("figure", f.id, f.warnings)
            for est in f.estimates:
                yield from srcs("figure", f.id, [est.source])
    for kind, ident, field, t, _ in _texts(x.c):
        for ref in text.figure_refs(t):
            if ref not in x.figures:
                yield Problem(x.where(kind, ident), f"{field}: {{fig:{ref}}} names no figure")
        if text.ANY_BRACE.search(text.FIG_REF.sub("", t)):
            yield Problem(
                x.where(kind, ident), f"{field}: stray brace; write figures as {{fig:ID}}"
            )
        if text.MARKUP.search(t):
            yield Problem(x.where(kind, ident), f"{field}: contains markup; write plain text")


@check
def structure(x: _Ctx) -> Iterator[Problem]:
    for ch in x.c.chapters:
        w = x.where("chapter", ch.id)
        if ch.kind not in ("country", "theme"):
            yield Problem(w, f"kind must be country or theme, not {ch.kind!r}")
        if not ch.sections:
            yield Problem(w, "has no sections; add at least one")
        if not ch.events:
            yield Problem(w, "has no timeline event; add at least one")
        if ch.end < ch.start:
            yield Problem(w, "end year is before start year")
        for s in ch.sections:
            ws = x.where("section", s.id)
            if s.kind not in ("text", "perspective"):
                yield Problem(ws, f"kind must be text or perspective, not {s.kind!r}")
            if s.kind == "perspective" and len(s.sides) < 2:
                yield Problem(ws, "a perspective names at least two sides")
            if s.kind == "text" and s.sides:
                yield Problem(ws, "sides belong only to a perspective section (kind: perspective)")
            if s.detail and not s.detail_warnings:
                yield Problem(ws, "a detail layer needs detail_warnings")
        for f in ch.figures:
            wf = x.where("figure", f.id)
            if f.unit not in FIGURE_UNITS:
                yield Problem(wf, f"unit must be one of {', '.join(FIGURE_UNITS)}")
            for est in f.estimates:
                if est.low > est.high:
                    yield Problem(wf, f"low {est.low:g} is greater than high {est.high:g}")
                if est.low < 0:
                    yield Problem(wf, "a figure cannot be negative")
    for source in x.c.sources:
        if source.kind not in SOURCE_KINDS:
            yield Problem(
                x.where("source", source.id),
                f"kind {source.kind!r} is not one of {', '.join(SOURCE_KINDS)}",
            )
    for lang in x.c.languages:
        if lang.direction not in ("ltr", "rtl"):
            yield Problem(f"language {lang.code}", "direction must be ltr or rtl")
    if not any(lang.code == "en" for lang in x.c.languages):
        yield Problem("languages.yaml", "English (en) is the source language and must be listed")


@check
def event_dates(x: _Ctx) -> Iterator[Problem]:
    for e in x.c.all_events():
        try:
            dates.check_range(dates.parse(e.date))
        except dates.DateError as exc:
            yield Problem(x.where("event", e.id), f"date: {exc}")
    for f in x.figures.values():
        if f.as_of:
            try:
                dates.parse(f.as_of)
            except dates.DateError as exc:
                yield Problem(x.where("figure", f.id), f"as_of: {exc}")


@check
def word_limits(x: _Ctx) -> Iterator[Problem]:
    def limit(kind: str, ident: str, rule: str, t: str) -> Iterator[Problem]:
        lo, hi = LIMITS[rule]
        n = text.words(t)
        if not lo <= n <= hi:
            yield Problem(x.where(kind, ident), f"{rule} has {n} words; keep it within {lo}-{hi}")

    for ch in x.c.chapters:
        yield from limit("chapter", ch.id, "title", ch.title)
        yield from limit("chapter", ch.id, "chapter summary", ch.summary)
        for s in ch.sections:
            yield from limit("section", s.id, "title", s.title)
            rule = "perspective body" if s.kind == "perspective" else "section body"
            yield from limit("section", s.id, rule, s.body)
            for side in s.sides:
                yield from limit("section", s.id, "perspective side", side.text)
        for e in ch.events:
            yield from limit("event", e.id, "title", e.title)
            yield from limit("event", e.id, "event summary", e.summary)
    for g in x.c.glossary:
        yield from limit("glossary", g.id, "glossary definition", g.definition)


@check
def reading_level(x: _Ctx) -> Iterator[Problem]:
    """Labels a 14-year-old can read: summaries about grade 8, bodies at most about 10."""

    def over(kind: str, ident: str, field: str, t: str, most: float) -> Iterator[Problem]:
        lv = readability.level(t)
        if lv.grade > most:
            yield Problem(
                x.where(kind, ident),
                f"{field} reads at grade {lv.grade:.1f} (Flesch-Kincaid; aim for at most "
                f"{int(most)}): shorten sentences or use shorter words",
                severity="warning",
            )

    for ch in x.c.chapters:
        yield from over("chapter", ch.id, "summary", ch.summary, readability.SUMMARY_GRADE)
        for s in ch.sections:
            yield from over("section", s.id, "body", s.body, readability.BODY_GRADE)
            for i, side in enumerate(s.sides, 1):
                yield from over("section", s.id, f"side {i}", side.text, readability.BODY_GRADE)
        for e in ch.events:
            yield from over("event", e.id, "summary", e.summary, readability.BODY_GRADE)


@check
def warning_tags(x: _Ctx) -> Iterator[Problem]:
    for kind, ident, field, t, tags in _texts(x.c):
        for tag, word in required_tags(t).items():
            if tag in tags or (f"{kind}:{ident}", word.lower()) in x.allowed:
                continue
            yield Problem(
                x.where(kind, ident),
                f"{field} mentions {word!r} but is not tagged {tag!r}; add the tag, or add an "
                "allowance to keyword-allow.yaml if no warning is needed",
            )
    for ch in x.c.chapters:
        inner = {t for s in ch.sections for t in s.warnings}
        inner |= {t for e in ch.events for t in e.warnings}
        inner |= {t for f in ch.figures for t in f.warnings}
        missing = sorted(inner - set(ch.warnings))
        if missing:
            yield Problem(
                x.where("chapter", ch.id),
                f"sections, events or figures carry {', '.join(missing)}; add to the "
                "chapter's warnings (its gate names what is ahead)",
            )


@check
def no_detail_in_summaries(x: _Ctx) -> Iterator[Problem]:
    for ch in x.c.chapters:
        items = [("chapter", ch.id, ch.summary)] + [("event", e.id, e.summary) for e in ch.events]
        for kind, ident, t in items:
            hit = DETAIL_KEYWORDS.search(t)
            if hit:
                yield Problem(
                    x.where(kind, ident),
                    f"summary contains detail-layer material ({hit.group(0)!r}); move it to a "
                    "section's detail",
                )
    # a caption and its alt text are read beside the blurred image, before Show
    for im in x.c.media:
        for field, t in (("caption", im.caption), ("alt text", im.alt)):
            hit = DETAIL_KEYWORDS.search(t)
            if hit:
                yield Problem(
                    x.where("media", im.id),
                    f"{field} contains detail-layer material ({hit.group(0)!r}); it is shown "
                    "beside the blurred image, so describe what the image shows without it",
                )


@check
def glossary_and_sources_used(x: _Ctx) -> Iterator[Problem]:
    known = {g.term.lower() for g in x.c.glossary}
    known |= {a.lower() for g in x.c.glossary for a in g.aliases}
    known_words = {w for k in known for w in re.findall(r"[\w-]+", k)}
    for kind, ident, field, t, _ in _texts(x.c):
        if kind == "glossary":
            continue
        for acro in sorted(set(ACRONYM.findall(t))):
            if acro.lower() not in known and acro.lower() not in known_words:
                yield Problem(
                    x.where(kind, ident),
                    f"{field} uses {acro!r}, which the glossary does not define; "
                    "add a term or alias",
                )
    cited = {s for sec in x.c.all_sections() for s in sec.sources}
    cited |= {s for sec in x.c.all_sections() for side in sec.sides for s in side.sources}
    cited |= {s for e in x.c.all_events() for s in e.sources}
    cited |= {est.source for f in x.figures.values() for est in f.estimates}
    cited |= {s for ch in x.c.chapters if ch.quotation for s in ch.quotation.sources}
    for s in x.c.sources:
        if s.id not in cited:
            yield Problem(x.where("source", s.id), "is never cited; cite it or remove it")


@check
def figures_have_owners(x: _Ctx) -> Iterator[Problem]:
    used = {r for _, _, _, t, _ in _texts(x.c) for r in text.figure_refs(t)}
    used |= {f for e in x.c.all_events() for f in e.figures}
    for f in x.figures.values():
        if f.id not in used:
            yield Problem(
                x.where("figure", f.id),
                f"is never shown; write {{fig:{f.id}}} in a text or list it in an event's figures",
                severity="warning",
            )


@check
def notes_point_somewhere(x: _Ctx) -> Iterator[Problem]:
    """A curator note names what it is about: something that exists, or the article."""
    known = {
        "chapter": x.chapters,
        "section": {s.id for s in x.c.all_sections()},
        "event": {e.id for e in x.c.all_events()},
        "figure": set(x.figures),
        "source": x.sources,
        "glossary": {g.id for g in x.c.glossary},
        "media": {im.id for im in x.c.media},
        "path": {lp.id for lp in x.c.paths},
    }
    for n in x.c.notes:
        kind, _, ident = n.target.partition(":")
        if n.target == "article" or (kind in known and ident in known[kind]):
            continue
        yield Problem(
            f"note {n.id}",
            f"target {n.target!r} names nothing in the content; use kind:id or 'article'",
            severity="warning",
        )


@check
def unbreakable_words(x: _Ctx) -> Iterator[Problem]:
    """A run of characters no line can break would run off a screen or freeze its layout."""
    for kind, ident, field, t, _ in _texts(x.c):
        word = safety.long_word(t)
        if word:
            yield Problem(
                x.where(kind, ident),
                f"{field} has a word longer than {safety.MAX_WORD} characters ({word}); "
                "break it with spaces or hyphens",
            )


@check
def typography(x: _Ctx) -> Iterator[Problem]:
    """En dashes in ranges and the language's quotation marks, in English and in every
    translation (warnings: they do not stop a build)."""
    from . import translations as tr
    from . import typography as ty

    # a source without a gloss is glossed by its title, written as it was published
    as_published = {s.id for s in x.c.sources if s.gloss is None}
    for u in tr.text_units(x.c):
        if u.table == "sources" and u.field == "gloss" and u.id in as_published:
            continue
        if u.field == "quotation-text":  # no marks at all: see the quotations check
            continue
        for message in ty.problems(u.text, "en"):
            yield Problem(x.where(u.table.rstrip("s"), u.id), f"{u.field}: {message}", "warning")
    for lang, table in x.c.translations.items():
        for key, t in table.items():
            for message in ty.problems(t.text, lang):
                yield Problem(f"translations/{lang} ({key})", message, "warning")


# -- attributed quotations ----------------------------------------------------------

QUOTATION_MAX_WORDS = 45  # the content guide's limit for a quote


@check
def quotations(x: _Ctx) -> Iterator[Problem]:
    """A chapter's quotation: short, attributed, cited, without quotation marks of its own
    (each language adds its own), and warning of nothing its chapter's gate does not name."""
    from . import typography as ty

    for ch in x.c.chapters:
        q = ch.quotation
        if q is None:
            continue
        w = x.where("chapter", ch.id)
        n = text.words(q.text)
        if n > QUOTATION_MAX_WORDS:
            yield Problem(
                w,
                f"quotation has {n} words; the content guide allows at most "
                f"{QUOTATION_MAX_WORDS}: shorten it and mark each cut with ...",
            )
        found = ty.quotation_marks_in(q.text)
        if found:
            yield Problem(w, f"quotation text contains the quotation mark(s) {' '.join(found)}; "
                          "write the words without them: the screen adds the language's own "
                          "(and for a quotation inside it, use single marks)")  # fmt: skip
        if text.FIG_REF.search(q.text):
            yield Problem(w, "quotation text holds a {fig:...} placeholder; quote the words "
                          "as they were said, numbers included")  # fmt: skip
        if not q.by:
            yield Problem(w, "quotation names no one; add 'by': who said or wrote the words")
        if not q.sources:
            yield Problem(w, "quotation cites no source; add at least one source id to its "
                          "'sources'")  # fmt: skip
        for s in q.sources:
            if s not in x.sources:
                yield Problem(w, f"quotation cites unknown source {s!r}; use an id from "
                              "sources/")  # fmt: skip
        for t in q.warnings:
            if t not in x.warnings:
                yield Problem(w, f"quotation has unknown warning tag {t!r}; see warnings.yaml")
            elif t not in ch.warnings:
                yield Problem(w, f"quotation warning {t!r} is not among the chapter's warnings; "
                              "add it to the chapter's warnings (its gate names what is "
                              "ahead) or remove it from the quotation")  # fmt: skip


# -- lesson paths -------------------------------------------------------------------

PATH_LIMITS = {
    "path title": (1, 12),
    "aim": (5, 30),
    "question": (5, 40),
    "teacher note": (5, 80),
}
PATH_STOPS = (3, 12)
PATH_AIMS = (1, 6)
PATH_QUESTIONS = (1, 2)
PATH_MINUTES = (10, 180)
PATH_AGES = (6, 99)


def path_targets(c: m.Content) -> dict[str, dict[str, tuple[bool, list[str]]]]:
    """What a path stop can name, by kind: id -> (on an under-14 chapter, its tags)."""
    young = {ch.id: ch.young_unsuitable for ch in c.chapters}
    out: dict[str, dict[str, tuple[bool, list[str]]]] = {k: {} for k in m.PATH_STOP_KINDS}
    for ch in c.chapters:
        out["chapter"][ch.id] = (ch.young_unsuitable, ch.warnings)
        for s in ch.sections:
            out["section"][s.id] = (ch.young_unsuitable, s.warnings)
        for e in ch.events:
            out["event"][e.id] = (ch.young_unsuitable, e.warnings)
        for f in ch.figures:
            out["figure"][f.id] = (young.get(f.chapter_id, False), f.warnings)
    for src in c.sources:
        out["source"][src.id] = (False, [])
    return out


@check
def lesson_paths(x: _Ctx) -> Iterator[Problem]:
    """A path a teacher can run: known stops, questions at every stop, nothing the
    classroom profile withholds, no graphic detail in what is read aloud."""
    from .policy import CareState, withholds_stop

    classroom = CareState(profile="classroom")
    targets = path_targets(x.c)
    seen: set[str] = set()

    def count(where: str, what: str, n: int, bounds: tuple[int, int]) -> Iterator[Problem]:
        lo, hi = bounds
        if not lo <= n <= hi:
            yield Problem(where, f"has {n} {what}; give {lo} to {hi}")

    def words(where: str, rule: str, label: str, t: str) -> Iterator[Problem]:
        lo, hi = PATH_LIMITS[rule]
        n = text.words(t)
        if not lo <= n <= hi:
            yield Problem(where, f"{label} has {n} words; keep it within {lo}-{hi}")

    for lp in x.c.paths:
        w = x.where("path", lp.id)
        if not ID.match(lp.id):
            yield Problem(w, "id must be lower-case letters, digits and single hyphens")
        if lp.id in seen:
            yield Problem(w, "another lesson path has this id")
        seen.add(lp.id)
        yield from words(w, "path title", "title", lp.title)
        yield from count(w, "aims", len(lp.aims), PATH_AIMS)
        yield from count(w, "stops", len(lp.stops), PATH_STOPS)
        if not PATH_MINUTES[0] <= lp.minutes <= PATH_MINUTES[1]:
            yield Problem(w, f"minutes {lp.minutes} is not a lesson's length "
                             f"({PATH_MINUTES[0]}-{PATH_MINUTES[1]})")  # fmt: skip
        if not PATH_AGES[0] <= lp.min_age <= PATH_AGES[1]:
            yield Problem(w, f"min_age {lp.min_age} is not an age ({PATH_AGES[0]}-{PATH_AGES[1]})")
        if lp.max_age is not None and not lp.min_age <= lp.max_age <= PATH_AGES[1]:
            yield Problem(w, f"max_age {lp.max_age} must lie between min_age and {PATH_AGES[1]}")
        for i, aim in enumerate(lp.aims, 1):
            yield from words(w, "aim", f"aim {i}", aim)
        stops_seen: set[tuple[str, str]] = set()
        for n, stop in enumerate(lp.stops, 1):
            sw = f"{w} stop {n} ({stop.kind} {stop.ref})"
            known = targets.get(stop.kind, {})
            if stop.ref not in known:
                yield Problem(sw, f"no {stop.kind} has the id {stop.ref!r}")
            else:
                young, _tags = known[stop.ref]
                if withholds_stop(classroom, stop.kind, young):
                    yield Problem(sw, "the classroom profile does not show this; choose another")
            if (stop.kind, stop.ref) in stops_seen:
                yield Problem(sw, "the path visits this stop twice")
            stops_seen.add((stop.kind, stop.ref))
            yield from count(sw, "discussion questions", len(stop.questions), PATH_QUESTIONS)
            for j, q in enumerate(stop.questions, 1):
                yield from words(sw, "question", f"question {j}", q)
            if stop.note:
                yield from words(sw, "teacher note", "note", stop.note)
        for _kind, _ident, field, t, _tags in _texts(x.c):
            if _kind != "path" or _ident != lp.id:
                continue
            hit = DETAIL_KEYWORDS.search(t)
            if hit:
                yield Problem(
                    w, f"{field} contains graphic detail ({hit.group(0)!r}); a class hears it "
                    "in the classroom profile, which never shows it"
                )  # fmt: skip
            if text.FIG_REF.search(t) or text.MARKUP.search(t):
                yield Problem(w, f"{field}: write plain text, without {{fig:...}} or markup")


@check
def translation_files(x: _Ctx) -> Iterator[Problem]:
    for issue in x.c.translation_issues:
        yield Problem(issue.where, issue.message, issue.severity)


def run(c: m.Content) -> list[Problem]:
    """Every problem in the content, errors first, in a stable order."""
    x = _Ctx(c)
    found = [p for fn in CHECKS for p in fn(x)]
    return sorted(found, key=lambda p: (p.severity != "error", p.where, p.message))
