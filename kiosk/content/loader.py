"""Read the editable YAML sources under assets/content into the content model.

Errors name the file, the line and what to change; nothing here writes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from . import model as m
from . import safety
from .text import normalize

MAX_FILE_BYTES = 2_000_000
MAX_TEXT_CHARS = safety.MAX_TEXT_CHARS


class SourceError(Exception):
    """A source file that cannot be read: bad YAML, unknown or missing keys, wrong types."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message


class _Loader(yaml.SafeLoader):
    """SafeLoader that remembers the line of every mapping under the key ``__line__``."""


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> dict[str, Any]:
    keys = [k.value for k, _ in node.value]
    dupes = {k for k in keys if keys.count(k) > 1}
    if dupes:
        raise yaml.MarkedYAMLError(
            problem=f"duplicate key {sorted(dupes)[0]!r}", problem_mark=node.start_mark
        )
    mapping: dict[str, Any] = loader.construct_mapping(node, deep=True)  # type: ignore[assignment]
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# Dates stay text (EDTF is parsed by kiosk.content.dates, not by YAML).
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_yaml(path: Path, root: Path) -> Any:
    rel = path.relative_to(root).as_posix()
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise SourceError(rel, f"file is larger than {MAX_FILE_BYTES:,} bytes")
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(rel, f"not UTF-8 text (byte {exc.start}); save it as UTF-8") from exc
    except OSError as exc:
        raise SourceError(rel, f"cannot read: {exc.strerror}") from exc
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = f":{mark.line + 1}" if mark else ""
        raise SourceError(f"{rel}{line}", f"invalid YAML: {exc.problem}") from exc
    except yaml.YAMLError as exc:
        raise SourceError(rel, f"invalid YAML: {exc}") from exc
    except RecursionError as exc:  # [[[[...]]]]: no content file nests more than a few levels
        raise SourceError(rel, "invalid YAML: lists or mappings nested too deeply") from exc


class _Record:
    """One YAML mapping with strict key access and located error messages."""

    def __init__(self, data: Any, where: str, kind: str, allowed: set[str]) -> None:
        if not isinstance(data, dict):
            raise SourceError(where, f"expected a {kind} (a mapping of keys), found {_tname(data)}")
        self.where = f"{where.split(':')[0]}:{data.get('__line__', '?')}"
        self.kind = kind
        self.data = data
        unknown = sorted(set(data) - allowed - {"__line__"})
        if unknown:
            raise SourceError(
                self.where,
                f"unknown key {unknown[0]!r} in {kind}; allowed: {', '.join(sorted(allowed))}",
            )

    def req(self, key: str, conv: Callable[[Any, str], Any]) -> Any:
        if key not in self.data or self.data[key] is None:
            raise SourceError(self.where, f"{self.kind} is missing the required key {key!r}")
        return conv(self.data[key], f"{self.kind} {key!r}")

    def opt(self, key: str, conv: Callable[[Any, str], Any], default: Any = None) -> Any:
        if self.data.get(key) is None:
            return default
        return conv(self.data[key], f"{self.kind} {key!r}")

    def fail(self, message: str) -> SourceError:
        return SourceError(self.where, message)


def _tname(value: Any) -> str:
    return {dict: "a mapping", list: "a list", str: "text", type(None): "nothing"}.get(
        type(value), type(value).__name__
    )


def _text(where: str) -> Callable[[Any, str], str]:
    def conv(value: Any, what: str) -> str:
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise SourceError(where, f"{what} must be text, found {_tname(value)}")
        raw = str(value).replace("\r\n", "\n")
        bad = safety.bad_characters(raw)
        if bad:
            raise SourceError(where, f"{what} contains {bad}; remove it")
        text = normalize(raw)
        if not text:
            raise SourceError(where, f"{what} is empty")
        if len(text) > MAX_TEXT_CHARS:
            raise SourceError(where, f"{what} is longer than {MAX_TEXT_CHARS:,} characters")
        return text

    return conv


