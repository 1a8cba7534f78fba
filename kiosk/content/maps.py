"""Maps of the time, drawn with Pillow from the borders of the period they show (no Qt).

A map carries no words: captions are translated, pictures are not. What a map shows is
listed in ``maps.yaml``: the year of the borders, the territories that stand out, the
deportation routes (an arrow from a homeland to each destination, and the figure whose
number the exhibit writes on it), and, for the period map, where each chapter happened.
``kiosk media maps`` draws each one and records it in ``media.yaml`` with the positions
of its numbers and places as shares of the picture's width and height, so the screen can
set words and numbers, in the visitor's language, on the picture.
"""

from __future__ import annotations

import io
import itertools
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import borders, safety

WIDTH = 1600  # px; the height follows the frame's proportions
SCALE = 3  # drawn three times as large and reduced: smooth coasts and borders
WATER = (21, 24, 28)
LAND = (58, 63, 71)
BORDER = (21, 24, 28)
HIGHLIGHT = (232, 196, 104)  # the exhibit's accent colour
CONTEXT = (128, 112, 74)  # the same power's other territory: the accent, subdued
HATCH = (176, 150, 92)  # territory lost since the date of another map: stripes
ROUTE = (243, 240, 232)  # the exhibit's text colour
ROUTE_EDGE = (17, 19, 22)
ASPECT = 1.6  # a locator map's width to height (chapter cards crop to about this)
MIN_YEAR, MAX_YEAR = 1900, 2100

Point = tuple[float, float]


class MapError(Exception):
    """The borders or the map list cannot be used; the message says why."""


class OutlinesError(MapError):
    """The borders cannot be read: a missing or damaged file."""


@dataclass(frozen=True)
class Route:
    """Deportation from a homeland (``origin``) to one or more destinations; ``figure``
    is the id of the content figure whose number stands on the arrow (or None)."""

    origin: Point
    to: tuple[Point, ...]
    figure: str | None = None


@dataclass(frozen=True)
class Place:
    """Where a chapter happened, on the period map."""

    chapter: str
    at: Point


@dataclass(frozen=True)
class Former:
    """Territory of another date (``names`` in that year's borders) that lies inside
    ``within`` at the map's own date: drawn in stripes (Germany's eastern territories)."""

    borders: int
    names: tuple[str, ...]
    within: tuple[str, ...]


@dataclass
class MapSpec:
    """One map of maps.yaml. Territories are named as the borders name them; ``of:X``
    means every territory held by X. A chapter shows a map as its ``cover``, a section
    or an event under its ``images``."""

    id: str
    borders: int
    highlight: list[str]
    caption: str
    alt: str
    context: list[str] = field(default_factory=list)
    former: Former | None = None
    frame: tuple[float, float, float, float] | None = None  # west, south, east, north
    routes: list[Route] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    projection: str = "conic"


# -- the projection --------------------------------------------------------------------


class Conic:
    """Albers equal-area conic, its standard parallels a sixth inside the frame: the
    Baltic states and the whole Soviet Union alike keep their familiar shapes."""

    def __init__(self, frame: tuple[float, float, float, float]) -> None:
        west, south, east, north = frame
        self.lon0 = (west + east) / 2
        p1 = math.radians(south + (north - south) / 6)
        p2 = math.radians(north - (north - south) / 6)
        self.n = (math.sin(p1) + math.sin(p2)) / 2
        if abs(self.n) < 1e-6:
            self.n = 1e-6
        self.c = math.cos(p1) ** 2 + 2 * self.n * math.sin(p1)
        self.rho0 = math.sqrt(self.c - 2 * self.n * math.sin(math.radians((south + north) / 2)))
        self.rho0 /= self.n

    def __call__(self, lon: float, lat: float) -> Point:
        d = lon - self.lon0
        d = (d + 180.0) % 360.0 - 180.0  # the short way round (frames across 180°)
        rho = math.sqrt(max(0.0, self.c - 2 * self.n * math.sin(math.radians(lat)))) / self.n
        theta = self.n * math.radians(d)
        return rho * math.sin(theta), self.rho0 - rho * math.cos(theta)


