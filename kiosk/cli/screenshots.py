"""``kiosk screenshots``: every screen rendered offscreen to PNG files."""

from __future__ import annotations

import argparse
from pathlib import Path

from .base import BAD_INPUT, DEFAULT_DB, OK, CliError, Group, arg, size

commands = Group()


@commands.command(
    "screenshots",
    "render every screen offscreen to PNG files",
    arg("outdir", type=Path, help="folder for the PNG files"),
    arg("--size", type=size, default=(1920, 1080), help="e.g. 1920x1080"),
    arg("--content", type=Path, default=DEFAULT_DB, help="content database"),
    arg("--lang", default="en", help="language code"),
    arg(
        "--profile",
        choices=("museum", "classroom", "young"),
        default="museum",
        help="audience profile",
    ),
    exits={
        OK: "written (content that cannot be opened gives error.png, the staff screen)",
        BAD_INPUT: "a bad argument, or the folder cannot be written",
    },
)
def screenshots(args: argparse.Namespace) -> int:
    from kiosk.app.screenshots import render_all

    try:
        return render_all(
            args.outdir, args.size, content=args.content, lang=args.lang, profile=args.profile
        )
    except OSError as exc:
        raise CliError(str(exc), BAD_INPUT) from exc
