"""The speed budget: each figure beside the floor it is measured against, and its target.

Every benchmark builds a list of ``Figure``s from one run on one machine and hands it to
``report``, which prints the table (or, with ``--json``, one JSON document for
``run.py``) and gives the exit status: 1 when any figure misses its target.
"""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass

HEADER = f"{'figure':58} {'value':>9} {'floor':>9} {'ratio':>7} {'target':>8}"


@dataclass(frozen=True)
class Figure:
    """One measured value and its floor; the target bounds their ratio.

    ``at_least`` turns the target into a lower bound (frames per second: more is
    better); otherwise the ratio must stay at or under it.
    """

    name: str
    value: float
    floor: float
    target: float
    at_least: bool = False

    @property
    def ratio(self) -> float:
        return self.value / self.floor if self.floor else math.nan

    @property
    def ok(self) -> bool:
        r = self.ratio
        if math.isnan(r):
            return False  # a figure that could not be measured is not within budget
        return r >= self.target if self.at_least else r <= self.target

    def row(self) -> str:
        bound = ">=" if self.at_least else "<="
        mark = "ok" if self.ok else "OVER"
        return (
            f"{self.name:58} {self.value:9.2f} {self.floor:9.2f} {self.ratio:6.2f}x "
            f"{bound}{self.target:5.2f}x  {mark}"
        )


def median(xs: Sequence[float]) -> float:
    return statistics.median(xs) if xs else math.nan


def p95(xs: Sequence[float]) -> float:
    """The value 95 % of the samples stay at or under (nearest rank)."""
    if not xs:
        return math.nan
    return sorted(xs)[max(0, math.ceil(0.95 * len(xs)) - 1)]


def report(figures: Sequence[Figure], as_json: bool = False) -> int:
    """Print the figures; 0 when every one is within its target, else 1."""
    if as_json:
        print(json.dumps([{**asdict(f), "ok": f.ok} for f in figures]))
    else:
        print(HEADER)
        for f in figures:
            print(f.row())
    return 0 if all(f.ok for f in figures) else 1