class Plate:
    """Equirectangular, true to scale at the frame's middle latitude: for the period map,
    whose width (Europe to the Pacific) would fan a cone out of shape."""

    def __init__(self, frame: tuple[float, float, float, float]) -> None:
        west, south, east, north = frame
        self.lon0 = (west + east) / 2
        self.squeeze = math.cos(math.radians((south + north) / 2))

    def __call__(self, lon: float, lat: float) -> Point:
        d = (lon - self.lon0 + 180.0) % 360.0 - 180.0
        return math.radians(d) * self.squeeze, math.radians(lat)


PROJECTIONS: dict[str, type[Conic] | type[Plate]] = {"conic": Conic, "plate": Plate}


@dataclass
class _Canvas:
    project: Conic | Plate
    x0: float
    y0: float
    per_unit: float  # px (at the final size) per projected unit
    width: int
    height: int

    def px(self, lon: float, lat: float, scale: int = 1) -> Point:
        x, y = self.project(lon, lat)
        return ((x - self.x0) * self.per_unit * scale, (self.y0 - y) * self.per_unit * scale)


def _canvas(
    frame: tuple[float, float, float, float], aspect: float | None, projection: str = "conic"
) -> _Canvas:
    """The picture: the projected frame, widened or heightened to ``aspect``."""
    west, south, east, north = frame
    project = PROJECTIONS[projection](frame)
    edge = [(west + (east - west) * i / 40, lat) for i in range(41) for lat in (south, north)]
    edge += [(lon, south + (north - south) * i / 40) for i in range(41) for lon in (west, east)]
    xs, ys = zip(*(project(*p) for p in edge), strict=True)
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    if aspect:
        w, h = x1 - x0, y1 - y0
        if w / h < aspect:  # too tall: widen around the middle
            grow = (h * aspect - w) / 2
            x0, x1 = x0 - grow, x1 + grow
        else:
            grow = (w / aspect - h) / 2
            y0, y1 = y0 - grow, y1 + grow
    per_unit = WIDTH / (x1 - x0)
    height = round((y1 - y0) * per_unit)
    return _Canvas(project, x0, y1, per_unit, WIDTH, height)


@dataclass(frozen=True)
class Drawn:
    """A drawn map: the PNG, and where its numbers and places stand (shares of its
    width and height, from the top left)."""

    png: bytes
    width: int
    height: int
    labels: tuple[tuple[str, float, float], ...]  # figure id, x, y: a route's number
    places: tuple[tuple[str, float, float], ...]  # chapter id, x, y
    canvas: _Canvas | None = None  # how longitude and latitude became pixels

    def pixel(self, lon: float, lat: float) -> tuple[int, int]:
        """Where a point of the earth lies on the picture."""
        assert self.canvas is not None
        x, y = self.canvas.px(lon, lat)
        return round(x), round(y)


def _auto_frame(polygons: Iterable[borders.Polygon]) -> tuple[float, float, float, float]:
    """A frame around the highlighted territory with room to see its neighbours."""
    lons, lats = [], []
    for polygon in polygons:
        lons += [p[0] for p in polygon[0]]
        lats += [p[1] for p in polygon[0]]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    cx, cy = (west + east) / 2, (south + north) / 2
    squeeze = math.cos(math.radians(cy))
    width = max((east - west) * squeeze * 2.2, 18.0)  # in degrees of latitude
    height = max((north - south) * 2.2, width / ASPECT)
    width = max(width, height * ASPECT)
    return (
        cx - width / squeeze / 2,
        max(-80.0, cy - height / 2),
        cx + width / squeeze / 2,
        min(84.0, cy + height / 2),
    )


# -- drawing ---------------------------------------------------------------------------


def select(features: Sequence[borders.Feature], names: Iterable[str]) -> list[borders.Feature]:
    """The features a list of names asks for (``of:X``: every territory X held)."""
    wanted = list(names)
    found = []
    for name in wanted:
        if name.startswith("of:"):
            hits = [f for f in features if f.subject == name[3:]]
        else:
            hits = [f for f in features if f.name == name]
        if not hits:
            raise MapError(f"no territory called {name!r} in these borders")
        found += [f for f in hits if f not in found]
    return found


