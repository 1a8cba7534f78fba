"""EDTF event dates: parse with the ``edtf`` package, keep the precision, label honestly.

A label never claims more precision than the value: ``1941-06`` is "June 1941",
never a day; ``1945~`` is "c. 1945".
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

PRECISIONS = ("day", "month", "season", "year")
SEASONS = {"21": "spring", "22": "summer", "23": "autumn", "24": "winter"}

MIN_YEAR = 1917
MAX_YEAR = 2025


class DateError(ValueError):
    """An event date that is not valid EDTF or not supported by the exhibit."""


@dataclass(frozen=True)
class EventDate:
    """A parsed EDTF value with the bounds and precision the timeline needs."""

    edtf: str
    start: dt.date
    end: dt.date
    precision: str  # day | month | season | year (the coarser end of a range)
    approximate: bool = False
    uncertain: bool = False
    is_range: bool = False
    season: str | None = None  # spring | summer | autumn | winter, for season values


_SEASON_OF_MONTH = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}


def from_row(
    edtf_text: str,
    start: str,
    end: str,
    precision: str,
    approximate: bool,
    uncertain: bool,
    is_range: bool,
) -> EventDate:
    """Rebuild a date from the columns the build stored (no EDTF parsing at run time)."""
    s, e = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    season = _SEASON_OF_MONTH.get(s.month) if precision == "season" and not is_range else None
    return EventDate(edtf_text, s, e, precision, approximate, uncertain, is_range, season)


def _bounds(value: object) -> tuple[dt.date, dt.date]:
    lo = value.lower_strict()  # type: ignore[attr-defined]
    hi = value.upper_strict()  # type: ignore[attr-defined]
    return dt.date(lo.tm_year, lo.tm_mon, lo.tm_mday), dt.date(hi.tm_year, hi.tm_mon, hi.tm_mday)


def _single(value: object) -> tuple[str, bool, bool, str | None]:
    """Precision, approximate, uncertain and season of a non-interval value."""
    import edtf

    if isinstance(value, edtf.UncertainOrApproximate):
        ua = value.ua
        inner = value.date
        precision, _, _, season = _single(inner)
        approx = bool(ua and (ua._is_approximate or ua._uncertain_and_approximate))
        uncertain = bool(ua and (ua._is_uncertain or ua._uncertain_and_approximate))
        return precision, approx, uncertain, season
    if isinstance(value, edtf.Season):
        return "season", False, False, SEASONS.get(str(value.season))
    if type(value) is edtf.Date:
        precision = value.precision
        if precision in ("day", "month", "year"):
            return precision, False, False, None
    raise DateError(f"unsupported EDTF form: {value!s}")


_ORDER = {p: i for i, p in enumerate(PRECISIONS)}


def parse(text: str) -> EventDate:
    """Parse one EDTF value of the forms the exhibit uses; raise DateError otherwise."""
    return _parse(str(text).strip())


# A plain calendar date (a year, a month or a day, without qualifiers), alone or as both
# ends of a range: most of the exhibit's dates. The EDTF grammar gives the same result
# for these (tests/content/test_dates.py compares them) in 10-40 ms instead of microseconds.
_PLAIN = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _plain(text: str) -> tuple[dt.date, dt.date, str] | None:
    """Bounds and precision of a plain calendar date; None for any other form (and for
    a day or month that does not exist: the grammar says what is wrong with it)."""
    m = _PLAIN.fullmatch(text)
    if m is None:
        return None
    year, month, day = int(m[1]), m[2], m[3]
    try:
        if day is not None:
            start = dt.date(year, int(month), int(day))
            return start, start, "day"
        if month is not None:
            first = dt.date(year, int(month), 1)
            following = dt.date(year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - dt.timedelta(days=1), "month"
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    except ValueError:
        return None


def _fast(text: str) -> EventDate | None:
    """The plain forms without the grammar; None where the grammar must decide."""
    ends = text.split("/")
    if len(ends) > 2:
        return None
    parsed = [_plain(end) for end in ends]
    if any(p is None for p in parsed):
        return None
    if len(parsed) == 1:
        start, end, precision = parsed[0]  # type: ignore[misc]
        return EventDate(text, start, end, precision)
    (start, _, lo_p), (_, end, hi_p) = parsed  # type: ignore[misc]
    if end < start:
        return None  # the grammar's own message
    precision = max(lo_p, hi_p, key=lambda p: _ORDER[p])
    return EventDate(text, start, end, precision, is_range=True)


# The EDTF grammar takes 10-40 ms a value, and a build parses each date more than once
# (its checks, its rows, and the next build in the same process): each text is parsed once.
# EventDate is frozen, so every caller may share one; a DateError is raised each time.
@functools.lru_cache(maxsize=8192)
def _parse(text: str) -> EventDate:
    fast = _fast(text)
    if fast is not None:
        return fast
    return _grammar(text)


def _grammar(text: str) -> EventDate:
    import edtf  # imported here: the package is slow to import and the app never parses
    from edtf.parser.edtf_exceptions import EDTFParseException

    try:
        value = edtf.parse_edtf(text)
    except (EDTFParseException, ValueError, TypeError) as exc:
        raise DateError(f"not an EDTF date: {text!r}") from exc
    if isinstance(value, edtf.Interval):
        lo_p, lo_a, lo_u, _ = _single(value.lower)
        hi_p, hi_a, hi_u, _ = _single(value.upper)
        start, _ = _bounds(value.lower)
        _, end = _bounds(value.upper)
        if end < start:
            raise DateError(f"range ends before it starts: {text!r}")
        precision = max(lo_p, hi_p, key=lambda p: _ORDER[p])
        return EventDate(text, start, end, precision, lo_a or hi_a, lo_u or hi_u, True, None)
    precision, approx, uncertain, season = _single(value)
    start, end = _bounds(value)
    return EventDate(text, start, end, precision, approx, uncertain, False, season)


def check_range(date: EventDate) -> None:
    """Raise DateError when a date lies outside the exhibit's period."""
    if date.start.year < MIN_YEAR or date.end.year > MAX_YEAR:
        raise DateError(f"{date.edtf} lies outside {MIN_YEAR}-{MAX_YEAR}")


