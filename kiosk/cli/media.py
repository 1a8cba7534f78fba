"""``kiosk media``: add images and recorded narration to the exhibit's sources, draw the
maps of the time."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .base import (
    BAD_INPUT,
    DEFAULT_BORDERS,
    DEFAULT_SOURCES,
    OK,
    PROBLEMS,
    CliError,
    Group,
    arg,
    need_folder,
)

commands = Group("media", "add images to the exhibit's sources")


@commands.command(
    "add",
    "check, clean and add an image (the build makes its blurred stand-in)",
    arg("file", type=Path, help="the image file"),
    arg("--alt", required=True, help="alt text: what the image shows, in words"),
    arg("--credit", required=True, help="who made or holds the image"),
    arg("--licence", required=True, help="licence, e.g. CC BY-SA 4.0 or public domain"),
    arg("--caption", default=None, help="caption (default: the alt text)"),
    arg(
        "--warn",
        default=None,
        help="warning tags, comma separated: a tagged image stays blurred until the visitor "
        "chooses to see it; graphic-image is never shown in the classroom or under-14 profiles",
    ),
    arg(
        "--perpetrator-photo",
        action="store_true",
        help="the photograph was taken by the perpetrators; the kiosk captions it as such",
    ),
    arg("--id", default=None, help="media id (default: from its checksum)"),
    arg("--src", type=Path, default=DEFAULT_SOURCES, help="folder of YAML sources"),
    exits={
        OK: "the image was added",
        BAD_INPUT: "the file is missing, not an image, damaged or too large, or a text is "
        "empty; nothing was added",
    },
)
def add(args: argparse.Namespace) -> int:
    from kiosk.content import media

    need_folder(args.src, "content folder")
    tags = [t for t in (args.warn or "").split(",") if t]
    try:
        added = media.add(args.src, args.file, args.alt, args.credit, args.licence,
                          args.caption or "", tags, args.id, args.perpetrator_photo)  # fmt: skip
    except media.MediaError as exc:
        raise CliError(f"{args.file.name}: {exc}; nothing was added", BAD_INPUT) from exc
    for note in added.notes:
        print(f"note: {note}", file=sys.stderr)
    print(f"added {added.id} ({added.file}); run 'kiosk content build' to include it")
    return OK


@commands.command(
    "add-audio",
    "check and add recorded narration (audio description) of a chapter, section or event",
    arg("file", type=Path, help="the recording: Ogg Opus or Vorbis, MP3, WAV, FLAC or M4A"),
    arg("--for", dest="target", required=True, help="the chapter, section or event id"),
    arg("--lang", required=True, help="the language spoken, e.g. ja"),
    arg("--captions", type=Path, default=None, help="its captions, a .vtt or .srt file"),
    arg("--src", type=Path, default=DEFAULT_SOURCES, help="folder of YAML sources"),
    exits={
        OK: "the recording was added (it replaces one for the same item and language)",
        BAD_INPUT: "an unknown id or language, a file that is missing, not a recording or "
        "too large, or captions that cannot be read as plain text; nothing was added",
    },
)
def add_audio(args: argparse.Namespace) -> int:
    from kiosk.content import audio

    need_folder(args.src, "content folder")
    try:
        added = audio.add(args.src, args.file, args.target, args.lang, args.captions)
    except audio.AudioError as exc:
        raise CliError(f"{args.file.name}: {exc}; nothing was added", BAD_INPUT) from exc
    captions = f", {added.cues} caption(s) in {added.captions}" if added.captions else ""
    print(f"added {added.id} ({added.file}{captions}); run 'kiosk content build' to include it")
    return OK


@commands.command(
    "maps",
    "draw the maps listed in maps.yaml from the historical borders and add them as images",
    arg("--src", type=Path, default=DEFAULT_SOURCES, help="folder of YAML sources"),
    arg(
        "--borders",
        type=Path,
        default=DEFAULT_BORDERS,
        help="folder of the simplified historical borders (world_YEAR.geojson)",
    ),
    exits={
        OK: "every map was drawn and added",
        PROBLEMS: "maps.yaml has a problem (maps already added are kept)",
        BAD_INPUT: "the sources or the borders are missing or unreadable",
    },
)
def maps(args: argparse.Namespace) -> int:
    from kiosk.content import maps as drawing
    from kiosk.content import media

    need_folder(args.src, "content folder")
    try:
        added = drawing.make_all(args.src, args.borders, progress=lambda m: print(m, flush=True))
    except drawing.OutlinesError as exc:
        raise CliError(f"{exc}; maps already added are kept", BAD_INPUT) from exc
    except (drawing.MapError, media.MediaError) as exc:
        raise CliError(f"{exc}; maps already added are kept", PROBLEMS) from exc
    print(f"added {len(added)} map(s); run 'kiosk content build' to include them")
    return OK


@commands.command(
    "borders",
    "copy the historical borders the maps need, simplified to screen scale",
    arg("dataset", type=Path, help="folder of the historical-basemaps GeoJSON (world_YEAR)"),
    arg("--out", type=Path, default=DEFAULT_BORDERS, help="where the copy goes"),
    arg(
        "--years",
        default="1938,1945,1960",
        help="years to copy, comma separated (the dataset has 1920, 1938, 1945, 1960, 1994)",
    ),
    exits={
        OK: "the simplified copy was written",
        BAD_INPUT: "a year is not in the dataset, or a file is missing or not GeoJSON",
    },
)
def copy_borders(args: argparse.Namespace) -> int:
    from kiosk.content import borders

    need_folder(args.dataset, "borders dataset folder")
    try:
        years = [int(y) for y in args.years.split(",") if y.strip()]
        written = borders.make_copy(args.dataset, args.out, years)
    except ValueError as exc:
        raise CliError(f"--years: {exc}", BAD_INPUT) from exc
    except borders.BordersError as exc:
        raise CliError(f"{exc}; the copy is unchanged", BAD_INPUT) from exc
    print(f"wrote {len(written)} file(s); run 'kiosk media maps' to draw the maps again")
    return OK