def _area(polygon: borders.Polygon) -> float:
    ring = polygon[0]
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in itertools.pairwise(ring))) / 2


def _territories(
    img: Any, canvas: _Canvas, features: Sequence[borders.Feature], ids: Sequence[int]
) -> None:
    """Paint each feature's polygons with its id; larger polygons first, so that an
    enclave (or a correction of our copy) lies over the territory around it, and a hole
    (a lake) stays open unless a smaller territory fills it."""
    from PIL import ImageDraw

    pen = ImageDraw.Draw(img)
    polygons = sorted(
        ((p, i) for f, i in zip(features, ids, strict=True) for p in f.polygons),
        key=lambda item: -_area(item[0]),
    )
    for polygon, ident in polygons:
        for n, ring in enumerate(polygon):
            pen.polygon([canvas.px(*p, SCALE) for p in ring], fill=0 if n else ident)


def _edges(ids: Any, width: int) -> Any:
    """A mask of the lines where one territory (or the sea) meets another, ``width``
    pixels wide."""
    from PIL import ImageChops

    right = ImageChops.offset(ids, 1, 0)
    down = ImageChops.offset(ids, 0, 1)
    diff = ImageChops.lighter(ImageChops.difference(ids, right), ImageChops.difference(ids, down))
    mask = diff.point(lambda v: 255 if v else 0)
    mask.paste(0, (0, 0, mask.width, 1))  # offset wraps round: no edge along the frame
    mask.paste(0, (0, 0, 1, mask.height))
    thick = mask  # widened by shifted copies: far faster than a MaxFilter this size
    for dx in range(1, width):
        thick = ImageChops.lighter(thick, ImageChops.offset(mask, dx, 0))
    wide = thick
    for dy in range(1, width):
        wide = ImageChops.lighter(wide, ImageChops.offset(thick, 0, dy))
    return wide


