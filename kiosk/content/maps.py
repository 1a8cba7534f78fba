"""Locator maps for chapter cards, drawn with Pillow from Natural Earth country outlines.

A map carries no words (captions are translated; pictures are not) and shows today's
borders for orientation only; its caption says so. The outlines are the public-domain
Natural Earth 1:110m countries, read from an ESRI shapefile with pyshp.
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


class OutlinesError(MapError):
    """The country outlines cannot be read: a missing or damaged shapefile."""


_POLYGONS = (0, 5, 15, 25)  # null shape, polygon, polygon Z, polygon M (ESRI type codes)


@dataclass
class MapSpec:
    """One map of maps.yaml: which countries stand out, and the caption for visitors.
    A chapter shows it on its card with ``cover: <id>``."""

    id: str
    countries: list[str]  # ISO 3166 alpha-3 codes as Natural Earth writes them
    caption: str
    alt: str
    frame: tuple[float, float, float, float] | None = None  # west, south, east, north


def load_outlines(shp: Path, key: str = "iso_a3") -> dict[str, list[Ring]]:
    """Country code -> rings of (longitude, latitude), from a polygon shapefile and the
    attribute table (.dbf) beside it."""
    import shapefile

    shp = Path(shp)
    for path in (shp, shp.with_suffix(".dbf")):
        if not path.is_file():
            raise OutlinesError(f"cannot read the outlines {path}: No such file or directory")
    try:
        with shapefile.Reader(str(shp), encodingErrors="replace") as reader:
            shapes = reader.shapes()
            rows = [r.as_dict() for r in reader.records()]
    except shapefile.dbfFileException as exc:
        name = shp.with_suffix(".dbf").name
        raise OutlinesError(f"{name} is damaged or truncated ({exc})") from exc
    except (shapefile.ShapefileException, struct.error) as exc:
        raise OutlinesError(
            f"{shp.name} is not an ESRI shapefile, or it is damaged ({exc})"
        ) from exc
    except OSError as exc:
        raise OutlinesError(f"cannot read the outlines {exc.filename}: {exc.strerror}") from exc
    if len(rows) != len(shapes):
        raise OutlinesError(f"{shp.name}: {len(shapes)} shapes but {len(rows)} table rows")
    out: dict[str, list[Ring]] = {}
    for row, shape in zip(rows, shapes, strict=True):
        if shape.shapeType not in _POLYGONS:
            raise OutlinesError(f"{shp.name}: shape type {shape.shapeType} is not a polygon")
        starts = list(shape.parts)
        ends = [*starts[1:], len(shape.points)]
        rings = (
            [[(p[0], p[1]) for p in shape.points[a:b]] for a, b in zip(starts, ends, strict=True)]
            if shape.points
            else []
        )  # a null shape has no rings
        code = str(row.get(key) or row.get(key.upper()) or "").strip()
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
