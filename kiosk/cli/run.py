"""``kiosk run``: open the exhibit."""

from __future__ import annotations

import argparse
from pathlib import Path

from .base import BAD_INPUT, DEFAULT_DB, OK, PROBLEMS, Group, arg, size

commands = Group()


@commands.command(
    "run",
    "open the exhibit (full screen unless --window; a lesson with --classroom)",
    arg("--content", type=Path, default=DEFAULT_DB, help="content database to show"),
    arg("--window", action="store_true", help="open in a window, not full screen"),
    arg("--size", type=size, default=None, help="window size, e.g. 1366x768"),
    arg("--config", type=Path, default=None, help="kiosk configuration file (TOML)"),
    arg(
        "--profile",
        choices=("museum", "classroom", "young"),
        default=None,
        help="audience profile (overrides the configuration)",
    ),
    arg("--preview", action="store_true", help="mark the screen as a curator preview"),
    arg(
        "--classroom",
        action="store_true",
        help="classroom mode: choose a lesson path and show it stop by stop, in a window, "
        "with the classroom profile and no idle reset",
    ),
    arg(
        "--fullscreen",
        action="store_true",
        help="with --classroom: full screen instead of a window (for a projector)",
    ),
    arg(
        "--maintenance",
        action="store_true",
        help="show only the maintenance screen (the service manager's fallback after "
        "repeated failures)",
    ),
    exits={
        OK: "the exhibit was closed (a missing or damaged database is shown as a staff "
        "screen, not an exit)",
        PROBLEMS: "the screens (QML) failed to load",
        BAD_INPUT: "no display, or a bad configuration file",
    },
)
def run(args: argparse.Namespace) -> int:
    from kiosk.app.main import run as run_exhibit

    return run_exhibit(
        content=args.content,
        windowed=args.window,
        size=args.size,
        config_path=args.config,
        profile=args.profile,
        preview=args.preview,
        maintenance=args.maintenance,
        classroom=args.classroom,
        fullscreen=args.fullscreen,
    )
