"""Content translations as gettext PO files, the format translation tools speak.

``assets/content/translations/<lang>/<group>.po`` holds one language's translation of
one chapter file (``03-estonia.po``), of one lesson path (``path-katyn.po``) or of the
shared texts (``common.po``). Each entry's
``msgctxt`` is the field's key (``sections:estonia-annexation:body``), its ``msgid`` the
English text it translates. A ``fuzzy`` entry is a draft; any other filled entry is
reviewed. An entry whose English has changed since it was translated no longer counts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import model as m
from . import safety, text, typography

FOLDER = "translations"
COMMON = "common"
STATUSES = ("missing", "draft", "reviewed")
QUOTATION_MARKS_MESSAGE = (
    "write the quotation's words without quotation marks; the screen adds the language's own"
)


@dataclass(frozen=True)
class TextUnit:
    """One visitor-facing English field: where it is translated and what it says."""

    group: str  # PO file stem: a chapter file's stem, or "common"
    table: str
    id: str
    field: str
    text: str

    @property
    def key(self) -> str:
        return f"{self.table}:{self.id}:{self.field}"


@dataclass(frozen=True)
class Translation:
    text: str
    status: str  # draft | reviewed


@dataclass(frozen=True)
class TranslationIssue:
    where: str
    message: str
    severity: str = "error"


def text_units(c: m.Content) -> Iterator[TextUnit]:
    """Every English visitor text, grouped as the PO files are."""
    g = COMMON
    for w in c.warnings:
        yield TextUnit(g, "warnings", w.id, "label", w.label)
        yield TextUnit(g, "warnings", w.id, "phrase", w.phrase)
    for k in c.categories:
        yield TextUnit(g, "categories", k.id, "label", k.label)
    for era in c.eras:
        yield TextUnit(g, "eras", era.id, "title", era.title)
    for source in c.sources:
        yield TextUnit(g, "sources", source.id, "provenance", source.provenance)
        # every language gets the title's meaning; in English it is the title itself
        # unless the source gives a gloss
        yield TextUnit(g, "sources", source.id, "gloss", source.gloss or source.title)
    for term in c.glossary:
        yield TextUnit(g, "glossary", term.id, "term", term.term)
        yield TextUnit(g, "glossary", term.id, "definition", term.definition)
    for im in c.media:
        yield TextUnit(g, "media", im.id, "caption", im.caption)
        yield TextUnit(g, "media", im.id, "alt", im.alt)
    for p in c.pages:
        yield TextUnit(g, "pages", p.id, "title", p.title)
        yield TextUnit(g, "pages", p.id, "body", p.body)
    for ch in c.chapters:
        g = Path(c.origins.get(f"chapter:{ch.id}", ch.id)).stem
        yield TextUnit(g, "chapters", ch.id, "title", ch.title)
        yield TextUnit(g, "chapters", ch.id, "summary", ch.summary)
        yield TextUnit(g, "chapters", ch.id, "region", ch.region)
        quote = ch.quotation
        if quote is not None:  # its words without quotation marks: each language adds its own
            yield TextUnit(g, "chapters", ch.id, "quotation-text", quote.text)
            if quote.by:
                yield TextUnit(g, "chapters", ch.id, "quotation-by", quote.by)
            if quote.role:
                yield TextUnit(g, "chapters", ch.id, "quotation-role", quote.role)
        for s in ch.sections:
            yield TextUnit(g, "sections", s.id, "title", s.title)
            yield TextUnit(g, "sections", s.id, "body", s.body)
            if s.detail:
                yield TextUnit(g, "sections", s.id, "detail", s.detail)
            for j, side in enumerate(s.sides):
                yield TextUnit(g, "perspective_sides", f"{s.id}#{j + 1}", "text", side.text)
        for f in ch.figures:
            yield TextUnit(g, "figures", f.id, "counted", f.counted)
            for j, est in enumerate(f.estimates):
                if est.note:
                    yield TextUnit(g, "estimates", f"{f.id}#{j + 1}", "note", est.note)
        for e in ch.events:
            yield TextUnit(g, "events", e.id, "title", e.title)
            yield TextUnit(g, "events", e.id, "summary", e.summary)
            yield TextUnit(g, "events", e.id, "place", e.place)
    for lp in c.paths:  # one PO file per lesson path: path-<id>.po
        g = f"path-{lp.id}"
        yield TextUnit(g, "paths", lp.id, "title", lp.title)
        for j, aim in enumerate(lp.aims):
            yield TextUnit(g, "path_aims", f"{lp.id}#{j + 1}", "text", aim)
        for j, stop in enumerate(lp.stops):
            sid = f"{lp.id}#{j + 1}"
            for qn, q in enumerate(stop.questions[:2]):
                yield TextUnit(g, "path_stops", sid, f"question_{qn + 1}", q)
            if stop.note:
                yield TextUnit(g, "path_stops", sid, "note", stop.note)


def _lang_dirs(root: Path) -> list[Path]:
    base = root / FOLDER
    return sorted(p for p in base.iterdir() if p.is_dir()) if base.is_dir() else []


def load(
    root: Path, c: m.Content
) -> tuple[dict[str, dict[str, Translation]], list[TranslationIssue]]:
    """Read every PO file; return {lang: {key: Translation}} and what is wrong with them."""
    import polib

    units = {u.key: u for u in text_units(c)}
    known = {lang.code for lang in c.languages}
    out: dict[str, dict[str, Translation]] = {}
    issues: list[TranslationIssue] = []
    for folder in _lang_dirs(root):
        lang = folder.name
        if lang not in known:
            issues.append(
                TranslationIssue(f"{FOLDER}/{lang}", f"{lang!r} is not in languages.yaml")
            )
            continue
        table = out.setdefault(lang, {})
        for path in sorted(folder.glob("*.po")):
            rel = path.relative_to(root).as_posix()
            try:
                po = polib.pofile(str(path), encoding="utf-8", check_for_duplicates=True)
            except (OSError, ValueError, UnicodeDecodeError) as exc:
                issues.append(TranslationIssue(rel, f"cannot read this PO file: {exc}"))
                continue
            for entry in po:
                if entry.obsolete or not entry.msgstr.strip() or entry.previous_msgid:
                    continue  # untranslated, or translated from English that has changed
                where = f"{rel}:{entry.linenum} ({entry.msgctxt})"
                unit = units.get(entry.msgctxt or "")
                if unit is None:
                    issues.append(
                        TranslationIssue(where, "no English text has this key any more", "warning")
                    )
                    continue
                if not text.same_text(entry.msgid, unit.text):
                    issues.append(
                        TranslationIssue(
                            where, "the English text changed; update the translation", "warning"
                        )
                    )
                    continue
                bad = safety.bad_characters(entry.msgstr.replace("\r\n", "\n"))
                if bad:
                    issues.append(TranslationIssue(where, f"contains {bad}; remove it"))
                    continue
                value = text.normalize(entry.msgstr)
                word = safety.long_word(value)
                if word:
                    issues.append(
                        TranslationIssue(
                            where,
                            f"has a word longer than {safety.MAX_WORD} characters ({word})",
                        )
                    )
                    continue
                if sorted(text.figure_refs(value)) != sorted(text.figure_refs(unit.text)):
                    issues.append(
                        TranslationIssue(
                            where, "keep every {fig:...} placeholder of the English text"
                        )
                    )
                    continue
                if text.MARKUP.search(value):
                    issues.append(TranslationIssue(where, "contains markup; write plain text"))
                    continue
                if unit.field == "quotation-text" and typography.quotation_marks_in(value):
                    issues.append(TranslationIssue(where, QUOTATION_MARKS_MESSAGE))
                    continue
                theirs, ours = value.count("\n\n") + 1, unit.text.count("\n\n") + 1
                if theirs != ours:
                    issues.append(
                        TranslationIssue(
                            where,
                            f"has {theirs} paragraph(s) where the English has {ours}; separate "
                            "paragraphs with a blank line as the English does",
                            "warning",
                        )
                    )
                status = "draft" if "fuzzy" in entry.flags else "reviewed"
                table[unit.key] = Translation(value, status)
    for lang, table in out.items():
        issues.extend(check_terms(root, lang, table, units))
    return out, issues


TERMS = "terms.yaml"
MAX_TERMS_BYTES = 200_000


@dataclass(frozen=True)
class Term:
    en: str
    term: str
    forms: tuple[str, ...]  # stems or inflected forms accepted in running text
    exceptions: frozenset[str] = frozenset()  # keys where a reviewer justified another word


def read_terms(path: Path, where: str) -> tuple[list[Term], list[TranslationIssue]]:
    """A language's term list: the one translation of each recurring English term."""
    import yaml

    try:
        if path.stat().st_size > MAX_TERMS_BYTES:
            return [], [TranslationIssue(where, f"larger than {MAX_TERMS_BYTES:,} bytes")]
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError, RecursionError) as exc:
        return [], [TranslationIssue(where, f"cannot read the term list: {exc}")]
    if not isinstance(data, list):
        return [], [TranslationIssue(where, "the term list must be a YAML list of terms")]
    terms, issues = [], []
    for i, item in enumerate(data, 1):
        ok = (
            isinstance(item, dict)
            and set(item) <= {"en", "term", "forms", "except"}
            and isinstance(item.get("en"), str)
            and item["en"].strip()
            and isinstance(item.get("term"), str)
            and item["term"].strip()
            and all(isinstance(f, str) and f.strip() for f in item.get("forms") or [])
            and isinstance(item.get("except") or [], list)
            and all(isinstance(k, str) for k in item.get("except") or [])
        )
        if not ok:
            issues.append(
                TranslationIssue(
                    f"{where} (term {i})",
                    "each term needs 'en' and 'term' as text; 'forms' and 'except' are "
                    "lists of text",
                )
            )
            continue
        forms = tuple(f.strip() for f in item.get("forms") or []) or (item["term"].strip(),)
        exceptions = frozenset(item.get("except") or [])
        terms.append(Term(item["en"].strip(), item["term"].strip(), forms, exceptions))
    return terms, issues


