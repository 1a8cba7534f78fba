"""Locator maps for chapter cards, drawn with Pillow from Natural Earth country outlines.

A map carries no words (captions are translated; pictures are not) and shows today's
borders for orientation only; its caption says so. The outlines are the public-domain
Natural Earth 1:110m countries, read here from an ESRI shapefile without GIS libraries.
"""

from __future__ import annotations

import io
import math
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

WIDTH = 1600  # px; the height follows the frame's proportions
LAND = (58, 63, 71)
WATER = (21, 24, 28)
BORDER = (21, 24, 28)
HIGHLIGHT = (232, 196, 104)  # the exhibit's accent colour

Ring = list[tuple[float, float]]


class MapError(Exception):
    """The outlines or the map list cannot be used; the message says why."""


@dataclass
class MapSpec:
    """One map of maps.yaml: which countries stand out, and the caption for visitors.
    A chapter shows it on its card with ``cover: <id>``."""

    id: str
    countries: list[str]  # ISO 3166 alpha-3 codes as Natural Earth writes them
    caption: str
    alt: str
    frame: tuple[float, float, float, float] | None = None  # west, south, east, north


def read_dbf(path: Path) -> list[dict[str, str]]:
    """The attribute table of a shapefile (dBASE III): one dict of strings per shape."""
    data = Path(path).read_bytes()
    if len(data) < 32:
        raise MapError(f"{Path(path).name} is too short to be a dBASE table")
    count, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields = []
    pos = 32
    while pos < header_len - 1 and data[pos] != 0x0D:
        name = data[pos : pos + 11].split(b"\0", 1)[0].decode("ascii")
        fields.append((name, data[pos + 16]))
        pos += 32
    rows = []
    for i in range(count):
        start = header_len + i * record_len
        record = data[start : start + record_len]
        if len(record) < record_len:
            raise MapError(f"{Path(path).name} is truncated at record {i + 1}")
        offset = 1  # deletion flag
        row = {}
        for name, size in fields:
            row[name] = record[offset : offset + size].decode("utf-8", "replace").strip()
            offset += size
        rows.append(row)
    return rows


def read_shp(path: Path) -> list[list[Ring]]:
    """The polygons of a shapefile: per shape, its rings of (longitude, latitude)."""
    data = Path(path).read_bytes()
    if len(data) < 100 or struct.unpack(">i", data[:4])[0] != 9994:
        raise MapError(f"{Path(path).name} is not an ESRI shapefile")
    shapes: list[list[Ring]] = []
    pos = 100
    while pos + 8 <= len(data):
        _number, words = struct.unpack(">ii", data[pos : pos + 8])
        content = data[pos + 8 : pos + 8 + 2 * words]
        pos += 8 + 2 * words
        kind = struct.unpack("<i", content[:4])[0]
        if kind == 0:
            shapes.append([])
            continue
        if kind not in (5, 15, 25):
            raise MapError(f"{Path(path).name}: shape type {kind} is not a polygon")
        n_parts, n_points = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", content[44 : 44 + 4 * n_parts]))
        base = 44 + 4 * n_parts
        coords = struct.unpack(f"<{2 * n_points}d", content[base : base + 16 * n_points])
        points = list(zip(coords[0::2], coords[1::2], strict=True))
        bounds = [*parts[1:], n_points]
        shapes.append([points[a:b] for a, b in zip(parts, bounds, strict=True)])
    return shapes


def load_outlines(shp: Path, key: str = "iso_a3") -> dict[str, list[Ring]]:
    """Country code -> rings, from a shapefile and its .dbf beside it."""
    shp = Path(shp)
    try:
        rows = read_dbf(shp.with_suffix(".dbf"))
        shapes = read_shp(shp)
    except OSError as exc:
        raise MapError(f"cannot read the outlines {exc.filename}: {exc.strerror}") from exc
    except struct.error as exc:
        raise MapError(f"{shp.name} is damaged ({exc})") from exc
    if len(rows) != len(shapes):
        raise MapError(f"{shp.name}: {len(shapes)} shapes but {len(rows)} table rows")
    out: dict[str, list[Ring]] = {}
    for row, rings in zip(rows, shapes, strict=True):
        code = row.get(key) or row.get(key.upper()) or ""
        out.setdefault(code, []).extend(rings)
    return out


