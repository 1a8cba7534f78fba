"""Warned images on screen: blurred behind their own gate until Show, Hide always there,
withheld entirely where the profile says so, forgotten at the idle reset.

What is checked is what a visitor would see: which variant the Image item draws, and
for the museum profile the pixels of the rendered window as well.
"""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtQuick import QQuickItem

from kiosk.app.screenshots import call
from tests.ui.helpers import SHARP, current_screen, find, items, qml, scroll_into_view, settle, tap

READY = 1  # Image.Ready


def chapter_image(ex: Any, chapter_id: str, section_id: str, media_id: str) -> QQuickItem | None:
    """Open a chapter (through its gate), bring a section's image into view."""
    call(ex.nav, "home")
    call(ex.nav, "chapter", chapter_id)
    settle()
    if ex.screen() == "gateScreen":
        tap(ex.window, find(current_screen(ex.window), "gateContinue"))
    rows = [r["sectionId"] for r in ex.services.exhibit.section_rows()]
    screen = current_screen(ex.window)
    lists = [i for i in items(screen) if i.objectName() == "chapterList"]
    if not lists or section_id not in rows:
        return None
    lst = lists[0]
    qml(ex.engine, lst, f"positionViewAtIndex({rows.index(section_id)}, 0)")
    settle(30)
    hits = [i for i in items(current_screen(ex.window)) if i.objectName() == f"image_{media_id}"]
    if not hits:
        return None
    scroll_into_view(lst, hits[0])
    return hits[0]


def drawn(ex: Any, figure: QQuickItem, qtbot: Any) -> tuple[str, int]:
    """The variant the figure's Image draws, once loaded, and the sharpest step between
    neighbouring pixels along a row near the top of the picture as rendered (above the
    gate's words): a sharp edge jumps by far more than anything blurred can."""
    image = find(figure, "mediaImage")
    qtbot.waitUntil(lambda: qml(ex.engine, image, "status") == READY, timeout=3000)
    settle(30)
    grab = ex.window.grabWindow()
    painted_w, painted_h = image.property("paintedWidth"), image.property("paintedHeight")
    top_left = image.mapToScene(
        QPointF((image.width() - painted_w) / 2, (image.height() - painted_h) / 2)
    )
    y = int(top_left.y() + painted_h * 0.08)
    xs = range(int(top_left.x()) + 2, int(top_left.x() + painted_w) - 2)
    reds = [grab.pixelColor(x, y).red() for x in xs]
    step = max(abs(a - b) for a, b in itertools.pairwise(reds))
    name = image.property("source").toString().rsplit("/", 1)[-1]  # <checksum>-<variant>.<suffix>
    return name.split(".")[0].rsplit("-", 1)[-1], step


def test_museum_image_is_blurred_until_show_and_hide_blurs_it_again(
    start_exhibit: Any, small_db: Path, qtbot: Any
) -> None:
    ex = start_exhibit(small_db)
    figure = chapter_image(ex, "north", "north-soldiers", "test-graphic")
    assert figure is not None
    variant, blurred_sharpness = drawn(ex, figure, qtbot)
    assert variant == "blur"
    gate = find(figure, "imageGate")
    assert find(gate, "imageGateText").property("text") == (
        "This image shows dead or injured people. It concerns the killing of civilians "
        "and prisoners."
    )
    assert find(figure, "perpetratorNote").property("text") == (
        "Photograph taken by the perpetrators"
    )
    assert not [i for i in items(figure) if i.objectName() == "imageHide"]
    tap(ex.window, find(figure, "imageShow"))
    variant, sharp_sharpness = drawn(ex, figure, qtbot)
    assert variant in SHARP
    assert blurred_sharpness < 20 < 100 < sharp_sharpness  # the checkerboard's edges are back
    assert not [i for i in items(figure) if i.objectName() == "imageGate"]
    tap(ex.window, find(figure, "imageHide"))
    assert drawn(ex, figure, qtbot)[0] == "blur"


def test_image_choice_is_forgotten_at_the_idle_reset(
    start_exhibit: Any, small_db: Path, qtbot: Any
) -> None:
    ex = start_exhibit(small_db)
    figure = chapter_image(ex, "north", "north-soldiers", "test-graphic")
    assert figure is not None
    tap(ex.window, find(figure, "imageShow"))
    assert drawn(ex, figure, qtbot)[0] in SHARP
    with qtbot.waitSignal(ex.services.exhibit.sessionReset, timeout=3000):
        ex.services.idle.set_timeouts(20, 40)  # the visitor walks away
    settle()
    assert ex.screen() == "attractScreen"
    ex.services.idle.set_timeouts(600_000, 600_000)
    figure = chapter_image(ex, "north", "north-soldiers", "test-graphic")
    assert figure is not None
    assert drawn(ex, figure, qtbot)[0] == "blur"
    assert ex.services.care.profile == "museum"


def test_the_image_gate_leads_to_support(start_exhibit: Any, small_db: Path) -> None:
    ex = start_exhibit(small_db)
    figure = chapter_image(ex, "north", "north-soldiers", "test-graphic")
    assert figure is not None
    tap(ex.window, find(figure, "imageSupport"))
    assert ex.screen() == "supportScreen"


