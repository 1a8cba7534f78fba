"""``kiosk content``: build, check, translate, export, publish and search the content."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .base import (
    BAD_INPUT,
    DEFAULT_DB,
    DEFAULT_SOURCES,
    INTERRUPTED,
    OK,
    PROBLEMS,
    PROJECT_ROOT,
    SRC,
    CliError,
    Group,
    arg,
    need_folder,
    open_repository,
    progress,
)

commands = Group("content", "build and check the exhibit content")

_SOURCES_BROKEN = "the sources have errors (listed); nothing was written"


def _build(src: Path, out: Path) -> int:
    from kiosk.content import build as building
    from kiosk.content import loader

    need_folder(src, "content folder")
    print(f"Building {out} from {src}", file=sys.stderr)
    try:
        warnings = building.build(src, out, progress=progress)
    except loader.SourceError as exc:
        raise CliError(str(exc), PROBLEMS) from exc
    except building.BuildError as exc:
        for p in exc.problems:
            print(p, file=sys.stderr)
        print(f"{len(exc.problems)} error(s); {out} was not changed", file=sys.stderr)
        return PROBLEMS
    except KeyboardInterrupt:
        raise CliError("interrupted; the database was not changed", INTERRUPTED) from None
    for p in warnings:
        print(p, file=sys.stderr)
    print(f"built {out} ({len(warnings)} warning(s))", file=sys.stderr)
    return OK


@commands.command(
    "build",
    "build content.db from the YAML sources",
    SRC,
    arg("--out", type=Path, default=DEFAULT_DB, help="database to write"),
    exits={OK: "built", PROBLEMS: _SOURCES_BROKEN, BAD_INPUT: "the source folder is missing"},
)
def build(args: argparse.Namespace) -> int:
    return _build(args.src, args.out)


@commands.command(
    "validate",
    "check the sources (or a database) and list problems",
    arg(
        "--sources",
        type=Path,
        nargs="?",
        const=DEFAULT_SOURCES,
        default=None,
        help="check the YAML sources (default folder when no path is given)",
    ),
    arg("--db", type=Path, default=None, help="check that a database opens cleanly"),
    arg("--json", action="store_true", help="print the problems as JSON"),
    exits={
        OK: "no errors (warnings may be listed)",
        PROBLEMS: "errors found (listed, each with what to do)",
        BAD_INPUT: "the source folder is missing, or the database cannot be opened",
    },
)
def validate(args: argparse.Namespace) -> int:
    from kiosk.content import checks, export, loader

    problems: list[checks.Problem] = []
    if args.db is not None:
        repo = open_repository(args.db)
        try:
            problems += checks.run(export.read_content(repo))
        finally:
            repo.close()
    if args.db is None or args.sources is not None:
        src = need_folder(args.sources or DEFAULT_SOURCES, "content folder")
        try:
            problems += checks.run(loader.load(src))
        except loader.SourceError as exc:
            problems.append(checks.Problem(exc.where, exc.message))
    errors = sum(p.severity == "error" for p in problems)
    if args.json:
        print(json.dumps([p.__dict__ for p in problems], indent=2, ensure_ascii=False))
    else:
        for p in problems:
            print(p)
        print(f"{errors} error(s), {len(problems) - errors} warning(s)")
    return PROBLEMS if errors else OK


# -- editable files ------------------------------------------------------------------


@commands.command(
    "export",
    "write a database's content as editable YAML and PO files",
    arg("dir", type=Path, help="folder to write (replaced whole)"),
    arg("--db", type=Path, default=DEFAULT_DB, help="database to read"),
    exits={OK: "written", BAD_INPUT: "the database cannot be opened, or the folder written"},
)
def export(args: argparse.Namespace) -> int:
    from kiosk.content import export as exporting
    from kiosk.content.repository import ContentError

    try:
        files = exporting.export_db(args.db, args.dir)
    except (ContentError, OSError) as exc:
        raise CliError(str(exc)) from exc
    print(f"wrote {len(files)} file(s) to {args.dir}")
    return OK


@commands.command(
    "import",
    "check a folder of YAML and PO files and write it to a database",
    arg("dir", type=Path, help="folder of editable files (as written by export)"),
    arg("--db", type=Path, default=DEFAULT_DB, help="database to create or update"),
    exits={OK: "written", PROBLEMS: _SOURCES_BROKEN, BAD_INPUT: "the folder is missing"},
)
def import_(args: argparse.Namespace) -> int:
    return _build(args.dir, args.db)


@commands.command(
    "diff",
    "what changed between two content versions",
    arg("old", type=Path, help="the earlier database"),
    arg("new", type=Path, help="the later database"),
    exits={OK: "the changes (or none) were listed", BAD_INPUT: "a database cannot be opened"},
)
def diff(args: argparse.Namespace) -> int:
    from kiosk.content import diff as differ
    from kiosk.content.repository import ContentError

    try:
        changes = differ.diff(args.old, args.new)
    except ContentError as exc:
        raise CliError(str(exc)) from exc
    for line in differ.report(changes):
        print(line)
    return OK


@commands.command(
    "schema-doc",
    "write docs/content-schema.md from the schema",
    arg(
        "--out",
        type=Path,
        default=PROJECT_ROOT / "docs" / "content-schema.md",
        help="file to write",
    ),
    exits={OK: "written", BAD_INPUT: "the file cannot be written"},
)
def schema_doc(args: argparse.Namespace) -> int:
    from kiosk.content import schemadoc

    try:
        args.out.write_text(schemadoc.render(), encoding="utf-8")
    except OSError as exc:
        raise CliError(f"cannot write {args.out}: {exc.strerror}") from exc
    print(f"wrote {args.out}")
    return OK


@commands.command(
    "search",
    "search the exhibit as the search screen does",
    arg("query", help="words to look for (any text is safe)"),
    arg("--lang", default="en", help="language code (falls back to English)"),
    arg("--db", type=Path, default=DEFAULT_DB, help="content database"),
    arg(
        "--profile",
        choices=("museum", "classroom", "young"),
        default="museum",
        help="gate and hide results as this profile does for a visitor who has answered "
        "no warning yet (default: museum)",
    ),
    exits={
        OK: "results were listed",
        PROBLEMS: "nothing was found",
        BAD_INPUT: "the database cannot be opened",
    },
)
def search(args: argparse.Namespace) -> int:
    from kiosk.content import policy
    from kiosk.content.sources import SourceQueries

    repo = open_repository(args.db)
    try:
        # a visitor who has answered no gate yet, in the chosen profile: what the screen shows
        state = policy.CareState(args.profile)
        queries = SourceQueries(repo)
        listed = {
            c.id for c in repo.chapter_cards(args.lang) if state.lists_chapter(c.young_unsuitable)
        }
        phrases = {w.id: w.phrase.text for w in repo.warnings(args.lang)}
        hits = policy.gate_search(
            state, queries.search(args.query, args.lang), listed, queries.tags_of
        )
    finally:
        repo.close()
    for h in hits:
        if h.withheld_tags:
            tags = ", ".join(phrases.get(t, t) for t in h.withheld_tags)
            snippet = f"(withheld until its warning: {tags})"
        else:
            snippet = h.snippet.replace("\x02", "[").replace("\x03", "]")
        place = f"{h.chapter_id}/" if h.chapter_id and h.kind != "chapter" else ""
        print(f"{h.kind}\t{place}{h.ref}\t{h.title}\t{snippet}")
    return OK if hits else PROBLEMS
