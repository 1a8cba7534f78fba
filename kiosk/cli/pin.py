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
    exits={OK: "the hash was printed", BAD_INPUT: "the PIN is not 4 to 12 digits"},
)
def hash_pin(args: argparse.Namespace) -> int:
    from kiosk.app.config import hash_pin

    pin = args.pin if args.pin is not None else sys.stdin.readline().strip()
    if not pin.isdigit() or not 4 <= len(pin) <= 12:
        raise CliError("the PIN must be 4 to 12 digits", BAD_INPUT)
    print(hash_pin(pin))
    return OK
