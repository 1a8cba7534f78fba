"""Usage figures as a museum receives them: per kiosk and day, counts under 5 suppressed.

A ``Figures`` table holds counts by (kiosk, day, metric, item). Read from the device's
file the counts are exact; in an export (CSV) a count from 1 to 4 is written ``<5``;
merged and summed, a suppressed count becomes a range (two suppressed days sum to
"2–8"), so a total never claims more than the exports say.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from .counter import ACCESSIBILITY, GATE_ANSWERS, GATE_SCOPES, LENGTHS, METRICS, allowed
from .store import Stored

SUPPRESS_BELOW = 5
CSV_HEADER = ("kiosk", "date", "metric", "item", "count")
SUPPRESSED_TEXT = f"<{SUPPRESS_BELOW}"
UNNAMED = "unnamed kiosk"


class FiguresError(Exception):
    """An export cannot be read or merged; the message names the file and line."""


@dataclass(frozen=True)
class Count:
    """A count, or the range it lies in when some of it was suppressed."""

    low: int
    high: int

    def __add__(self, other: Count) -> Count:
        return Count(self.low + other.low, self.high + other.high)

    @property
    def exact(self) -> bool:
        return self.low == self.high

    def published(self) -> Count:
        """This count as it may leave the device: 1 to 4 becomes 'under 5'."""
        return HIDDEN if self.exact and 0 < self.low < SUPPRESS_BELOW else self

    def text(self) -> str:
        if self.exact:
            return str(self.low)
        if self == HIDDEN:
            return SUPPRESSED_TEXT
        return f"{self.low}–{self.high}"


ZERO = Count(0, 0)
HIDDEN = Count(1, SUPPRESS_BELOW - 1)
# the exhibit's own doings, not visitors': never suppressed
MACHINE = frozenset({"starts"})


def publish(metric: str, count: Count) -> Count:
    """``count`` of ``metric`` as it may leave the device."""
    return count if metric in MACHINE else count.published()


Key = tuple[str, date, str, str]  # kiosk, day, metric, item


class Figures:
    """Counts by kiosk, day, metric and item."""

    def __init__(self, counts: dict[Key, Count] | None = None) -> None:
        self.counts: dict[Key, Count] = dict(counts or {})

    @classmethod
    def from_store(cls, rows: Iterable[Stored], kiosk: str) -> Figures:
        """One kiosk's exact counts, with the placeholder counters (0) on every day."""
        counts: dict[Key, Count] = {}
        for r in rows:
            if r.metric in METRICS and allowed(r.metric, r.item):
                counts[(kiosk, r.day, r.metric, r.item)] = Count(r.n, r.n)
        for day in {k[1] for k in counts}:
            for feature in ACCESSIBILITY:
                counts.setdefault((kiosk, day, "accessibility", feature), ZERO)
        return cls(counts)

    def published(self) -> Figures:
        """Every count as it may leave the device (under 5 suppressed)."""
        return Figures({k: publish(k[2], c) for k, c in self.counts.items()})

    def __bool__(self) -> bool:
        return bool(self.counts)

    def kiosks(self) -> list[str]:
        return list(dict.fromkeys(k[0] for k in sorted(self.counts, key=_sort_key)))

    def days(self) -> list[date]:
        return sorted({k[1] for k in self.counts})

    def total(
        self, metric: str, item: str = "", kiosk: str | None = None, day: date | None = None
    ) -> Count:
        """The sum over every kiosk and day (or one of each), as a count or a range."""
        out = ZERO
        for (k, d, m, i), c in self.counts.items():
            if m == metric and i == item and kiosk in (None, k) and day in (None, d):
                out = out + c
        return out

    def items(self, metric: str, day: date | None = None) -> list[str]:
        """The items of ``metric``, in their natural order or the most counted first."""
        found = {i for (_, d, m, i) in self.counts if m == metric and day in (None, d)}
        order = _ORDER.get(metric)
        if order is not None:
            return [i for i in order if i in found]
        return sorted(found, key=lambda i: (-self.total(metric, i, day=day).high, i))

    @classmethod
    def merge(cls, parts: Iterable[tuple[str, Figures]]) -> Figures:
        """Several exports in one table; the same kiosk and day twice is an error
        (it would be counted twice)."""
        merged: dict[Key, Count] = {}
        origin: dict[tuple[str, date], str] = {}
        for name, figs in parts:
            for key, count in figs.counts.items():
                where = (key[0], key[1])
                if origin.setdefault(where, name) != name:
                    raise FiguresError(
                        f"{origin[where]} and {name} both hold {key[1]} of kiosk "
                        f"{key[0]!r}; merge each day of a kiosk once (give each kiosk its "
                        "own kiosk_name)"
                    )
                merged[key] = count
        return cls(merged)


_ORDER: dict[str, list[str]] = {
    "visit_length": [label for _, label in LENGTHS],
    "accessibility": list(ACCESSIBILITY),
    "warning": [f"{s}/{a}" for s in GATE_SCOPES for a in GATE_ANSWERS],
    "starts": ["", "after-crash"],
}


def _sort_key(key: Key) -> tuple[date, str, str, str]:
    return (key[1], key[0], key[2], key[3])


# -- CSV ---------------------------------------------------------------------------

# a cell a spreadsheet would run as a formula gets a leading apostrophe
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA) else text


def _uncell(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:].startswith(_FORMULA) else text


