"""A day's chart: a PNG per day, named by its date, one colour per kiosk, a suppressed
count drawn as an outline only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PIL import Image, ImageColor

from kiosk.fonts import FONTS_DIR
from kiosk.stats.chart import PALETTE, chart_name, day_chart
from kiosk.stats.figures import Figures
from kiosk.stats.store import Stored

DAY = date(2025, 6, 14)


def _pixels(image: Image.Image, colour: str) -> int:
    rgb = ImageColor.getrgb(colour)
    colours = image.convert("RGB").getcolors(maxcolors=image.width * image.height) or []
    return sum(n for n, c in colours if c == rgb)


def _chart(tmp_path: Path, foyer_visits: int) -> tuple[Figures, Image.Image]:
    rows = {
        "Hall 2": [Stored(DAY, "visits", "", 40), Stored(DAY, "idle_resets", "", 40)],
        "Foyer": [Stored(DAY, "visits", "", foyer_visits)],
    }
    figs = Figures.merge((k, Figures.from_store(r, k)) for k, r in rows.items())
    out = day_chart(
        figs, DAY, tmp_path / str(foyer_visits) / chart_name(DAY),
        FONTS_DIR / "NotoSans-Regular.ttf",
    )  # fmt: skip
    assert out.name == "usage-2025-06-14.png"
    image = Image.open(out)
    image.load()
    return figs, image


def test_each_kiosk_has_its_colour_and_a_suppressed_count_no_filled_bar(tmp_path: Path) -> None:
    figs, shown = _chart(tmp_path, 5)
    _, suppressed = _chart(tmp_path, 3)  # drawn as "<5": an outline up to 4
    assert shown.format == "PNG" and shown.width == 800
    assert figs.kiosks() == ["Foyer", "Hall 2"]  # their colours in this order
    foyer, hall = PALETTE[0], PALETTE[1]
    # Hall 2's visits and resets are full bars, Foyer's one bar is short
    assert _pixels(shown, hall) > 5 * _pixels(shown, foyer) > 0
    # a filled bar of 4 would have 4/5 of the colour of the bar of 5; an outline far less
    assert 0 < _pixels(suppressed, foyer) < 0.6 * _pixels(shown, foyer)
    assert _pixels(suppressed, hall) == _pixels(shown, hall)


def test_a_chart_without_a_font_file_still_draws(tmp_path: Path) -> None:
    figs = Figures.from_store([Stored(DAY, "visits", "", 9)], "Hall 2")
    out = day_chart(figs, DAY, tmp_path / "charts" / chart_name(DAY), tmp_path / "absent.ttf")
    with Image.open(out) as image:
        assert _pixels(image, PALETTE[0]) > 0
    assert sorted(p.name for p in out.parent.iterdir()) == ["usage-2025-06-14.png"]
