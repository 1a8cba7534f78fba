"""Maps of the time: the borders of the period drawn where the article puts them, the
deportation routes, the simplified copy of the borders and clear refusals of bad input."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from PIL import Image

from kiosk.content import borders, maps, media

ROOT = Path(__file__).resolve().parents[2]
BORDERS = ROOT / "assets" / "geodata" / "borders"
SOURCES = ROOT / "assets" / "content"

Colour = tuple[int, int, int]


@pytest.fixture(scope="module")
def years() -> Callable[[int], list[borders.Feature]]:
    cache: dict[int, list[borders.Feature]] = {}

    def year(y: int) -> list[borders.Feature]:
        if y not in cache:
            cache[y] = borders.load(BORDERS, y)
        return cache[y]

    return year


@pytest.fixture(scope="module")
def specs() -> dict[str, maps.MapSpec]:
    return {s.id: s for s in maps.read_specs(SOURCES / "maps.yaml")}


def drawn(
    specs: dict[str, maps.MapSpec], years: Callable[[int], list[borders.Feature]], map_id: str
) -> tuple[maps.Drawn, Image.Image]:
    spec = specs[map_id]
    d = maps.draw(years(spec.borders), spec, years)
    return d, Image.open(io.BytesIO(d.png)).convert("RGB")


def colours_near(img: Image.Image, xy: tuple[int, int], radius: int = 4) -> set[Colour]:
    x0, y0 = xy
    return {
        img.getpixel((x, y))
        for x in range(max(0, x0 - radius), min(img.width, x0 + radius + 1))
        for y in range(max(0, y0 - radius), min(img.height, y0 + radius + 1))
    }


# Places the article names, as longitude and latitude.
LWOW, WILNO, WARSAW = (24.03, 49.84), (25.28, 54.69), (21.01, 52.23)
ALLENSTEIN, KOENIGSBERG, BRESLAU = (20.48, 53.78), (20.51, 54.71), (17.04, 51.11)
BERLIN, MUNICH = (13.40, 52.52), (11.58, 48.14)
MAOKA, ITURUP = (142.05, 47.05), (147.8, 45.0)
HOKKAIDO, NORTH_SAKHALIN = (142.8, 43.4), (142.7, 51.5)


def test_poland_before_17_september_1939_keeps_its_east_and_east_prussia_is_german(
    specs: dict[str, maps.MapSpec], years: Callable[[int], list[borders.Feature]]
) -> None:
    """The 1939-41 chapter's map: Lwow and Wilno inside Poland (today they are not);
    Allenstein in East Prussia, which the dataset gives to Poland and our copy corrects."""
    d, img = drawn(specs, years, "map-poland")
    for place in (LWOW, WILNO, WARSAW):
        assert img.getpixel(d.pixel(*place)) == maps.HIGHLIGHT, place
    for place in (ALLENSTEIN, KOENIGSBERG):
        assert img.getpixel(d.pixel(*place)) == maps.LAND, place
    assert specs["map-poland"].borders == 1938


def test_the_baltic_states_stand_as_independent_countries(
    specs: dict[str, maps.MapSpec], years: Callable[[int], list[borders.Feature]]
) -> None:
    for map_id, inside, outside in (
        ("map-estonia", (25.8, 58.7), (25.5, 56.7)),  # inland Estonia, not Latvia
        ("map-latvia", (25.5, 56.7), (25.8, 58.7)),
        ("map-lithuania", (23.9, 54.9), (25.5, 56.7)),  # Kaunas, not Latvia
    ):
        d, img = drawn(specs, years, map_id)
        assert img.getpixel(d.pixel(*inside)) == maps.HIGHLIGHT, map_id
        assert img.getpixel(d.pixel(*outside)) == maps.LAND, map_id


def test_the_japan_map_shows_karafuto_and_the_kurils_and_not_the_home_islands_alone(
    specs: dict[str, maps.MapSpec], years: Callable[[int], list[borders.Feature]]
) -> None:
    d, img = drawn(specs, years, "map-japan")
    assert img.getpixel(d.pixel(*MAOKA)) == maps.HIGHLIGHT  # Karafuto, where Maoka was
    assert maps.HIGHLIGHT in colours_near(img, d.pixel(*ITURUP))  # the Kurils are drawn
    assert img.getpixel(d.pixel(*HOKKAIDO)) == maps.CONTEXT  # home islands: darker shade
    assert img.getpixel(d.pixel(*NORTH_SAKHALIN)) == maps.LAND  # Soviet until 1945 too


def test_germany_1945_shows_the_zones_and_its_lost_east_in_stripes(
    specs: dict[str, maps.MapSpec], years: Callable[[int], list[borders.Feature]]
) -> None:
    d, img = drawn(specs, years, "map-germany")
    assert img.getpixel(d.pixel(*BERLIN)) == maps.HIGHLIGHT  # the Soviet zone
    assert img.getpixel(d.pixel(*MUNICH)) == maps.CONTEXT  # the American zone
    for place in (KOENIGSBERG, BRESLAU, ALLENSTEIN):  # East Prussia, Silesia
        assert maps.HATCH in colours_near(img, d.pixel(*place), 12), place
    assert maps.HATCH not in colours_near(img, d.pixel(*WARSAW), 12)  # Poland before 1939


def test_a_route_carries_its_figure_halfway_along_its_arrow(
    specs: dict[str, maps.MapSpec], years: Callable[[int], list[borders.Feature]]
) -> None:
    d, img = drawn(specs, years, "map-estonia-deportations")
    assert [f for f, _, _ in d.labels] == ["estonia-deportees-1941"]
    _, x, y = d.labels[0]
    assert 0 < x < 1 and 0 < y < 1
    at = (round(x * d.width), round(y * d.height))
    assert maps.ROUTE in colours_near(img, at, 6)  # the number sits on the arrow
    kirov = d.pixel(50.0, 58.6)
    assert maps.ROUTE in colours_near(img, kirov, 16)  # an arrowhead at the Kirov region


def test_the_committed_map_is_what_the_borders_draw(
    specs: dict[str, maps.MapSpec], years: Callable[[int], list[borders.Feature]], tmp_path: Path
) -> None:
    """Drawn again and imported as 'kiosk media maps' does, a map gives the very bytes in
    the sources, and media.yaml records where its numbers stand."""
    spec = specs["map-soviet-republics"]
    d = maps.draw(years(spec.borders), spec, years)
    png = tmp_path / "map.png"
    png.write_bytes(d.png)
    entries = {m["id"]: m for m in yaml.safe_load((SOURCES / "media.yaml").read_text())}
    entry = entries[spec.id]
    assert media.prepare(png, lossless=True)[0] == (SOURCES / "media" / entry["file"]).read_bytes()
    assert entry["map"] == maps.record(d, spec)


def test_every_map_says_which_years_borders_it_shows(specs: dict[str, maps.MapSpec]) -> None:
    entries = {m["id"]: m for m in yaml.safe_load((SOURCES / "media.yaml").read_text())}
    covers = {
        yaml.safe_load(p.read_text()).get("cover") for p in (SOURCES / "chapters").glob("*.yaml")
    }
    for spec in specs.values():
        assert entries[spec.id]["map"]["borders"] == spec.borders
        assert "today's borders" not in entries[spec.id]["caption"]
        assert not entries[spec.id].get("warnings")
    assert {"map-japan", "map-poland", "map-poland-1945", "map-germany"} <= covers


def test_the_deportation_chapters_show_their_routes() -> None:
    shown = set()
    for path in (SOURCES / "chapters").glob("*.yaml"):
        chapter = yaml.safe_load(path.read_text())
        shown |= {i for s in chapter["sections"] for i in s.get("images", [])}
        shown.add(chapter.get("cover"))
    routes = {
        m["id"] for m in yaml.safe_load((SOURCES / "maps.yaml").read_text()) if m.get("routes")
    }
    assert routes and routes <= shown


def test_unknown_territory_is_named(years: Callable[[int], list[borders.Feature]]) -> None:
    with pytest.raises(maps.MapError, match="no territory called 'Atlantis'"):
        maps.draw(years(1938), maps.MapSpec("m", 1938, ["Atlantis"], "c", "a"))


def test_a_malformed_map_list_names_the_map(tmp_path: Path) -> None:
    path = tmp_path / "maps.yaml"
    good = {"id": "ok", "borders": 1938, "highlight": ["Estonia"], "caption": "c", "alt": "a"}
    for bad in (
        {"id": "broken", "borders": 1938, "highlight": ["Latvia"]},  # no caption
        {**good, "id": "year", "borders": 1939},  # no borders of that year
        {**good, "id": "route", "routes": [{"from": [200, 0], "to": [0, 0]}]},
        {**good, "id": "Not An Id"},
    ):
        path.write_text(yaml.safe_dump([good, bad]))
        with pytest.raises(maps.MapError, match=r"maps\.yaml, map 2"):
            maps.read_specs(path)


# -- the simplified copy of the borders -------------------------------------------------


def test_douglas_peucker_keeps_corners_and_drops_what_a_screen_cannot_show() -> None:
    wobbly = [(0.0, 0.0), (0.5, 0.001), (1.0, 0.0), (1.0, 1.0), (0.5, 0.999), (0.0, 1.0), (0, 0)]
    ring = borders.simplify_ring(wobbly, 0.01)
    assert ring is not None
    assert sorted(set(ring)) == [(0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0)]
    assert ring[0] == ring[-1]  # still closed
    assert borders.simplify_ring([(0, 0), (0.001, 0), (0.001, 0.001), (0, 0)], 0.01) is None


def test_the_copy_reads_back_with_our_corrections(
    years: Callable[[int], list[borders.Feature]],
) -> None:
    names = {f.name for f in years(1938)}
    assert {"Estonia", "Latvia", "Lithuania", "Poland", "Karafuto", "Kuril Islands"} <= names
    assert "Empire of Japan" not in names  # split into its parts
    assert any(f.name == "Germany" and f.correction for f in years(1938))
    subjects = {f.name: f.subject for f in years(1938)}
    assert subjects["Cambodia"] == "France"  # not Japanese until 1940-41
    assert {"Germany (Soviet)", "Germany (USA)", "Germany (UK)", "Germany (France)"} <= {
        f.name for f in years(1945)
    }


def test_making_the_copy_simplifies_and_writes_what_it_read(tmp_path: Path) -> None:
    ring = [[0.0, 0.0], [0.5, 0.0001], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]]
    dataset = tmp_path / "dataset"
    dataset.mkdir()
    feature = {
        "type": "Feature",
        "properties": {"NAME": "Testland", "SUBJECTO": "Testland"},
        "geometry": {"type": "MultiPolygon", "coordinates": [[ring]]},
    }
    (dataset / "world_1960.geojson").write_text(
        json.dumps({"type": "FeatureCollection", "features": [feature]})
    )
    out = tmp_path / "copy"
    borders.make_copy(dataset, out, [1960], progress=lambda _m: None)
    (copied,) = borders.load(out, 1960)
    assert copied.name == "Testland"
    assert len(copied.polygons[0][0]) == 5  # the near-straight point is gone


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "is not GeoJSON"),
        ('{"type": "Feature"}', "not a GeoJSON FeatureCollection"),
        (
            '{"type": "FeatureCollection", "features": [{"properties": {}, "geometry": '
            '{"type": "Polygon", "coordinates": [[[0,0],[500,0],[1,1],[0,0]]]}}]}',
            "is not a longitude and latitude",
        ),
        (
            '{"type": "FeatureCollection", "features": [{"properties": {"NAME": "a\\u202eb"}, '
            '"geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,0]]]}}]}',
            "a name contains",
        ),
        (
            '{"type": "FeatureCollection", "features": [{"properties": {}, "geometry": '
            '{"type": "Point", "coordinates": [0, 0]}}]}',
            "is not a polygon",
        ),
    ],
)
def test_bad_borders_are_refused_with_a_reason(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "world_1938.geojson"
    path.write_text(content)
    with pytest.raises(borders.BordersError, match=message):
        borders.read(path)


def test_the_maps_command_explains_missing_borders(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.cli import main

    (sources / "maps.yaml").write_text(
        "- {id: m, borders: 1938, highlight: [Estonia], caption: c, alt: a}\n", encoding="utf-8"
    )
    before = (sources / "media.yaml").read_text()
    code = main(["media", "maps", "--src", str(sources), "--borders", str(tmp_path / "none")])
    assert code == 2  # a missing file is bad input
    assert "cannot read the borders of 1938" in capsys.readouterr().err
    assert (sources / "media.yaml").read_text() == before


def test_the_maps_command_draws_and_records_a_map(sources: Path) -> None:
    from kiosk.cli import main

    (sources / "maps.yaml").write_text(
        yaml.safe_dump(
            [
                {
                    "id": "map-north",
                    "borders": 1938,
                    "highlight": ["Estonia"],
                    "caption": "c",
                    "alt": "a",
                    "routes": [
                        {"from": [25.6, 58.7], "to": [50.0, 58.6], "figure": "north-deportees"}
                    ],
                }
            ]
        ),
        encoding="utf-8",
    )
    assert main(["media", "maps", "--src", str(sources), "--borders", str(BORDERS)]) == 0
    entry = next(m for m in yaml.safe_load((sources / "media.yaml").read_text())
                 if m["id"] == "map-north")  # fmt: skip
    assert entry["file"].endswith(".png")
    assert entry["map"]["borders"] == 1938
    assert [r["figure"] for r in entry["map"]["routes"]] == ["north-deportees"]