def test_classroom_never_draws_a_graphic_image_nor_offers_it(
    start_exhibit: Any, small_db: Path
) -> None:
    ex = start_exhibit(small_db, profile="classroom")
    assert chapter_image(ex, "north", "north-soldiers", "test-graphic") is None
    screen = current_screen(ex.window)
    names = {i.objectName() for i in items(screen)}
    assert "imageShow" not in names and "imageGate" not in names
    assert "Officials drew up lists" in " ".join(
        str(i.property("text")) for i in items(screen) if i.inherits("QQuickText")
    )  # the section itself is there, only its image is not
    ex.services.care.accept(["violence"])
    call(ex.nav, "event", "south-1945")  # an event card with the same image
    settle()
    screen = current_screen(ex.window)
    assert ex.screen() == "eventScreen"
    assert not [i for i in items(screen) if i.objectName().startswith("image_")]


def test_untagged_image_has_no_gate_and_shows_in_every_profile(
    start_exhibit: Any, small_db: Path, qtbot: Any
) -> None:
    for profile in ("museum", "classroom", "young"):
        ex = start_exhibit(small_db, profile=profile)
        call(ex.nav, "event", "north-deportation-1941")
        settle()
        assert ex.screen() == "eventScreen", profile
        figure = find(current_screen(ex.window), "image_test-plain")
        scroll_into_view(find(current_screen(ex.window), "eventFlick"), figure)
        assert drawn(ex, figure, qtbot)[0] in SHARP
        assert not [i for i in items(figure) if i.objectName() in ("imageGate", "imageShow")]
        assert find(figure, "mediaCredit").property("text") == "Generated for the tests · CC0-1.0"


def test_young_profile_shows_no_warned_image(start_exhibit: Any, small_db: Path) -> None:
    ex = start_exhibit(small_db, profile="young")
    ex.services.care.accept(["violence"])
    call(ex.nav, "event", "south-1945")
    settle()
    assert ex.screen() == "eventScreen"
    assert not [i for i in items(current_screen(ex.window)) if i.objectName().startswith("image_")]


def test_a_warned_image_on_an_untagged_event_gates_itself_and_offers_a_break(
    start_exhibit: Any, small_db: Path, qtbot: Any
) -> None:
    ex = start_exhibit(small_db)
    call(ex.nav, "event", "north-winter-1941")  # the event carries no tag: no gate screen
    settle()
    assert ex.screen() == "eventScreen"
    screen = current_screen(ex.window)
    figure = find(screen, "image_test-graphic")
    scroll_into_view(find(screen, "eventFlick"), figure)
    assert drawn(ex, figure, qtbot)[0] == "blur"
    assert find(screen, "navBreak")
    call(ex.nav, "event", "north-deportation-1941")  # untagged, with an untagged image
    settle()
    assert not [i for i in items(current_screen(ex.window)) if i.objectName() == "navBreak"]


@pytest.mark.qt_log_ignore("Cannot open: file:.*kiosk-media-")
@pytest.mark.logs
def test_a_lost_image_says_so_and_what_it_showed(
    start_exhibit: Any, db_copy: Path, qtbot: Any
) -> None:
    conn = sqlite3.connect(db_copy)
    conn.execute("DELETE FROM media_files WHERE media_id = 'test-plain'")
    conn.commit()
    conn.close()
    ex = start_exhibit(db_copy)
    call(ex.nav, "event", "north-deportation-1941")
    settle()
    figure = find(current_screen(ex.window), "image_test-plain")
    image = find(figure, "mediaImage")
    qtbot.waitUntil(lambda: qml(ex.engine, image, "status") == 3, timeout=3000)  # Image.Error
    settle(30)
    missing = find(figure, "imageMissing")
    shown = [str(i.property("text")) for i in items(missing) if i.inherits("QQuickText")]
    assert shown == ["This image could not be loaded.", "A pale circle on a blue-grey ground"]
    assert find(figure, "mediaCaption").property("text") == (
        "A test card standing in for a landscape"
    )


def test_each_image_is_decoded_from_the_smallest_copy_that_fills_it(
    start_exhibit: Any, real_db: Path, qtbot: Any
) -> None:
    """A map beside the chapter's text (about 530 px wide) and one across the text column
    (about 990 px) come from the map's 1000 px copy, not the 1600 px display copy (6 MiB
    while it is decoded); at 200 % text the column is wider than that copy and draws the
    display copy. Each is decoded at the width it is drawn."""
    from kiosk.content import media

    ex = start_exhibit(real_db)
    ex.services.care.accept([w.id for w in ex.services.exhibit.repository.warnings("en")])
    card_widths = ex.services.exhibit.repository.card_widths()

    def images() -> list[QQuickItem]:
        return [i for i in items(current_screen(ex.window)) if i.objectName() == "mediaImage"]

    def variants() -> list[str]:
        figure = chapter_image(
            ex, "estonia", "estonia-deportations-1941", "map-estonia-deportations"
        )
        assert figure is not None
        qtbot.waitUntil(lambda: len(images()) == 2, timeout=3000)  # the aside is made after
        seen = []
        for image in images():
            qtbot.waitUntil(lambda i=image: qml(ex.engine, i, "status") == READY, timeout=3000)
            media_id = image.parentItem().parentItem().objectName().removeprefix("image_")
            name = image.property("source").toString().rsplit("/", 1)[-1]
            variant = name.split(".")[0].rsplit("-", 1)[-1]
            smallest = "card" if image.width() <= card_widths.get(media_id, 0) else "display"
            assert variant == smallest, (media_id, image.width())
            # decoded at the width it is drawn, up to the largest copy there is
            decoded = min(image.width(), media.DISPLAY)
            assert image.property("implicitWidth") == pytest.approx(decoded, abs=1)
            seen.append(variant)
        return sorted(seen)

    assert variants() == ["card", "card"]  # the map beside the text and the section's
    ex.services.access.setTextStep(ex.services.access.property("stepCount") - 1)  # 200 %
    settle()
    assert "display" in variants()