MonthName = Callable[[int], str]


def _english_month(month: int) -> str:
    return dt.date(2000, month, 1).strftime("%B")


@dataclass(frozen=True)
class Words:
    """How a language writes dates: month names (with a day and alone), digits, word order,
    seasons and "circa". The defaults are English; the app fills them from QLocale and
    the interface translation."""

    month: MonthName = _english_month  # with a day ("14 June", genitive in Russian)
    month_alone: MonthName = _english_month  # without a day ("June 1941")
    number: Callable[[int], str] = str  # days and years, in the language's digits
    day_month_year: str = "{d} {m} {y}"
    month_year: str = "{m} {y}"
    seasons: tuple[str, str, str, str] = ("spring", "summer", "autumn", "winter")
    circa: str = "c. {}"
    winter: str = "winter {}–{}"
    years: str = "{}–{}"  # a range of years (Dari writes "{} تا {}")


ENGLISH = Words()
_SEASON_INDEX = {"spring": 0, "summer": 1, "autumn": 2, "winter": 3}


def _one(d: dt.date, precision: str, w: Words) -> str:
    if precision == "day":
        return w.day_month_year.format(d=w.number(d.day), m=w.month(d.month), y=w.number(d.year))
    if precision == "month":
        return w.month_year.format(m=w.month_alone(d.month), y=w.number(d.year))
    return w.number(d.year)


def label(date: EventDate, words: Words = ENGLISH) -> str:
    """A label as precise as the value and no more."""
    w = words
    if date.precision == "season" and not date.is_range:
        text = f"{w.seasons[_SEASON_INDEX[date.season or 'summer']]} {w.number(date.start.year)}"
    elif date.is_range:
        text = _range_label(date, w)
    else:
        text = _one(date.start, date.precision, w)
    if date.approximate:
        text = w.circa.format(text)
    if date.uncertain:
        text = f"{text}?"
    return text


def _range_label(date: EventDate, w: Words) -> str:
    s, e, p = date.start, date.end, date.precision
    if p == "month" and s.month == 12 and e.month <= 2 and e.year == s.year + 1:
        return w.winter.format(w.number(s.year), w.number(e.year)[-2:])
    if p in ("year", "season"):
        return w.years.format(w.number(s.year), w.number(e.year))
    if p == "month":
        if s.year == e.year:
            return w.month_year.format(
                m=f"{w.month_alone(s.month)}–{w.month_alone(e.month)}", y=w.number(s.year)
            )
        return f"{_one(s, 'month', w)} – {_one(e, 'month', w)}"
    if s.year == e.year and s.month == e.month:
        return w.day_month_year.format(
            d=f"{w.number(s.day)}–{w.number(e.day)}", m=w.month(s.month), y=w.number(s.year)
        )
    return f"{_one(s, 'day', w)} – {_one(e, 'day', w)}"
