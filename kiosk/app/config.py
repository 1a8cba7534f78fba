"""Kiosk configuration (TOML) and the admin PIN hash. Plain Python, no Qt.

Example ``kiosk.toml``::

    [kiosk]
    fullscreen = true
    idle_timeout = 90        # seconds without input before the countdown
    countdown = 25           # seconds of "Still there?" before the reset
    profile = "museum"       # museum | classroom | young
    gated_tags = ["sexual-violence", "torture", "mutilation", "death-of-children",
                  "graphic-image"]   # default: every tag, violence included
    default_language = "en"
    admin_pin_hash = "pbkdf2-sha256$200000$<salt>$<hash>"   # kiosk hash-pin
    kiosk_name = "Gallery 2, left"   # names this kiosk in reports
    usage_figures = true     # count usage per day on this device (kiosk stats)
    theme = "default"        # default | high-contrast (a visitor can switch for a visit)
    layout = "standing"      # standing | seated: navigation and controls low on the screen
    reduce_motion = false    # shorten or remove every animation
    speech = true            # offer "Read aloud" (needs speech-dispatcher on Linux)

    [schedule]               # opening hours; a day not listed is closed
    monday = "closed"
    tuesday = "10:00-18:00"  # ... one line per weekday
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

PROFILES = ("museum", "classroom", "young")
DENSITIES = ("auto", "kiosk", "laptop")
THEMES = ("default", "high-contrast")
LAYOUTS = ("standing", "seated")
_ITERATIONS = 200_000
MIN_PIN_DIGITS = 6
MAX_PIN_DIGITS = 12
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Z]{2})?$")
_TAG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_HASH = re.compile(r"^pbkdf2-sha256\$[0-9]{5,7}\$[0-9a-f]{16,64}\$[0-9a-f]{64}$")
_HOURS = re.compile(r"^([01][0-9]|2[0-3]):([0-5][0-9])-([01][0-9]|2[0-4]):([0-5][0-9])$")


class ConfigError(Exception):
    """The configuration file cannot be used; the message says why."""


@dataclass(frozen=True)
class Schedule:
    """Opening hours per weekday (0 = Monday) as minutes after midnight; a day that is
    missing is closed all day. An empty schedule means always open."""

    hours: dict[int, tuple[int, int]] = field(default_factory=dict)

    @property
    def always_open(self) -> bool:
        return not self.hours

    def is_open(self, weekday: int, minute: int) -> bool:
        if self.always_open:
            return True
        span = self.hours.get(weekday)
        return span is not None and span[0] <= minute < span[1]

    def next_change(self, weekday: int, minute: int) -> int:
        """Minutes from (weekday, minute) until the exhibit next opens or closes."""
        now = self.is_open(weekday, minute)
        for step in range(1, 7 * 24 * 60 + 1):
            m = minute + step
            if self.is_open((weekday + m // 1440) % 7, m % 1440) != now:
                return step
        return 7 * 24 * 60


@dataclass
class KioskConfig:
    fullscreen: bool = True
    idle_timeout: float = 90.0
    countdown: float = 25.0
    profile: str = "museum"
    default_language: str = "en"
    admin_pin_hash: str = ""
    # warning tags that stand behind a gate in the museum profile (None: every tag)
    gated_tags: list[str] | None = None
    kiosk_name: str = ""
    # screen density: "kiosk" (touch, large type), "laptop" (more lines per screen) or
    # "auto" (laptop in a window narrower than 1600 px)
    density: str = "auto"
    # count visits, chapters, answers... per day on this device (``kiosk stats``)
    usage_figures: bool = True
    # staff choices for accessibility: the colours, where the controls sit, motion
    theme: str = "default"
    layout: str = "standing"
    reduce_motion: bool = False
    # "Read aloud" with the system's speech engine (recorded narration plays regardless)
    speech: bool = True
    schedule: Schedule = field(default_factory=Schedule)

    def __post_init__(self) -> None:
        _check("fullscreen", self.fullscreen, bool, "true or false")
        _number("idle_timeout", self.idle_timeout, 10, 3600)
        _number("countdown", self.countdown, 20, 600, "so a visitor can answer")
        _check("profile", self.profile, str, "text")
        if self.profile not in PROFILES:
            raise ConfigError(
                f"kiosk.profile must be one of {', '.join(PROFILES)}, not {self.profile!r}"
            )
        _check("default_language", self.default_language, str, "a language code")
        if not _LANGUAGE.match(self.default_language):
            raise ConfigError(
                f'kiosk.default_language must be a language code such as "en" or '
                f'"fa-AF", not {self.default_language!r}'
            )
        _check("admin_pin_hash", self.admin_pin_hash, str, "text made by 'kiosk hash-pin'")
        if self.admin_pin_hash and not _HASH.match(self.admin_pin_hash):
            raise ConfigError(
                "kiosk.admin_pin_hash is not a hash made by 'kiosk hash-pin'; make one with it"
            )
        if self.gated_tags is not None and (
            not isinstance(self.gated_tags, list)
            or not all(isinstance(t, str) and _TAG.match(t) for t in self.gated_tags)
        ):
            raise ConfigError(
                "kiosk.gated_tags must be a list of warning tags, e.g. "
                f'["torture", "sexual-violence"], not {self.gated_tags!r}'
            )
        _check("density", self.density, str, "text")
        if self.density not in DENSITIES:
            raise ConfigError(
                f"kiosk.density must be one of {', '.join(DENSITIES)}, not {self.density!r}"
            )
        _check("kiosk_name", self.kiosk_name, str, "text")
        if len(self.kiosk_name) > 60 or any(not c.isprintable() for c in self.kiosk_name):
            raise ConfigError("kiosk.kiosk_name must be one line of at most 60 characters")
        _check("usage_figures", self.usage_figures, bool, "true or false")
        for key, value, allowed in (
            ("theme", self.theme, THEMES),
            ("layout", self.layout, LAYOUTS),
        ):
            _check(key, value, str, "text")
            if value not in allowed:
                raise ConfigError(f"kiosk.{key} must be one of {', '.join(allowed)}, not {value!r}")
        _check("reduce_motion", self.reduce_motion, bool, "true or false")
        _check("speech", self.speech, bool, "true or false")
        if not isinstance(self.schedule, Schedule):
            raise ConfigError("schedule must come from the [schedule] section")


def _check(key: str, value: Any, kind: type, what: str) -> None:
    if (kind is not bool and isinstance(value, bool)) or not isinstance(value, kind):
        raise ConfigError(f"kiosk.{key} must be {what}, not {value!r}")


def _number(key: str, value: Any, low: float, high: float, why: str = "") -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigError(f"kiosk.{key} must be a number of seconds, not {value!r}")
    if not low <= value <= high:
        because = f", {why}" if why else ""
        raise ConfigError(
            f"kiosk.{key} must be between {low:g} and {high:g} seconds{because}; it is {value:g}"
        )


def parse_schedule(section: Any) -> Schedule:
    """The [schedule] section: one key per weekday, "09:00-18:00" or "closed"."""
    if not isinstance(section, dict):
        raise ConfigError("[schedule] must be a section of weekdays")
    unknown = sorted(set(section) - set(DAYS))
    if unknown:
        raise ConfigError(f"schedule.{unknown[0]} is not a weekday; use {', '.join(DAYS)}")
    hours: dict[int, tuple[int, int]] = {}
    for day, value in section.items():
        if value == "closed":
            continue
        m = _HOURS.match(value) if isinstance(value, str) else None
        if not m:
            raise ConfigError(
                f'schedule.{day} must be opening hours such as "09:00-18:00" or "closed", '
                f"not {value!r}"
            )
        a, b = int(m[1]) * 60 + int(m[2]), int(m[3]) * 60 + int(m[4])
        if not 0 <= a < b <= 24 * 60:
            raise ConfigError(f"schedule.{day}: {value!r} closes before it opens")
        hours[DAYS.index(day)] = (a, b)
    if section and not hours:
        raise ConfigError("[schedule] closes every day; remove it to stay open")
    return Schedule(hours)


def load_config(path: Path | None) -> KioskConfig:
    """Read a TOML config; ``None`` gives the defaults."""
    if path is None:
        return KioskConfig()
    import tomllib  # only when there is a file to read: keeps start-up lean

    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"configuration file not found: {path}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{Path(path).name} is not valid TOML: {exc}") from exc
    extra = sorted(set(data) - {"kiosk", "schedule"})
    if extra:
        raise ConfigError(f"unknown section [{extra[0]}]; known: [kiosk], [schedule]")
    section = data.get("kiosk", {})
    if not isinstance(section, dict):
        raise ConfigError("[kiosk] must be a section")
    known = {f.name for f in fields(KioskConfig)} - {"schedule"}
    unknown = sorted(set(section) - known)
    if unknown:
        raise ConfigError(f"unknown setting kiosk.{unknown[0]}; known: {', '.join(sorted(known))}")
    schedule = parse_schedule(data["schedule"]) if "schedule" in data else Schedule()
    return KioskConfig(**section, schedule=schedule)


def hash_pin(pin: str, salt: str | None = None, iterations: int = _ITERATIONS) -> str:
    """A salted PBKDF2 hash of an admin PIN, for the configuration file."""
    import secrets

    salt = salt or secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), iterations)
    return f"pbkdf2-sha256${iterations}${salt}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """True when ``pin`` matches the stored hash; False for any malformed hash."""
    try:
        scheme, iterations, salt, expected = stored.split("$")
        if scheme != "pbkdf2-sha256":
            return False
        actual = hash_pin(pin, salt, int(iterations)).split("$")[3]
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)
