"""``kiosk content publish | rollback | history``: content versions for the kiosks.

Part of the ``content`` group, whose commands are declared in ``content.py``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .base import (
    BAD_INPUT,
    INTERRUPTED,
    OK,
    PROBLEMS,
    CliError,
    arg,
    need_folder,
    open_repository,
    progress,
)
from .content import commands


def _db_problems(db: Path) -> list[str]:
    """Content rules over a database (as over the sources): the same checks."""
    from kiosk.content import checks, export

    try:
        content = export.load_db(db)
    except Exception as exc:
        return [f"{db.name}: cannot be read as exhibit content: {exc}"]
    return [str(p) for p in checks.run(content) if p.severity == "error"]


@commands.command(
    "publish",
    "publish a database to a kiosk content folder",
    arg("db", type=Path, help="the database to publish"),
    arg("--to", type=Path, required=True, help="the kiosks' content folder"),
    arg("--keep", type=int, default=5, help="versions to keep (default 5)"),
    exits={
        OK: "published; the kiosks switch at their next idle reset",
        PROBLEMS: "the database breaks a content rule or fails the integrity check; "
        "the kiosks keep the version they have",
        BAD_INPUT: "the database cannot be opened",
        INTERRUPTED: "interrupted; the kiosks keep the version they have",
    },
)
def publish(args: argparse.Namespace) -> int:
    from kiosk.content import publish as publishing

    open_repository(args.db).close()
    try:
        v = publishing.publish(args.db, args.to, keep=args.keep, progress=progress,
                            check=_db_problems)  # fmt: skip
    except publishing.PublishError as exc:
        raise CliError(f"{exc}; the kiosks keep the version they have", PROBLEMS) from exc
    except KeyboardInterrupt:
        raise CliError("interrupted; the kiosks keep the version they have", INTERRUPTED) from None
    print(f"published version {v.number} ({v.content_version}) to {args.to}")
    return OK


@commands.command(
    "rollback",
    "point the kiosks back at an earlier version",
    arg("version", type=int, nargs="?", default=None,
        help="version number (default: the one before)"),
    arg("--to", type=Path, required=True, help="the kiosks' content folder"),
    exits={
        OK: "the kiosks now use that version",
        PROBLEMS: "there is no earlier version, or it is damaged; nothing was changed",
        BAD_INPUT: "the folder is missing, or there is no such version",
    },
)  # fmt: skip
def rollback(args: argparse.Namespace) -> int:
    from kiosk.content import publish

    need_folder(args.to, "content folder")
    if args.version is not None and args.version not in {
        v.number for v in publish.versions(args.to)
    }:
        raise CliError(f"there is no version {args.version}; see 'kiosk content history'")
    try:
        v = publish.rollback(args.to, args.version)
    except publish.PublishError as exc:
        raise CliError(str(exc), PROBLEMS) from exc
    print(f"kiosks now use version {v.number} ({v.content_version})")
    return OK


@commands.command(
    "history",
    "list the published versions (* marks the current one)",
    arg("--to", type=Path, required=True, help="the kiosks' content folder"),
    exits={
        OK: "listed",
        PROBLEMS: "nothing has been published there",
        BAD_INPUT: "the folder is missing",
    },
)
def history(args: argparse.Namespace) -> int:
    from kiosk.content import publish

    need_folder(args.to, "content folder")
    found = publish.versions(args.to)
    if not found:
        print(f"nothing has been published to {args.to}", file=sys.stderr)
        return PROBLEMS
    for v in found:
        mark = "*" if v.current else " "
        print(f"{mark} {v.number:4d}  {v.content_version}  {v.path.name}")
    return OK
