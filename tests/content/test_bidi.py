"""Numbers, dates and Latin names inside right-to-left text, isolated for display."""

from __future__ import annotations

import pytest

from kiosk.content import safety, text

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"


@pytest.mark.parametrize(
    ("shown", "isolated"),
    [
        # a range keeps its order: never "1949–1941"
        ("سال‌های 1941–1949 بود", f"سال‌های {LRI}1941–1949{PDI} بود"),
        ("رقم 9,254–10,861 نفر", f"رقم {LRI}9,254–10,861{PDI} نفر"),
        ("از ۱۹۴۱ تا ۱۹۴۹", f"از {LRI}۱۹۴۱{PDI} تا {LRI}۱۹۴۹{PDI}"),
        ("۹٬۲۵۴ نفر", f"{LRI}۹٬۲۵۴{PDI} نفر"),
        # a Latin name finds its own (left-to-right) direction
        ("توسط NKVD در", f"توسط {FSI}NKVD{PDI} در"),
        ("نام Wehrmacht-Untersuchungsstelle و", f"نام {FSI}Wehrmacht-Untersuchungsstelle{PDI} و"),
        # a phone number keeps its groups in order; the full stop stays with the sentence
        ("تلفن +93 20 210 0000.", f"تلفن {LRI}+93 20 210 0000{PDI}."),
        ("۲۰٪ همه", f"{LRI}۲۰٪{PDI} همه"),
        ("بدون عدد", "بدون عدد"),
        # English inside a Dari screen (a fallback) reads left to right as a block
        ("The NKVD in 1940.", f"{FSI}The NKVD in 1940.{PDI}"),
        ("۱۹۴۱", f"{LRI}۱۹۴۱{PDI}"),
    ],
)
def test_left_to_right_runs_are_isolated(shown: str, isolated: str) -> None:
    assert text.isolate_ltr(shown) == isolated
    assert text.isolate_ltr(isolated) == isolated  # twice changes nothing


def test_isolated_display_text_would_be_refused_as_content() -> None:
    """Display only: the same text stored in the content is refused by the checks."""
    shown = text.isolate_ltr("توسط NKVD در ۱۹۴۰")
    assert safety.bad_characters("توسط NKVD در ۱۹۴۰") is None
    found = safety.bad_characters(shown)
    assert found is not None and "bidirectional" in found
