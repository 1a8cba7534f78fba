"""Maps as the exhibit hands them to the screens: the year of the borders and the route
numbers in the visitor's language, and the map screen's places laid out at its size."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from kiosk.app import i18n
from kiosk.app.care import Care
from kiosk.app.config import KioskConfig
from kiosk.app.exhibit import Exhibit
from kiosk.app.maps import PeriodMapView


def _map_image(exhibit: Exhibit) -> dict:
    exhibit.openChapter("north")
    rows = {r["sectionId"]: r["images"] for r in exhibit.section_rows()}
    (image,) = rows["north-deportations"]
    return image


def test_a_route_number_and_its_year_come_from_the_content(qapp: object, small_db: Path) -> None:
    exhibit = Exhibit(small_db, KioskConfig())
    image = _map_image(exhibit)
    assert image["borders"] == "1938"
    assert image["routes"] == [
        {"figureId": "north-deportees", "x": 0.5, "y": 0.5, "label": "9,254 to 10,861"}
    ]


@pytest.mark.parametrize(
    ("lang", "year", "kalmyks"),
    [("en", "1938", "93,000"), ("de", "1938", "93.000"), ("fa", "۱۹۳۸", "۹۳٬۰۰۰")],
)
def test_the_numbers_on_a_map_are_in_the_visitors_language(
    qapp: object, real_db: Path, lang: str, year: str, kalmyks: str
) -> None:
    exhibit = Exhibit(real_db, KioskConfig(), translations=i18n.Translations())
    try:
        exhibit.setLanguage(lang)
        exhibit.openChapter("soviet-peoples")
        (cover,) = exhibit._chapter._get("cover")
        assert cover["borders"] == year
        labels = {r["figureId"]: r["label"] for r in cover["routes"]}
        assert labels["soviet-peoples-kalmyks-deported"] == kalmyks
    finally:
        exhibit.setLanguage("en")  # the translator is application-wide: leave English


def test_a_photograph_has_no_borders_and_no_routes(qapp: object, small_db: Path) -> None:
    exhibit = Exhibit(small_db, KioskConfig())
    exhibit.openChapter("north")
    rows = {r["sectionId"]: r["images"] for r in exhibit.section_rows()}
    assert rows["north-soldiers"][0]["borders"] == ""
    assert rows["north-soldiers"][0]["routes"] == []


# what the map screen says about its size and its labels
INPUTS = {"fontSize": 20.0, "labelWidth": 240.0, "labelHeight": 64.0, "clearance": 24.0,
          "areaWidth": 1200.0, "areaHeight": 600.0}  # fmt: skip


@pytest.fixture
def period_map(qapp: object, small_db: Path) -> Iterator[tuple[Exhibit, Care, PeriodMapView]]:
    care = Care("museum")
    exhibit = Exhibit(small_db, KioskConfig(), care=care)
    exhibit.install()
    care.install()
    view = PeriodMapView()
    yield exhibit, care, view
    Exhibit._current = None  # type: ignore[assignment]
    Care._current = None  # type: ignore[assignment]


def test_the_map_screen_places_each_chapter_inside_its_area(
    period_map: tuple[Exhibit, Care, PeriodMapView],
) -> None:
    _exhibit, _care, view = period_map
    for name, value in INPUTS.items():
        view.setProperty(name, value)
    assert not view._places.rows()  # laid out once every size has arrived, not before
    QCoreApplication.processEvents()
    assert view.property("found") and view.property("borders") == "1938"
    rows = view._places.rows()
    assert [r["chapterId"] for r in rows] == ["north", "south"]
    for r in rows:
        assert r["labelX"] >= 0 and r["labelX"] + r["labelWidth"] <= 1200
        assert r["labelY"] >= 0 and r["labelY"] + r["labelHeight"] <= 600
    # the picture keeps its proportions (800 x 400) inside the area
    assert view.property("imageWidth") == pytest.approx(1200)
    assert view.property("imageHeight") == pytest.approx(600)
    north = rows[0]
    assert north["pinX"] == pytest.approx(0.3 * 1200) and north["pinY"] == pytest.approx(0.4 * 600)
