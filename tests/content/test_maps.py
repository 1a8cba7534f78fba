"""Locator maps: reading the outlines (pyshp), the drawing, and clear refusals of bad input."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
import yaml
from PIL import Image

from kiosk.content import maps

OUTLINES = Path(__file__).resolve().parents[2] / "assets" / "geodata" / "ne_110m_countries.shp"


def test_the_bundled_outlines_read() -> None:
    outlines = maps.load_outlines(OUTLINES)
    assert len(outlines) == 177  # the Natural Earth 1:110m countries (Kosovo as '-99')
    assert {"EST", "LVA", "LTU", "POL", "RUS", "JPN", "AFG", "-99"} <= set(outlines)
    lon, lat = outlines["EST"][0][0]
    assert 21 < lon < 29 and 57 < lat < 60  # Estonia is where it should be


def test_a_map_highlights_its_countries_and_nothing_else() -> None:
    outlines = maps.load_outlines(OUTLINES)
    spec = maps.MapSpec("m", ["POL"], "Poland", "Map with Poland highlighted.")
    with Image.open(io.BytesIO(maps.draw(outlines, spec))) as img:
        rgb = img.convert("RGB")
        centre = rgb.getpixel((rgb.width // 2, rgb.height // 2))  # the frame centres on it
        corner = rgb.getpixel((5, 5))
    assert centre == maps.HIGHLIGHT
    assert corner != maps.HIGHLIGHT
    assert rgb.width == maps.WIDTH


def test_unknown_country_code_is_named() -> None:
    outlines = maps.load_outlines(OUTLINES)
    with pytest.raises(maps.MapError, match="no outline for XYZ"):
        maps.draw(outlines, maps.MapSpec("m", ["XYZ"], "c", "a"))


def test_a_damaged_shapefile_is_refused_with_its_name(tmp_path: Path) -> None:
    for suffix in (".shp", ".shx", ".dbf"):
        shutil.copy(OUTLINES.with_suffix(suffix), tmp_path / f"c{suffix}")
    (tmp_path / "c.shp").write_bytes(b"not a shapefile at all" * 10)
    with pytest.raises(maps.MapError, match=r"c\.shp is not an ESRI shapefile"):
        maps.load_outlines(tmp_path / "c.shp")
    shutil.copy(OUTLINES, tmp_path / "c.shp")
    dbf = tmp_path / "c.dbf"
    dbf.write_bytes(dbf.read_bytes()[:5000])
    with pytest.raises(maps.OutlinesError, match=r"c\.dbf is damaged or truncated"):
        maps.load_outlines(tmp_path / "c.shp")
    dbf.unlink()
    with pytest.raises(maps.OutlinesError, match=r"cannot read the outlines .*c\.dbf"):
        maps.load_outlines(tmp_path / "c.shp")


@pytest.mark.parametrize("map_id", ["map-estonia", "map-soviet-republics"])
def test_the_committed_maps_are_what_the_outlines_draw(tmp_path: Path, map_id: str) -> None:
    """Drawn again and imported as 'kiosk media maps' does, a map gives the very bytes in
    the sources (the second one crosses the date line)."""
    from kiosk.content import media

    root = OUTLINES.parents[1] / "content"
    spec = next(s for s in maps.read_specs(root / "maps.yaml") if s.id == map_id)
    png = tmp_path / "map.png"
    png.write_bytes(maps.draw(maps.load_outlines(OUTLINES), spec))
    files = {m["id"]: m["file"] for m in yaml.safe_load((root / "media.yaml").read_text())}
    assert media.prepare(png)[0] == (root / "media" / files[map_id]).read_bytes()


def test_a_malformed_map_list_names_the_map(tmp_path: Path) -> None:
    path = tmp_path / "maps.yaml"
    path.write_text(
        yaml.safe_dump(
            [
                {"id": "ok", "countries": ["EST"], "caption": "c", "alt": "a"},
                {"id": "broken", "countries": ["LVA"]},
            ]
        )
    )
    with pytest.raises(maps.MapError, match=r"maps\.yaml, map 2"):
        maps.read_specs(path)


def test_the_real_maps_are_in_the_content_and_on_chapter_cards() -> None:
    root = OUTLINES.parents[1] / "content"
    specs = maps.read_specs(root / "maps.yaml")
    media = {m["id"]: m for m in yaml.safe_load((root / "media.yaml").read_text())}
    covers = {
        yaml.safe_load(p.read_text()).get("cover") for p in (root / "chapters").glob("*.yaml")
    }
    for spec in specs:
        assert media[spec.id]["caption"] == " ".join(spec.caption.split())
        assert "today's borders" in spec.caption  # never passed off as historical borders
        assert spec.id in covers
        assert not media[spec.id].get("warnings")


def test_the_maps_command_explains_a_missing_outline_file(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.cli import main

    (sources / "maps.yaml").write_text(
        "- {id: m, countries: [EST], caption: c, alt: a}\n", encoding="utf-8"
    )
    before = (sources / "media.yaml").read_text()
    code = main(["media", "maps", "--src", str(sources), "--outlines", str(tmp_path / "no.shp")])
    assert code == 2  # a missing file is bad input
    assert "cannot read the outlines" in capsys.readouterr().err
    assert (sources / "media.yaml").read_text() == before
