"""Sources, citations, figures, glossary and search: the trust layer of the exhibit.

Queries over the cited sources (the ``sources`` table, not the YAML source files) and
what rests on them, and the full-text search with its safe query builder.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from typing import NamedTuple

from . import schema, text
from .repository import Repository
from .views import (
    SOURCE_LANGUAGE,
    Citation,
    EstimateView,
    FigureView,
    GlossaryView,
    Localized,
    SourceView,
)

log = logging.getLogger(__name__)

_QUERY_WORD = re.compile(r"\w+", re.UNICODE)
_TERM_WORD = re.compile(r"[\w'’]+", re.UNICODE)
MAX_QUERY_WORDS = 8
# what carries warning tags, and the table that holds them
_TAGGED = {"chapter": "chapter", "section": "section", "event": "event", "figure": "figure"}
# The encyclopedia article the exhibit is written from: an estimate it owns is one the
# article gives without naming anybody for it.
ARTICLE_SOURCE = "encyclopedia-article"
_BODY = schema.SEARCH_INDEXED.index("body")  # column number for snippet() and highlight()


class SearchHit(NamedTuple):
    """One search result as the search screen lists it (a named tuple: a search makes up
    to 60 as the visitor types, and a tuple is made several times faster)."""

    kind: str  # chapter | section | event | source | glossary
    ref: str
    chapter_id: str
    title: str
    snippet: str  # plain text; matches between \x02 and \x03 markers
    lang: str


class SourceQueries:
    """Sources, citations, figures, glossary and search: the trust layer of the exhibit."""

    def __init__(self, repo: Repository) -> None:
        self.repo = repo
        self.conn = repo.conn
        self._glossary: dict[str, list[GlossaryView]] = {}
        self._index: dict[str, str | None] = {}
        self._tags: dict[tuple[str, str], list[str]] | None = None
        self._terms: dict[
            str, tuple[dict[str, list[tuple[tuple[str, ...], str]]], list[tuple[str, str]]]
        ] = {}

    def sources(self, lang: str, ids: list[str] | None = None) -> list[SourceView]:
        sql = "SELECT id, kind, author, title, year, publisher, reference FROM sources"
        args: list[str] = []
        if ids is not None:
            if not ids:
                return []
            sql += f" WHERE id IN ({','.join('?' * len(ids))})"
            args = ids
        rows = self.conn.execute(sql + " ORDER BY position", args).fetchall()
        tx = self.repo.texts("sources", [r[0] for r in rows], lang)
        empty = Localized("", SOURCE_LANGUAGE)
        return [
            SourceView(
                i, k, a, t, y, p, ref, tx.get((i, "provenance"), empty), tx.get((i, "gloss"), empty)
            )
            for i, k, a, t, y, p, ref in rows
        ]

    def cited_by(self, kind: str, ident: str) -> list[str]:
        """Source ids a section (with its perspective sides), an event, a figure or a
        chapter's quotation rests on."""
        if kind == "section":
            sql = (
                "SELECT source_id FROM section_sources WHERE section_id = ? UNION "
                "SELECT ss.source_id FROM side_sources ss JOIN perspective_sides p "
                "ON p.id = ss.side_id WHERE p.section_id = ?"
            )
            args: tuple[str, ...] = (ident, ident)
        elif kind == "event":
            sql, args = "SELECT source_id FROM event_sources WHERE event_id = ?", (ident,)
        elif kind == "figure":
            sql, args = "SELECT source_id FROM figure_sources WHERE figure_id = ?", (ident,)
        elif kind == "quotation":  # a chapter's quotation (ident: the chapter's id)
            sql, args = "SELECT source_id FROM quotation_sources WHERE quotation_id = ?", (ident,)
        else:
            return []
        found = {r[0] for r in self.conn.execute(sql, args)}
        order = self.conn.execute("SELECT id FROM sources ORDER BY position").fetchall()
        return [r[0] for r in order if r[0] in found]

    def citations(self, source_id: str, lang: str) -> list[Citation]:
        """Every place that rests on ``source_id``, in exhibit order."""
        rows = self.conn.execute(
            """
            SELECT 'section', s.id, s.chapter_id, c.position, s.position FROM sections s
              JOIN chapters c ON c.id = s.chapter_id
             WHERE s.id IN (SELECT section_id FROM section_sources WHERE source_id = ?)
                OR s.id IN (SELECT p.section_id FROM perspective_sides p
                              JOIN side_sources ss ON ss.side_id = p.id WHERE ss.source_id = ?)
            UNION ALL
            SELECT 'event', e.id, e.chapter_id, c.position, 1000 + e.position FROM events e
              JOIN chapters c ON c.id = e.chapter_id
             WHERE e.id IN (SELECT event_id FROM event_sources WHERE source_id = ?)
            UNION ALL
            SELECT 'figure', f.id, f.chapter_id, c.position, 2000 + f.position FROM figures f
              JOIN chapters c ON c.id = f.chapter_id
             WHERE f.id IN (SELECT figure_id FROM figure_sources WHERE source_id = ?)
            ORDER BY 4, 5
            """,
            (source_id,) * 4,
        ).fetchall()
        out = []
        titles = {
            "section": self.repo.texts("sections", [r[1] for r in rows if r[0] == "section"], lang),
            "event": self.repo.texts("events", [r[1] for r in rows if r[0] == "event"], lang),
            "figure": self.repo.texts("figures", [r[1] for r in rows if r[0] == "figure"], lang),
        }
        field = {"section": "title", "event": "title", "figure": "counted"}
        for kind, ident, chapter, _, _ in rows:
            title = titles[kind].get((ident, field[kind]), Localized(ident, SOURCE_LANGUAGE))
            out.append(Citation(kind, ident, chapter, title))
        return out

    def figures(self, ids: list[str], lang: str) -> list[FigureView]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(
            f"SELECT id, chapter_id, unit, as_of FROM figures WHERE id IN ({marks})", ids
        ).fetchall()
        est = self.conn.execute(
            "SELECT id, figure_id, low, high, source_id FROM estimates "
            f"WHERE figure_id IN ({marks}) ORDER BY figure_id, position",
            ids,
        ).fetchall()
        ftx = self.repo.texts("figures", ids, lang)
        etx = self.repo.texts("estimates", [e[0] for e in est], lang)
        by_fig: dict[str, list[EstimateView]] = {}
        for eid, fid, lo, hi, src in est:
            by_fig.setdefault(fid, []).append(EstimateView(lo, hi, src, etx.get((eid, "note"))))
        order = {f: i for i, f in enumerate(ids)}
        return sorted(
            (
                FigureView(
                    i,
                    ch,
                    unit,
                    ftx.get((i, "counted"), Localized(i, SOURCE_LANGUAGE)),
                    as_of,
                    tuple(by_fig.get(i, [])),
                )
                for i, ch, unit, as_of in rows
            ),
            key=lambda f: order[f.id],
        )

    def glossary(self, lang: str) -> list[GlossaryView]:
        if lang not in self._glossary:
            self._glossary[lang] = self._read_glossary(lang)
        return self._glossary[lang]

    def terms_in(self, body: str, lang: str) -> list[GlossaryView]:
        """Glossary terms a text uses, in the order they first appear.

        Terms are matched word by word (one pass over the text's words); Japanese terms,
        whose words have no spaces between them, by substring.
        """
        index, cjk = self._term_index(lang)
        found: dict[str, int] = {}
        tokens = [(m.group(0), m.start()) for m in _TERM_WORD.finditer(body)]
        for i, (tok, pos) in enumerate(tokens):
            for words, gid in index.get(tok, ()):
                if tuple(t for t, _ in tokens[i : i + len(words)]) == words:
                    found.setdefault(gid, pos)
        for name, gid in cjk:
            pos = body.find(name)
            if pos >= 0:
                found.setdefault(gid, pos)
        by_id = {g.id: g for g in self.glossary(lang)}
        return [by_id[i] for i, _ in sorted(found.items(), key=lambda kv: kv[1])]

    def _term_index(
        self, lang: str
    ) -> tuple[dict[str, list[tuple[tuple[str, ...], str]]], list[tuple[str, str]]]:
        """Terms and aliases by their first word (cached per language)."""
        if lang not in self._terms:
            index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
            cjk: list[tuple[str, str]] = []
            for g in self.glossary(lang):
                for name in dict.fromkeys((g.term.text, *g.aliases)):
                    if text.is_cjk(name):
                        cjk.append((name, g.id))
                        continue
                    words = tuple(_TERM_WORD.findall(name))
                    if words and len(name) >= 3:
                        index.setdefault(words[0], []).append((words, g.id))
            for entries in index.values():
                entries.sort(key=lambda e: -len(e[0]))
            self._terms[lang] = (index, cjk)
        return self._terms[lang]

    def _read_glossary(self, lang: str) -> list[GlossaryView]:
        rows = [r[0] for r in self.conn.execute("SELECT id FROM glossary ORDER BY position")]
        tx = self.repo.texts("glossary", rows, lang)
        aliases: dict[str, list[str]] = {}
        for gid, alias in self.conn.execute(
            "SELECT glossary_id, alias FROM glossary_aliases WHERE lang IN (?, ?) ORDER BY rowid",
            (lang, SOURCE_LANGUAGE),
        ):
            aliases.setdefault(gid, []).append(alias)
        empty = Localized("", SOURCE_LANGUAGE)
        return [
            GlossaryView(
                g,
                tx.get((g, "term"), empty),
                tx.get((g, "definition"), empty),
                tuple(aliases.get(g, [])),
            )
            for g in rows
        ]

    def figures_shown(self, kind: str, ident: str, lang: str) -> list[str]:
        """Ids of the figures a section's text (its sides too) or an event shows, in order;
        for ``kind='figure'`` the one figure itself."""
        if kind == "section":
            body = self.repo.texts("sections", [ident], lang).get((ident, "body"))
            refs = text.figure_refs(body.text) if body else []
            for side, _ in self.repo.sides([ident], lang).get(ident, []):
                refs += text.figure_refs(side.text)
        elif kind == "event":
            refs = [
                r[0]
                for r in self.conn.execute(
                    "SELECT figure_id FROM event_figures WHERE event_id = ? ORDER BY rowid",
                    (ident,),
                )
            ]
        elif kind == "figure":  # one figure, as a map's route shows it
            found = self.conn.execute("SELECT 1 FROM figures WHERE id = ?", (ident,)).fetchone()
            refs = [ident] if found else []
        else:
            return []
        return list(dict.fromkeys(refs))

    def figure_tags(self, ids: list[str]) -> list[str]:
        """The warning tags of these figures, each once."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        return list(
            dict.fromkeys(
                r[0]
                for r in self.conn.execute(
                    f"SELECT warning_id FROM figure_warnings WHERE figure_id IN ({marks}) "
                    "ORDER BY rowid",
                    ids,
                )
            )
        )

    def tags_of(self, kind: str, ident: str) -> list[str]:
        """Warning tags of a chapter, section (main layer), event or figure, in their
        alphabetical order. All are read at the first call (a few hundred rows): a search
        asks for the tags of up to 60 results, and an open database never changes."""
        if self._tags is None:
            found: dict[tuple[str, str], list[str]] = {}
            for owner, table in _TAGGED.items():
                for ref, tag in self.conn.execute(
                    f"SELECT {table}_id, warning_id FROM {table}_warnings WHERE layer = 'main' "
                    f"ORDER BY {table}_id, warning_id"
                ):
                    found.setdefault((owner, ref), []).append(tag)
            self._tags = found
        return list(self._tags.get((kind, ident), ()))

    def search(self, query: str, lang: str, limit: int = 60) -> list[SearchHit]:
        """Ranked hits for what a visitor typed, in ``lang`` and else in English.

        Any input is safe: it is cut into words, and each word becomes a quoted prefix
        term, so FTS5 operators and SQL in the input are only ever searched for.
        """
        hits = self._search_in(query, lang, limit)
        if not hits and lang != SOURCE_LANGUAGE:
            hits = self._search_in(query, SOURCE_LANGUAGE, limit)
        return hits

    def _search_in(self, query: str, lang: str, limit: int) -> list[SearchHit]:
        fts, short = self._match(query, lang)
        if short:
            return self._substring_search(short, lang, limit)
        return self._search(fts, lang, limit) if fts else []

    def _match(self, query: str, lang: str) -> tuple[str | None, list[str]]:
        """How ``query`` is looked for in ``lang``: an FTS5 expression, or (in a trigram
        index, for words shorter than a trigram) the words to find as substrings."""
        index = self._index_sql(lang)
        if index is None:
            return None, []  # a language without an index: nothing found, never an error
        if "trigram" not in index:
            return build_match(query), []
        words = query_words(query)
        if words and min(len(w) for w in words) < 3:
            return None, words
        return build_match(query, prefix=False), []

    def _index_sql(self, lang: str) -> str | None:
        """How this database indexes ``lang`` (its schema says so; read once per
        language); None for a language without an index."""
        if lang not in self._index:
            row = self.conn.execute(
                "SELECT sql FROM sqlite_master WHERE name = ?", (schema.fts_table(lang),)
            ).fetchone()
            self._index[lang] = str(row[0]) if row else None
        return self._index[lang]

    def _substring_search(self, words: list[str], lang: str, limit: int) -> list[SearchHit]:
        """Texts holding every word (shorter than a trigram) as a substring; the snippet
        marks the first word's first place. Few texts per language: a scan is quick."""
        texts = schema.search_table(lang)
        where = " AND ".join(
            "(instr(lower(title), ?) > 0 OR instr(lower(body), ?) > 0)" for _ in words
        )
        args = [a for w in words for a in (w.lower(), w.lower())]
        try:
            rows = self.conn.execute(
                f"SELECT kind, ref, chapter, title, body FROM {texts} WHERE {where} "
                "ORDER BY rowid LIMIT ?",
                (*args, limit),
            ).fetchall()
        except sqlite3.OperationalError:
            log.exception("search in %s failed", lang)  # a bug: the visitor sees no results
            return []
        return [SearchHit(k, r, c, t, _snippet(body, words), lang) for k, r, c, t, body in rows]

    def marked(self, kind: str, ref: str, query: str, lang: str) -> str | None:
        """The whole indexed text of one result in ``lang``, its matches for ``query``
        between \\x02 and \\x03; None where it does not match in that language."""
        fts, short = self._match(query, lang)
        if short:
            return self._substring_marked(kind, ref, short, lang)
        if fts is None:
            return None
        fts_table, texts = schema.fts_table(lang), schema.search_table(lang)
        try:
            row = self.conn.execute(
                f"SELECT highlight({fts_table}, {_BODY}, char(2), char(3)) FROM {fts_table} "
                f"JOIN {texts} ON {texts}.rowid = {fts_table}.rowid "
                f"WHERE {fts_table} MATCH ? AND {texts}.kind = ? AND {texts}.ref = ?",
                (fts, kind, ref),
            ).fetchone()
        except sqlite3.OperationalError:
            log.exception("marking a result in %s failed", lang)  # a bug: shown unmarked
            return None
        return str(row[0]) if row else None

    def _search(self, fts: str, lang: str, limit: int) -> list[SearchHit]:
        fts_table, texts = schema.fts_table(lang), schema.search_table(lang)
        try:
            rows = self.conn.execute(
                f"SELECT {texts}.kind, {texts}.ref, {texts}.chapter, {texts}.title, "
                f"snippet({fts_table}, {_BODY}, char(2), char(3), '…', 24) FROM {fts_table} "
                f"JOIN {texts} ON {texts}.rowid = {fts_table}.rowid "
                f"WHERE {fts_table} MATCH ? ORDER BY {fts_table}.rank LIMIT ?",
                (fts, limit),
            ).fetchall()
        except sqlite3.OperationalError:
            log.exception("search in %s failed", lang)  # a bug: the visitor sees no results
            return []
        return [SearchHit(k, r, c, t, s, lang) for k, r, c, t, s in rows]

    def _substring_marked(self, kind: str, ref: str, words: list[str], lang: str) -> str | None:
        texts = schema.search_table(lang)
        row = self.conn.execute(
            f"SELECT body FROM {texts} WHERE kind = ? AND ref = ?", (kind, ref)
        ).fetchone()
        if row is None or not all(w.lower() in str(row[0]).lower() for w in words):
            return None
        return _mark_all(str(row[0]), words)


