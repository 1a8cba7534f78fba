"""What changed between two content versions, by chapter and language, for a curator."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from . import schema
from .repository import Repository


@dataclass(frozen=True)
class Change:
    chapter: str  # chapter id, or "shared" for sources, glossary, pages...
    lang: str
    kind: str  # added | removed | changed
    where: str  # "sections:estonia-annexation:body"


def _owners(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    owner: dict[tuple[str, str], str] = {}
    for (cid,) in conn.execute("SELECT id FROM chapters"):
        owner[("chapters", cid)] = cid
    for table in ("sections", "events", "figures"):
        for i, cid in conn.execute(f"SELECT id, chapter_id FROM {table}"):
            owner[(table, i)] = cid
    for i, sid in conn.execute("SELECT id, section_id FROM perspective_sides"):
        owner[("perspective_sides", i)] = owner.get(("sections", sid), "shared")
    for i, fid in conn.execute("SELECT id, figure_id FROM estimates"):
        owner[("estimates", i)] = owner.get(("figures", fid), "shared")
    return owner


def _texts(conn: sqlite3.Connection) -> dict[tuple[str, str, str, str], str]:
    out = {}
    for table in schema.TEXT_FIELDS:
        for i, f, lang, t in conn.execute(f"SELECT id, field, lang, text FROM {table}_text"):
            out[(table, i, f, lang)] = t
    return out


def diff(old: Path, new: Path) -> list[Change]:
    a, b = Repository.open(old), Repository.open(new)
    try:
        ta, tb = _texts(a.conn), _texts(b.conn)
        owners = {**_owners(a.conn), **_owners(b.conn)}
    finally:
        a.close()
        b.close()

    def change(key: tuple[str, str, str, str], kind: str) -> Change:
        table, ident, field, lang = key
        return Change(owners.get((table, ident), "shared"), lang, kind, f"{table}:{ident}:{field}")

    out = [change(k, "removed") for k in ta.keys() - tb.keys()]
    out += [change(k, "added") for k in tb.keys() - ta.keys()]
    out += [change(k, "changed") for k in ta.keys() & tb.keys() if ta[k] != tb[k]]
    return sorted(out, key=lambda c: (c.chapter, c.lang, c.where, c.kind))


def report(changes: list[Change]) -> Iterator[str]:
    """Readable lines: a summary per chapter and language, then each change."""
    if not changes:
        yield "no differences in the exhibit's texts"
        return
    groups: dict[tuple[str, str], list[Change]] = {}
    for c in changes:
        groups.setdefault((c.chapter, c.lang), []).append(c)
    for (chapter, lang), items in groups.items():
        counts = {k: sum(c.kind == k for c in items) for k in ("changed", "added", "removed")}
        summary = ", ".join(f"{n} {k}" for k, n in counts.items() if n)
        yield f"{chapter} [{lang}]: {summary}"
        for c in items:
            yield f"    {c.kind:7} {c.where}"