def check_terms(
    root: Path, lang: str, table: dict[str, Translation], units: dict[str, TextUnit]
) -> list[TranslationIssue]:
    """Warn where a translation does not use its language's word for an English term."""
    import re

    path = root / FOLDER / lang / TERMS
    if not path.exists():
        return []
    terms, issues = read_terms(path, f"{FOLDER}/{lang}/{TERMS}")
    for t in terms:
        pattern = re.compile(r"(?<!\w)" + re.escape(t.en), re.IGNORECASE)
        forms = [f.casefold() for f in t.forms]
        for key, tr in table.items():
            unit = units.get(key)
            if key in t.exceptions:
                continue
            # the English as a visitor reads it: {fig:...} ids are not words
            if unit is None or not pattern.search(text.FIG_REF.sub(" ", unit.text)):
                continue
            said = tr.text.casefold()
            if not any(f in said for f in forms):
                issues.append(
                    TranslationIssue(
                        f"{FOLDER}/{lang}/{unit.group}.po ({key})",
                        f"'{t.en}' is translated without the term list's '{t.term}'",
                        "warning",
                    )
                )
    return issues


PATH_TABLES = frozenset({"paths", "path_aims", "path_stops"})


def coverage(
    c: m.Content,
    translated: dict[str, dict[str, Translation]],
    lang: str,
    lesson_paths: bool = True,
) -> dict[str, Any]:
    """Share of fields reviewed, draft and missing, overall and per chapter (and per
    lesson path, unless ``lesson_paths`` is False: the share that decides whether the
    exhibit offers a language counts what visitors read, not a teacher's paths)."""
    per: dict[str, dict[str, int]] = {}
    total = {s: 0 for s in STATUSES}
    chapter_of = {Path(c.origins.get(f"chapter:{ch.id}", ch.id)).stem: ch.id for ch in c.chapters}
    mine = translated.get(lang, {})
    for u in text_units(c):
        if not lesson_paths and u.table in PATH_TABLES:
            continue
        status = (
            "reviewed" if lang == "en" else (mine[u.key].status if u.key in mine else "missing")
        )
        total[status] += 1
        group = chapter_of.get(u.group, u.group)
        per.setdefault(group, {s: 0 for s in STATUSES})[status] += 1

    def shares(counts: dict[str, int]) -> dict[str, float]:
        n = sum(counts.values()) or 1
        return {s: round(counts[s] / n, 4) for s in STATUSES}

    result: dict[str, Any] = dict(shares(total))
    result["chapters"] = {k: shares(v) for k, v in per.items()}
    return result


