"""Historical country borders for the maps: read the GeoJSON, simplify it to screen scale,
keep what the exhibit's maps show, and write the project's own copy (no Qt).

The source is the "historical-basemaps" dataset (GPL-3.0), world outlines at a handful
of dates. The file is untrusted input: every number is checked to be a longitude or a
latitude, every name to be short plain text, and the sizes are capped; a name is only
ever compared with the names ``maps.yaml`` asks for, never shown, never part of a path.

The copy under ``assets/geodata/borders/`` is made once by ``kiosk media borders`` and
read by ``kiosk media maps``; the exhibit itself never reads either.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import safety

Point = tuple[float, float]  # longitude, latitude
Ring = list[Point]
Polygon = list[Ring]  # outer ring first, then its holes

YEARS = (1920, 1938, 1945, 1960, 1994)
# Europe, Asia and their coasts: the only part of the world the exhibit's maps show.
REGION = (-30.0, -15.0, 180.0, 85.0)  # west, south, east, north
# Douglas-Peucker tolerance in degrees: about a pixel on the smallest locator map
# (a 1600-pixel map of the Baltic states spans some 35 degrees of longitude).
TOLERANCE = 0.01
DECIMALS = 3  # about 100 m: far below a pixel
MAX_BYTES = 30_000_000
MAX_FEATURES = 5_000
MAX_POINTS = 3_000_000
MAX_NAME = 100


class BordersError(Exception):
    """The borders file cannot be used; the message says why in words."""


@dataclass
class Feature:
    """One territory at one date: its label in the dataset, the power that held it, and
    its polygons (outer ring first, then holes)."""

    name: str
    subject: str
    polygons: list[Polygon] = field(default_factory=list)
    correction: str = ""  # why our copy adds or changes it (empty: as in the dataset)


def file_name(year: int) -> str:
    """The dataset's (and our copy's) file name for one year."""
    if year not in YEARS:
        raise BordersError(f"no borders for {year}; the dataset has {', '.join(map(str, YEARS))}")
    return f"world_{year}.geojson"


# -- reading (untrusted input) ---------------------------------------------------------


def _name(value: object, where: str, limit: int = MAX_NAME) -> str:
    if value is None:
        return ""
    if not isinstance(value, str) or len(value) > limit:
        raise BordersError(f"{where}: a name is not short text")
    bad = safety.bad_characters(value)
    if bad or "\n" in value or "\t" in value:
        raise BordersError(f"{where}: a name contains {bad or 'a line break'}")
    return value.strip()


def _point(value: object, where: str) -> Point:
    if not (isinstance(value, list) and len(value) >= 2):
        raise BordersError(f"{where}: a point is not a pair of numbers")
    lon, lat = value[0], value[1]
    for v in (lon, lat):
        if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v):
            raise BordersError(f"{where}: a coordinate is not a finite number")
    if not (-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0):
        raise BordersError(f"{where}: ({lon}, {lat}) is not a longitude and latitude")
    return (float(lon), float(lat))


def _polygon(value: object, where: str, count: list[int]) -> Polygon:
    if not isinstance(value, list) or not value:
        raise BordersError(f"{where}: a polygon is not a list of rings")
    rings = []
    for ring in value:
        if not isinstance(ring, list) or len(ring) < 4:
            raise BordersError(f"{where}: a ring has fewer than four points")
        count[0] += len(ring)
        if count[0] > MAX_POINTS:
            raise BordersError(f"more than {MAX_POINTS:,} points: not a map of countries")
        rings.append([_point(p, where) for p in ring])
    return rings


def read(path: Path) -> list[Feature]:
    """The features of one GeoJSON file, checked; BordersError says what is wrong."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise BordersError(f"{path.name} is larger than {MAX_BYTES // 1_000_000} MB")
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BordersError(f"cannot read {path.name}: {exc.strerror}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise BordersError(f"{path.name} is not GeoJSON ({exc})") from exc
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise BordersError(f"{path.name} is not a GeoJSON FeatureCollection")
    items = data.get("features")
    if not isinstance(items, list) or len(items) > MAX_FEATURES:
        raise BordersError(f"{path.name}: 'features' is not a list of up to {MAX_FEATURES:,}")
    count = [0]
    out = []
    for n, item in enumerate(items, 1):
        where = f"{path.name}, feature {n}"
        if not isinstance(item, dict):
            raise BordersError(f"{where} is not an object")
        props = item.get("properties") or {}
        geometry = item.get("geometry")
        if not isinstance(props, dict):
            raise BordersError(f"{where}: its properties are not an object")
        if geometry is None:
            continue  # a feature without a shape draws nothing
        if not isinstance(geometry, dict):
            raise BordersError(f"{where}: its geometry is not an object")
        kind, coords = geometry.get("type"), geometry.get("coordinates")
        if kind == "Polygon":
            polygons = [_polygon(coords, where, count)]
        elif kind == "MultiPolygon" and isinstance(coords, list):
            polygons = [_polygon(p, where, count) for p in coords]
        else:
            raise BordersError(f"{where}: a {kind!r} is not a polygon")
        name = _name(props.get("NAME", props.get("name")), where)
        subject = _name(props.get("SUBJECTO", props.get("subject")), where) or name
        out.append(Feature(name, subject, polygons))
        out[-1].correction = _name(props.get("correction"), where, 4 * MAX_NAME)
    return out


# -- simplifying -----------------------------------------------------------------------


def _distance(p: Point, a: Point, b: Point) -> float:
    """Distance of ``p`` from the segment a-b (in degrees: fine at screen scale)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    if dx == 0 and dy == 0:
        return math.hypot(p[0] - a[0], p[1] - a[1])
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def douglas_peucker(line: list[Point], tolerance: float) -> list[Point]:
    """The points of an open line that keep it within ``tolerance`` of the original
    (Douglas-Peucker, iterative: no recursion limit on long coastlines)."""
    if len(line) < 3:
        return list(line)
    keep = [False] * len(line)
    keep[0] = keep[-1] = True
    stack = [(0, len(line) - 1)]
    while stack:
        first, last = stack.pop()
        worst, index = 0.0, -1
        for i in range(first + 1, last):
            d = _distance(line[i], line[first], line[last])
            if d > worst:
                worst, index = d, i
        if index >= 0 and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(line, keep, strict=True) if k]


def simplify_ring(ring: Ring, tolerance: float) -> Ring | None:
    """A closed ring simplified, still closed; None when nothing of it would show
    (fewer than three corners left)."""
    points = ring[:-1] if ring[0] == ring[-1] else list(ring)
    if len(points) < 3:
        return None
    # split at the point farthest from the first: two open lines, each kept exactly at
    # its ends, so the ring cannot collapse onto one segment
    far = max(range(len(points)), key=lambda i: math.dist(points[0], points[i]))
    half1 = douglas_peucker(points[: far + 1], tolerance)
    half2 = douglas_peucker([*points[far:], points[0]], tolerance)
    out = half1 + half2[1:]
    return out if len(out) >= 4 else None  # first point repeated at the end: 3 corners


def _bbox(polygon: Polygon) -> tuple[float, float, float, float]:
    xs = [p[0] for p in polygon[0]]
    ys = [p[1] for p in polygon[0]]
    return min(xs), min(ys), max(xs), max(ys)


def _centre(polygon: Polygon) -> Point:
    w, s, e, n = _bbox(polygon)
    return (w + e) / 2, (s + n) / 2


def _round(polygon: Polygon) -> Polygon:
    return [[(round(x, DECIMALS), round(y, DECIMALS)) for x, y in ring] for ring in polygon]


def simplify(
    features: Iterable[Feature],
    tolerance: float = TOLERANCE,
    region: tuple[float, float, float, float] = REGION,
) -> list[Feature]:
    """Features inside ``region``, each ring simplified; polygons that vanish are dropped."""
    west, south, east, north = region
    out = []
    for f in features:
        polygons = []
        for polygon in f.polygons:
            w, s, e, n = _bbox(polygon)
            if e < west or w > east or n < south or s > north:
                continue
            rings = [simplify_ring(r, tolerance) for r in polygon]
            if rings[0] is None:
                continue
            polygons.append(_round([r for r in rings if r is not None]))
        if polygons:
            out.append(Feature(f.name, f.subject, polygons))
    return out


# -- what our copy changes -------------------------------------------------------------

# The Empire of Japan is one feature in the dataset; the Japan chapter needs Karafuto
# (southern Sakhalin) and the Kuril Islands apart from the home islands. Each polygon
# goes to the first territory whose test its centre passes.
Test = Callable[[float, float], bool]
SPLITS: dict[str, list[tuple[str, Test]]] = {
    "Empire of Japan": [
        ("Karafuto", lambda x, y: 141.0 < x < 145.0 and 45.8 < y < 50.5),
        ("Kuril Islands", lambda x, y: 145.2 < x < 157.0 and 43.2 < y < 51.5),
        ("Taiwan", lambda x, y: 119.0 < x < 122.5 and 21.5 < y < 25.6),
        # Korea and Manchukuo are one polygon in the dataset (and Jeju beside it)
        ("Korea and Manchukuo", lambda x, y: 115.0 < x < 127.0 and 33.0 < y < 54.0),
        ("Japan", lambda x, y: True),
    ],
}
# Errors in the dataset, corrected in our copy (its author asks for that): in 1938
# Cambodia and Cochin China were French; Japan occupied them only in 1940-41.
SUBJECT_FIXES: dict[int, dict[str, str]] = {
    1938: {"Cambodia": "France", "Cochin China": "France"},
}
# The dataset gives East Prussia of 1938 the border of 1945 (today's Kaliningrad region)
# and its south (Allenstein, Masuria) to Poland. Our copy adds the south to Germany,
# along the 1920-1939 border as towns on either side of it place it (Marienwerder,
# Deutsch Eylau, Neidenburg, Johannisburg and Lyck German; Soldau, Lubawa, Grajewo and
# Suwalki Polish), and joins the dataset's own line on the Vistula Lagoon. A smaller
# territory is drawn over a larger one, so this patch covers what the dataset gave Poland.
EAST_PRUSSIA_SOUTH: Ring = [
    (22.79, 54.37), (22.50, 54.33), (22.53, 54.15), (22.70, 53.98), (22.45, 53.70),
    (22.10, 53.50), (21.60, 53.45), (21.20, 53.42), (20.95, 53.32), (20.60, 53.28),
    (20.30, 53.28), (19.95, 53.33), (19.75, 53.56), (19.25, 53.52), (19.00, 53.62),
    (18.88, 53.72), (18.85, 53.80), (18.95, 54.00), (19.10, 54.12), (19.23, 54.167),
    (19.328, 54.161), (19.733, 54.31), (19.978, 54.43), (20.356, 54.43), (21.367, 54.38),
    (22.699, 54.425), (22.79, 54.37),
]  # fmt: skip
ADDED: dict[int, list[Feature]] = {
    1938: [
        Feature(
            "Germany", "Germany", [[EAST_PRUSSIA_SOUTH]],
            "East Prussia's southern half, which the dataset gives to Poland",
        )
    ],
}  # fmt: skip


def derive(features: list[Feature], year: int) -> list[Feature]:
    """Our corrections and splits of one year's features (SPLITS, SUBJECT_FIXES, ADDED)."""
    fixes = SUBJECT_FIXES.get(year, {})
    out = []
    for f in features:
        subject = fixes.get(f.name, f.subject)
        rules = SPLITS.get(f.name)
        if not rules:
            out.append(Feature(f.name, subject, f.polygons))
            continue
        parts: dict[str, list[Polygon]] = {}
        for polygon in f.polygons:
            x, y = _centre(polygon)
            name = next(n for n, test in rules if test(x, y))
            parts.setdefault(name, []).append(polygon)
        out += [Feature(name, subject, ps) for name, ps in parts.items()]
    return out + ADDED.get(year, [])


def write(features: list[Feature], path: Path) -> None:
    """Write features as compact GeoJSON (name and subject only), one feature a line."""
    lines = []
    for f in features:
        geometry = {"type": "MultiPolygon", "coordinates": f.polygons}
        props = {"name": f.name or None, "subject": f.subject or None}
        if f.correction:
            props["correction"] = f.correction
        lines.append(
            json.dumps(
                {"type": "Feature", "properties": props, "geometry": geometry},
                separators=(",", ":"),
                ensure_ascii=False,
            )
        )
    text = '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def make_copy(
    dataset: Path, out: Path, years: Iterable[int] = YEARS, progress: Callable[[str], None] = print
) -> list[Path]:
    """Our simplified copy of the dataset's years, written under ``out`` once every year
    has been read (a bad file leaves the copy as it was)."""
    derived = {y: derive(simplify(read(Path(dataset) / file_name(y))), y) for y in years}
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for year, features in derived.items():
        target = out / file_name(year)
        write(features, target)
        points = sum(len(r) for f in features for p in f.polygons for r in p)
        progress(f"{target.name}: {len(features)} territories, {points:,} points")
        written.append(target)
    return written


def load(folder: Path, year: int) -> list[Feature]:
    """One year of our copy."""
    return read(Path(folder) / file_name(year))
