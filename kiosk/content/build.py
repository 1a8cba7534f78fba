"""Build content.db from the YAML sources: check, write a staging file, swap it in whole.

The same sources always give the same rows. An interrupted or failed build
leaves the previous content.db untouched and no staging file behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from . import checks, dates, loader, safety, schema, text, translations, typography
from . import model as m
from .repository import file_sha256

Progress = Callable[[str], None]


class BuildError(Exception):
    """The sources have errors; the database was not written."""

    def __init__(self, problems: list[checks.Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the content sources")
        self.problems = problems


def sources_digest(root: Path) -> str:
    """A hash of every source file, images included (path and bytes): the content version."""
    h = hashlib.sha256()
    for path in sorted(p for p in Path(root).rglob("*") if p.is_file()):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def figure_ranges(figures: Iterable[m.Figure]) -> dict[str, text.FigureRange]:
    return {
        f.id: text.FigureRange(
            min(e.low for e in f.estimates), max(e.high for e in f.estimates), f.unit
        )
        for f in figures
    }


def media_rows(c: m.Content, src: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """Media rows and their bytes: the display image as the import wrote it, and for a
    warned image the blurred stand-in, both inside the database so that a publish or a
    rollback moves text and images together. An image larger than ``media.CARD`` also
    gets a smaller copy ('card'), which every screen that draws it no wider uses."""
    from . import media

    for im in c.media:
        try:
            path = safety.inside(src / "media", im.file, f"image {im.id}")
        except safety.UnsafeName as exc:
            raise BuildError([checks.Problem(f"media {im.id}", str(exc))]) from exc
        try:  # the checks of 'kiosk media add': a file placed in media/ by hand gets them too
            data = path.read_bytes()
            with media.open_image(data) as img:
                width, height = img.size
        except OSError as exc:
            raise BuildError(
                [checks.Problem(f"media {im.id}", f"cannot read {im.file}: {exc.strerror}")]
            ) from exc
        except media.MediaError as exc:
            raise BuildError([checks.Problem(f"media {im.id}", f"{im.file}: {exc}")]) from exc
        yield "media", {
            "id": im.id, "file": im.file, "width": width, "height": height, "bytes": len(data),
            "sha256": hashlib.sha256(data).hexdigest(), "credit": im.credit,
            "licence": im.licence, "perpetrator_photo": int(im.perpetrator_photo),
        }  # fmt: skip
        yield "media_files", {
            "media_id": im.id, "variant": "display", "width": width, "height": height,
            "data": data,
        }  # fmt: skip
        # every image larger than it gets a smaller copy: a chapter card, the map beside a
        # chapter's text and a figure on a laptop's narrower column all draw from it
        small = media.card(data)
        if small is not None:
            yield "media_files", {
                "media_id": im.id, "variant": "card", "width": small[1], "height": small[2],
                "data": small[0],
            }  # fmt: skip
        if im.warnings:
            blur, bw, bh = media.blurred(data)
            yield "media_files", {
                "media_id": im.id, "variant": "blur", "width": bw, "height": bh, "data": blur,
            }  # fmt: skip
        for t in im.warnings:
            yield "media_warnings", {"media_id": im.id, "warning_id": t, "layer": "main"}


def audio_rows(c: m.Content, src: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """Recorded narration and its captions, with the checks of 'kiosk media add-audio'
    (a file placed in media/ by hand gets them too): the item and the language exist, the
    file is a recording, the captions are plain text."""
    from . import audio

    kinds: dict[str, str] = {}
    for ch in c.chapters:
        kinds[ch.id] = "chapter"
        kinds.update(dict.fromkeys((s.id for s in ch.sections), "section"))
        kinds.update(dict.fromkeys((e.id for e in ch.events), "event"))
    languages = {lang.code for lang in c.languages}
    seen: set[tuple[str, str]] = set()
    for rec in c.recordings:
        where = f"audio {rec.id}"

        def fail(message: str, where: str = where) -> BuildError:
            return BuildError([checks.Problem(where, message)])

        if rec.target not in kinds:
            raise fail(f"no chapter, section or event has the id {rec.target!r}")
        if rec.lang not in languages:
            raise fail(f"the exhibit has no language {rec.lang!r}")
        if (rec.target, rec.lang) in seen:
            raise fail(f"a second recording for {rec.target} in {rec.lang}")
        seen.add((rec.target, rec.lang))
        try:
            data = safety.inside(src / "media", rec.file, f"recording {rec.id}").read_bytes()
            fmt = audio.check_recording(data, rec.file)
            cues = []
            if rec.captions:
                path = safety.inside(src / "media", rec.captions, f"captions of {rec.id}")
                cues = audio.parse_captions(path.read_bytes(), rec.captions)
        except safety.UnsafeName as exc:
            raise fail(str(exc)) from exc
        except OSError as exc:
            raise fail(f"cannot read {exc.filename and Path(exc.filename).name}: "
                       f"{exc.strerror}") from exc  # fmt: skip
        except audio.AudioError as exc:
            raise fail(str(exc)) from exc
        ident = audio.recording_id(kinds[rec.target], rec.target, rec.lang)
        yield "audio", {
            "id": ident, "kind": kinds[rec.target], "ref": rec.target, "lang": rec.lang,
            "format": fmt, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest(),
            "data": data,
        }  # fmt: skip
        for i, cue in enumerate(cues):
            yield "audio_cues", {
                "audio_id": ident, "position": i, "start_ms": cue.start_ms,
                "end_ms": cue.end_ms, "text": cue.text,
            }  # fmt: skip


def _rows(c: m.Content) -> Iterator[tuple[str, dict[str, Any]]]:
    """(table, row) for every row of the database except media, in a fixed order."""
    for i, lang in enumerate(c.languages):
        # what visitors read decides whether a language is offered (paths fall back marked)
        cov = translations.coverage(c, c.translations, lang.code, lesson_paths=False)
        yield "languages", {
            "code": lang.code, "name": lang.name, "direction": lang.direction,
            "enabled": int(lang.enabled), "partial": int(lang.partial),
            "prompt": lang.prompt, "position": i,
            "coverage": round(cov["reviewed"] + cov["draft"], 4),
        }  # fmt: skip
    for i, w in enumerate(c.warnings):
        yield "warnings", {"id": w.id, "severity": w.severity, "position": i}
    for i, category in enumerate(c.categories):
        yield "categories", {"id": category.id, "position": i}
    for i, era in enumerate(c.eras):
        yield "eras", {"id": era.id, "start_year": era.start, "end_year": era.end, "position": i}
    for i, source in enumerate(c.sources):
        yield "sources", {
            "id": source.id, "kind": source.kind, "author": source.author,
            "title": source.title, "year": source.year, "publisher": source.publisher,
            "reference": source.reference, "position": i,
        }  # fmt: skip
    for i, g in enumerate(c.glossary):
        yield "glossary", {"id": g.id, "position": i}
    for p in c.pages:
        yield "pages", {"id": p.id}
    for n in c.notes:
        yield "curator_notes", {"id": n.id, "target": n.target, "note": n.note}
    for i, ch in enumerate(c.chapters):
        yield "chapters", {
            "id": ch.id, "position": i, "kind": ch.kind, "start_year": ch.start,
            "end_year": ch.end, "cover": ch.cover, "young_unsuitable": int(ch.young_unsuitable),
        }  # fmt: skip
    for ch in c.chapters:
        for r in ch.related:
            yield "chapter_related", {"chapter_id": ch.id, "related_id": r}
        if ch.quotation is not None:
            yield "quotations", {"id": ch.id}
            for t in ch.quotation.warnings:
                yield "quotation_warnings", {"quotation_id": ch.id, "warning_id": t,
                                             "layer": "main"}  # fmt: skip
            for src in dict.fromkeys(ch.quotation.sources):
                yield "quotation_sources", {"quotation_id": ch.id, "source_id": src}
        for t in ch.warnings:
            yield "chapter_warnings", {"chapter_id": ch.id, "warning_id": t, "layer": "main"}
        for i, s in enumerate(ch.sections):
            yield "sections", {"id": s.id, "chapter_id": ch.id, "position": i, "kind": s.kind}
            for t in s.warnings:
                yield "section_warnings", {"section_id": s.id, "warning_id": t, "layer": "main"}
            for t in s.detail_warnings:
                yield "section_warnings", {"section_id": s.id, "warning_id": t, "layer": "detail"}
            for src in dict.fromkeys(s.sources):
                yield "section_sources", {"section_id": s.id, "source_id": src}
            for j, media_id in enumerate(dict.fromkeys(s.images)):
                yield "section_media", {"section_id": s.id, "media_id": media_id, "position": j}
            for j, side in enumerate(s.sides):
                side_id = f"{s.id}#{j + 1}"
                yield "perspective_sides", {"id": side_id, "section_id": s.id, "position": j}
                for src in dict.fromkeys(side.sources):
                    yield "side_sources", {"side_id": side_id, "source_id": src}
        for i, f in enumerate(ch.figures):
            yield "figures", {
                "id": f.id, "chapter_id": ch.id, "unit": f.unit, "as_of": f.as_of, "position": i,
            }  # fmt: skip
            for t in f.warnings:
                yield "figure_warnings", {"figure_id": f.id, "warning_id": t, "layer": "main"}
            for j, est in enumerate(f.estimates):
                yield "estimates", {
                    "id": f"{f.id}#{j + 1}", "figure_id": f.id, "position": j,
                    "low": est.low, "high": est.high, "source_id": est.source,
                }  # fmt: skip
            for src in dict.fromkeys(e.source for e in f.estimates):
                yield "figure_sources", {"figure_id": f.id, "source_id": src}
        for i, e in enumerate(ch.events):
            d = dates.parse(e.date)
            yield "events", {
                "id": e.id, "chapter_id": ch.id, "edtf": d.edtf,
                "start_date": d.start.isoformat(), "end_date": d.end.isoformat(),
                "precision": d.precision, "approximate": int(d.approximate),
                "uncertain": int(d.uncertain), "is_range": int(d.is_range), "position": i,
            }  # fmt: skip
            for k in dict.fromkeys(e.categories):
                yield "event_categories", {"event_id": e.id, "category_id": k}
            for t in e.warnings:
                yield "event_warnings", {"event_id": e.id, "warning_id": t, "layer": "main"}
            for src in dict.fromkeys(e.sources):
                yield "event_sources", {"event_id": e.id, "source_id": src}
            for j, media_id in enumerate(dict.fromkeys(e.images)):
                yield "event_media", {"event_id": e.id, "media_id": media_id, "position": j}
            shown = dict.fromkeys(e.figures + text.figure_refs(e.summary))
            for f_id in shown:
                yield "event_figures", {"event_id": e.id, "figure_id": f_id}
    for i, lp in enumerate(c.paths):
        yield "paths", {
            "id": lp.id, "position": i, "min_age": lp.min_age, "max_age": lp.max_age,
            "minutes": lp.minutes,
        }  # fmt: skip
        for j, _aim in enumerate(lp.aims):
            yield "path_aims", {"id": f"{lp.id}#{j + 1}", "path_id": lp.id, "position": j}
        for j, stop in enumerate(lp.stops):
            yield "path_stops", {
                "id": f"{lp.id}#{j + 1}", "path_id": lp.id, "position": j,
                "kind": stop.kind, "ref": stop.ref,
            }  # fmt: skip
    for im in c.media:
        if im.map is None:
            continue
        yield "maps", {"media_id": im.id, "borders_year": im.map.borders}
        for table, column, marks in (("map_routes", "figure_id", im.map.routes),
                                     ("map_places", "chapter_id", im.map.places)):  # fmt: skip
            for j, mark in enumerate(marks):
                yield table, {
                    "media_id": im.id, "position": j, column: mark.ref, "x": mark.x, "y": mark.y,
                }  # fmt: skip


def _search_rows(c: m.Content, lang: str) -> Iterator[tuple[str, str, str, str, str]]:
    """(kind, ref, chapter, title, body) for one language's search index, English where a
    field is not translated. Detail layers are never indexed."""
    ranges = figure_ranges(f for ch in c.chapters for f in ch.figures)
    tr = c.translations.get(lang, {})
    number, pattern = text.number_for(lang), text.range_pattern(lang)

    def t(table: str, ident: str, field: str, english: str) -> str:
        found = tr.get(f"{table}:{ident}:{field}")
        return text.render(found.text if found else english, ranges, number, pattern)

    for ch in c.chapters:
        yield (
            "chapter", ch.id, ch.id, t("chapters", ch.id, "title", ch.title),
            t("chapters", ch.id, "summary", ch.summary),
        )  # fmt: skip
        for s in ch.sections:
            sides = [
                t("perspective_sides", f"{s.id}#{j + 1}", "text", side.text)
                for j, side in enumerate(s.sides)
            ]
            body = " ".join([t("sections", s.id, "body", s.body), *sides])
            yield "section", s.id, ch.id, t("sections", s.id, "title", s.title), body
        for e in ch.events:
            place = t("events", e.id, "place", e.place)
            summary = t("events", e.id, "summary", e.summary)
            yield "event", e.id, ch.id, t("events", e.id, "title", e.title), f"{place}. {summary}"
    for source in c.sources:
        yield (
            "source", source.id, "", f"{source.author}: {source.title}",
            t("sources", source.id, "provenance", source.provenance),
        )  # fmt: skip
    for g in c.glossary:
        term = t("glossary", g.id, "term", g.term)
        yield (
            "glossary",
            g.id,
            "",
            " ".join([term, g.term, *g.aliases]),
            t("glossary", g.id, "definition", g.definition),
        )


def _by_table(rows: Iterable[tuple[str, dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """Rows grouped by table, each table's rows in their order (their rowids)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for table, row in rows:
        out.setdefault(table, []).append(row)
    return out