def grouped_units(c: m.Content) -> dict[str, list[TextUnit]]:
    """The English texts by PO file (``common`` and one per chapter), in order."""
    groups: dict[str, list[TextUnit]] = {}
    for u in text_units(c):
        groups.setdefault(u.group, []).append(u)
    return groups


def new_po(lang: str) -> Any:  # a polib.POFile (polib has no type hints)
    """An empty PO file for ``lang`` with the exhibit's header."""
    import polib

    po = polib.POFile(wrapwidth=78)
    po.metadata = {
        "Project-Id-Version": "soviet-war-crimes-exhibit",
        "Language": lang,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    return po


def export(root: Path, c: m.Content, lang: str, out: Path | None = None) -> list[Path]:
    """Write (or update) the PO files of ``lang``, keeping every existing translation.

    An entry whose English changed keeps its old translation as a fuzzy draft with
    the previous English beside it, so a translator sees what to revise.
    """
    import polib

    folder = (out or root / FOLDER) / lang
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for group, units in grouped_units(c).items():
        path = folder / f"{group}.po"
        old: dict[str, polib.POEntry] = {}
        if path.exists():
            old = {e.msgctxt: e for e in polib.pofile(str(path), encoding="utf-8") if e.msgctxt}
        po = new_po(lang)
        for u in units:
            entry = polib.POEntry(msgctxt=u.key, msgid=u.text, msgstr="")
            prev = old.get(u.key)
            if prev is not None and prev.msgstr.strip():
                entry.msgstr = prev.msgstr
                entry.flags = list(prev.flags)
                if prev.previous_msgid:
                    # still out of date from an earlier change: it stays so, with the
                    # English it was translated from (a second export must not hide it)
                    entry.previous_msgid = prev.previous_msgid
                    if "fuzzy" not in entry.flags:
                        entry.flags.append("fuzzy")
                elif not text.same_text(prev.msgid, u.text):
                    entry.previous_msgid = prev.msgid
                    if "fuzzy" not in entry.flags:
                        entry.flags.append("fuzzy")
            po.append(entry)
        tmp = path.with_suffix(".po.tmp")
        po.save(str(tmp))
        tmp.replace(path)
        written.append(path)
    return written


@dataclass
class ImportReport:
    lang: str
    updated: int = 0
    unchanged: int = 0
    kept_reviewed: int = 0
    problems: list[TranslationIssue] | None = None


def import_po(root: Path, c: m.Content, file: Path, lang: str | None = None) -> ImportReport:
    """Merge a translator's PO file into the sources; raise ValueError if it cannot be read.

    Entries for English that has changed, with broken placeholders or with markup are
    reported and skipped; an empty entry never replaces a reviewed translation.
    """
    import polib

    try:
        incoming = polib.pofile(str(file), encoding="utf-8", check_for_duplicates=True)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise ValueError(f"{Path(file).name} is not a readable PO file: {exc}") from exc
    lang = lang or incoming.metadata.get("Language", "").strip()
    if lang not in {x.code for x in c.languages} or lang == "en":
        raise ValueError(f"{Path(file).name}: unknown or missing language {lang!r} (use --lang)")
    units = {u.key: u for u in text_units(c)}
    report = ImportReport(lang, problems=[])
    assert report.problems is not None
    changes: dict[str, dict[str, tuple[str, list[str]]]] = {}
    for entry in incoming:
        if entry.obsolete or not entry.msgctxt:
            continue
        where = f"{Path(file).name}:{entry.linenum} ({entry.msgctxt})"
        unit = units.get(entry.msgctxt)
        if unit is None:
            report.problems.append(TranslationIssue(where, "unknown key; skipped"))
            continue
        if not text.same_text(entry.msgid, unit.text):
            report.problems.append(
                TranslationIssue(where, "translated from English that has since changed; skipped")
            )
            continue
        value = text.normalize(entry.msgstr)
        if value and sorted(text.figure_refs(value)) != sorted(text.figure_refs(unit.text)):
            report.problems.append(
                TranslationIssue(where, "a {fig:...} placeholder is missing; skipped")
            )
            continue
        if value and text.MARKUP.search(value):
            report.problems.append(TranslationIssue(where, "contains markup; skipped"))
            continue
        if unit.field == "quotation-text" and typography.quotation_marks_in(value):
            report.problems.append(TranslationIssue(where, f"{QUOTATION_MARKS_MESSAGE}; skipped"))
            continue
        changes.setdefault(unit.group, {})[unit.key] = (entry.msgstr, list(entry.flags))
    export(root, c, lang)  # make sure every group file exists and is current
    folder = root / FOLDER / lang
    for group, entries in changes.items():
        path = folder / f"{group}.po"
        po = polib.pofile(str(path), encoding="utf-8")
        for entry in po:
            if entry.msgctxt not in entries:
                continue
            msgstr, flags = entries[entry.msgctxt]
            reviewed = entry.msgstr.strip() and "fuzzy" not in entry.flags
            if not msgstr.strip() and reviewed:
                report.kept_reviewed += 1
                continue
            if entry.msgstr == msgstr and entry.flags == flags:
                report.unchanged += 1
                continue
            entry.msgstr, entry.flags = msgstr, flags
            report.updated += 1
        tmp = path.with_suffix(".po.tmp")
        po.save(str(tmp))
        tmp.replace(path)
    return report
