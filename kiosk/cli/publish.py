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
    need_file,
    need_folder,
    open_repository,
    progress,
)
from .content import commands


def _db_problems(db: Path) -> list[str]:
    """Content rules over a database (as over the sources): the same checks."""
    from kiosk.content import publish as publishing

    return publishing.rule_problems(db)


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


def _sha256(text: str) -> str:
    value = text.strip().lower()
    if len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
        raise argparse.ArgumentTypeError("a SHA-256 is 64 hexadecimal digits")
    return value


@commands.command(
    "adopt",
    "on a kiosk: verify a copied database and switch the kiosk to it",
    arg("file", type=Path, nargs="?", default=None,
        help="the copied database, named as published (NNNN-<version>.db)"),
    arg("--to", type=Path, required=True, help="this kiosk's content folder"),
    arg("--sha256", type=_sha256, default=None,
        help="the checksum it was published with (default: the FILE.sha256 beside it)"),
    arg("--newest", action="store_true",
        help="instead of FILE: the newest version already in the folder's versions/ "
        "(for a folder kept in sync by Syncthing or the like)"),
    arg("--keep", type=int, default=5, help="versions to keep (default 5)"),
    exits={
        OK: "the kiosk uses that version (it switched, or already did)",
        PROBLEMS: "the copy does not match its checksum or is no exhibit database; it was "
        "removed and the kiosk keeps the version it has",
        BAD_INPUT: "no such file, a name that is no published version's, or a malformed "
        "checksum",
    },
)  # fmt: skip
def adopt(args: argparse.Namespace) -> int:
    from kiosk.content import publish

    if (args.file is None) == (not args.newest):
        raise CliError("give either FILE or --newest")
    if args.newest:
        need_folder(args.to, "content folder")
        found = publish.newest(args.to)
        if found is None:
            raise CliError(f"nothing has been published to {args.to}", PROBLEMS)
        args.file = found
    need_file(args.file, "database")
    if not publish.VERSION_NAME.match(args.file.name):
        raise CliError(f"{args.file.name} is not named as a published version (NNNN-<version>.db)")
    try:
        done = publish.adopt(args.file, args.to, args.sha256, keep=args.keep)
    except publish.PublishError as exc:
        raise CliError(str(exc), PROBLEMS) from exc
    v = done.version
    what = "switched to" if done.switched else "already on"
    print(f"{what} version {v.number} ({v.content_version}) {v.sha256}")
    return OK