def query_words(query: str) -> list[str]:
    """The words of what a visitor typed (operators and punctuation dropped)."""
    words = _QUERY_WORD.findall(query or "")[:MAX_QUERY_WORDS]
    return [w[:40] for w in words if w.strip("_")]


def build_match(query: str, prefix: bool = True) -> str | None:
    """An FTS5 MATCH expression for free text: quoted terms (prefix terms for spaced
    languages; substrings for a trigram index), all required."""
    words = query_words(query)
    if not words:
        return None
    star = "*" if prefix else ""
    return " ".join(f'"{w}"{star}' for w in words)


def _mark_all(body: str, words: list[str]) -> str:
    """``body`` with every place of every word between \x02 and \x03."""
    low = body.lower()
    spans: list[tuple[int, int]] = []
    for w in words:
        start = low.find(w.lower())
        while start >= 0:
            spans.append((start, start + len(w)))
            start = low.find(w.lower(), start + len(w))
    out, at = [], 0
    for a, b in sorted(spans):
        if a < at:
            continue
        out += [body[at:a], "\x02", body[a:b], "\x03"]
        at = b
    return "".join([*out, body[at:]])


def _snippet(body: str, words: list[str], width: int = 40) -> str:
    """About ``width`` characters around the first match, marked as FTS5's snippet()."""
    at = body.lower().find(words[0].lower())
    if at < 0:
        return body[: width * 2]
    start, end = max(0, at - width), min(len(body), at + len(words[0]) + width)
    text = _mark_all(body[start:end], words)
    return ("…" if start else "") + text + ("…" if end < len(body) else "")
