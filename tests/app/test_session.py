"""Idle countdown and reset, the admin PIN, the configuration, and the disconnect regression."""

from __future__ import annotations

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


@pytest.mark.logs
def test_staff_panel_needs_the_right_pin(qtbot: Any) -> None:
    admin = Admin(hash_pin("2468"), kiosk_mode=True)
    assert not admin.mayClose()
    with qtbot.assertNotEmitted(admin.exitRequested):
        assert not admin.unlock("1234")
        assert not admin.unlock("")
        assert not admin.exitExhibit()  # locked: no exit
    assert admin.unlock("2468") and admin.unlocked
    admin.lock()
    assert not admin.exitExhibit()
    admin.unlock("2468")
    with qtbot.waitSignal(admin.exitRequested):
        assert admin.exitExhibit()
    assert admin.mayClose()


@pytest.mark.logs
def test_unconfigured_admin_never_unlocks_and_windowed_mode_closes() -> None:
    assert not Admin("", kiosk_mode=True).unlock("0000")
    assert Admin("", kiosk_mode=False).mayClose()


def test_pin_hash_is_salted_and_verifies() -> None:
    a, b = hash_pin("1357"), hash_pin("1357")
    assert a != b and "1357" not in a
    assert verify_pin("1357", a) and verify_pin("1357", b)
    assert not verify_pin("1358", a)
    for broken in ("", "garbage", "md5$1$00$11", "pbkdf2-sha256$x$zz$00"):
        assert not verify_pin("1357", broken)


def test_config_file(tmp_path: Path) -> None:
    good = tmp_path / "kiosk.toml"
    good.write_text('[kiosk]\nidle_timeout = 60\nprofile = "classroom"\nfullscreen = false\n')
    cfg = load_config(good)
    assert (cfg.idle_timeout, cfg.profile, cfg.fullscreen) == (60, "classroom", False)
    for text, words in [
        ("[kiosk\n", "not valid TOML"),
        ('[kiosk]\nprofile = "party"\n', "profile must be one of"),
        ("[kiosk]\nidle = 3\n", "unknown setting 'idle'"),
    ]:
        good.write_text(text)
        with pytest.raises(ConfigError, match=words):
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
