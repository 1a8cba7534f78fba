"""``kiosk studio``: the curators' editor for the content sources."""

from __future__ import annotations

import argparse

from .base import BAD_INPUT, OK, SRC, CliError, Group, need_folder

commands = Group()


@commands.command(
    "studio",
    "edit, translate, preview and publish the content in a window",
    SRC,
    exits={
        OK: "the studio was closed",
        BAD_INPUT: "the folder is missing or not a content folder, or another studio has it open",
    },
)
def studio(args: argparse.Namespace) -> int:
    need_folder(args.src, "content folder")
    try:
        from kiosk.studio.main import run
    except ImportError as exc:  # the kiosk bundle leaves Qt Widgets out
        raise CliError(
            f"the studio needs Qt Widgets, which this installation lacks ({exc}); run it "
            "from a full installation (pip install .), not from a kiosk's bundle"
        ) from exc
    return OK if run(args.src) == 0 else BAD_INPUT
