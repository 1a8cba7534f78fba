"""Content as editable files and back: a database to YAML (and PO) sources, and the rules
over a database. Export, import and export again gives identical files.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import yaml

from . import model as m
from . import safety, translations, typography
from .repository import ContentError, Repository
from .sources import SourceQueries
from .views import SOURCE_LANGUAGE, ChapterView, Localized


def load_db(path: Path) -> m.Content:
    """Read a content database back into the content model (English and translations)."""
    repo = Repository.open(path)
    try:
        return read_content(repo)
    finally:
        repo.close()


def read_content(repo: Repository) -> m.Content:
    """The content model of an open database, read through the readers the screens use:
    English texts, the order the sources gave, and every translation with its status."""
    q = SourceQueries(repo)
    en = SOURCE_LANGUAGE
    c = m.Content()
    c.languages = [
        m.Language(x.code, x.name, x.direction, x.enabled, x.partial, x.prompt)
        for x in repo.languages(offered=False)
    ]
    c.warnings = [
        m.ContentWarning(w.id, w.severity, w.label.text, w.phrase.text) for w in repo.warnings(en)
    ]
    c.categories = [m.Category(i, label.text) for i, label in repo.categories(en)]
    c.eras = [m.Era(i, a, b, title.text) for i, a, b, title in repo.eras(en)]
    c.sources = [
        m.Source(s.id, s.kind, s.author, s.title, s.year, s.publisher, s.provenance.text,
                 s.reference, s.gloss_shown() or None)
        for s in q.sources(en)
    ]  # fmt: skip
    c.glossary = [
        m.GlossaryTerm(g.id, g.term.text, g.definition.text, list(g.aliases))
        for g in q.glossary(en)
    ]
    c.notes = [m.Note(n.id, n.target, n.note) for n in repo.curator_notes()]
    for page_id in repo.page_ids():
        title, body = repo.page(page_id, en) or (Localized("", en), Localized("", en))
        c.pages.append(m.Page(page_id, title.text, body.text))
    tags = {
        owner: repo.listed_tags(owner)
        for owner in ("chapters", "sections", "events", "figures", "media", "quotations")
    }
    media_ids = repo.media_ids()
    media = repo.media_views(media_ids, en)
    for im in (media[i] for i in media_ids):
        c.media.append(
            m.Media(
                id=im.id,
                file=im.file,
                credit=im.credit,
                licence=im.licence,
                caption=im.caption.text,
                alt=im.alt.text,
                warnings=tags["media"].get((im.id, "main"), []),
                perpetrator_photo=im.perpetrator_photo,
                map=None if im.borders is None else m.MapInfo(
                    im.borders,
                    [m.MapMark(r.ref, r.x, r.y) for r in im.routes],
                    [m.MapMark(p.ref, p.x, p.y) for p in im.places],
                ),
            )
        )  # fmt: skip
    for pos, card in enumerate(repo.chapter_cards(en)):
        view = repo.chapter(card.id, en)
        assert view is not None  # the card was just read
        c.chapters.append(_chapter(q, view, (pos + 1) * 10, tags))
        c.origins[f"chapter:{card.id}"] = f"chapters/{pos + 1:02d}-{card.id}.yaml"
    for lp in repo.lesson_paths(en):
        c.paths.append(
            m.LessonPath(
                id=lp.id, title=lp.title.text, min_age=lp.min_age, max_age=lp.max_age,
                minutes=lp.minutes, aims=[a.text for a in lp.aims],
                stops=[
                    m.PathStop(s.kind, s.ref, [q.text for q in s.questions],
                               s.note.text if s.note else None)
                    for s in lp.stops
                ],
            )
        )  # fmt: skip
        c.origins[f"path:{lp.id}"] = f"paths/{lp.id}.yaml"
    for t in repo.translations():
        value = typography.unquote(t.text, t.lang) if t.field == "quotation-text" else t.text
        c.translations.setdefault(t.lang, {})[f"{t.table}:{t.id}:{t.field}"] = (
            translations.Translation(value, t.status)
        )
    return c


def _chapter(
    q: SourceQueries,
    view: ChapterView,
    order: int,
    tags: dict[str, dict[tuple[str, str], list[str]]],
) -> m.Chapter:
    """One chapter of the content model, from its view (in English)."""
    card, en = view.card, SOURCE_LANGUAGE
    sections = [
        m.Section(
            id=s.id,
            title=s.title.text,
            body=s.body.text,
            sources=list(s.source_ids),
            warnings=tags["sections"].get((s.id, "main"), []),
            detail=(s.detail.text or None) if s.detail else None,
            detail_warnings=tags["sections"].get((s.id, "detail"), []),
            kind=s.kind,
            sides=[m.Side(side.text, list(ids)) for side, ids in s.sides],
            images=[im.id for im in s.images],
        )
        for s in view.sections
    ]
    figures = [
        m.Figure(
            id=f.id,
            unit=f.unit,
            counted=f.counted.text,
            estimates=[
                m.Estimate(e.low, e.high, e.source_id, (e.note.text or None) if e.note else None)
                for e in f.estimates
            ],
            as_of=f.as_of,
            warnings=tags["figures"].get((f.id, "main"), []),
            chapter_id=card.id,
        )
        for f in q.figures(q.repo.figure_ids(card.id), en)
    ]
    events = [
        m.Event(
            id=e.id,
            date=e.date.edtf,
            place=e.place.text,
            title=e.title.text,
            summary=e.summary.text,
            categories=list(e.categories),
            sources=list(e.source_ids),
            warnings=tags["events"].get((e.id, "main"), []),
            figures=q.figures_shown("event", e.id, en),
            chapter_id=card.id,
            images=[im.id for im in e.images],
        )
        for e in sorted(view.events, key=lambda e: e.position)
    ]
    return m.Chapter(
        id=card.id,
        order=order,
        kind=card.kind,
        region=card.region.text,
        start=card.start,
        end=card.end,
        title=card.title.text,
        summary=card.summary.text,
        sections=sections,
        events=events,
        figures=figures,
        warnings=tags["chapters"].get((card.id, "main"), []),
        related=list(view.related),
        young_unsuitable=card.young_unsuitable,
        cover=card.cover,
        quotation=_quotation(view, tags),
    )


def _quotation(
    view: ChapterView, tags: dict[str, dict[tuple[str, str], list[str]]]
) -> m.Quotation | None:
    """A chapter's quotation as its source file gives it: the words without the marks the
    database keeps them in."""
    q = view.quotation
    if q is None:
        return None
    return m.Quotation(
        text=typography.unquote(q.text.text, q.text.lang),
        by=q.by.text or None,
        role=q.role.text if q.role else None,
        sources=list(q.source_ids),
        warnings=tags["quotations"].get((view.card.id, "main"), []),
    )


# -- writing YAML -----------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = ">" if len(value) > 70 and "\n" not in value else ("|" if "\n" in value else None)
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def _num(value: float) -> int | float:
    return int(value) if value == int(value) else value


def _map_block(info: m.MapInfo | None) -> dict[str, Any] | None:
    """A map's block in media.yaml, as ``kiosk media maps`` writes it."""
    if info is None:
        return None
    return _drop_empty({
        "borders": info.borders,
        "routes": [{"figure": r.ref, "at": [r.x, r.y]} for r in info.routes],
        "places": [{"chapter": p.ref, "at": [p.x, p.y]} for p in info.places],
    })  # fmt: skip


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
        _drop_empty({"id": s.id, "kind": s.kind, "author": s.author, "title": s.title,
                     "gloss": s.gloss, "year": s.year, "publisher": s.publisher,
                     "provenance": s.provenance, "reference": s.reference})
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
                         "perpetrator_photo": im.perpetrator_photo or None,
                         "map": _map_block(im.map)})
            for im in c.media
        ])  # fmt: skip
    for ch in c.chapters:
        name = Path(c.origins.get(f"chapter:{ch.id}", f"chapters/{ch.order:03d}-{ch.id}.yaml")).name
        _write(out / "chapters" / name, _drop_empty({
            "id": ch.id, "order": ch.order, "kind": ch.kind, "region": ch.region,
            "start": ch.start, "end": ch.end, "title": ch.title, "summary": ch.summary,
            "warnings": ch.warnings, "related": ch.related,
            "young_unsuitable": ch.young_unsuitable or None, "cover": ch.cover,
            "quotation": None if ch.quotation is None else _drop_empty({
                "text": ch.quotation.text, "by": ch.quotation.by, "role": ch.quotation.role,
                "sources": ch.quotation.sources, "warnings": ch.quotation.warnings,
            }),
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
    for lp in c.paths:
        _write(out / "paths" / f"{lp.id}.yaml", _drop_empty({
            "id": lp.id, "title": lp.title, "min_age": lp.min_age, "max_age": lp.max_age,
            "minutes": lp.minutes, "aims": lp.aims,
            "stops": [_drop_empty({"kind": s.kind, "id": s.ref, "questions": s.questions,
                                   "note": s.note}) for s in lp.stops],
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
    out = Path(out)
    repo = Repository.open(db)
    try:
        content = read_content(repo)
        staging = Path(
            tempfile.mkdtemp(prefix=".export-", dir=out.parent if out.parent.exists() else None)
        )
        try:
            write_sources(content, staging)
            for im in content.media:
                data = repo.media_data(im.id, "display")
                if data is not None:
                    (staging / "media").mkdir(exist_ok=True)
                    try:  # a name from the database: proven to stay in media/
                        target = safety.inside(staging / "media", im.file, f"image {im.id}")
                    except safety.UnsafeName as exc:
                        raise ContentError("unsafe", str(exc)) from exc
                    target.write_bytes(data)
            if out.exists():
                shutil.rmtree(out)
            os.replace(staging, out)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    finally:
        repo.close()
    return sorted(p for p in out.rglob("*") if p.is_file())


__all__ = ["export_db", "load_db", "read_content", "write_sources"]