def write_csv(figs: Figures, out: TextIO) -> int:
    """Write the published figures (counts under 5 suppressed) as CSV; return the rows.

    Columns: kiosk, date (YYYY-MM-DD), metric, item, count (a number or ``<5``)."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    rows = 0
    for key in sorted(figs.counts, key=_csv_order):
        kiosk, day, metric, item = key
        count = publish(metric, figs.counts[key])
        writer.writerow([_cell(kiosk), day.isoformat(), metric, item, count.text()])
        rows += 1
    return rows


def _csv_order(key: Key) -> tuple[date, str, int, int, str]:
    kiosk, day, metric, item = key
    order = _ORDER.get(metric, [])
    return (
        day,
        kiosk,
        list(METRICS).index(metric),
        order.index(item) if item in order else 0,
        item,
    )


def csv_text(figs: Figures) -> str:
    buf = io.StringIO()
    write_csv(figs, buf)
    return buf.getvalue()


def read_csv(path: Path) -> Figures:
    """An export written by ``write_csv``, checked line by line. A kiosk without a
    name takes the file's name, so two unnamed kiosks can still be told apart."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FiguresError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FiguresError(f"{path}: cannot be read ({exc})") from exc
    counts: dict[Key, Count] = {}
    for line, row in _rows(path, text):
        if len(row) != len(CSV_HEADER):
            raise FiguresError(f"{path.name}, line {line}: {len(row)} columns, not 5")
        kiosk, day_text, metric, item, value = row
        where = f"{path.name}, line {line}"
        try:
            day = date.fromisoformat(day_text)
        except ValueError:
            raise FiguresError(f"{where}: {day_text[:20]!r} is not a date (YYYY-MM-DD)") from None
        if metric not in METRICS or not allowed(metric, item):
            raise FiguresError(f"{where}: not a usage figure ({metric[:32]!r})")
        key = (_uncell(kiosk) or f"{UNNAMED} ({path.stem[:40]})", day, metric, item)
        if key in counts:
            raise FiguresError(f"{where}: the same figure twice")
        counts[key] = _count(value, metric, where)
    return Figures(counts)


def _rows(path: Path, text: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader, None)
        if header is None or tuple(header) != CSV_HEADER:
            raise FiguresError(
                f"{path.name} is not a usage figures export (its first line must be "
                f"{','.join(CSV_HEADER)})"
            )
        for row in reader:
            if row:
                yield reader.line_num, row
    except csv.Error as exc:
        raise FiguresError(f"{path.name}, line {reader.line_num}: {exc}") from exc


def _count(value: str, metric: str, where: str) -> Count:
    if value == SUPPRESSED_TEXT:
        return HIDDEN
    if not value.isdigit() or len(value) > 9:
        raise FiguresError(f"{where}: the count must be a number or {SUPPRESSED_TEXT}")
    n = int(value)
    if 0 < n < SUPPRESS_BELOW and metric not in MACHINE:
        raise FiguresError(f"{where}: a count under {SUPPRESS_BELOW} was not suppressed")
    return Count(n, n)


# -- the printed summary ---------------------------------------------------------------

HEADINGS: dict[str, str] = {
    "visits": "Visits",
    "visit_length": "Time per visit (first to last touch)",
    "chapter_opened": "Chapters opened (visits)",
    "chapter_read": "Chapters read to the end (visits)",
    "screen": "Screens opened",
    "warning": "Content warnings answered (kind/answer)",
    "language": "Languages read in (visits)",
    "searches": "Searches made",
    "accessibility": "Accessibility features used (visits)",
    "idle_resets": "Idle resets",
    "starts": "Starts of the exhibit",
}
_ITEM_NAMES = {
    "": "all",
    "after-crash": "after a crash",
    "under-1-min": "under 1 min",
    "1-3-min": "1–3 min",
    "3-5-min": "3–5 min",
    "5-10-min": "5–10 min",
    "10-20-min": "10–20 min",
    "20-min-or-more": "20 min or more",
}


def item_name(item: str) -> str:
    """How an item reads in a summary or a chart."""
    return _ITEM_NAMES.get(item, item)


def summary(figs: Figures, title: str = "Usage figures") -> str:
    """A plain-text summary of the period: one column per kiosk, and all kiosks."""
    kiosks = figs.kiosks()
    days = figs.days()
    if not days:
        return f"{title}: no figures for this period.\n"
    columns: list[str | None] = [*kiosks, None] if len(kiosks) > 1 else list(kiosks)
    names = [k if k is not None else "all kiosks" for k in columns]
    width = max([len(n) for n in names] + [9])
    label_width = 42
    lines = [
        f"{title}: {days[0]} to {days[-1]} ({len(days)} day(s) with figures)",
        f"Counts of 1 to {SUPPRESS_BELOW - 1} are shown as {SUPPRESSED_TEXT}; a range means "
        "some of it was under 5 on a day.",
        "",
        " " * label_width + " ".join(f"{n[:width]:>{width}}" for n in names),
    ]
    for metric, heading in HEADINGS.items():
        items = figs.items(metric)
        if not items:
            continue
        if items == [""]:
            values = [publish(metric, figs.total(metric, "", k)).text() for k in columns]
            lines.append(f"{heading[:label_width]:<{label_width}}" + _row(values, width))
            continue
        lines.append(heading)
        for item in items:
            label = "  " + item_name(item)
            values = [publish(metric, figs.total(metric, item, k)).text() for k in columns]
            lines.append(f"{label[:label_width]:<{label_width}}" + _row(values, width))
    return "\n".join(lines) + "\n"


def _row(values: list[str], width: int) -> str:
    return " ".join(f"{v:>{width}}" for v in values)