def _stripes(size: tuple[int, int], colour: tuple[int, int, int]) -> Any:
    """Diagonal stripes of ``colour`` on land."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", size, LAND)
    pen = ImageDraw.Draw(img)
    step, w, h = 14 * SCALE, size[0], size[1]
    for start in range(-h, w, step):
        pen.line([(start, h), (start + h, 0)], fill=colour, width=5 * SCALE)
    return img


def _curve(a: Point, b: Point, bend: float = 0.18) -> tuple[list[Point], Point]:
    """Points of a gentle arc from ``a`` to ``b`` (bulging north on an eastward trip) and the
    point halfway along it."""
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    cx, cy = (ax + bx) / 2 + dy * bend, (ay + by) / 2 - dx * bend
    points = []
    for i in range(41):
        t = i / 40
        points.append(
            (
                (1 - t) ** 2 * ax + 2 * (1 - t) * t * cx + t * t * bx,
                (1 - t) ** 2 * ay + 2 * (1 - t) * t * cy + t * t * by,
            )
        )
    return points, points[20]


def _arrow(pen: Any, a: Point, b: Point) -> Point:
    """An arrow from ``a`` to ``b`` (pixels at the drawing scale); returns its middle."""
    points, middle = _curve(a, b)
    head = 42 * SCALE
    # stop the line where the head begins
    end = next((i for i in range(len(points)) if math.dist(points[i], b) < head * 0.7), -1)
    shaft = points[: max(2, end)]
    for colour, width in ((ROUTE_EDGE, 14 * SCALE), (ROUTE, 8 * SCALE)):
        pen.line(shaft, fill=colour, width=width, joint="curve")
    (px, py), (qx, qy) = points[-4], b
    angle = math.atan2(qy - py, qx - px)
    tip = [
        (qx, qy),
        (qx - head * math.cos(angle - 0.42), qy - head * math.sin(angle - 0.42)),
        (qx - head * math.cos(angle + 0.42), qy - head * math.sin(angle + 0.42)),
    ]
    pen.polygon(tip, fill=ROUTE, outline=ROUTE_EDGE, width=2 * SCALE)
    return middle


def draw(
    outlines: Sequence[borders.Feature],
    spec: MapSpec,
    other: Callable[[int], Sequence[borders.Feature]] | None = None,
) -> Drawn:
    """Draw one map. ``outlines`` are the borders of ``spec.borders``; ``other(year)``
    gives another year's (for ``former``)."""
    from PIL import Image, ImageChops, ImageDraw

    chosen = select(outlines, spec.highlight)
    context = select(outlines, spec.context)
    frame = spec.frame or _auto_frame(p for f in chosen for p in f.polygons)
    canvas = _canvas(frame, ASPECT if spec.frame is None else None, spec.projection)
    if not 200 <= canvas.height <= 2 * WIDTH:
        raise MapError(f"map {spec.id}: the frame {frame} is too flat or too tall to show")
    size = (canvas.width * SCALE, canvas.height * SCALE)
    # one id per territory name (a name our copy corrects keeps one colour, no seam)
    names = list(dict.fromkeys(f.name or f"#{n}" for n, f in enumerate(outlines)))
    number = {name: 1 + n % 255 for n, name in enumerate(names)}
    ids = [number[f.name or f"#{n}"] for n, f in enumerate(outlines)]
    territory = Image.new("L", size, 0)
    _territories(territory, canvas, outlines, ids)
    palette = [*WATER, *LAND * 255]
    for group, colour in ((context, CONTEXT), (chosen, HIGHLIGHT)):
        for f in group:
            palette[3 * number[f.name] : 3 * number[f.name] + 3] = colour
    coloured = territory.copy()
    coloured.putpalette(palette)
    img = coloured.convert("RGB")
    if spec.former is not None:
        if other is None:
            raise MapError(f"map {spec.id}: no borders of {spec.former.borders} to draw from")
        then = select(other(spec.former.borders), spec.former.names)
        old = Image.new("L", size, 0)
        _territories(old, canvas, then, [255] * len(then))
        inside = {number[f.name] for f in select(outlines, spec.former.within)}
        now = territory.point(lambda v: 255 if v in inside else 0)
        mask = ImageChops.multiply(old, now)
        img.paste(_stripes(size, HATCH), (0, 0), mask)
    img.paste(BORDER, (0, 0, *size), _edges(territory, 2 * SCALE))
    pen = ImageDraw.Draw(img)
    labels = []
    for route in spec.routes:
        start = canvas.px(*route.origin, SCALE)
        ends = [canvas.px(*to, SCALE) for to in route.to]
        middles = [_arrow(pen, start, end) for end in ends]
        r = 9 * SCALE
        pen.ellipse(
            (start[0] - r, start[1] - r, start[0] + r, start[1] + r),
            fill=ROUTE, outline=ROUTE_EDGE, width=3 * SCALE,
        )  # fmt: skip
        if route.figure:  # the number stands halfway along the longest arrow
            x, y = max(zip(middles, ends, strict=True), key=lambda m: math.dist(start, m[1]))[0]
            labels.append((route.figure, _share(x, size[0]), _share(y, size[1])))
    places = []
    for place in spec.places:
        x, y = canvas.px(*place.at, SCALE)
        places.append((place.chapter, _share(x, size[0]), _share(y, size[1])))
    img = img.resize((canvas.width, canvas.height), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=True)
    return Drawn(buf.getvalue(), canvas.width, canvas.height, tuple(labels), tuple(places), canvas)


def _share(value: float, whole: int) -> float:
    return round(min(1.0, max(0.0, value / whole)), 4)


# -- the list of maps ------------------------------------------------------------------


def _point(value: Any, what: str) -> Point:
    if not (isinstance(value, list | tuple) and len(value) == 2):
        raise ValueError(f"{what} must be [longitude, latitude]")
    lon, lat = float(value[0]), float(value[1])
    if not (-180 <= lon <= 180 and -90 <= lat <= 90 and math.isfinite(lon + lat)):
        raise ValueError(f"{what} ({lon}, {lat}) is not a longitude and latitude")
    return lon, lat


def _names(value: Any) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("territories must be a list of names")
    return list(value)


