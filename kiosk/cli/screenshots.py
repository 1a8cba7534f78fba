"""``kiosk screenshots``: every screen rendered offscreen to PNG files."""

from __future__ import annotations

import argparse
from pathlib import Path

from .base import BAD_INPUT, DEFAULT_DB, OK, CliError, Group, arg, size

commands = Group()


def text_scale(text: str) -> float:
    """One of the "A+" steps, as a factor (1.5) or in per cent (150)."""
    from kiosk.app.access import TEXT_STEPS

    try:
        value = float(text.rstrip("%"))
    except ValueError:
        value = 0.0
    factor = value / 100 if value >= 10 else value
    if round(factor * 100) not in TEXT_STEPS:
        steps = ", ".join(f"{s / 100:g}" for s in TEXT_STEPS)
        raise argparse.ArgumentTypeError(f"{text!r} is not a text size step; use {steps}")
    return factor


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
    arg(
        "--text-scale",
        type=text_scale,
        default=1.0,
        help='a visitor\'s "A+" text size: 1, 1.25, 1.5 or 2',
    ),
    arg(
        "--theme",
        choices=("default", "high-contrast"),
        default="default",
        help="colours: the default or the high-contrast theme",
    ),
    arg(
        "--classroom",
        action="store_true",
        help="classroom mode instead: the lesson paths, and each path's stops, questions "
        "and teacher's notes",
    ),
    arg(
        "--keyboard",
        action="store_true",
        help="only search on a kiosk with the on-screen keyboard up (search-keyboard.png), "
        "the exhibit run full screen on a screen of --size",
    ),
    exits={
        OK: "written (content that cannot be opened gives error.png, the staff screen)",
        BAD_INPUT: "a bad argument, or the folder cannot be written",
    },
)
def screenshots(args: argparse.Namespace) -> int:
    from kiosk.app.screenshots import render_all, render_classroom, render_keyboard

    try:
        if args.keyboard:
            return render_keyboard(
                args.outdir,
                args.size,
                content=args.content,
                lang=args.lang,
                text_scale=args.text_scale,
                theme=args.theme,
            )
        if args.classroom:
            return render_classroom(args.outdir, args.size, content=args.content, lang=args.lang)
        return render_all(
            args.outdir,
            args.size,
            content=args.content,
            lang=args.lang,
            profile=args.profile,
            text_scale=args.text_scale,
            theme=args.theme,
        )
    except OSError as exc:
        raise CliError(str(exc), BAD_INPUT) from exc
