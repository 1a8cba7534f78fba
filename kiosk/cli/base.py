"""What every command shares: the exit codes and the one error type that carries them,
how a command declares its arguments beside its handler, and the default paths.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk import paths

if TYPE_CHECKING:
    from kiosk.content.model import Content
    from kiosk.content.repository import Repository

PROJECT_ROOT = paths.ROOT
DEFAULT_DB = paths.CONTENT_DB
DEFAULT_SOURCES = PROJECT_ROOT / "assets" / "content"
DEFAULT_BORDERS = PROJECT_ROOT / "assets" / "geodata" / "borders"

# Exit codes, the same for every command.
OK = 0
PROBLEMS = 1
BAD_INPUT = 2
INTERRUPTED = 130

EXIT_CODES = {
    OK: "done, nothing wrong",
    PROBLEMS: "problems found: content errors, no search results, missing glyphs...",
    BAD_INPUT: "bad input: a missing file or folder, a bad argument, an unreadable database",
    INTERRUPTED: "interrupted (Ctrl+C)",
}


class CliError(Exception):
    """A failure the user can act on: ``main`` prints ``error: <message>`` and exits
    with ``code`` (PROBLEMS or BAD_INPUT). Anything else that escapes is a bug."""

    def __init__(self, message: str, code: int = BAD_INPUT) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


Handler = Callable[[argparse.Namespace], int]


@dataclass(frozen=True)
class Argument:
    """One ``add_argument`` call, written where the command is declared."""

    flags: tuple[str, ...]
    options: dict[str, Any]


def arg(*flags: str, **options: Any) -> Argument:
    return Argument(flags, options)


@dataclass(frozen=True)
class Command:
    name: str
    summary: str
    handler: Handler
    arguments: tuple[Argument, ...]
    exits: dict[int, str]


SRC = arg("--src", type=Path, default=DEFAULT_SOURCES, help="folder of YAML sources")


def exit_table(codes: dict[int, str], title: str = "exit status") -> str:
    """An epilog listing exit codes, wrapped for an 80-column terminal."""
    lines = [f"{title}:"]
    for code, text in codes.items():
        lines += textwrap.wrap(
            text, width=80, initial_indent=f"  {code:<5}", subsequent_indent=" " * 7
        )
    return "\n".join(lines)


@dataclass
class Group:
    """Commands under one name (``kiosk content ACTION``), or at the top level when the
    group has no name (``kiosk run``)."""

    name: str | None = None
    summary: str = ""
    commands: list[Command] = field(default_factory=list)

    def command(
        self, name: str, summary: str, *arguments: Argument, exits: dict[int, str]
    ) -> Callable[[Handler], Handler]:
        """Declare a command: its help, its arguments and what each exit code means."""
        unknown = set(exits) - set(EXIT_CODES)
        if OK not in exits or unknown:
            raise ValueError(f"'{name}': exit codes must include 0 and come from {EXIT_CODES}")

        def register(handler: Handler) -> Handler:
            self.commands.append(Command(name, summary, handler, arguments, exits))
            return handler

        return register

    def add_to(self, sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
        target = sub
        if self.name is not None:
            group = sub.add_parser(
                self.name, help=self.summary, description=self.summary,
                epilog=exit_table(EXIT_CODES), formatter_class=argparse.RawTextHelpFormatter,
            )  # fmt: skip
            target = group.add_subparsers(
                dest=f"{self.name}_command", required=True, metavar="ACTION"
            )
        for c in self.commands:
            p = target.add_parser(
                c.name, help=c.summary, description=c.summary, epilog=exit_table(c.exits),
                formatter_class=argparse.RawDescriptionHelpFormatter,
            )  # fmt: skip
            for a in c.arguments:
                p.add_argument(*a.flags, **a.options)
            p.set_defaults(func=c.handler)


# -- shared argument types and checks ---------------------------------------------


def size(text: str) -> tuple[int, int]:
    """An argument type for window sizes such as 1366x768."""
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1920x1080, not {text!r}") from None
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000")
    return w, h


def progress(msg: str) -> None:
    print(f"  {msg}", file=sys.stderr, flush=True)


def need_file(path: Path, what: str) -> Path:
    """``path`` if it is a file; else a bad-input error naming ``what`` it should be."""
    if not path.is_file():
        raise CliError(f"{what} not found: {path}", BAD_INPUT)
    return path


def need_folder(path: Path, what: str) -> Path:
    if not path.is_dir():
        raise CliError(f"{what} not found: {path}", BAD_INPUT)
    return path


def open_repository(path: Path) -> Repository:
    """The database opened and checked; an unreadable one is bad input."""
    from kiosk.content.repository import ContentError, Repository

    try:
        return Repository.open(path)
    except ContentError as exc:
        raise CliError(str(exc), BAD_INPUT) from exc


def load_sources(src: Path) -> Content:
    """The YAML sources loaded; a missing folder is bad input, a broken file a problem."""
    from kiosk.content import loader

    need_folder(src, "content folder")
    try:
        return loader.load(src)
    except loader.SourceError as exc:
        raise CliError(str(exc), PROBLEMS) from exc