def _spec(item: Any) -> MapSpec:
    if not isinstance(item, dict):
        raise ValueError("a map is a mapping")
    ident = str(item["id"])
    if not safety.is_id(ident):
        raise ValueError(f"{ident!r} is not an id (lower-case words joined by hyphens)")
    year = int(item["borders"])
    borders.file_name(year)
    frame = item.get("frame")
    former = item.get("former")
    projection = str(item.get("projection", "conic"))
    if projection not in PROJECTIONS:
        raise ValueError(f"projection {projection!r} is not one of {', '.join(PROJECTIONS)}")
    routes = []
    for r in item.get("routes") or []:
        to = r["to"]
        figure = r.get("figure")
        if figure is not None and not safety.is_id(str(figure)):
            raise ValueError(f"figure {figure!r} is not an id")
        routes.append(
            Route(
                _point(r["from"], "from"),
                tuple(_point(t, "to") for t in (to if isinstance(to[0], list) else [to])),
                None if figure is None else str(figure),
            )
        )
    places = []
    for p in item.get("places") or []:
        if not safety.is_id(str(p["chapter"])):
            raise ValueError(f"chapter {p['chapter']!r} is not an id")
        places.append(Place(str(p["chapter"]), _point(p["at"], "at")))
    return MapSpec(
        id=ident, borders=year, highlight=_names(item.get("highlight")),
        caption=str(item["caption"]), alt=str(item["alt"]),
        context=_names(item.get("context")),
        former=Former(int(former["borders"]), tuple(_names(former["names"])),
                      tuple(_names(former["within"]))) if former else None,
        frame=tuple(float(v) for v in frame) if frame else None,  # type: ignore[arg-type]
        routes=routes, places=places, projection=projection,
    )  # fmt: skip


def read_specs(path: Path) -> list[MapSpec]:
    """The list of maps (maps.yaml beside the content sources)."""
    try:
        items = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    except (OSError, yaml.YAMLError) as exc:
        raise MapError(f"cannot read {Path(path).name}: {exc}") from exc
    if not isinstance(items, list):
        raise MapError(f"{Path(path).name} is not a list of maps")
    specs = []
    for n, item in enumerate(items, 1):
        try:
            spec = _spec(item)
            if not spec.highlight and not spec.places:
                raise ValueError("a map highlights a territory or places chapters")
            specs.append(spec)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
            raise MapError(f"{Path(path).name}, map {n}: {exc!r} is missing or wrong") from exc
        except borders.BordersError as exc:
            raise MapError(f"{Path(path).name}, map {n}: {exc}") from exc
    return specs


CREDIT = "Drawn for the exhibit from André Ourednik's historical-basemaps borders"
LICENCE = "GPL-3.0"


def record(drawn: Drawn, spec: MapSpec) -> dict[str, Any]:
    """What media.yaml says about a map beyond the image: the year of its borders, and
    where its numbers and places stand."""
    out: dict[str, Any] = {"borders": spec.borders}
    if drawn.labels:
        out["routes"] = [{"figure": f, "at": [x, y]} for f, x, y in drawn.labels]
    if drawn.places:
        out["places"] = [{"chapter": c, "at": [x, y]} for c, x, y in drawn.places]
    return out


def make_all(
    src: Path, borders_dir: Path, progress: Callable[[str], None] = lambda _m: None
) -> list[str]:
    """Draw every map of ``src/maps.yaml`` and add it to the sources as an image."""
    import tempfile

    from . import media

    specs = read_specs(Path(src) / "maps.yaml")
    cache: dict[int, list[borders.Feature]] = {}

    def year(y: int) -> list[borders.Feature]:
        if y not in cache:
            try:
                cache[y] = borders.load(borders_dir, y)
            except borders.BordersError as exc:
                raise OutlinesError(f"cannot read the borders of {y}: {exc}") from exc
        return cache[y]

    added: list[str] = []
    replaced: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for spec in specs:
            progress(f"drawing {spec.id} (borders of {spec.borders})")
            drawn = draw(year(spec.borders), spec, year)
            png = Path(tmp) / f"{len(added)}.png"
            png.write_bytes(drawn.png)
            done = media.add(src, png, spec.alt, CREDIT, LICENCE, spec.caption, [], spec.id,
                             lossless=True, map_info=record(drawn, spec))  # fmt: skip
            added.append(spec.id)
            if done.replaced:
                replaced.append(done.replaced)
    media.remove_unused(src, replaced)  # the files of the maps drawn before
    return added