def _text_rows(c: m.Content) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every visitor text in every language that has it (missing ones stay missing: the
    app shows the English text, marked as such)."""
    units = list(translations.text_units(c))
    for lang in c.languages:
        mine = c.translations.get(lang.code, {})
        for u in units:
            if lang.code == "en":
                value, status = u.text, "reviewed"
            elif u.key in mine:
                value, status = mine[u.key].text, mine[u.key].status
            else:
                continue
            if u.field == "quotation-text":  # stored as shown: in the language's own marks
                value = typography.quote(value, lang.code)
            yield f"{u.table}_text", {
                "id": u.id, "field": u.field, "lang": lang.code, "text": value, "status": status,
            }  # fmt: skip
    for g in c.glossary:
        for alias in dict.fromkeys(g.aliases):
            yield "glossary_aliases", {"glossary_id": g.id, "lang": "en", "alias": alias}


def write(
    c: m.Content,
    conn: sqlite3.Connection,
    version: str,
    progress: Progress,
    media: list[tuple[str, dict[str, Any]]] | None = None,
    recordings: list[tuple[str, dict[str, Any]]] | None = None,
) -> None:
    """Write the whole content into an empty database connection.

    Inside a transaction the caller opened, sqlite-utils nests its writes in savepoints,
    so the build stays one transaction (into a staging file the caller swaps in whole).
    """
    import sqlite_utils

    schema.create(conn)
    conn.execute("PRAGMA foreign_keys = ON")
    db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
    # recordings after the languages they name
    rows = (media or []) + list(_rows(c)) + (recordings or [])
    progress(f"writing {len(rows)} rows")
    for table, table_rows in _by_table(rows).items():
        db.table(table).insert_all(table_rows)
    progress("writing texts")
    for table, table_rows in _by_table(_text_rows(c)).items():
        db.table(table).insert_all(table_rows)
    progress("building search indexes")
    for lang in c.languages:
        search = db.table(schema.search_table(lang.code))
        search.create(schema.SEARCH_COLUMNS, not_null=set(schema.SEARCH_COLUMNS))
        search.insert_all(dict(zip(schema.SEARCH_COLUMNS, r, strict=True))
                          for r in _search_rows(c, lang.code))  # fmt: skip
        search.enable_fts(schema.SEARCH_INDEXED, tokenize=schema.search_tokenize(lang.code))
    meta = {
        "schema_version": str(schema.SCHEMA_VERSION),
        "content_version": version[:12],
        "sources_sha256": version,
        "source_language": "en",
    }
    db.table("meta").insert_all({"key": k, "value": v} for k, v in sorted(meta.items()))
    bad = conn.execute("PRAGMA foreign_key_check").fetchall()
    if bad:
        raise RuntimeError(f"foreign key violations after build: {bad[:5]}")


def build(src: Path, out: Path, progress: Progress = lambda _msg: None) -> list[checks.Problem]:
    """Check the sources and write ``out`` atomically; return the warnings.

    Raises loader.SourceError for an unreadable file and BuildError for content errors;
    in both cases ``out`` is left as it was.
    """
    src, out = Path(src), Path(out)
    progress(f"reading {src}")
    content = loader.load(src)
    progress(
        f"checking {len(content.chapters)} chapters, {len(content.all_events())} events, "
        f"{len(content.sources)} sources"
    )
    problems = checks.run(content)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise BuildError(errors)
    version = sources_digest(src)
    media = list(media_rows(content, src))
    recordings = list(audio_rows(content, src))
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = out.with_name(f".{out.name}.building-{os.getpid()}")
    staging.unlink(missing_ok=True)
    try:
        conn = sqlite3.connect(staging, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("BEGIN")
            write(content, conn, version, progress, media, recordings)
            conn.execute("COMMIT")
            progress("compacting")
            conn.execute("VACUUM")
            # checked once here, before its checksum is taken: a kiosk that verifies the
            # checksum then knows the pages are sound without checking them again
            ok = conn.execute("PRAGMA quick_check").fetchone()[0]
            if ok != "ok":
                raise RuntimeError(f"the database written is damaged ({ok}); check the disk")
        finally:
            conn.close()
        with open(staging, "rb") as fh:
            os.fsync(fh.fileno())
        # the manifest a kiosk verifies before it shows anything: gone first, so that a
        # kill between the two steps leaves a database without one (refused), never a
        # database with the old one
        manifest = out.with_name(out.name + ".sha256")
        manifest.unlink(missing_ok=True)
        digest = file_sha256(staging)
        os.replace(staging, out)
        tmp = manifest.with_name(f".{manifest.name}.tmp-{os.getpid()}")
        tmp.write_text(f"{digest}  {out.name}\n", encoding="ascii")
        os.replace(tmp, manifest)
        progress(f"wrote {out} and its checksum")
    finally:
        with contextlib.suppress(FileNotFoundError):
            staging.unlink()
    return [p for p in problems if p.severity != "error"]
