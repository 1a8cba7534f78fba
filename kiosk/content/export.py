"""Content as editable files and back: a database to YAML (and PO) sources, and the rules
over a database. Export, import and export again gives identical files.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import yaml

from . import model as m
from . import translations
from .repository import ContentError, Repository


def _texts(conn: sqlite3.Connection, table: str) -> dict[tuple[str, str, str], tuple[str, str]]:
    return {
        (i, f, lang): (t, s)
        for i, f, lang, t, s in conn.execute(
            f"SELECT id, field, lang, text, status FROM {table}_text"
        )
    }


def _links(conn: sqlite3.Connection, sql: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a, b in conn.execute(sql):
        out.setdefault(a, []).append(b)
    return out


def load_db(path: Path) -> m.Content:
    """Read a content database back into the content model (English and translations)."""
    repo = Repository.open(path)
    conn = repo.conn
    try:
        c = m.Content()
        t: dict[str, dict[tuple[str, str, str], tuple[str, str]]] = {}

        def text(table: str, ident: str, field: str) -> str:
            if table not in t:
                t[table] = _texts(conn, table)
            return t[table].get((ident, field, "en"), ("", ""))[0]

        def opt(table: str, ident: str, field: str) -> str | None:
            return text(table, ident, field) or None

        for code, name, d, en, part, prompt in conn.execute(
            "SELECT code, name, direction, enabled, partial, prompt FROM languages "
            "ORDER BY position"
        ):
            c.languages.append(m.Language(code, name, d, bool(en), bool(part), prompt))
        for i, sev in conn.execute("SELECT id, severity FROM warnings ORDER BY position"):
            c.warnings.append(
                m.Warning(i, sev, text("warnings", i, "label"), text("warnings", i, "phrase"))
            )
        for (i,) in conn.execute("SELECT id FROM categories ORDER BY position"):
            c.categories.append(m.Category(i, text("categories", i, "label")))
        for i, a, b in conn.execute("SELECT id, start_year, end_year FROM eras ORDER BY position"):
            c.eras.append(m.Era(i, a, b, text("eras", i, "title")))
        for i, k, au, ti, y, pu, ref in conn.execute(
            "SELECT id, kind, author, title, year, publisher, reference FROM sources "
            "ORDER BY position"
        ):
            c.sources.append(m.Source(i, k, au, ti, y, pu, text("sources", i, "provenance"), ref))
        aliases = _links(
            conn, "SELECT glossary_id, alias FROM glossary_aliases WHERE lang = 'en' ORDER BY rowid"
        )
        for (i,) in conn.execute("SELECT id FROM glossary ORDER BY position"):
            c.glossary.append(
                m.GlossaryTerm(
                    i,
                    text("glossary", i, "term"),
                    text("glossary", i, "definition"),
                    aliases.get(i, []),
                )
            )
        for i, target, note in conn.execute(
            "SELECT id, target, note FROM curator_notes ORDER BY rowid"
        ):
            c.notes.append(m.Note(i, target, note))
        for (i,) in conn.execute("SELECT id FROM pages ORDER BY rowid"):
            c.pages.append(m.Page(i, text("pages", i, "title"), text("pages", i, "body")))
        mwarn = _links(conn, "SELECT media_id, warning_id FROM media_warnings ORDER BY rowid")
        for i, f, credit, licence, perp in conn.execute(
            "SELECT id, file, credit, licence, perpetrator_photo FROM media ORDER BY rowid"
        ):
            c.media.append(
                m.Media(
                    i,
                    f,
                    credit,
                    licence,
                    text("media", i, "caption"),
                    text("media", i, "alt"),
                    mwarn.get(i, []),
                    bool(perp),
                )
            )
        ch_warn = _links(conn, "SELECT chapter_id, warning_id FROM chapter_warnings ORDER BY rowid")
        related = _links(conn, "SELECT chapter_id, related_id FROM chapter_related ORDER BY rowid")
        sec_warn: dict[str, list[str]] = {}
        det_warn: dict[str, list[str]] = {}
        for sid, w, layer in conn.execute(
            "SELECT section_id, warning_id, layer FROM section_warnings ORDER BY rowid"
        ):
            (det_warn if layer == "detail" else sec_warn).setdefault(sid, []).append(w)
        sec_src = _links(conn, "SELECT section_id, source_id FROM section_sources ORDER BY rowid")
        side_src = _links(conn, "SELECT side_id, source_id FROM side_sources ORDER BY rowid")
        sides = _links(
            conn, "SELECT section_id, id FROM perspective_sides ORDER BY section_id, position"
        )
        ev_cat = _links(conn, "SELECT event_id, category_id FROM event_categories ORDER BY rowid")
        ev_warn = _links(conn, "SELECT event_id, warning_id FROM event_warnings ORDER BY rowid")
        ev_src = _links(conn, "SELECT event_id, source_id FROM event_sources ORDER BY rowid")
        ev_fig = _links(conn, "SELECT event_id, figure_id FROM event_figures ORDER BY rowid")
        fig_warn = _links(conn, "SELECT figure_id, warning_id FROM figure_warnings ORDER BY rowid")
        sec_media = _links(
            conn, "SELECT section_id, media_id FROM section_media ORDER BY section_id, position"
        )
        ev_media = _links(
            conn, "SELECT event_id, media_id FROM event_media ORDER BY event_id, position"
        )
        rows = conn.execute(
            "SELECT id, position, kind, start_year, end_year, cover, young_unsuitable "
            "FROM chapters ORDER BY position"
        ).fetchall()
        for cid, pos, kind, a, b, cover, young in rows:
            sections = [
                m.Section(
                    sid,
                    text("sections", sid, "title"),
                    text("sections", sid, "body"),
                    sec_src.get(sid, []),
                    sec_warn.get(sid, []),
                    opt("sections", sid, "detail"),
                    det_warn.get(sid, []),
                    k,
                    [
                        m.Side(text("perspective_sides", x, "text"), side_src.get(x, []))
                        for x in sides.get(sid, [])
                    ],
                    sec_media.get(sid, []),
                )
                for sid, k in conn.execute(
                    "SELECT id, kind FROM sections WHERE chapter_id = ? ORDER BY position", (cid,)
                )
            ]
            figures = []
            for fid, unit, as_of in conn.execute(
                "SELECT id, unit, as_of FROM figures WHERE chapter_id = ? ORDER BY position", (cid,)
            ):
                est = [
                    m.Estimate(lo, hi, src, opt("estimates", eid, "note"))
                    for eid, lo, hi, src in conn.execute(
                        "SELECT id, low, high, source_id FROM estimates WHERE figure_id = ? "
                        "ORDER BY position",
                        (fid,),
                    )
                ]
                figures.append(m.Figure(fid, unit, text("figures", fid, "counted"), est, as_of,
                                        fig_warn.get(fid, []), cid))  # fmt: skip
            events = [
                m.Event(
                    eid,
                    edtf,
                    text("events", eid, "place"),
                    text("events", eid, "title"),
                    text("events", eid, "summary"),
                    ev_cat.get(eid, []),
                    ev_src.get(eid, []),
                    ev_warn.get(eid, []),
                    ev_fig.get(eid, []),
                    cid,
                    ev_media.get(eid, []),
                )
                for eid, edtf in conn.execute(
                    "SELECT id, edtf FROM events WHERE chapter_id = ? ORDER BY position", (cid,)
                )
            ]
            c.chapters.append(
                m.Chapter(
                    cid,
                    (pos + 1) * 10,
                    kind,
                    text("chapters", cid, "region"),
                    a,
                    b,
                    text("chapters", cid, "title"),
                    text("chapters", cid, "summary"),
                    sections,
                    events,
                    figures,
                    ch_warn.get(cid, []),
                    related.get(cid, []),
                    bool(young),
                    cover,
                )
            )
            c.origins[f"chapter:{cid}"] = f"chapters/{pos + 1:02d}-{cid}.yaml"
        for table in list(t) + [x for x in _text_tables(conn) if x not in t]:
            if table not in t:
                t[table] = _texts(conn, table)
        for table, values in t.items():
            for (ident, field, lang), (value, status) in values.items():
                if lang != "en":
                    c.translations.setdefault(lang, {})[f"{table}:{ident}:{field}"] = (
                        translations.Translation(value, status)
                    )
        return c
    finally:
        repo.close()


def _text_tables(conn: sqlite3.Connection) -> list[str]:
    return [
        r[0][: -len("_text")]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name LIKE '%\\_text' ESCAPE '\\'"
        )
    ]


# -- writing YAML -----------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = ">" if len(value) > 70 and "\n" not in value else ("|" if "\n" in value else None)
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def _num(value: float) -> int | float:
    return int(value) if value == int(value) else value


def _drop_empty(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v not in (None, [], "")}


def _write(path: Path, data: Any, header: str = "") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=88)
    path.write_text(header + text, encoding="utf-8")


def write_sources(c: m.Content, out: Path) -> list[Path]:
    """Write the content as the YAML (and PO) files ``kiosk content build`` reads."""
    out = Path(out)
    _write(out / "languages.yaml", [
        {"code": x.code, "name": x.name, "direction": x.direction, "enabled": x.enabled,
         "partial": x.partial, "prompt": x.prompt} for x in c.languages
    ])  # fmt: skip
    _write(out / "warnings.yaml", [
        {"id": w.id, "severity": w.severity, "label": w.label, "phrase": w.phrase}
        for w in c.warnings
    ])  # fmt: skip
    _write(out / "categories.yaml", [{"id": k.id, "label": k.label} for k in c.categories])
    _write(out / "eras.yaml", [
        {"id": e.id, "start": e.start, "end": e.end, "title": e.title} for e in c.eras
    ])  # fmt: skip
    _write(out / "pages.yaml", [{"id": p.id, "title": p.title, "body": p.body} for p in c.pages])
    _write(out / "sources" / "sources.yaml", [
        {"id": s.id, "kind": s.kind, "author": s.author, "title": s.title, "year": s.year,
         "publisher": s.publisher, "provenance": s.provenance, "reference": s.reference}
        for s in c.sources
    ])  # fmt: skip
    _write(out / "glossary" / "glossary.yaml", [
        _drop_empty({"id": g.id, "term": g.term, "aliases": g.aliases, "definition": g.definition})
        for g in c.glossary
    ])  # fmt: skip
    _write(
        out / "notes" / "notes.yaml",
        [{"id": n.id, "target": n.target, "note": n.note} for n in c.notes],
    )
    if c.media:
        _write(out / "media.yaml", [
            _drop_empty({"id": im.id, "file": im.file, "credit": im.credit, "licence": im.licence,
                         "caption": im.caption, "alt": im.alt, "warnings": im.warnings,
                         "perpetrator_photo": im.perpetrator_photo or None})
            for im in c.media
        ])  # fmt: skip
    for ch in c.chapters:
        name = Path(c.origins.get(f"chapter:{ch.id}", f"chapters/{ch.order:03d}-{ch.id}.yaml")).name
        _write(out / "chapters" / name, _drop_empty({
            "id": ch.id, "order": ch.order, "kind": ch.kind, "region": ch.region,
            "start": ch.start, "end": ch.end, "title": ch.title, "summary": ch.summary,
            "warnings": ch.warnings, "related": ch.related,
            "young_unsuitable": ch.young_unsuitable or None, "cover": ch.cover,
            "sections": [_drop_empty({
                "id": s.id, "kind": None if s.kind == "text" else s.kind, "title": s.title,
                "body": s.body, "sources": s.sources, "warnings": s.warnings, "detail": s.detail,
                "detail_warnings": s.detail_warnings,
                "sides": [{"text": x.text, "sources": x.sources} for x in s.sides],
                "images": s.images,
            }) for s in ch.sections],
            "events": [_drop_empty({
                "id": e.id, "date": e.date, "place": e.place, "title": e.title,
                "summary": e.summary,
                "categories": e.categories, "warnings": e.warnings, "sources": e.sources,
                "figures": e.figures, "images": e.images,
            }) for e in ch.events],
            "figures": [_drop_empty({
                "id": f.id, "unit": f.unit, "counted": f.counted, "as_of": f.as_of,
                "warnings": f.warnings,
                "estimates": [
                    _drop_empty({"low": _num(x.low), "high": _num(x.high), "source": x.source,
                                 "note": x.note})
                    for x in f.estimates
                ],
            }) for f in ch.figures],
        }))  # fmt: skip
    for lang in sorted(c.translations):
        _write_po(out, c, lang)
    return sorted(p for p in out.rglob("*") if p.is_file())


def _write_po(out: Path, c: m.Content, lang: str) -> None:
    """The PO files of one language as the database holds them (drafts marked fuzzy)."""
    import polib

    mine = c.translations[lang]
    folder = out / translations.FOLDER / lang
    folder.mkdir(parents=True, exist_ok=True)
    for group, units in translations.grouped_units(c).items():
        if not any(u.key in mine for u in units):
            continue
        po = translations.new_po(lang)
        for u in units:
            tr = mine.get(u.key)
            entry = polib.POEntry(msgctxt=u.key, msgid=u.text, msgstr=tr.text if tr else "")
            if tr and tr.status == "draft":
                entry.flags = ["fuzzy"]
            po.append(entry)
        po.save(str(folder / f"{group}.po"))


def export_db(db: Path, out: Path) -> list[Path]:
    """Write a database's content as editable files into ``out`` (replaced whole)."""
    content = load_db(db)
    out = Path(out)
    staging = Path(
        tempfile.mkdtemp(prefix=".export-", dir=out.parent if out.parent.exists() else None)
    )
    try:
        write_sources(content, staging)
        if content.media:
            (staging / "media").mkdir(exist_ok=True)
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            try:
                for name, data in conn.execute(
                    "SELECT m.file, f.data FROM media m JOIN media_files f ON f.media_id = m.id "
                    "AND f.variant = 'display' ORDER BY m.rowid"
                ):
                    (staging / "media" / name).write_bytes(data)
            finally:
                conn.close()
        if out.exists():
            shutil.rmtree(out)
        os.replace(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return sorted(p for p in out.rglob("*") if p.is_file())


__all__ = ["ContentError", "export_db", "load_db", "write_sources"]
