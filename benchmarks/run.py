"""Every benchmark of the speed budget, each in its own process, as one table.

    QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software python benchmarks/run.py [NAME ...]

Runs startup.py, images.py, timeline.py, search.py, maps.py, stats.py, handout.py and studio.py (or the ones named) with
``--json`` and prints every figure beside its floor, the ratio and the target.
Exits 1 when any figure is over its target, 2 when a benchmark could not run.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from budget import HEADER, Figure
from offscreen import child_env

HERE = Path(__file__).resolve().parent
BENCHMARKS = ("startup", "images", "timeline", "search", "maps", "stats", "handout", "studio")


def run(name: str) -> list[Figure]:
    """The figures of one benchmark, measured in a process of its own."""
    out = subprocess.run(
        [sys.executable, str(HERE / f"{name}.py"), "--json"],
        capture_output=True, text=True, env=child_env(), cwd=HERE.parent, timeout=1800,
    )  # fmt: skip
    lines = out.stdout.strip().splitlines()
    if out.returncode not in (0, 1) or not lines:
        raise RuntimeError(f"{name}.py exited with {out.returncode}:\n{out.stderr[-2000:]}")
    return [
        Figure(f["name"], f["value"], f["floor"], f["target"], f["at_least"])
        for f in json.loads(lines[-1])
    ]


def main() -> int:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument(
        "names", nargs="*", metavar="NAME",
        help=f"benchmarks to run (default: all of {', '.join(BENCHMARKS)})",
    )  # fmt: skip
    args = p.parse_args()
    unknown = [n for n in args.names if n not in BENCHMARKS]
    if unknown:
        p.error(f"no benchmark {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    failed: list[str] = []
    figures: list[Figure] = []
    for name in args.names or BENCHMARKS:
        t0 = time.monotonic()
        print(f"running {name}.py ...", file=sys.stderr, flush=True)
        try:
            figures += run(name)
        except (RuntimeError, subprocess.TimeoutExpired, ValueError) as exc:
            print(f"{name}.py: {exc}", file=sys.stderr)
            failed.append(name)
        print(f"  {time.monotonic() - t0:.0f} s", file=sys.stderr)
    print(HEADER)
    for f in figures:
        print(f.row())
    over = [f for f in figures if not f.ok]
    print(f"{len(figures) - len(over)} of {len(figures)} figures within their targets", end="")
    print(f"; could not run: {', '.join(failed)}" if failed else "")
    if failed:
        return 2
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
