"""EDTF dates: parsing, bounds, and labels that never claim more precision than the value."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.content import dates


@pytest.mark.parametrize(
    ("value", "label", "precision"),
    [
        ("1941-06-14", "14 June 1941", "day"),
        ("1941-06", "June 1941", "month"),
        ("1941", "1941", "year"),
        ("1945~", "c. 1945", "year"),
        ("1941?", "1941?", "year"),
        ("1930/1934", "1930–1934", "year"),
        ("1941-12/1942-02", "winter 1941–42", "month"),
        ("1941-06-14/1941-06-16", "14–16 June 1941", "day"),
        ("1980-22", "summer 1980", "season"),
        ("1943-02-10/1943-02-11", "10–11 February 1943", "day"),
        ("1944-12/1945-02", "winter 1944–45", "month"),
    ],
)
def test_labels(value: str, label: str, precision: str) -> None:
    d = dates.parse(value)
    assert dates.label(d) == label
    assert d.precision == precision


def test_bounds_of_a_range() -> None:
    d = dates.parse("1941-12/1942-02")
    assert (d.start, d.end, d.is_range) == (dt.date(1941, 12, 1), dt.date(1942, 2, 28), True)


@pytest.mark.parametrize(
    "bad", ["", "June 1941", "1941-13", "1941-02-30", "1942/1941", "19xx", "{}"]
)
def test_invalid_dates_are_refused(bad: str) -> None:
    with pytest.raises(dates.DateError):
        dates.parse(bad)


def test_out_of_period() -> None:
    with pytest.raises(dates.DateError):
        dates.check_range(dates.parse("1905"))


MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


@st.composite
def edtf_values(draw: st.DrawFn) -> str:
    year = draw(st.integers(1917, 2025))
    form = draw(st.sampled_from(["year", "month", "day", "approx", "season", "range"]))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    if form == "year":
        return f"{year}"
    if form == "month":
        return f"{year}-{month:02d}"
    if form == "day":
        return f"{year}-{month:02d}-{day:02d}"
    if form == "approx":
        return f"{year}~"
    if form == "season":
        return f"{year}-{draw(st.integers(21, 24))}"
    end = draw(st.integers(year, min(2025, year + 5)))
    if draw(st.booleans()):
        return f"{year}/{end}"
    return f"{year}-{month:02d}/{end}-12"


@given(edtf_values())
def test_label_never_claims_more_precision_than_the_value(value: str) -> None:
    d = dates.parse(value)
    text = dates.label(d)
    has_day = re.search(r"\b\d{1,2}\b", text) is not None
    has_month = re.search(MONTHS, text) is not None
    if d.precision in ("year", "season"):
        assert not has_month and not has_day, (value, text)
    if d.precision == "month":
        assert not has_day, (value, text)
    assert str(d.start.year) in text
    if d.approximate:
        assert text.startswith("c. ")
    if d.start <= d.end and d.start.year != d.end.year:
        assert str(d.end.year)[-2:] in text


_END = st.builds(
    lambda y, m, d, form: (
        f"{y:04d}" if form == 0 else f"{y:04d}-{m:02d}" if form == 1 else f"{y:04d}-{m:02d}-{d:02d}"
    ),
    st.integers(1900, 2030),
    st.integers(0, 24),  # months 13-24 are not months (21-24 are EDTF seasons)
    st.integers(0, 32),
    st.integers(0, 2),
)


@given(st.one_of(_END, st.builds(lambda a, b: f"{a}/{b}", _END, _END)))
def test_plain_dates_read_without_the_grammar_as_the_grammar_reads_them(text: str) -> None:
    """The fast path for plain years, months, days and their ranges gives exactly what the
    EDTF grammar gives, and leaves every other value (seasons, impossible days, ranges
    that end before they start) to the grammar."""
    fast = dates._fast(text)
    try:
        grammar: dates.EventDate | None = dates._grammar(text)
    except dates.DateError:
        grammar = None
    if fast is not None:
        assert fast == grammar
    elif grammar is not None:  # left to the grammar: a form it reads and the path does not
        assert grammar.precision == "season" or "-" not in text or grammar.is_range
