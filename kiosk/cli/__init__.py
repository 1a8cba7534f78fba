"""The ``kiosk`` command: run the exhibit, build and check content, render screenshots.

One module per command group, each command's arguments declared beside its handler
(the large ``content`` group also has ``translations.py`` and ``publish.py``); failures
the user can act on are a ``CliError`` carrying one of the exit codes in ``base``.
"""

from __future__ import annotations

import argparse
import sys

from . import (
    content,
    fonts,
    handout,
    i18n,
    media,
    pin,
    publish,
    run,
    screenshots,
    stats,
    studio,
    translations,
)
from .base import BAD_INPUT, EXIT_CODES, INTERRUPTED, CliError, exit_table

# publish.py and translations.py add their commands to the content group
_CONTENT_PARTS = (publish, translations)

GROUPS = (
    run.commands,
    content.commands,
    screenshots.commands,
    handout.commands,
    media.commands,
    i18n.commands,
    fonts.commands,
    pin.commands,
    stats.commands,
    studio.commands,
)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kiosk",
        description="The exhibit's command: run it, build and check content, render screenshots.",
        epilog=exit_table(EXIT_CODES, "exit status (every command; its --help says more)"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for group in GROUPS:
        group.add_to(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    try:
        args = parser().parse_args(argv)
    except SystemExit as exc:  # --help (0), or a bad argument argparse has explained (2)
        return exc.code if isinstance(exc.code, int) else BAD_INPUT
    try:
        return int(args.func(args))
    except CliError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
