"""Japanese display text keeps a number with its counter on one line ("1945年"), without
touching what is stored, searched or checked."""

from __future__ import annotations

import pytest

from kiosk.content import safety, text

WJ = "\u2060"


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        # a year and its counter: never "…1945" at a line's end and "年" on the next
        ("日本：サハリンと千島列島、1945年", f"日本：サハリンと千島列島、1945{WJ}年"),
        ("1945年8月9日", f"1945{WJ}年8{WJ}月9{WJ}日"),
        # a range's wave or dash never starts a line; it may end one
        ("1939～1941年", f"1939{WJ}～1941{WJ}年"),
        ("1944–1953年", f"1944{WJ}–1953{WJ}年"),
        # units, kana counters, prefixes
        ("約3万人", f"約{WJ}3{WJ}万人"),
        ("第2次世界大戦", f"第{WJ}2{WJ}次世界大戦"),
        ("2つの", f"2{WJ}つの"),
        ("１９４５年", f"１９４５{WJ}年"),  # full-width digits
        # a search's marks around the number: the joiner follows the closing mark
        ("\x021945\x03年", f"\x021945\x03{WJ}年"),
        # nothing to join
        ("ソ連と戦時国際法", "ソ連と戦時国際法"),
        ("NKVD 1945, 3 ships", "NKVD 1945, 3 ships"),
        ("", ""),
    ],
)
def test_numbers_keep_their_counters(stored: str, shown: str) -> None:
    assert text.keep_numbers_with_counters(stored) == shown
    assert text.keep_numbers_with_counters(shown) == shown  # twice changes nothing
    assert shown.replace(WJ, "") == stored  # only joiners are added


def test_joined_display_text_would_be_refused_as_content() -> None:
    """Display only: a stored text holding the joiner is refused by the content checks,
    so the database, its search index and the copy check never see one."""
    assert safety.bad_characters("1945年") is None
    assert safety.bad_characters(text.keep_numbers_with_counters("1945年")) is not None
