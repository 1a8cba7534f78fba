"""``kiosk studio``: the curators' editor for the content sources."""

from __future__ import annotations

import argparse

from .base import BAD_INPUT, OK, SRC, Group, need_folder

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
    from kiosk.studio.main import run

    need_folder(args.src, "content folder")
    return OK if run(args.src) == 0 else BAD_INPUT