def _frame(rings: Iterator[Ring]) -> tuple[float, float, float, float]:
    """A 16:10 frame around the highlighted countries, with room to see their neighbours
    (measured true to scale at its middle latitude)."""
    lons, lats = [], []
    for ring in rings:
        lons += [p[0] for p in ring]
        lats += [p[1] for p in ring]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    cx, cy = (west + east) / 2, (south + north) / 2
    squeeze = math.cos(math.radians(cy))
    width = max((east - west) * squeeze * 2.2, 18.0)  # in degrees of latitude
    height = max((north - south) * 2.2, width / 1.6)
    width = max(width, height * 1.6)
    return (
        cx - width / squeeze / 2,
        max(-85.0, cy - height / 2),
        cx + width / squeeze / 2,
        min(85.0, cy + height / 2),
    )


def draw(outlines: dict[str, list[Ring]], spec: MapSpec) -> bytes:
    """The map as PNG bytes: every country in grey, the chosen ones in the accent colour."""
    from PIL import Image, ImageDraw

    missing = [c for c in spec.countries if c not in outlines]
    if missing:
        raise MapError(f"map {spec.id}: no outline for {', '.join(missing)}")
    west, south, east, north = spec.frame or _frame(r for c in spec.countries for r in outlines[c])
    mid = math.radians((south + north) / 2)
    x_scale = math.cos(mid)  # equirectangular, true to scale at the frame's middle
    height = round(WIDTH * (north - south) / ((east - west) * x_scale))
    height = max(400, min(height, WIDTH))
    # a frame across the date line: rings wholly west of Greenwich continue past 180°
    wrap = east > 180

    def to_px(lon: float, lat: float, shift: float) -> tuple[float, float]:
        return (
            (lon + shift - west) / (east - west) * WIDTH,
            (north - lat) / (north - south) * height,
        )

    scale = 2  # drawn at twice the size and reduced: smooth coastlines
    img = Image.new("RGB", (WIDTH * scale, height * scale), WATER)
    pen = ImageDraw.Draw(img)
    chosen = set(spec.countries)
    for code in sorted(outlines, key=lambda c: c in chosen):  # highlighted on top
        fill = HIGHLIGHT if code in chosen else LAND
        for ring in outlines[code]:
            shift = 360.0 if wrap and max(p[0] for p in ring) < 0 else 0.0
            points = [(x * scale, y * scale) for x, y in (to_px(*p, shift) for p in ring)]
            if len(points) >= 3:
                pen.polygon(points, fill=fill, outline=BORDER, width=2 * scale)
    img = img.resize((WIDTH, height), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def read_specs(path: Path) -> list[MapSpec]:
    """The list of maps (maps.yaml beside the content sources)."""
    try:
        items = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    except (OSError, yaml.YAMLError) as exc:
        raise MapError(f"cannot read {Path(path).name}: {exc}") from exc
    specs = []
    for n, item in enumerate(items, 1):
        try:
            frame = item.get("frame")
            specs.append(
                MapSpec(
                    id=str(item["id"]), countries=[str(c) for c in item["countries"]],
                    caption=str(item["caption"]), alt=str(item["alt"]),
                    frame=tuple(float(v) for v in frame) if frame else None,  # type: ignore[arg-type]
                )
            )  # fmt: skip
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise MapError(f"{Path(path).name}, map {n}: {exc!r} is missing or wrong") from exc
    return specs


CREDIT = "Drawn for the exhibit from Natural Earth country outlines"
LICENCE = "Public domain (Natural Earth)"


def make_all(
    src: Path, shapefile: Path, progress: Callable[[str], None] = lambda _m: None
) -> list[str]:
    """Draw every map of ``src/maps.yaml`` and add it to the sources as an image."""
    import tempfile

    from . import media

    specs = read_specs(Path(src) / "maps.yaml")
    outlines = load_outlines(shapefile)
    added = []
    with tempfile.TemporaryDirectory() as tmp:
        for spec in specs:
            progress(f"drawing {spec.id}")
            png = Path(tmp) / f"{spec.id}.png"
            png.write_bytes(draw(outlines, spec))
            media.add(src, png, spec.alt, CREDIT, LICENCE, spec.caption, [], spec.id)
            added.append(spec.id)
    return added
