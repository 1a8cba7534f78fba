"""``kiosk i18n``: the interface translations (Qt Linguist .ts sources, .qm builds)."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys

from .base import BAD_INPUT, OK, PROBLEMS, CliError, Group, arg

commands = Group("i18n", "interface translations (.ts sources, .qm builds)")

_LANG = re.compile(r"^[a-z]{2,3}$")


def _tool_failed(exc: subprocess.CalledProcessError | FileNotFoundError) -> CliError:
    if isinstance(exc, FileNotFoundError):
        return CliError(f"{exc.filename} was not found; install PySide6", PROBLEMS)
    said = (exc.stderr or "").strip().splitlines()
    return CliError(f"{exc.cmd[0]} failed{': ' + said[-1] if said else ''}", PROBLEMS)


@commands.command(
    "update",
    "add new interface strings to the .ts files",
    arg("lang", nargs="*", help="language codes (default: every .ts file)"),
    exits={
        OK: "the .ts files were updated",
        PROBLEMS: "pyside6-lupdate failed (its message is shown)",
        BAD_INPUT: "not a language code",
    },
)
def update(args: argparse.Namespace) -> int:
    from kiosk.app import i18n as interface

    bad = [lang for lang in args.lang if not _LANG.match(lang)]
    if bad:
        raise CliError(f"not a language code: {', '.join(bad)} (e.g. de, pl, ja)", BAD_INPUT)
    try:
        written = interface.update(args.lang or None)
    except (subprocess.CalledProcessError, FileNotFoundError) as exc:
        raise _tool_failed(exc) from exc
    for path in written:
        print(path)
    return OK


@commands.command(
    "build",
    "compile the .ts files into .qm files",
    exits={OK: "compiled (or already current)", PROBLEMS: "pyside6-lrelease failed"},
)
def build(args: argparse.Namespace) -> int:
    from kiosk.app import i18n as interface

    try:
        built = interface.build()
    except (subprocess.CalledProcessError, FileNotFoundError) as exc:
        raise _tool_failed(exc) from exc
    print(f"{len(built)} translation(s) compiled", file=sys.stderr)
    return OK
