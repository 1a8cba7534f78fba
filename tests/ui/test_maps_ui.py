"""Maps on screen: a map says whose borders it shows, its route numbers open their
figures, and the map screen places every chapter where a visitor can tap it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, QRectF

from kiosk.app.screenshots import call, settle
from tests.ui.helpers import current_screen, find, items, qml, tap, tap_name
from tests.ui.test_images import chapter_image

READY = 1  # Image.Ready


def test_a_map_names_its_years_borders_and_its_number_opens_the_figure(
    start_exhibit: Any, small_db: Path, qtbot: Any
) -> None:
    ex = start_exhibit(small_db)
    figure = chapter_image(ex, "north", "north-deportations", "test-map")
    assert figure is not None
    assert find(figure, "mapBorders").property("text") == "Approximate borders of 1938"
    image = find(figure, "mediaImage")
    qtbot.waitUntil(lambda: qml(ex.engine, image, "status") == READY, timeout=3000)
    settle(30)
    mark = find(figure, "route_north-deportees")
    assert find(mark, "routeNumber").property("text") == "9,254 to 10,861"
    # the number stands where the content puts it: halfway across the picture
    centre = mark.mapToItem(image, QPointF(mark.width() / 2, mark.height() / 2))
    assert centre.x() == pytest.approx(image.width() / 2, abs=2)
    tap(ex.window, mark)
    # its warning (violence) was answered at the chapter's gate: no second gate
    assert ex.screen() == "figureScreen"
    shown = [i.objectName() for i in items(current_screen(ex.window))]
    assert "figure_north-deportees" in shown


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1366, 768)])
def test_the_map_screen_places_every_chapter_where_a_finger_can_reach_it(
    start_exhibit: Any, small_db: Path, qtbot: Any, size: tuple[int, int]
) -> None:
    ex = start_exhibit(small_db, size=size)
    call(ex.nav, "home")
    settle()
    tap_name(ex.window, "homeMap")
    assert ex.screen() == "mapScreen"
    screen = current_screen(ex.window)
    picture = find(screen, "periodMap")
    qtbot.waitUntil(lambda: qml(ex.engine, picture, "status") == READY, timeout=3000)
    settle(30)
    nav_top = find(screen, "navBar").mapToScene(QPointF(0, 0)).y()
    boxes = {}
    for chapter in ("north", "south"):
        label = find(screen, f"place_{chapter}")
        corner = label.mapToScene(QPointF(0, 0))
        box = QRectF(corner.x(), corner.y(), label.width(), label.height())
        assert box.left() >= 0 and box.right() <= size[0]
        assert box.top() >= 0 and box.bottom() <= nav_top  # never under the nav bar
        assert label.height() >= 48  # a touch target
        boxes[chapter] = box
    assert not boxes["north"].intersects(boxes["south"])
    assert find(find(screen, "place_north"), "placeTitle").property("text") == (
        "The northern country"
    )
    assert find(screen, "mapCaption").property("text").startswith("Approximate borders of 1938")
    tap(ex.window, find(screen, "place_south"))
    assert ex.screen() in ("chapterScreen", "gateScreen")
    assert ex.services.exhibit._chapter.current_id() == "south"


def test_a_routes_figure_stands_behind_its_own_gate_when_not_yet_answered(
    start_exhibit: Any, small_db: Path
) -> None:
    ex = start_exhibit(small_db)
    call(ex.nav, "home")
    call(ex.nav, "figures", "figure", "north-deportees")
    settle()
    assert ex.screen() == "gateScreen"
    tap(ex.window, find(current_screen(ex.window), "gateContinue"))
    assert ex.screen() == "figureScreen"
