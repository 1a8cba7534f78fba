"""Read-only access to a published content.db, checked before anything is shown.

``Repository.open`` refuses a missing, damaged, foreign or wrong-version file with a
``ContentError`` that says what is wrong in words; the app shows that message. The
readers return the views of ``views.py``; sources, figures and search are in
``sources.py``.
"""

from __future__ import annotations

import functools
import hashlib
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from types import CodeType

from . import audio, dates, safety, schema, text
from .audio import Cue
from .views import (
    SOURCE_LANGUAGE,
    ChapterCard,
    ChapterView,
    EventView,
    LanguageInfo,
    LessonPathView,
    Localized,
    MapMark,
    MediaView,
    NoteView,
    PathStopView,
    QuotationView,
    SectionView,
    StoredText,
    WarningInfo,
)

SQLITE_MAGIC = b"SQLite format 3\x00"


class ContentError(Exception):
    """content.db cannot be used. ``reason`` is a stable code, ``str()`` a sentence."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, read in blocks."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def check_file(path: Path, sha256: str | None = None) -> None:
    """Raise ContentError unless ``path`` looks like a content.db we can open.

    A checksum file beside the database must state the file's checksum: ``sha256``
    where the caller verifies the file against it (the file is not read twice)."""
    if not path.exists():
        raise ContentError("missing", f"The exhibit content file was not found: {path.name}")
    if path.is_dir():
        raise ContentError("missing", f"{path.name} is a folder, not a content file")
    with open(path, "rb") as fh:
        head = fh.read(100)
    if len(head) < 100:
        raise ContentError("not-sqlite", f"{path.name} is empty or truncated")
    if not head.startswith(SQLITE_MAGIC):
        raise ContentError("not-sqlite", f"{path.name} is not an exhibit database")
    sidecar = path.with_name(path.name + ".sha256")
    if sidecar.exists():
        expected = sidecar.read_text(encoding="ascii", errors="replace").split()[:1]
        if not expected or expected[0].lower() != (sha256 or file_sha256(path)):
            raise ContentError("checksum", f"{path.name} does not match its published checksum")


class Repository:
    """Queries over one read-only content.db. All SQL of the app lives here."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self.root = path.parent
        self.meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        self._all_ranges: dict[str, text.FigureRange] | None = None

    @classmethod
    def open(cls, path: Path | str, sha256: str | None = None, values: bool = True) -> Repository:
        """The repository of ``path``, checked.

        ``sha256`` is the checksum the caller verifies the file against (``publish.verify``
        hashes it meanwhile and hands nothing out unless it matches): its bytes are then
        the ones its build or publish wrote and checked, so SQLite's page check is not
        run again (the checksum finds every damage that check finds, and more).
        ``values=False`` leaves the texts to ``check_values``, for a caller that runs it
        elsewhere and shows nothing before it has passed (``publish.verify_meanwhile``)."""
        path = Path(path).resolve()
        check_file(path, sha256)
        try:
            conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            raise ContentError("corrupt", f"{path.name} cannot be opened: {exc}") from exc
        try:
            cls._check(conn, path, pages=sha256 is None, values=values)
            return cls(conn, path)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            # a damaged page can hold text that is not UTF-8 (a table's name in
            # sqlite_master): damage, as any other, never a traceback
            conn.close()
            raise ContentError("corrupt", f"{path.name} is damaged: {exc}") from exc
        except ContentError:
            conn.close()
            raise

    @staticmethod
    def _check(
        conn: sqlite3.Connection, path: Path, pages: bool = True, values: bool = True
    ) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > schema.SCHEMA_VERSION:
            raise ContentError(
                "schema-newer",
                f"{path.name} was made for a newer version of the exhibit (schema {version}); "
                "update the exhibit software",
            )
        if version < schema.SCHEMA_VERSION:
            raise ContentError(
                "schema-older",
                f"{path.name} has schema version {version}; this exhibit needs "
                f"{schema.SCHEMA_VERSION}. Rebuild it with 'kiosk content build'",
            )
        if pages:
            ok = conn.execute("PRAGMA quick_check").fetchone()[0]
            if ok != "ok":
                raise ContentError("corrupt", f"{path.name} is damaged ({ok})")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        missing = schema.expected_tables() - tables
        if missing:
            raise ContentError(
                "incomplete", f"{path.name} lacks tables: {', '.join(sorted(missing))}"
            )
        if not conn.execute("SELECT 1 FROM meta WHERE key = 'content_version'").fetchone():
            raise ContentError("incomplete", f"{path.name} has no content version")
        if not conn.execute("SELECT 1 FROM chapters LIMIT 1").fetchone():
            raise ContentError("incomplete", f"{path.name} holds no chapters")
        if values:
            Repository.check_values(conn, path)

    @staticmethod
    def _check_recordings(conn: sqlite3.Connection, path: Path) -> None:
        for audio_id, sha, fmt in conn.execute("SELECT id, sha256, format FROM audio"):
            if (
                fmt not in schema.AUDIO_FORMATS
                or not safety.is_id(audio_id)
                or not isinstance(sha, str)
                or not safety.SHA256.match(sha)
            ):
                raise ContentError(
                    "unsafe",
                    f"{path.name} names a recording in a way no build writes: {audio_id!r}",
                )
        for audio_id, position, cue in conn.execute(
            "SELECT audio_id, position, text FROM audio_cues ORDER BY audio_id, position"
        ):
            problem = (
                "is not text" if not isinstance(cue, str)
                else f"is longer than {audio.MAX_CUE_CHARS} characters"
                if len(cue) > audio.MAX_CUE_CHARS
                else "has markup" if "<" in cue or ">" in cue
                else safety.bad_characters(cue)
            )  # fmt: skip
            if problem:
                raise ContentError(
                    "unsafe", f"{path.name}: caption {position} of {audio_id} {problem}"
                )

    @staticmethod
    def check_values(conn: sqlite3.Connection, path: Path) -> None:
        """Refuse a database whose values could not have come from a build: a media id or
        file name that is not a plain name, a checksum that is not one, a text over the
        format's limits or with characters that hide or reorder what a visitor reads."""
        for media_id, sha, name in conn.execute("SELECT id, sha256, file FROM media"):
            if not (safety.is_id(media_id) and safety.is_file_name(name)):
                raise ContentError(
                    "unsafe", f"{path.name} names an image in a way no build writes: {media_id!r}"
                )
            if not isinstance(sha, str) or not safety.SHA256.match(sha):
                raise ContentError(
                    "corrupt", f"{path.name}: image {media_id} has no valid checksum"
                )
        try:
            Repository._check_recordings(conn, path)
        except UnicodeDecodeError as exc:
            raise ContentError(
                "corrupt", f"{path.name}: a recording holds bytes that are not text"
            ) from exc
        # the texts as SQLite stores them (UTF-8 bytes: no Python string made for each)
        utf8 = conn.execute("PRAGMA encoding").fetchone()[0] == "UTF-8"
        value = "CAST(text AS BLOB)" if utf8 else "text"
        for table in schema.TEXT_FIELDS:
            # one pass over the texts: their type and length here, their characters and
            # words in ``first_unsafe``; the row is looked up only to name a problem
            rows = conn.execute(
                f"SELECT {value}, typeof(text) = 'text' FROM {table}_text ORDER BY rowid"
            ).fetchall()
            texts = [r[0] for r in rows]
            over = next(
                (
                    i for i, (t, is_text) in enumerate(rows)
                    if not is_text or (len(t) > safety.MAX_TEXT_CHARS
                                       and len(t.decode() if utf8 else t) > safety.MAX_TEXT_CHARS)
                ),
                None,
            )  # fmt: skip
            if over is not None:
                ident, field, lang = Repository._text_row(conn, table, over)
                raise ContentError(
                    "unsafe",
                    f"{path.name}: {table} {ident} {field} ({lang}) is not text or is "
                    f"longer than {safety.MAX_TEXT_CHARS:,} characters",
                )
            try:
                found = safety.first_unsafe_utf8(texts) if utf8 else safety.first_unsafe(texts)
            except UnicodeDecodeError as exc:
                raise ContentError(
                    "corrupt", f"{path.name}: {table} holds bytes that are not text"
                ) from exc
            if found:
                ident, field, lang = Repository._text_row(conn, table, found[0])
                raise ContentError(
                    "unsafe", f"{path.name}: {table} {ident} {field} ({lang}) {found[1]}"
                )

    @staticmethod
    def values_rules() -> str:
        """A fingerprint of what ``check_values`` checks: its code and the rules it
        applies (``safety``'s characters and limits, the text tables, the recordings'
        formats). A database remembered as having passed those checks
        (``publish.PassedChecks``) counts as checked only under the same fingerprint."""
        return _values_rules()

    @staticmethod
    def _text_row(conn: sqlite3.Connection, table: str, index: int) -> tuple[str, str, str]:
        """Id, field and language of the ``index``-th text of ``table`` in rowid order."""
        row = conn.execute(
            f"SELECT id, field, lang FROM {table}_text ORDER BY rowid LIMIT 1 OFFSET ?", (index,)
        ).fetchone()
        return str(row[0]), str(row[1]), str(row[2])

    def close(self) -> None:
        self.conn.close()

    # -- recorded narration ------------------------------------------------

    def recording(self, kind: str, ref: str, lang: str) -> tuple[str, str] | None:
        """(id, format) of the recording of one chapter, section or event in ``lang``."""
        try:
            row = self.conn.execute(
                "SELECT id, format FROM audio WHERE kind = ? AND ref = ? AND lang = ?",
                (kind, ref, lang),
            ).fetchone()
        except sqlite3.Error:
            return None
        return (str(row[0]), str(row[1])) if row else None

    def recording_data(self, audio_id: str) -> bytes | None:
        try:
            row = self.conn.execute("SELECT data FROM audio WHERE id = ?", (audio_id,)).fetchone()
        except sqlite3.Error:
            return None
        return bytes(row[0]) if row else None

    def recording_cues(self, audio_id: str) -> list[Cue]:
        """The captions of a recording, in order (plain text, checked at opening)."""
        return [
            Cue(int(a), int(b), str(t))
            for a, b, t in self.conn.execute(
                "SELECT start_ms, end_ms, text FROM audio_cues WHERE audio_id = ? "
                "ORDER BY position",
                (audio_id,),
            )
        ]

    # -- images ------------------------------------------------------------

    def media_data(self, media_id: str, variant: str = "display") -> bytes | None:
        """The bytes of one image variant ('display' or 'blur'); None if there is none."""
        try:
            row = self.conn.execute(
                "SELECT data FROM media_files WHERE media_id = ? AND variant = ?",
                (media_id, variant),
            ).fetchone()
        except sqlite3.Error:
            return None  # a damaged page: the screen says the image is unavailable
        return bytes(row[0]) if row else None

    def media_names(self) -> dict[str, tuple[str, str]]:
        """Every image's checksum and its file's suffix (both checked when the database
        was opened), from which a cache names its files: never from the image's id."""
        return {
            i: (sha, Path(f).suffix.lower() or ".jpg")
            for i, sha, f in self.conn.execute("SELECT id, sha256, file FROM media")
        }

    def card_widths(self) -> dict[str, int]:
        """The width in px of every image's smaller copy (images without one are left
        out)."""
        return {i: w for i, (w, _h) in self.media_sizes("card").items()}

    def media_sizes(self, variant: str) -> dict[str, tuple[int, int]]:
        """Width and height in px of every image's copy ``variant`` (images without one
        are left out)."""
        rows = self.conn.execute(
            "SELECT media_id, width, height FROM media_files WHERE variant = ?", (variant,)
        )
        return {i: (w, h) for i, w, h in rows}

    def media_tags(self) -> dict[str, tuple[str, ...]]:
        """Every image's warning tags (an image without tags maps to ``()``)."""
        tags: dict[str, list[str]] = {i: [] for (i,) in self.conn.execute("SELECT id FROM media")}
        for i, t in self.conn.execute("SELECT media_id, warning_id FROM media_warnings"):
            tags[i].append(t)
        return {i: tuple(ts) for i, ts in tags.items()}

    def media_views(self, ids: list[str], lang: str) -> dict[str, MediaView]:
        """Images by id, with their texts in ``lang`` (English where missing)."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(
            "SELECT id, width, height, credit, licence, perpetrator_photo, file FROM media "
            f"WHERE id IN ({marks})",
            ids,
        ).fetchall()
        tx = self.texts("media", ids, lang)
        tags = self._tags("media_warnings", "media_id", ids)
        years = dict(
            self.conn.execute(
                f"SELECT media_id, borders_year FROM maps WHERE media_id IN ({marks})", ids
            ).fetchall()
        )
        marks_on: dict[tuple[str, str], list[MapMark]] = {}
        for table, column in (("map_routes", "figure_id"), ("map_places", "chapter_id")):
            for i, ref, x, y in self.conn.execute(
                f"SELECT media_id, {column}, x, y FROM {table} WHERE media_id IN ({marks}) "
                "ORDER BY media_id, position",
                ids,
            ):
                marks_on.setdefault((i, table), []).append(MapMark(ref, x, y))
        empty = Localized("", SOURCE_LANGUAGE)
        return {
            i: MediaView(
                id=i, width=w, height=h, caption=tx.get((i, "caption"), empty),
                alt=tx.get((i, "alt"), empty), credit=credit, licence=licence,
                perpetrator_photo=bool(perp), warnings=tuple(tags.get((i, "main"), [])),
                file=f, borders=years.get(i),
                routes=tuple(marks_on.get((i, "map_routes"), ())),
                places=tuple(marks_on.get((i, "map_places"), ())),
            )
            for i, w, h, credit, licence, perp, f in rows
        }  # fmt: skip

    def period_map(self) -> str | None:
        """The map that places the chapters (the first one, in media.yaml's order)."""
        row = self.conn.execute(
            "SELECT media_id FROM map_places ORDER BY "
            "(SELECT rowid FROM media WHERE id = media_id) LIMIT 1"
        ).fetchone()
        return row[0] if row else None

    def images(self, link: str, owner_ids: list[str], lang: str) -> dict[str, list[MediaView]]:
        """Images shown with sections (``link='section'``) or events (``'event'``), in order."""
        table, column = {"section": ("section_media", "section_id"),
                         "event": ("event_media", "event_id")}[link]  # fmt: skip
        if not owner_ids:
            return {}
        marks = ",".join("?" * len(owner_ids))
        rows = self.conn.execute(
            f"SELECT {column}, media_id FROM {table} WHERE {column} IN ({marks}) "
            f"ORDER BY {column}, position",
            owner_ids,
        ).fetchall()
        views = self.media_views(list(dict.fromkeys(m for _, m in rows)), lang)
        out: dict[str, list[MediaView]] = {}
        for owner, media_id in rows:
            out.setdefault(owner, []).append(views[media_id])
        return out

    # -- texts -------------------------------------------------------------

    def texts(self, table: str, ids: Iterable[str], lang: str) -> dict[tuple[str, str], Localized]:
        """Text fields of ``table`` in ``lang``, English where a field is missing."""
        if table not in schema.TEXT_FIELDS:
            raise ValueError(table)
        ids = list(ids)
        out: dict[tuple[str, str], Localized] = {}
        if not ids:
            return out
        marks = ",".join("?" * len(ids))
        rows = self.conn.execute(
            f"SELECT id, field, lang, text FROM {table}_text WHERE id IN ({marks}) "
            "AND lang IN (?, ?) ORDER BY lang = ? ",
            (*ids, lang, SOURCE_LANGUAGE, lang),
        )
        for ident, fld, lng, value in rows:
            out[(ident, fld)] = Localized(value, lng)  # visitor's language sorts last, wins
        return out

    def _tags(self, table: str, column: str, ids: list[str]) -> dict[tuple[str, str], list[str]]:
        marks = ",".join("?" * len(ids))
        out: dict[tuple[str, str], list[str]] = {}
        rows = self.conn.execute(
            f"SELECT t.{column}, t.layer, t.warning_id FROM {table} t JOIN warnings w "
            f"ON w.id = t.warning_id WHERE t.{column} IN ({marks}) ORDER BY w.position",
            ids,
        )
        for ident, layer, tag in rows:
            out.setdefault((ident, layer), []).append(tag)
        return out

    def _links(self, table: str, column: str, other: str, ids: list[str]) -> dict[str, list[str]]:
        marks = ",".join("?" * len(ids))
        out: dict[str, list[str]] = {}
        for ident, value in self.conn.execute(
            f"SELECT {column}, {other} FROM {table} WHERE {column} IN ({marks}) ORDER BY rowid", ids
        ):
            out.setdefault(ident, []).append(value)
        return out

    # -- queries -----------------------------------------------------------

    def languages(self, min_coverage: float = 0.9, offered: bool = True) -> list[LanguageInfo]:
        """Languages for the picker: enabled, and either translated to at least
        ``min_coverage`` or marked partial by a curator (English always). With
        ``offered=False``, every language the curators listed, in their order."""
        sql = "SELECT code, name, direction, partial, prompt, coverage, enabled FROM languages"
        args: tuple[str | float, ...] = ()
        if offered:
            sql += " WHERE enabled AND (code = ? OR partial OR coverage >= ?)"
            args = (SOURCE_LANGUAGE, min_coverage)
        rows = self.conn.execute(sql + " ORDER BY position", args)
        return [
            LanguageInfo(c, n, d, bool(p), pr, cov, bool(en)) for c, n, d, p, pr, cov, en in rows
        ]

    def chapter_cards(self, lang: str, chapter_id: str | None = None) -> list[ChapterCard]:
        """Every chapter's card in order (or only ``chapter_id``'s)."""
        sql = "SELECT id, kind, start_year, end_year, cover, young_unsuitable FROM chapters"
        args: tuple[str, ...] = ()
        if chapter_id is not None:
            sql, args = sql + " WHERE id = ?", (chapter_id,)
        rows = self.conn.execute(sql + " ORDER BY position", args).fetchall()
        ids = [r[0] for r in rows]
        tx = self.texts("chapters", ids, lang)
        tags = self._tags("chapter_warnings", "chapter_id", ids)
        empty = Localized("", SOURCE_LANGUAGE)
        return [
            ChapterCard(
                id=i,
                kind=k,
                start=s,
                end=e,
                cover=cover,
                young_unsuitable=bool(young),
                title=tx.get((i, "title"), empty),
                summary=tx.get((i, "summary"), empty),
                region=tx.get((i, "region"), empty),
                warnings=tuple(tags.get((i, "main"), [])),
            )
            for i, k, s, e, cover, young in rows
        ]

    def figure_ranges(
        self, chapter_ids: Iterable[str] | None = None
    ) -> dict[str, text.FigureRange]:
        """Lowest low and highest high of each figure (all figures computed once: an open
        database never changes)."""
        if chapter_ids is None:
            if self._all_ranges is None:
                self._all_ranges = self._figure_ranges(None)
            return self._all_ranges
        return self._figure_ranges(chapter_ids)

    def _figure_ranges(self, chapter_ids: Iterable[str] | None) -> dict[str, text.FigureRange]:
        sql = (
            "SELECT f.id, f.unit, MIN(e.low), MAX(e.high) FROM figures f "
            "JOIN estimates e ON e.figure_id = f.id"
        )
        args: list[str] = []
        if chapter_ids is not None:
            args = list(chapter_ids)
            sql += f" WHERE f.chapter_id IN ({','.join('?' * len(args))})"
        sql += " GROUP BY f.id"
        return {
            i: text.FigureRange(lo, hi, unit) for i, unit, lo, hi in self.conn.execute(sql, args)
        }

    def chapter(self, chapter_id: str, lang: str) -> ChapterView | None:
        cards = self.chapter_cards(lang, chapter_id)
        if not cards:
            return None
        card = cards[0]
        sec_rows = self.conn.execute(
            "SELECT id, kind FROM sections WHERE chapter_id = ? ORDER BY position", (chapter_id,)
        ).fetchall()
        sec_ids = [r[0] for r in sec_rows]
        stx = self.texts("sections", sec_ids, lang)
        stags = self._tags("section_warnings", "section_id", sec_ids)
        ssrc = self._links("section_sources", "section_id", "source_id", sec_ids)
        sides = self.sides(sec_ids, lang)
        pictures = self.images("section", sec_ids, lang)
        empty = Localized("", SOURCE_LANGUAGE)
        sections = tuple(
            SectionView(
                id=i,
                kind=k,
                title=stx.get((i, "title"), empty),
                body=stx.get((i, "body"), empty),
                detail=stx.get((i, "detail")),
                warnings=tuple(stags.get((i, "main"), [])),
                detail_warnings=tuple(stags.get((i, "detail"), [])),
                source_ids=tuple(ssrc.get(i, [])),
                sides=tuple(sides.get(i, [])),
                images=tuple(pictures.get(i, [])),
            )
            for i, k in sec_rows
        )
        related = tuple(
            r[0]
            for r in self.conn.execute(
                "SELECT related_id FROM chapter_related WHERE chapter_id = ? ORDER BY rowid",
                (chapter_id,),
            )
        )
        return ChapterView(
            card=card,
            sections=sections,
            events=tuple(self.events(lang, chapter_id=chapter_id)),
            related=related,
            figures=self.figure_ranges(),
            quotation=self.quotation(chapter_id, lang),
        )

    def quotation(self, chapter_id: str, lang: str) -> QuotationView | None:
        """A chapter's quotation in ``lang`` (each field in English where it is not
        translated), or None when the chapter has none."""
        if not self.conn.execute("SELECT 1 FROM quotations WHERE id = ?", (chapter_id,)).fetchone():
            return None
        tx = self.texts("chapters", [chapter_id], lang)
        empty = Localized("", SOURCE_LANGUAGE)
        tags = self._tags("quotation_warnings", "quotation_id", [chapter_id])
        sources = self._links("quotation_sources", "quotation_id", "source_id", [chapter_id])
        return QuotationView(
            text=tx.get((chapter_id, "quotation-text"), empty),
            by=tx.get((chapter_id, "quotation-by"), empty),
            role=tx.get((chapter_id, "quotation-role")),
            source_ids=tuple(sources.get(chapter_id, [])),
            warnings=tuple(tags.get((chapter_id, "main"), [])),
        )

    def sides(
        self, sec_ids: list[str], lang: str
    ) -> dict[str, list[tuple[Localized, tuple[str, ...]]]]:
        """Each perspective section's sides in order: their text and the sources they cite."""
        marks = ",".join("?" * len(sec_ids))
        rows = self.conn.execute(
            f"SELECT id, section_id FROM perspective_sides WHERE section_id IN ({marks}) "
            "ORDER BY section_id, position",
            sec_ids,
        ).fetchall()
        side_ids = [r[0] for r in rows]
        tx = self.texts("perspective_sides", side_ids, lang)
        src = self._links("side_sources", "side_id", "source_id", side_ids) if side_ids else {}
        out: dict[str, list[tuple[Localized, tuple[str, ...]]]] = {}
        for side_id, sec_id in rows:
            out.setdefault(sec_id, []).append(
                (
                    tx.get((side_id, "text"), Localized("", SOURCE_LANGUAGE)),
                    tuple(src.get(side_id, [])),
                )
            )
        return out

    def events(
        self, lang: str, chapter_id: str | None = None, event_id: str | None = None
    ) -> list[EventView]:
        sql = (
            "SELECT id, chapter_id, edtf, start_date, end_date, precision, approximate, "
            "uncertain, is_range, position FROM events"
        )
        args: tuple[str, ...] = ()
        if chapter_id is not None:
            sql += " WHERE chapter_id = ?"
            args = (chapter_id,)
        elif event_id is not None:
            sql += " WHERE id = ?"
            args = (event_id,)
        rows = self.conn.execute(sql + " ORDER BY start_date, end_date, id", args).fetchall()
        ids = [r[0] for r in rows]
        if not ids:
            return []
        tx = self.texts("events", ids, lang)
        tags = self._tags("event_warnings", "event_id", ids)
        cats = self._links("event_categories", "event_id", "category_id", ids)
        srcs = self._links("event_sources", "event_id", "source_id", ids)
        pictures = self.images("event", ids, lang)
        empty = Localized("", SOURCE_LANGUAGE)
        return [
            EventView(
                id=i,
                chapter_id=ch,
                date=dates.from_row(d, start, end, prec, bool(ap), bool(un), bool(rng)),
                title=tx.get((i, "title"), empty),
                summary=tx.get((i, "summary"), empty),
                place=tx.get((i, "place"), empty),
                categories=tuple(cats.get(i, [])),
                warnings=tuple(tags.get((i, "main"), [])),
                source_ids=tuple(srcs.get(i, [])),
                images=tuple(pictures.get(i, [])),
                position=pos,
            )
            for i, ch, d, start, end, prec, ap, un, rng, pos in rows
        ]

    def eras(self, lang: str) -> list[tuple[str, int, int, Localized]]:
        """The timeline's eras in order: id, first and last year, title."""
        rows = self.conn.execute(
            "SELECT id, start_year, end_year FROM eras ORDER BY position"
        ).fetchall()
        tx = self.texts("eras", [r[0] for r in rows], lang)
        empty = Localized("", SOURCE_LANGUAGE)
        return [(i, a, b, tx.get((i, "title"), empty)) for i, a, b in rows]

    def categories(self, lang: str) -> list[tuple[str, Localized]]:
        """The event categories in order, with their labels."""
        ids = [r[0] for r in self.conn.execute("SELECT id FROM categories ORDER BY position")]
        tx = self.texts("categories", ids, lang)
        return [(i, tx.get((i, "label"), Localized(i, SOURCE_LANGUAGE))) for i in ids]

    def page(self, page_id: str, lang: str) -> tuple[Localized, Localized] | None:
        tx = self.texts("pages", [page_id], lang)
        if (page_id, "title") not in tx:
            return None
        return tx[(page_id, "title")], tx[(page_id, "body")]

    def warnings(self, lang: str) -> list[WarningInfo]:
        """The warning taxonomy, most severe first, with labels and gate phrases."""
        rows = self.conn.execute("SELECT id, severity FROM warnings ORDER BY position").fetchall()
        tx = self.texts("warnings", [r[0] for r in rows], lang)
        empty = Localized("", SOURCE_LANGUAGE)
        return [
            WarningInfo(i, sev, tx.get((i, "label"), empty), tx.get((i, "phrase"), empty))
            for i, sev in rows
        ]

    def section_detail(self, section_id: str, lang: str) -> Localized | None:
        """The detail layer of one section (graphic specifics), if it has one."""
        return self.texts("sections", [section_id], lang).get((section_id, "detail"))

    # -- lesson paths (schema 5) ----------------------------------------------

    def lesson_paths(self, lang: str, path_id: str | None = None) -> list[LessonPathView]:
        """Every lesson path in order (or only ``path_id``), its texts in ``lang``."""
        sql = "SELECT id, min_age, max_age, minutes FROM paths"
        args: tuple[str, ...] = ()
        if path_id is not None:
            sql, args = sql + " WHERE id = ?", (path_id,)
        rows = self.conn.execute(sql + " ORDER BY position", args).fetchall()
        ids = [r[0] for r in rows]
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        aims: dict[str, list[str]] = {}
        for aim_id, owner in self.conn.execute(
            f"SELECT id, path_id FROM path_aims WHERE path_id IN ({marks}) "
            "ORDER BY path_id, position",
            ids,
        ):
            aims.setdefault(owner, []).append(aim_id)
        stops: dict[str, list[tuple[str, str, str]]] = {}
        for stop_id, owner, kind, ref in self.conn.execute(
            f"SELECT id, path_id, kind, ref FROM path_stops WHERE path_id IN ({marks}) "
            "ORDER BY path_id, position",
            ids,
        ):
            stops.setdefault(owner, []).append((stop_id, kind, ref))
        ptx = self.texts("paths", ids, lang)
        atx = self.texts("path_aims", [a for v in aims.values() for a in v], lang)
        stx = self.texts("path_stops", [s[0] for v in stops.values() for s in v], lang)
        empty = Localized("", SOURCE_LANGUAGE)

        def stop(stop_id: str, kind: str, ref: str) -> PathStopView:
            questions = tuple(
                stx[(stop_id, f)] for f in ("question_1", "question_2") if (stop_id, f) in stx
            )
            return PathStopView(kind, ref, questions, stx.get((stop_id, "note")))

        return [
            LessonPathView(
                id=i, title=ptx.get((i, "title"), empty), min_age=lo, max_age=hi, minutes=mins,
                aims=tuple(atx.get((a, "text"), empty) for a in aims.get(i, [])),
                stops=tuple(stop(*s) for s in stops.get(i, [])),
            )
            for i, lo, hi, mins in rows
        ]  # fmt: skip

    def stop_targets(
        self, stops: Iterable[PathStopView], lang: str
    ) -> dict[tuple[str, str], tuple[Localized, str]]:
        """What each stop shows: its title in ``lang`` and the chapter it stands in ("" for
        a source). A stop whose target is not in the database is left out."""
        by_kind: dict[str, list[str]] = {}
        for s in stops:
            by_kind.setdefault(s.kind, []).append(s.ref)
        out: dict[tuple[str, str], tuple[Localized, str]] = {}
        owners = {"chapter": ("chapters", "id", "title"), "section": ("sections", "chapter_id",
                  "title"), "event": ("events", "chapter_id", "title"),
                  "figure": ("figures", "chapter_id", "counted")}  # fmt: skip
        for kind, refs in by_kind.items():
            marks = ",".join("?" * len(refs))
            if kind == "source":
                for i, author, title in self.conn.execute(
                    f"SELECT id, author, title FROM sources WHERE id IN ({marks})", refs
                ):
                    # a title stays as published: not a missing translation
                    out[(kind, i)] = (Localized(f"{author}: {title}", lang), "")
                continue
            if kind not in owners:
                continue
            table, column, field = owners[kind]
            chapter_of = dict(
                self.conn.execute(f"SELECT id, {column} FROM {table} WHERE id IN ({marks})", refs)
            )
            tx = self.texts(table, list(chapter_of), lang)
            for i, ch in chapter_of.items():
                if (i, field) in tx:
                    out[(kind, i)] = (tx[(i, field)], str(ch))
        return out

    def lesson_path(self, path_id: str, lang: str) -> LessonPathView | None:
        found = self.lesson_paths(lang, path_id)
        return found[0] if found else None

    # -- as the curators listed it (export back to the editable files) ------------

    def listed_tags(self, owner: str) -> dict[tuple[str, str], list[str]]:
        """Warning tags of every chapter, section, event, figure or image (``owner`` is the
        table) by (id, layer), in the order the sources list them; the views put them in
        the taxonomy's order instead."""
        table, column = next((t, c) for t, c, o in schema.WARNING_LINKS if o == owner)
        out: dict[tuple[str, str], list[str]] = {}
        for ident, layer, tag in self.conn.execute(
            f"SELECT {column}, layer, warning_id FROM {table} ORDER BY rowid"
        ):
            out.setdefault((ident, layer), []).append(tag)
        return out

    def figure_ids(self, chapter_id: str) -> list[str]:
        """A chapter's figures in the order its source file lists them."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT id FROM figures WHERE chapter_id = ? ORDER BY position", (chapter_id,)
            )
        ]

    def media_ids(self) -> list[str]:
        """Every image, in the order media.yaml lists them."""
        return [r[0] for r in self.conn.execute("SELECT id FROM media ORDER BY rowid")]

    def page_ids(self) -> list[str]:
        """Every curator-editable page, in the order pages.yaml lists them."""
        return [r[0] for r in self.conn.execute("SELECT id FROM pages ORDER BY rowid")]

    def curator_notes(self) -> list[NoteView]:
        """The curators' notes on corrections to the source article, in their order."""
        return [
            NoteView(i, target, note)
            for i, target, note in self.conn.execute(
                "SELECT id, target, note FROM curator_notes ORDER BY rowid"
            )
        ]

    def translations(self) -> list[StoredText]:
        """Every stored text in a language other than English, with its status."""
        return [
            StoredText(table, ident, fld, lang, value, status)
            for table in schema.TEXT_FIELDS
            for ident, fld, lang, value, status in self.conn.execute(
                f"SELECT id, field, lang, text, status FROM {table}_text WHERE lang != ? "
                "ORDER BY rowid",
                (SOURCE_LANGUAGE,),
            )
        ]

    def counts(self) -> dict[str, int]:
        return {
            t: self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("chapters", "sections", "events", "figures", "sources", "glossary")
        }


def _code_digest(h: hashlib._Hash, code: CodeType) -> None:
    """Feed a function's code into ``h``: its bytecode, names and constants (nested code
    too), never its file or line numbers."""
    h.update(code.co_code)
    h.update(repr(code.co_names).encode())
    for const in code.co_consts:
        if isinstance(const, CodeType):
            _code_digest(h, const)
        elif isinstance(const, frozenset):  # its order is the hash seed's
            h.update(repr(sorted(const, key=repr)).encode())
        else:
            h.update(repr(const).encode())


@functools.cache
def _values_rules() -> str:
    h = hashlib.sha256()
    checks: list[Callable[..., object]] = [
        Repository.check_values, Repository._check_recordings, safety.first_unsafe_utf8,
        safety._first_of, safety.bad_characters, safety.long_word, safety.is_id,
        safety.is_file_name,
    ]  # fmt: skip
    for fn in checks:
        _code_digest(h, fn.__code__)
    rules = (
        safety._FORBIDDEN, safety._FORBIDDEN_UTF8, safety._FORBIDDEN_UTF8_STRICT,
        safety._JOINER_SCRIPTS, safety._LONG_WORD, safety._BREAKS, safety.MAX_TEXT_CHARS,
        safety.MAX_WORD, safety.ID.pattern, safety.FILE_NAME.pattern, safety.MAX_ID,
        safety.MAX_FILE_NAME, safety.SHA256.pattern, sorted(safety._WINDOWS_DEVICES),
        sorted(safety._CONTROL | safety._BIDI | safety._INVISIBLE | safety._JOINERS),
        schema.SCHEMA_VERSION, schema.TEXT_FIELDS, schema.AUDIO_FORMATS, audio.MAX_CUE_CHARS,
    )  # fmt: skip
    h.update(repr(rules).encode())
    return h.hexdigest()
