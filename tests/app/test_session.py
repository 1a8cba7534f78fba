"""Idle countdown and reset, the admin PIN, the configuration, and the disconnect regression."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal

from kiosk.app.config import ConfigError, KioskConfig, hash_pin, load_config, verify_pin
from kiosk.app.session import Admin, Idle


def test_idle_counts_down_then_asks_for_reset(qtbot: Any) -> None:
    idle = Idle(timeout_ms=30, countdown_ms=120)
    idle.armed = True
    with qtbot.waitSignal(idle.countingDownChanged, timeout=1000):
        pass
    assert idle.countingDown
    assert idle.secondsLeft == 1
    with qtbot.waitSignal(idle.resetRequested, timeout=1000):
        pass
    assert not idle.countingDown and not idle.armed


def test_activity_during_countdown_continues_the_visit(qtbot: Any) -> None:
    idle = Idle(timeout_ms=30, countdown_ms=400)
    idle.armed = True
    qtbot.waitUntil(lambda: idle.countingDown, timeout=1000)
    idle.activity()
    assert not idle.countingDown
    resets: list[bool] = []
    idle.resetRequested.connect(lambda: resets.append(True))
    qtbot.wait(100)
    assert resets == [] and idle.armed


def test_disarmed_idle_never_resets(qtbot: Any) -> None:
    idle = Idle(timeout_ms=10, countdown_ms=20)
    with qtbot.assertNotEmitted(idle.resetRequested, wait=100):
        pass


def test_countdown_default_is_at_least_twenty_seconds() -> None:
    assert KioskConfig().countdown >= 20
    assert KioskConfig().idle_timeout == 90
    with pytest.raises(ConfigError):
        KioskConfig(countdown=5)


def test_opening_hours_decide_when_the_exhibit_is_open(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('[schedule]\nmonday = "closed"\ntuesday = "10:00-18:00"\n')
    schedule = load_config(path).schedule
    assert not schedule.is_open(0, 12 * 60)  # Monday noon
    assert not schedule.is_open(1, 9 * 60 + 59) and schedule.is_open(1, 10 * 60)
    assert not schedule.is_open(1, 18 * 60)  # closes at 18:00
    assert not schedule.is_open(2, 12 * 60)  # a day not listed is closed
    assert schedule.next_change(1, 9 * 60) == 60  # opens in an hour
    assert schedule.next_change(1, 17 * 60) == 60  # closes in an hour
    assert schedule.next_change(1, 18 * 60) == 6 * 24 * 60 + 16 * 60  # next Tuesday 10:00
    assert KioskConfig().schedule.always_open


@pytest.mark.logs
def test_staff_panel_needs_the_right_pin(qtbot: Any) -> None:
    admin = Admin(hash_pin("246802"), kiosk_mode=True)
    assert not admin.mayClose()
    with qtbot.assertNotEmitted(admin.exitRequested):
        assert not admin.unlock("123456")
        assert not admin.unlock("")
        assert not admin.exitExhibit()  # locked: no exit
        assert not admin.reloadContent()
    assert admin.unlock("246802") and admin.unlocked
    admin.lock()
    assert not admin.exitExhibit()
    admin.unlock("246802")
    with qtbot.waitSignal(admin.exitRequested):
        assert admin.exitExhibit()
    assert admin.mayClose()


@pytest.mark.logs
def test_a_pin_shorter_than_six_digits_never_opens_the_panel() -> None:
    admin = Admin(hash_pin("1234"), kiosk_mode=True)  # a hash made before the rule
    assert not admin.unlock("1234")


@pytest.mark.logs
def test_five_wrong_pins_lock_the_pad_for_a_growing_time() -> None:
    now = [1000.0]
    admin = Admin(hash_pin("246802"), clock=lambda: now[0])
    for _ in range(4):
        assert not admin.unlock("111111")
    assert admin.lockedSeconds == 0
    assert not admin.unlock("111111")  # the fifth
    assert admin.lockedSeconds == 30
    assert not admin.unlock("246802")  # even the right PIN waits
    now[0] += 31
    assert admin.lockedSeconds == 0
    assert not admin.unlock("111111")  # the sixth wrong one: twice as long
    assert admin.lockedSeconds == 60
    now[0] += 61
    assert admin.unlock("246802") and admin.unlocked
    admin.lock()
    for _ in range(4):  # a right PIN starts the count again
        admin.unlock("111111")
    assert admin.lockedSeconds == 0


@pytest.mark.logs
def test_the_idle_reset_closes_and_locks_the_staff_panel() -> None:
    admin = Admin(hash_pin("246802"), info=lambda: [{"label": "Kiosk", "value": "Hall 2"}])
    admin.openPad()
    assert admin.padOpen and admin.unlock("246802")
    assert admin.status == [{"label": "Kiosk", "value": "Hall 2"}]
    admin.reset()
    assert not admin.padOpen and not admin.unlocked and admin.status == []


@pytest.mark.logs
def test_unconfigured_admin_never_opens_and_windowed_mode_closes() -> None:
    admin = Admin("", kiosk_mode=True)
    admin.openPad()
    assert not admin.padOpen  # holding the corner shows nothing
    assert not admin.unlock("000000")
    assert Admin("", kiosk_mode=False).mayClose()


def test_pin_hash_is_salted_and_verifies() -> None:
    a, b = hash_pin("135791"), hash_pin("135791")
    assert a != b and "135791" not in a
    assert verify_pin("135791", a) and verify_pin("135791", b)
    assert not verify_pin("135792", a)
    for broken in ("", "garbage", "md5$1$00$11", "pbkdf2-sha256$x$zz$00"):
        assert not verify_pin("135791", broken)


def test_config_file(tmp_path: Path) -> None:
    good = tmp_path / "kiosk.toml"
    good.write_text('[kiosk]\nidle_timeout = 60\nprofile = "classroom"\nfullscreen = false\n')
    cfg = load_config(good)
    assert (cfg.idle_timeout, cfg.profile, cfg.fullscreen) == (60, "classroom", False)
    for text, words in [
        ("[kiosk\n", "not valid TOML"),
        ('[kiosk]\nprofile = "party"\n', "profile must be one of"),
        ("[kiosk]\nidle = 3\n", "unknown setting kiosk.idle"),
        ('[kiosk]\ngated_tags = "torture"\n', "kiosk.gated_tags must be a list"),
        ('[kiosk]\nfullscreen = "no"\n', "kiosk.fullscreen must be true or false"),
        ('[kiosk]\nusage_figures = "yes"\n', "kiosk.usage_figures must be true or false"),
        ("[kiosk]\nidle_timeout = 0\n", "kiosk.idle_timeout must be between 10 and 3600"),
        ('[kiosk]\nidle_timeout = "90"\n', "kiosk.idle_timeout must be a number"),
        ("[kiosk]\ncountdown = 5\n", "kiosk.countdown must be between 20"),
        ('[kiosk]\nadmin_pin_hash = "1234"\n', "not a hash made by 'kiosk hash-pin'"),
        ('[kiosk]\ndefault_language = "../x"\n', "kiosk.default_language must be"),
        ("[kiosk]\n[other]\n", "unknown section [other]"),
        ('[schedule]\nmonday = "9-18"\n', "schedule.monday must be opening hours"),
        ('[schedule]\nfunday = "closed"\n', "schedule.funday is not a weekday"),
        ('[schedule]\nmonday = "18:00-09:00"\n', "closes before it opens"),
    ]:
        good.write_text(text)
        with pytest.raises(ConfigError, match=re.escape(words)):
            load_config(good)
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "absent.toml")


class _Emitter(QObject):
    ping = Signal()


def test_ten_thousand_disconnects_do_not_abort_the_process() -> None:
    """PySide6 6.12.0 on Python 3.11 aborts after ~570 disconnects; a kiosk runs for weeks."""
    emitter = _Emitter()
    hits: list[int] = []

    def slot() -> None:
        hits.append(1)

    for _ in range(10_000):
        emitter.ping.connect(slot)
        emitter.ping.disconnect(slot)
    emitter.ping.connect(slot)
    emitter.ping.emit()
    assert hits == [1]
