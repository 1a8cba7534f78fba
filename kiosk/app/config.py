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
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, fields
from pathlib import Path

PROFILES = ("museum", "classroom", "young")
_ITERATIONS = 200_000


class ConfigError(Exception):
    """The configuration file cannot be used; the message says why."""


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

    def __post_init__(self) -> None:
        if self.profile not in PROFILES:
            raise ConfigError(f"profile must be one of {', '.join(PROFILES)}, not {self.profile!r}")
        if self.idle_timeout <= 0:
            raise ConfigError("idle_timeout must be a positive number of seconds")
        if self.countdown < 20:
            raise ConfigError("countdown must be at least 20 seconds, so a visitor can answer")


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
    section = data.get("kiosk", {})
    known = {f.name: f.type for f in fields(KioskConfig)}
    unknown = sorted(set(section) - set(known))
    if unknown:
        raise ConfigError(f"unknown setting {unknown[0]!r}; known: {', '.join(sorted(known))}")
    try:
        return KioskConfig(**section)
    except TypeError as exc:
        raise ConfigError(str(exc)) from exc


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
