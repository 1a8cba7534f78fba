"""Sources, figures, glossary and search for QML: what every claim in the exhibit rests on.

The screens' view models (``views.py``) read these as rows. Search snippets are the only text shown
with markup, and that markup is made here: the content is escaped first, then the
matched words are wrapped in <b>.
"""

from __future__ import annotations

import functools
from types import ModuleType
from typing import Any

from PySide6.QtCore import QObject

from kiosk.content import policy, text
from kiosk.content.sources import ARTICLE_SOURCE, SourceQueries
from kiosk.content.views import FigureView, SourceView

from .exhibit import Exhibit


class Sources(QObject):
    """Read-only queries over the exhibit's sources, figures, glossary and search index.

    Not a QML type: the view models read it (``View.sources``), the screens bind to them.
    """

    _current: Sources | None = None

    def __init__(self, exhibit: Exhibit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._exhibit = exhibit
        self._care = exhibit.care
        self._groups: dict[str, str] = {}  # search result groups, in the visitor's language
        exhibit.languageChanged.connect(self._groups.clear)

    def install(self) -> None:
        """Make this the instance the next view models read."""
        Sources._current = self

    def _q(self) -> SourceQueries | None:
        return self._exhibit.queries

    @property
    def _lang(self) -> str:
        return self._exhibit.current_language()

    def kind_label(self, kind: str) -> str:
        labels = {
            "archive": self.tr("Archive"),
            "official-report": self.tr("Official report"),
            "commission": self.tr("Commission"),
            "court": self.tr("Court ruling"),
            "historian": self.tr("Historian"),
            "journalist": self.tr("Journalist"),
            "memoir": self.tr("Memoir"),
            "politician": self.tr("Politician"),
            "propaganda-agency": self.tr("Wartime propaganda or investigative agency"),
            "parliament": self.tr("Parliament"),
            "film": self.tr("Film"),
            "literature": self.tr("Literature"),
            "media": self.tr("Media"),
            "statistics": self.tr("Statistics"),
            "reference": self.tr("Reference work"),
        }
        return labels.get(kind, kind)

    def _brief(self, s: SourceView) -> dict[str, Any]:
        return {
            "sourceId": s.id,
            "author": s.author,
            "title": s.title,
            "gloss": s.gloss_shown(),
            "year": str(s.year) if s.year else "",
            "kind": s.kind,
            "kindLabel": self.kind_label(s.kind),
        }

    # -- sources ---------------------------------------------------------------

    def for_text(self, kind: str, ident: str) -> list[dict[str, Any]]:
        """The sources one section (with its sides) or event rests on."""
        q = self._q()
        if q is None:
            return []
        return [self._brief(s) for s in q.sources(self._lang, q.cited_by(kind, ident))]

    def source_card(self, source_id: str) -> dict[str, Any]:
        q = self._q()
        found = q.sources(self._lang, [source_id]) if q else []
        if not q or not found:
            return {}
        s = found[0]
        kinds = {
            "section": self.tr("Section"),
            "event": self.tr("Event"),
            "figure": self.tr("Figure"),
        }
        chapters = {c["chapterId"]: c["title"] for c in self._exhibit.chapter_rows()}
        cited = [
            {
                "kind": c.kind,
                "kindLabel": kinds[c.kind],
                "id": c.id,
                "chapterId": c.chapter_id,
                "chapterTitle": chapters.get(c.chapter_id, ""),
                "title": c.title.text,
            }
            for c in q.citations(s.id, self._lang)
            if c.chapter_id in chapters  # a chapter hidden by the profile is not offered
        ]
        return {
            **self._brief(s),
            "publisher": s.publisher or "",
            "provenance": s.provenance.text,
            "provenanceFallback": s.provenance.fallback(self._lang),
            "reference": s.reference,
            "citedIn": cited,
        }

    def source_groups(self) -> list[dict[str, Any]]:
        """Every source, grouped by kind (in the order of first appearance)."""
        q = self._q()
        if q is None:
            return []
        grouped: dict[str, list[dict[str, Any]]] = {}
        for s in q.sources(self._lang):
            grouped.setdefault(s.kind, []).append(self._brief(s))
        return [
            {"kind": k, "kindLabel": self.kind_label(k), "sources": v} for k, v in grouped.items()
        ]

    # -- figures ---------------------------------------------------------------

    def _figure(self, f: FigureView, sources: dict[str, SourceView]) -> dict[str, Any]:
        num = self._exhibit.format_number
        to = self._exhibit.range_pattern()
        shown = self._exhibit.display  # isolated left to right in right-to-left text
        lo = min(e.low for e in f.estimates)
        hi = max(e.high for e in f.estimates)
        top = hi or 1
        estimates = []
        for e in f.estimates:
            src = sources.get(e.source_id)
            unattributed = e.source_id == ARTICLE_SOURCE
            estimates.append(
                {
                    "text": shown(
                        text.format_range(text.FigureRange(e.low, e.high, f.unit), num, to)
                    ),
                    # the article names nobody for this number: say so on the figure
                    "source": self.tr("given without attribution in the source article")
                    if unattributed
                    else (src.author if src else e.source_id),
                    "unattributed": unattributed,
                    "sourceId": e.source_id,
                    "year": str(src.year) if src and src.year and not unattributed else "",
                    "note": e.note.text if e.note else "",
                    "start": e.low / top,
                    "end": e.high / top,
                }
            )
        return {
            "figureId": f.id,
            "counted": f.counted.text,
            "text": shown(text.format_range(text.FigureRange(lo, hi, f.unit), num, to)),
            "disputed": f.disputed,
            "estimates": estimates,
        }

    def figure_rows(self, kind: str, ident: str) -> list[dict[str, Any]]:
        """The figures a section's text or an event shows, with every estimate."""
        q = self._q()
        if q is None:
            return []
        refs = q.figures_shown(kind, ident, self._lang)
        figs = q.figures(refs, self._lang)
        ids = sorted({e.source_id for f in figs for e in f.estimates})
        sources = {s.id: s for s in q.sources(self._lang, ids)}
        return [self._figure(f, sources) for f in figs]

    def bar_rows(self, section_ids: list[str]) -> list[dict[str, Any]]:
        """The numbers of these sections as bars, each figure once: the span of its
        estimates on a scale from 0 to the largest figure counted in the same unit (a bar
        is never measured against another unit's; a percentage against 100)."""
        q = self._q()
        if q is None:
            return []
        num, to = self._exhibit.format_number, self._exhibit.range_pattern()
        shown = self._exhibit.display  # isolated left to right in right-to-left text
        rows: list[dict[str, Any]] = []
        seen: set[str] = set()
        for sid in section_ids:
            for f in q.figures(q.figures_shown("section", sid, self._lang), self._lang):
                if f.id in seen or not f.estimates:
                    continue
                seen.add(f.id)
                lo = min(e.low for e in f.estimates)
                hi = max(e.high for e in f.estimates)
                rows.append(
                    {
                        "figureId": f.id, "sectionId": sid, "counted": f.counted.text,
                        "text": shown(text.format_range(text.FigureRange(lo, hi, f.unit), num, to)),
                        "unit": f.unit, "low": lo, "high": hi,
                    }
                )  # fmt: skip
        tops: dict[str, float] = {"percent": 100.0}  # a share is measured against the whole
        for r in rows:
            tops[r["unit"]] = max(tops.get(r["unit"], 0.0), r["high"])
        for r in rows:
            top = tops[r["unit"]] or 1.0
            r["start"], r["end"] = r.pop("low") / top, r.pop("high") / top
            del r["unit"]
        return rows

    # -- glossary --------------------------------------------------------------

    def term_entry(self, term_id: str) -> dict[str, Any]:
        q = self._q()
        for g in q.glossary(self._lang) if q else []:
            if g.id == term_id:
                return {"termId": g.id, "term": g.term.text, "definition": g.definition.text}
        return {}

    # -- search ----------------------------------------------------------------

    def search_rows(self, query: str) -> list[dict[str, Any]]:
        """Results in screen order (chapters, events, sources, glossary), gated by the
        care rules of ``kiosk.content.policy``: the same as ``kiosk content search``."""
        q = self._q()
        if q is None:
            return []
        found = q.search(query, self._lang)
        if not found:
            return []  # many keystrokes find nothing: nothing more to do
        if not self._groups:  # translated once per language: a search runs per keystroke
            self._groups.update(
                chapter=self.tr("Chapters"), section=self.tr("Chapters"),
                event=self.tr("Events"), source=self.tr("Sources"), glossary=self.tr("Glossary"),
            )  # fmt: skip
        kinds = self._groups
        listed = self._exhibit.listed_chapters()
        hits = policy.gate_search(self._care.state, found, listed, q.tags_of)
        display = self._exhibit.displayer()  # chosen once, used twice per result
        gates: dict[tuple[str, tuple[str, ...]], str] = {}  # many results share one gate
        out = []
        for h in hits:
            if h.withheld_tags:
                # no ambush from a search result: say what the text describes instead
                key = (h.kind, tuple(h.withheld_tags))
                if key not in gates:
                    gates[key] = _html().escape(self._care.gate_text(h.kind, h.withheld_tags))
                markup, plain = gates[key], ""
            else:
                # numbers and Latin names isolated first (the markers are not part of
                # a run), then escaped and marked
                snippet = display(h.snippet)
                markup = highlight(snippet)
                plain = snippet.replace("\x02", "").replace("\x03", "")
            out.append(
                {
                    "kind": h.kind,
                    "group": kinds[h.kind],
                    "ref": h.ref,
                    "chapterId": h.chapter_id,
                    "title": display(h.title),
                    "markup": markup,
                    "plain": plain,
                    "withheld": not plain,
                }
            )
        return out

    def suggestions(self, limit: int = 10) -> list[str]:
        """Words to start a search with, for an empty field: the themes of the events
        this visitor may see, then their most named places; each finds something."""
        repo = self._exhibit.repository
        if repo is None:
            return []
        listed = self._exhibit.listed_chapters()
        events = [e for e in repo.events(self._lang) if e.chapter_id in listed]
        used = {k for e in events for k in e.categories}
        themes = [
            label.text
            for k, label in repo.categories(self._lang)
            if k in used and self._care.state.lists_category(k)
        ]
        places: dict[str, int] = {}
        for e in events:
            place = e.place.text.strip()
            # a short name reads as a chip; "Riga, Latvia" and glossed names do not
            if place and len(place) <= 24 and not any(c in place for c in ",;()"):
                places[place] = places.get(place, 0) + 1
        named = sorted(places, key=lambda p: (-places[p], p))
        out: list[str] = []
        for word in [w for pair in zip(themes, named, strict=False) for w in pair] + themes + named:
            if len(out) >= limit:
                break
            if word not in out and self.search_rows(word):
                out.append(word)
        return out

    def section_markup(self, section_id: str, query: str) -> str:
        """A section's text with the searched words marked, for the section a search
        result opened ("" when they are not in it, in the visitor's language)."""
        q = self._q()
        if q is None or not query.strip():
            return ""
        found = q.marked("section", section_id, query, self._lang)
        if not found or "\x02" not in found:
            return ""
        return highlight(self._exhibit.display(found))  # isolated like the text it stands for


@functools.cache
def _html() -> ModuleType:
    """The ``html`` module, imported at the first search rather than at start-up."""
    import html

    return html


def highlight(snippet: str) -> str:
    """Escape a snippet, then mark its matches: the only markup the exhibit ever shows."""
    escaped = _html().escape(snippet, quote=True)
    return escaped.replace("\x02", "<b>").replace("\x03", "</b>")
