"""Accessibility choices: the visitor's last one visit, the staff's come from the
configuration, and reading with larger text gives the visitor more time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kiosk.app.access import TEXT_STEPS, Access
from kiosk.app.config import ConfigError, KioskConfig, load_config
from kiosk.app.session import Idle


def test_text_steps_go_up_to_double_and_back(qapp: Any) -> None:
    access = Access()
    seen = []
    for _ in range(len(TEXT_STEPS) + 1):
        seen.append(access.textPercent)
        access.biggerText()
    assert seen == [100, 125, 150, 200, 100]
    assert TEXT_STEPS[-1] == 200 and len(TEXT_STEPS) >= 4


def test_the_reset_keeps_the_staff_theme_and_drops_the_visitor_choice(qapp: Any) -> None:
    access = Access(KioskConfig(theme="high-contrast", layout="seated", reduce_motion=True))
    assert access.highContrast and access.seated and access.reduceMotion
    access.toggleContrast()
    access.setTextStep(3)
    assert not access.highContrast and access.inUse
    access.reset()
    assert access.highContrast and access.textPercent == 100 and not access.inUse


def test_a_desktop_asking_for_high_contrast_sets_the_theme_the_reset_returns_to(
    qapp: Any,
) -> None:
    access = Access(KioskConfig())
    assert not access.highContrast
    access.systemHighContrast = True  # as Main.qml passes the desktop's setting on
    assert access.highContrast
    access.toggleContrast()  # a visitor's own choice holds until the reset
    access.systemHighContrast = True
    assert not access.highContrast
    access.reset()
    assert access.highContrast
    access.systemHighContrast = False  # the desktop changed back: so does the screen
    assert not access.highContrast
    staff = Access(KioskConfig(theme="high-contrast"))
    staff.systemHighContrast = False  # the staff's theme stands whatever the desktop says
    staff.systemHighContrast = True
    staff.systemHighContrast = False
    assert staff.highContrast


def test_announcements_are_kept_and_signalled(qapp: Any) -> None:
    access = Access()
    heard: list[str] = []
    access.announced.connect(heard.append)
    access.announce("  Before you   continue. ")
    access.announce("")
    assert heard == ["Before you continue."]
    assert access.lastAnnouncement == "Before you continue."


def test_larger_text_gives_a_longer_wait_and_countdown(qapp: Any, qtbot: Any) -> None:
    idle = Idle(timeout_ms=30, countdown_ms=20)
    assert idle.wait_seconds() == pytest.approx(0.05)
    idle.set_extended(True)
    assert idle.wait_seconds() == pytest.approx(0.03 * 3 + 0.02 * 2)
    idle.set_armed(True)
    with qtbot.waitSignal(idle.countingDownChanged, timeout=1000):
        pass
    with qtbot.waitSignal(idle.resetRequested, timeout=1000):
        pass
    idle.set_extended(False)
    assert idle.wait_seconds() == pytest.approx(0.05)


def test_the_exhibit_extends_the_wait_while_the_text_is_larger(
    start_exhibit: Any, small_db: Path
) -> None:
    ex = start_exhibit(small_db, idle_timeout=60, countdown=30)
    assert ex.services.idle.wait_seconds() == 90
    ex.services.access.setTextStep(2)
    assert ex.services.idle.extended and ex.services.idle.wait_seconds() == 60 * 3 + 30 * 2
    ex.services.exhibit.resetSession()
    assert ex.services.idle.wait_seconds() == 90


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('theme = "dark"', "kiosk.theme must be one of default, high-contrast, not 'dark'"),
        ('layout = "low"', "kiosk.layout must be one of standing, seated, not 'low'"),
        ('reduce_motion = "yes"', "kiosk.reduce_motion must be true or false, not 'yes'"),
        ("speech = 1", "kiosk.speech must be true or false, not 1"),
    ],
)
def test_bad_accessibility_settings_are_named(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(f"[kiosk]\n{line}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(err.value) == message


def test_the_staff_settings_are_read(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(
        '[kiosk]\ntheme = "high-contrast"\nlayout = "seated"\nreduce_motion = true\n',
        encoding="utf-8",
    )
    cfg = load_config(path)
    assert (cfg.theme, cfg.layout, cfg.reduce_motion) == ("high-contrast", "seated", True)


def test_screenshots_take_the_a_plus_steps_only() -> None:
    import argparse

    from kiosk.cli.screenshots import text_scale

    assert [text_scale(v) for v in ("1", "1.25", "150", "2")] == [1.0, 1.25, 1.5, 2.0]
    with pytest.raises(argparse.ArgumentTypeError) as err:
        text_scale("3")
    assert str(err.value) == "'3' is not a text size step; use 1, 1.25, 1.5, 2"
