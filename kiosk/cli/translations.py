"""``kiosk content export-po | import-po | coverage``: the content's translations (PO).

Part of the ``content`` group, whose commands are declared in ``content.py``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from .base import (
    BAD_INPUT,
    OK,
    PROBLEMS,
    SRC,
    CliError,
    arg,
    load_sources,
    need_file,
)
from .content import commands


@commands.command(
    "export-po",
    "write a language's PO files for translators",
    arg("lang", help="language code, e.g. de"),
    SRC,
    arg("--out", type=Path, default=None, help="folder to write to (default: the sources)"),
    exits={
        OK: "written",
        PROBLEMS: "the sources cannot be read (the error is shown)",
        BAD_INPUT: "not a translation language, or the source folder is missing",
    },
)
def export_po(args: argparse.Namespace) -> int:
    from kiosk.content import translations

    content = load_sources(args.src)
    if args.lang == "en" or args.lang not in {lang.code for lang in content.languages}:
        raise CliError(f"{args.lang!r} is not a translation language in languages.yaml")
    for path in translations.export(args.src, content, args.lang, args.out):
        print(path)
    return OK


@commands.command(
    "import-po",
    "merge a translator's PO file into the sources",
    arg("file", type=Path, help="the PO file"),
    arg("--lang", default=None, help="language code (default: from the file)"),
    SRC,
    exits={
        OK: "merged",
        PROBLEMS: "entries were skipped (listed), or the sources cannot be read",
        BAD_INPUT: "the PO file is missing, unreadable or of no known language; "
        "nothing was changed",
    },
)
def import_po(args: argparse.Namespace) -> int:
    from kiosk.content import translations

    need_file(args.file, "PO file")
    content = load_sources(args.src)
    try:
        report = translations.import_po(args.src, content, args.file, args.lang)
    except ValueError as exc:
        raise CliError(f"{exc}; nothing was changed") from exc
    for p in report.problems or []:
        print(f"{p.where}: {p.message}")
    print(
        f"{report.lang}: {report.updated} updated, {report.unchanged} unchanged, "
        f"{report.kept_reviewed} reviewed kept (empty in the file), "
        f"{len(report.problems or [])} skipped"
    )
    return PROBLEMS if report.problems else OK


@commands.command(
    "coverage",
    "share of fields reviewed, draft and missing per language",
    SRC,
    arg("--chapters", action="store_true", help="also list every chapter"),
    arg("--json", action="store_true", help="print JSON for tools"),
    exits={
        OK: "listed",
        PROBLEMS: "the sources cannot be read (the error is shown)",
        BAD_INPUT: "the source folder is missing",
    },
)
def coverage(args: argparse.Namespace) -> int:
    from kiosk.content import translations

    content = load_sources(args.src)
    result = {
        lang.code: translations.coverage(content, content.translations, lang.code)
        for lang in content.languages
    }
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return OK

    def line(share: dict[str, float]) -> str:
        return ", ".join(f"{k} {share[k]:.0%}" for k in ("reviewed", "draft", "missing"))

    for code, cov in result.items():
        print(f"{code}: {line(cov)}")
        if args.chapters:
            for chapter, share in cov["chapters"].items():
                print(f"    {chapter:24} {line(share)}")
    return OK
