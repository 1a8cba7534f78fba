"""``kiosk stats``: the usage figures a kiosk counted, as CSV for the museum (counts under
5 suppressed) or as a printed summary with a small chart per day; several kiosks' exports
merge into one report."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .base import BAD_INPUT, OK, PROBLEMS, CliError, Group, arg

if TYPE_CHECKING:
    from kiosk.stats.figures import Figures

commands = Group("stats", "usage figures counted on this kiosk: export them, report on them")


def day(text: str) -> date:
    """An argument type for days: YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a day must look like 2025-06-14, not {text!r}") from None


_CONFIG = arg(
    "--config", type=Path, default=None, help="the kiosk's configuration file, for its kiosk_name"
)
_STATS = arg(
    "--stats",
    type=Path,
    default=None,
    help="the usage figures file (default: stats.db in the exhibit's log folder)",
)
_TO = arg("--to", type=day, default=None, help="last day, included (default: today)")


def _stats_file(given: Path | None) -> Path:
    if given is not None:
        return given
    from kiosk.app.logs import log_folder
    from kiosk.stats.store import FILE_NAME

    return log_folder() / FILE_NAME


def _kiosk_name(config: Path | None) -> str:
    from kiosk.app.config import ConfigError, load_config
    from kiosk.stats.figures import UNNAMED

    try:
        return load_config(config).kiosk_name or UNNAMED
    except ConfigError as exc:
        raise CliError(str(exc), BAD_INPUT) from exc


def _period(since: date | None, to: date | None) -> tuple[date | None, date]:
    last = to or date.today()
    if since is not None and since > last:
        raise CliError(f"--since {since} is after --to {last}", BAD_INPUT)
    return since, last


def _local(args: argparse.Namespace, since: date | None, to: date) -> Figures:
    from kiosk.stats.figures import Figures
    from kiosk.stats.store import StatsError, StatsStore

    try:
        rows = StatsStore(_stats_file(args.stats)).read(since, to)
    except StatsError as exc:
        raise CliError(str(exc), BAD_INPUT) from exc
    return Figures.from_store(rows, _kiosk_name(args.config))


@commands.command(
    "export",
    "write this kiosk's usage figures per day as CSV for the museum, counts under 5 suppressed",
    arg("--since", type=day, required=True, help="first day, included (YYYY-MM-DD)"),
    _TO,
    arg("--out", type=Path, default=None, help="CSV file to write (default: print the CSV)"),
    _CONFIG,
    _STATS,
    exits={
        OK: "the figures were written",
        PROBLEMS: "no figures in that period (the CSV has its header only)",
        BAD_INPUT: "no usage figures file or a damaged one, a bad day or configuration",
    },
)
def export(args: argparse.Namespace) -> int:
    from kiosk.stats.figures import csv_text

    since, to = _period(args.since, args.to)
    figs = _local(args, since, to)
    text = csv_text(figs)
    if args.out is None:
        sys.stdout.write(text)
    else:
        _write_atomically(args.out, text)
        print(f"wrote {len(figs.counts)} figure(s) of {len(figs.days())} day(s) to {args.out}")
    return OK if figs else PROBLEMS


def _write_atomically(path: Path, text: str) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise CliError(f"cannot write {path}: {exc}", BAD_INPUT) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise CliError(f"cannot write {path}: {exc}", BAD_INPUT) from exc


@commands.command(
    "report",
    "print a summary of the usage figures and write a small chart per day (PNG); "
    "--merge reports on several kiosks' exports together",
    arg("--since", type=day, default=None, help="first day, included (default: the first)"),
    _TO,
    arg(
        "--merge",
        nargs="+",
        type=Path,
        default=None,
        metavar="CSV",
        help="exports ('kiosk stats export') of several kiosks to report on together, "
        "instead of this kiosk's own file",
    ),
    arg(
        "--charts",
        type=Path,
        default=Path("usage-charts"),
        help="folder for the charts, one usage-YYYY-MM-DD.png per day (default: usage-charts)",
    ),
    _CONFIG,
    _STATS,
    exits={
        OK: "the summary was printed and the charts written",
        PROBLEMS: "no figures in that period",
        BAD_INPUT: "no usage figures file or a damaged one, an export that is not one, the "
        "same kiosk and day in two exports, a bad day or configuration",
    },
)
def report(args: argparse.Namespace) -> int:
    from kiosk.fonts import FONTS_DIR
    from kiosk.stats.chart import chart_name, day_chart
    from kiosk.stats.figures import Figures, FiguresError, read_csv, summary

    since, to = _period(args.since, args.to)
    if args.merge:
        try:
            merged = Figures.merge((p.name, read_csv(p)) for p in args.merge)
        except FiguresError as exc:
            raise CliError(str(exc), BAD_INPUT) from exc
        figs = Figures({k: c for k, c in merged.counts.items() if (since or k[1]) <= k[1] <= to})
    else:
        figs = _local(args, since, to)
    print(summary(figs), end="")
    if not figs:
        return PROBLEMS
    font = FONTS_DIR / "NotoSans-Regular.ttf"
    try:
        for d in figs.days():
            day_chart(figs, d, args.charts / chart_name(d), font if font.exists() else None)
    except OSError as exc:
        raise CliError(f"cannot write the charts to {args.charts}: {exc}", BAD_INPUT) from exc
    print(f"\nwrote {len(figs.days())} chart(s) to {args.charts}")
    return OK