def _file_name(where: str) -> Callable[[Any, str], str]:
    def conv(value: Any, what: str) -> str:
        name = _text(where)(value, what)
        try:
            return safety.file_name(name, what)
        except safety.UnsafeName as exc:
            raise SourceError(where, f"{exc} (a file in the media folder)") from exc

    return conv


def _int(where: str) -> Callable[[Any, str], int]:
    def conv(value: Any, what: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise SourceError(where, f"{what} must be a whole number, found {value!r}")
        return value

    return conv


def _num(where: str) -> Callable[[Any, str], float]:
    def conv(value: Any, what: str) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise SourceError(where, f"{what} must be a number, found {value!r}")
        return float(value)

    return conv


def _bool(where: str) -> Callable[[Any, str], bool]:
    def conv(value: Any, what: str) -> bool:
        if not isinstance(value, bool):
            raise SourceError(where, f"{what} must be true or false, found {value!r}")
        return value

    return conv


def _ids(where: str) -> Callable[[Any, str], list[str]]:
    def conv(value: Any, what: str) -> list[str]:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise SourceError(where, f"{what} must be a list of ids, found {_tname(value)}")
        return list(value)

    return conv


def _map_info(where: str) -> Callable[[Any, str], m.MapInfo]:
    """A map's ``map:`` block in media.yaml (written by ``kiosk media maps``)."""

    def share(value: Any, what: str) -> tuple[float, float]:
        if not (isinstance(value, list) and len(value) == 2):
            raise SourceError(where, f"{what} must be [x, y], shares of the picture")
        x, y = (_num(where)(v, what) for v in value)
        if not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
            raise SourceError(where, f"{what} must lie between 0 and 1, found {value!r}")
        return x, y

    def marks(items: Any, key: str, what: str) -> list[m.MapMark]:
        out = []
        for item in _list(items, where, what):
            r = _Record(item, where, what, {key, "at"})
            ref = r.req(key, _text(where))
            if not safety.is_id(ref):
                raise SourceError(r.where, f"{what} {key} {ref!r} is not an id")
            x, y = r.req("at", share)
            out.append(m.MapMark(ref, x, y))
        return out

    def conv(value: Any, what: str) -> m.MapInfo:
        r = _Record(value, where, what, {"borders", "routes", "places"})
        year = r.req("borders", _int(where))
        if not 1900 <= year <= 2100:
            raise SourceError(r.where, f"{what} 'borders' must be a year, found {year!r}")
        return m.MapInfo(
            year,
            marks(r.data.get("routes"), "figure", "map route"),
            marks(r.data.get("places"), "chapter", "map place"),
        )

    return conv


def _list(data: Any, where: str, what: str) -> list[Any]:
    if data is None:
        return []
    if not isinstance(data, list):
        raise SourceError(where, f"{what} must be a list, found {_tname(data)}")
    return data


def _estimate(data: Any, where: str) -> m.Estimate:
    r = _Record(data, where, "estimate", {"low", "high", "source", "note"})
    w = r.where
    return m.Estimate(
        low=r.req("low", _num(w)),
        high=r.req("high", _num(w)),
        source=r.req("source", _text(w)),
        note=r.opt("note", _text(w)),
    )


def _figure(data: Any, where: str, chapter_id: str) -> m.Figure:
    r = _Record(data, where, "figure", {"id", "unit", "counted", "as_of", "warnings", "estimates"})
    w = r.where
    estimates = [_estimate(e, w) for e in _list(r.data.get("estimates"), w, "estimates")]
    if not estimates:
        raise r.fail("figure needs at least one estimate (low, high, source)")
    as_of = r.opt("as_of", _text(w))
    return m.Figure(
        id=r.req("id", _text(w)),
        unit=r.req("unit", _text(w)),
        counted=r.req("counted", _text(w)),
        estimates=estimates,
        as_of=as_of,
        warnings=r.opt("warnings", _ids(w), []),
        chapter_id=chapter_id,
    )


def _section(data: Any, where: str) -> m.Section:
    keys = {"id", "kind", "title", "body", "sources", "warnings", "detail", "detail_warnings"}
    r = _Record(data, where, "section", keys | {"sides", "images"})
    w = r.where
    kind = r.opt("kind", _text(w), "text")
    sides = []
    for s in _list(r.data.get("sides"), w, "sides"):
        sr = _Record(s, w, "side", {"text", "sources"})
        sides.append(
            m.Side(text=sr.req("text", _text(sr.where)), sources=sr.req("sources", _ids(sr.where)))
        )
    return m.Section(
        id=r.req("id", _text(w)),
        title=r.req("title", _text(w)),
        body=r.req("body", _text(w)),
        sources=r.opt("sources", _ids(w), []),
        warnings=r.opt("warnings", _ids(w), []),
        detail=r.opt("detail", _text(w)),
        detail_warnings=r.opt("detail_warnings", _ids(w), []),
        kind=kind,
        sides=sides,
        images=r.opt("images", _ids(w), []),
    )


def _event(data: Any, where: str, chapter_id: str) -> m.Event:
    keys = {"id", "date", "place", "title", "summary", "categories", "warnings", "sources"}
    r = _Record(data, where, "event", keys | {"figures", "images"})
    w = r.where
    return m.Event(
        id=r.req("id", _text(w)),
        date=r.req("date", _text(w)),
        place=r.req("place", _text(w)),
        title=r.req("title", _text(w)),
        summary=r.req("summary", _text(w)),
        categories=r.opt("categories", _ids(w), []),
        sources=r.opt("sources", _ids(w), []),
        warnings=r.opt("warnings", _ids(w), []),
        figures=r.opt("figures", _ids(w), []),
        chapter_id=chapter_id,
        images=r.opt("images", _ids(w), []),
    )


_CHAPTER_KEYS = {
    "id", "order", "kind", "region", "start", "end", "title", "summary", "warnings",
    "related", "young_unsuitable", "cover", "sections", "events", "figures", "quotation",
}  # fmt: skip
QUOTATION_KEYS = {"text", "by", "role", "sources", "warnings"}


def _quotation(where: str) -> Callable[[Any, str], m.Quotation]:
    """A chapter's ``quotation:`` block. Only its words are required here; a missing
    attribution or source is reported by the checks, with everything else wrong."""

    def conv(value: Any, what: str) -> m.Quotation:
        r = _Record(value, where, "quotation", QUOTATION_KEYS)
        w = r.where
        return m.Quotation(
            text=r.req("text", _text(w)),
            by=r.opt("by", _text(w)),
            role=r.opt("role", _text(w)),
            sources=r.opt("sources", _ids(w), []),
            warnings=r.opt("warnings", _ids(w), []),
        )

    return conv


def _chapter(data: Any, where: str) -> m.Chapter:
    r = _Record(data, where, "chapter", _CHAPTER_KEYS)
    w = r.where
    cid = r.req("id", _text(w))
    return m.Chapter(
        id=cid,
        order=r.req("order", _int(w)),
        kind=r.req("kind", _text(w)),
        region=r.req("region", _text(w)),
        start=r.req("start", _int(w)),
        end=r.req("end", _int(w)),
        title=r.req("title", _text(w)),
        summary=r.req("summary", _text(w)),
        sections=[_section(s, w) for s in _list(r.data.get("sections"), w, "sections")],
        events=[_event(e, w, cid) for e in _list(r.data.get("events"), w, "events")],
        figures=[_figure(f, w, cid) for f in _list(r.data.get("figures"), w, "figures")],
        warnings=r.opt("warnings", _ids(w), []),
        related=r.opt("related", _ids(w), []),
        young_unsuitable=r.opt("young_unsuitable", _bool(w), False),
        cover=r.opt("cover", _text(w)),
        quotation=r.opt("quotation", _quotation(w)),
    )


_PATH_KEYS = {"id", "title", "min_age", "max_age", "minutes", "aims", "stops"}


def _texts(where: str, what: str, data: Any) -> list[str]:
    return [_text(where)(v, what) for v in _list(data, where, what)]


def _path_stop(data: Any, where: str) -> m.PathStop:
    r = _Record(data, where, "path stop", {"kind", "id", "questions", "note"})
    w = r.where
    kind = r.req("kind", _text(w))
    if kind not in m.PATH_STOP_KINDS:
        raise r.fail(
            f"path stop kind {kind!r} is unknown; use one of {', '.join(m.PATH_STOP_KINDS)}"
        )
    return m.PathStop(
        kind=kind,
        ref=r.req("id", _text(w)),
        questions=_texts(w, "path stop 'questions'", r.data.get("questions")),
        note=r.opt("note", _text(w)),
    )


def _path(data: Any, where: str) -> m.LessonPath:
    r = _Record(data, where, "lesson path", _PATH_KEYS)
    w = r.where
    return m.LessonPath(
        id=r.req("id", _text(w)),
        title=r.req("title", _text(w)),
        min_age=r.req("min_age", _int(w)),
        max_age=r.opt("max_age", _int(w)),
        minutes=r.req("minutes", _int(w)),
        aims=_texts(w, "lesson path 'aims'", r.data.get("aims")),
        stops=[_path_stop(s, w) for s in _list(r.data.get("stops"), w, "stops")],
    )


def load_paths(root: Path, c: m.Content) -> None:
    """Read the lesson paths under ``paths/`` (one file per path) into ``c``."""
    for path in sorted((root / "paths").glob("*.yaml")):
        where = path.relative_to(root).as_posix()
        lp = _path(read_yaml(path, root), where)
        c.paths.append(lp)
        c.origins.setdefault(f"path:{lp.id}", where)


def _items(root: Path, rel: str) -> list[tuple[Any, str]]:
    """The list items of one file, or of every *.yaml file in a folder, with their origin."""
    path = root / rel
    files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
    out: list[tuple[Any, str]] = []
    for f in files:
        if not f.exists():
            raise SourceError(rel, "file is missing")
        where = f.relative_to(root).as_posix()
        out.extend((item, where) for item in _list(read_yaml(f, root), where, "the file"))
    return out


def load(root: Path) -> m.Content:
    """Load every source file under ``root``; raise SourceError at the first unreadable one."""
    root = Path(root)
    if not root.is_dir():
        raise SourceError(str(root), "content folder not found")
    c = m.Content()
    for item, where in _items(root, "languages.yaml"):
        r = _Record(
            item, where, "language", {"code", "name", "direction", "enabled", "partial", "prompt"}
        )
        w = r.where
        c.languages.append(
            m.Language(
                code=r.req("code", _text(w)),
                name=r.req("name", _text(w)),
                direction=r.opt("direction", _text(w), "ltr"),
                enabled=r.opt("enabled", _bool(w), True),
                partial=r.opt("partial", _bool(w), False),
                prompt=r.opt("prompt", _text(w), "Touch to begin"),
            )
        )
    for item, where in _items(root, "warnings.yaml"):
        r = _Record(item, where, "warning", {"id", "severity", "label", "phrase"})
        w = r.where
        c.warnings.append(
            m.ContentWarning(r.req("id", _text(w)), r.req("severity", _int(w)),
                      r.req("label", _text(w)), r.req("phrase", _text(w)))
        )  # fmt: skip
    for item, where in _items(root, "categories.yaml"):
        r = _Record(item, where, "category", {"id", "label"})
        c.categories.append(m.Category(r.req("id", _text(r.where)), r.req("label", _text(r.where))))
    if (root / "eras.yaml").exists():
        for item, where in _items(root, "eras.yaml"):
            r = _Record(item, where, "era", {"id", "start", "end", "title"})
            w = r.where
            c.eras.append(
                m.Era(r.req("id", _text(w)), r.req("start", _int(w)), r.req("end", _int(w)),
                      r.req("title", _text(w)))
            )  # fmt: skip
    if (root / "pages.yaml").exists():
        for item, where in _items(root, "pages.yaml"):
            r = _Record(item, where, "page", {"id", "title", "body"})
            w = r.where
            c.pages.append(
                m.Page(r.req("id", _text(w)), r.req("title", _text(w)), r.req("body", _text(w)))
            )
    for item, where in _items(root, "sources"):
        keys = {
            "id", "kind", "author", "title", "gloss", "year", "publisher", "provenance",
            "reference",
        }  # fmt: skip
        r = _Record(item, where, "source", keys)
        w = r.where
        s = m.Source(
            id=r.req("id", _text(w)),
            kind=r.req("kind", _text(w)),
            author=r.req("author", _text(w)),
            title=r.req("title", _text(w)),
            year=r.opt("year", _int(w)),
            publisher=r.opt("publisher", _text(w)),
            provenance=r.req("provenance", _text(w)),
            reference=r.req("reference", _text(w)),
            gloss=r.opt("gloss", _text(w)),
        )
        c.sources.append(s)
        c.origins.setdefault(f"source:{s.id}", w)
    for item, where in _items(root, "glossary"):
        r = _Record(item, where, "glossary term", {"id", "term", "aliases", "definition"})
        w = r.where
        g = m.GlossaryTerm(
            id=r.req("id", _text(w)),
            term=r.req("term", _text(w)),
            definition=r.req("definition", _text(w)),
            aliases=r.opt("aliases", _ids(w), []),
        )
        c.glossary.append(g)
        c.origins.setdefault(f"glossary:{g.id}", w)
    for item, where in _items(root, "notes"):
        r = _Record(item, where, "curator note", {"id", "target", "note"})
        w = r.where
        c.notes.append(
            m.Note(r.req("id", _text(w)), r.req("target", _text(w)), r.req("note", _text(w)))
        )
    if (root / "media.yaml").exists():
        keys = {
            "id",
            "file",
            "credit",
            "licence",
            "caption",
            "alt",
            "warnings",
            "perpetrator_photo",
            "map",
        }
        for item, where in _items(root, "media.yaml"):
            r = _Record(item, where, "image", keys)
            w = r.where
            c.media.append(
                m.Media(
                    id=r.req("id", _text(w)), file=r.req("file", _file_name(w)),
                    credit=r.req("credit", _text(w)), licence=r.req("licence", _text(w)),
                    caption=r.req("caption", _text(w)), alt=r.req("alt", _text(w)),
                    warnings=r.opt("warnings", _ids(w), []),
                    perpetrator_photo=r.opt("perpetrator_photo", _bool(w), False),
                    map=r.opt("map", _map_info(w)),
                )
            )  # fmt: skip
            c.origins.setdefault(f"media:{c.media[-1].id}", w)
    if (root / "audio.yaml").exists():
        for item, where in _items(root, "audio.yaml"):
            r = _Record(item, where, "recording", {"id", "for", "lang", "file", "captions"})
            w = r.where
            c.recordings.append(
                m.Recording(
                    id=r.req("id", _text(w)), target=r.req("for", _text(w)),
                    lang=r.req("lang", _text(w)), file=r.req("file", _file_name(w)),
                    captions=r.opt("captions", _file_name(w)),
                )
            )  # fmt: skip
            c.origins.setdefault(f"audio:{c.recordings[-1].id}", w)
    if (root / "keyword-allow.yaml").exists():
        for item, where in _items(root, "keyword-allow.yaml"):
            r = _Record(item, where, "keyword allowance", {"target", "keyword", "reason"})
            w = r.where
            c.allowances.append(
                m.KeywordAllowance(r.req("target", _text(w)), r.req("keyword", _text(w)),
                                   r.req("reason", _text(w)))
            )  # fmt: skip
    for path in sorted((root / "chapters").glob("*.yaml")):
        where = path.relative_to(root).as_posix()
        data = read_yaml(path, root)
        ch = _chapter(data, where)
        c.chapters.append(ch)
        c.origins.setdefault(f"chapter:{ch.id}", where)
        for sec in ch.sections:
            c.origins.setdefault(f"section:{sec.id}", where)
        for e in ch.events:
            c.origins.setdefault(f"event:{e.id}", where)
        for f in ch.figures:
            c.origins.setdefault(f"figure:{f.id}", where)
    c.chapters.sort(key=lambda ch: (ch.order, ch.id))
    load_paths(root, c)
    from . import translations

    c.translations, c.translation_issues = translations.load(root, c)
    return c
