"""``kiosk hash-pin``: the salted hash of a staff PIN for the configuration."""

from __future__ import annotations

import argparse
import sys

from .base import BAD_INPUT, OK, CliError, Group, arg

commands = Group()


@commands.command(
    "hash-pin",
    "print a salted hash of an admin PIN for the config",
    arg("pin", nargs="?", default=None, help="the PIN (read from stdin if omitted)"),
    exits={OK: "the hash was printed", BAD_INPUT: "the PIN is not 6 to 12 digits"},
)
def hash_pin(args: argparse.Namespace) -> int:
    from kiosk.app.config import MAX_PIN_DIGITS, MIN_PIN_DIGITS, hash_pin

    pin = args.pin if args.pin is not None else sys.stdin.readline().strip()
    if not pin.isdigit() or not MIN_PIN_DIGITS <= len(pin) <= MAX_PIN_DIGITS:
        raise CliError(f"the PIN must be {MIN_PIN_DIGITS} to {MAX_PIN_DIGITS} digits", BAD_INPUT)
    print(hash_pin(pin))
    return OK
