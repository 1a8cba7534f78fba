"""``kiosk handout``: a chapter, an event or a lesson path as a printable PDF, as "Print
this" makes it."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from .base import BAD_INPUT, DEFAULT_DB, OK, CliError, Group, arg, open_repository

commands = Group()

_APP: list[Any] = []  # the Qt application this command made, kept for the process


def _application() -> None:
    """A Qt application for the PDF writer: none is shown, so no display is needed."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APP.append(QGuiApplication(["kiosk"]))


@commands.command(
    "handout",
    "write a chapter, an event or a whole lesson path as a printable PDF handout",
    arg("kind", choices=("chapter", "event", "path"), help="what to print"),
    arg("id", help="the chapter's, event's or lesson path's id (e.g. estonia, katyn)"),
    arg("--out", type=Path, required=True, help="the PDF file to write (replaced whole)"),
    arg("--lang", default="en", help="language code (default: en)"),
    arg(
        "--profile",
        choices=("museum", "classroom", "young"),
        default="classroom",
        help="the care rules to print by (default: classroom, no detailed accounts); "
        "museum prints every detailed account, each behind its warning",
    ),
    arg(
        "--teacher-notes",
        action="store_true",
        help="with path: print each stop's note for the teacher too",
    ),
    arg("--db", type=Path, default=DEFAULT_DB, help="content database"),
    exits={
        OK: "the handout was written",
        BAD_INPUT: "the database cannot be opened, no such chapter, event or path (or the "
        "profile "
        "does not offer it), a language the exhibit does not offer, or the file cannot be "
        "written (the old one, if any, is left as it was)",
    },
)
def handout(args: argparse.Namespace) -> int:
    repo = open_repository(args.db)
    try:
        offered = [lang.code for lang in repo.languages()]
    finally:
        repo.close()
    if args.lang not in offered:
        raise CliError(
            f"the exhibit does not offer language {args.lang!r}; choose one of {', '.join(offered)}"
        )
    out = args.out
    if out.is_dir():
        raise CliError(f"{out} is a folder; give the PDF file to write")
    if not out.parent.is_dir():
        raise CliError(f"folder not found: {out.parent}")
    _application()
    from kiosk.app.config import KioskConfig
    from kiosk.app.exhibit import Exhibit
    from kiosk.app.handout import HandoutPrinter, compose, compose_path, rtl
    from kiosk.app.i18n import Translations
    from kiosk.app.main import load_fonts
    from kiosk.content.handout import HandoutError

    load_fonts()
    config = KioskConfig(fullscreen=False, profile=args.profile, default_language=args.lang)
    translations = Translations()
    exhibit = Exhibit(args.db, config, translations=translations)
    try:
        if not exhibit.ready:
            raise CliError(str(exhibit.errorMessage))
        if args.kind == "path":
            lesson = compose_path(exhibit, args.id, teacher_notes=args.teacher_notes)
            HandoutPrinter(exhibit).write_path(lesson, out, rtl(exhibit))
        else:
            made = compose(exhibit, args.kind, args.id, all_details=True)
            HandoutPrinter(exhibit).write(made, out, rtl(exhibit))
    except HandoutError as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(f"cannot write {out}: {exc.strerror or exc}") from exc
    finally:
        if exhibit.repository is not None:
            exhibit.repository.close()
        translations.uninstall()
    print(f"wrote {out}", file=sys.stderr)
    return OK
