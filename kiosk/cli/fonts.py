"""``kiosk fonts``: check the bundled fonts against the shipped text; remake the subset."""

from __future__ import annotations

import argparse
from pathlib import Path

from .base import BAD_INPUT, DEFAULT_DB, OK, PROBLEMS, Group, arg, need_file, open_repository

commands = Group("fonts", "check and make the bundled fonts")


@commands.command(
    "check",
    "list characters of shipped text that no font covers",
    arg("--db", type=Path, default=DEFAULT_DB, help="content database"),
    exits={
        OK: "every character has a glyph",
        PROBLEMS: "characters without a glyph (listed)",
        BAD_INPUT: "the database is missing or unreadable",
    },
)
def check(args: argparse.Namespace) -> int:
    from kiosk import fonts

    open_repository(args.db).close()
    missing = fonts.missing_glyphs(fonts.shipped_strings(args.db), fonts.covered())
    for ch, sample in missing.items():
        print(f"U+{ord(ch):04X} {ch!r} has no glyph (in: {sample})")
    return PROBLEMS if missing else OK


@commands.command(
    "subset",
    "make the Japanese font subset for the shipped text",
    arg("--cjk", type=Path, required=True, help="a full Noto Sans CJK font file"),
    arg("--db", type=Path, default=DEFAULT_DB, help="content database"),
    exits={OK: "the subset was written", BAD_INPUT: "the font or the database is missing"},
)
def subset(args: argparse.Namespace) -> int:
    from kiosk import fonts

    need_file(args.cjk, "font file")
    open_repository(args.db).close()
    glyphs = fonts.subset_cjk(args.cjk, args.db)
    print(f"wrote {fonts.FONTS_DIR / fonts.CJK_SUBSET} ({glyphs} glyphs)")
    return OK
