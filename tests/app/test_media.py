"""Images: the care rules for warned and graphic images, and the provider that enforces
them a second time, off the GUI thread, over the database's own bytes."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSize

from kiosk.app.care import Care
from kiosk.app.config import KioskConfig
from kiosk.app.exhibit import Exhibit
from kiosk.app.media import MediaImages

GRAPHIC = ["graphic-image", "violence"]


@pytest.mark.parametrize(
    ("profile", "tags", "mode"),
    [
        ("museum", [], "open"),
        ("museum", ["violence"], "gated"),
        ("museum", GRAPHIC, "gated"),
        ("classroom", [], "open"),
        ("classroom", ["violence"], "gated"),
        ("classroom", GRAPHIC, "hidden"),  # never shown, no gate offered
        ("young", [], "open"),
        ("young", ["violence"], "hidden"),
        ("young", GRAPHIC, "hidden"),
    ],
)
def test_image_modes_by_profile(profile: str, tags: list[str], mode: str) -> None:
    assert Care(profile).imageMode("x", tags) == mode


def test_show_and_hide_hold_for_one_image_until_the_idle_reset() -> None:
    care = Care("museum")
    care.showImage("a", GRAPHIC)
    assert care.imageMode("a", GRAPHIC) == "shown"
    assert care.imageMode("b", GRAPHIC) == "gated"  # each image asks for itself
    care.hideImage("a")
    assert care.imageMode("a", GRAPHIC) == "gated"
    care.showImage("a", GRAPHIC)
    care.forget()
    assert care.imageMode("a", GRAPHIC) == "gated"


def test_a_withheld_image_cannot_be_shown_by_asking() -> None:
    care = Care("classroom")
    care.showImage("a", GRAPHIC)
    assert care.imageMode("a", GRAPHIC) == "hidden" and not care.image_allowed("a", GRAPHIC)


def test_a_museum_that_gates_nothing_still_blurs_graphic_images() -> None:
    care = Care("museum", gated_tags=[])
    assert care.imageMode("a", ["violence"]) == "open"
    assert care.imageMode("a", GRAPHIC) == "gated"


def test_image_gate_says_what_the_image_shows() -> None:
    care = Care("museum", phrases={"violence": "the killing of civilians and prisoners"})
    assert care.gateText("image", GRAPHIC) == (
        "This image shows dead or injured people. It concerns the killing of civilians "
        "and prisoners."
    )
    assert care.gateText("image", ["graphic-image"]) == "This image shows dead or injured people."
    assert care.gateText("image", ["violence"]) == (
        "This image concerns the killing of civilians and prisoners."
    )


def request(provider: MediaImages, ident: str, width: int = -1) -> tuple[int, int]:
    size = QSize()
    image = provider.requestImage(ident, size, QSize(width, -1))
    return (0, 0) if image.isNull() else (image.width(), image.height())


def test_provider_serves_the_sharp_image_only_when_the_rules_allow(
    qapp: object, small_db: Path
) -> None:
    exhibit = Exhibit(small_db, KioskConfig(profile="museum"))
    provider = MediaImages(exhibit.media_data, exhibit.media_allowed)
    assert request(provider, "test-plain/display") == (900, 600)  # untagged: open
    assert request(provider, "test-graphic/display") == (0, 0)  # before Show: refused
    assert request(provider, "test-graphic/blur") == (480, 320)  # the stand-in is there
    exhibit.care.showImage("test-graphic", GRAPHIC)
    assert request(provider, "test-graphic/display") == (1200, 800)
    assert request(provider, "test-graphic/display", width=600) == (600, 400)  # sourceSize
    exhibit.resetSession()
    assert request(provider, "test-graphic/display") == (0, 0)


def test_provider_never_serves_a_graphic_image_in_the_classroom(
    qapp: object, small_db: Path
) -> None:
    exhibit = Exhibit(small_db, KioskConfig(profile="classroom"))
    provider = MediaImages(exhibit.media_data, exhibit.media_allowed)
    exhibit.care.showImage("test-graphic", GRAPHIC)
    assert request(provider, "test-graphic/display") == (0, 0)
    assert request(provider, "test-plain/display") == (900, 600)


@pytest.mark.parametrize("ident", ["nothing/display", "test-plain/huge", "test-plain", "", "/"])
def test_provider_answers_odd_requests_with_no_image(
    qapp: object, small_db: Path, ident: str
) -> None:
    exhibit = Exhibit(small_db, KioskConfig())
    provider = MediaImages(exhibit.media_data, exhibit.media_allowed)
    assert request(provider, ident) == (0, 0)


@pytest.mark.qt_log_ignore("JPEG datastream contains no image")  # Qt's own word on it
def test_damaged_image_bytes_give_no_image_and_no_crash(qapp: object, db_copy: Path) -> None:
    conn = sqlite3.connect(db_copy)
    conn.execute(
        "UPDATE media_files SET data = x'ffd8ffe000104a464946' WHERE media_id = 'test-plain'"
    )
    conn.commit()
    conn.close()
    db_copy.with_name(db_copy.name + ".sha256").unlink(missing_ok=True)
    exhibit = Exhibit(db_copy, KioskConfig())
    provider = MediaImages(exhibit.media_data, exhibit.media_allowed)
    assert request(provider, "test-plain/display") == (0, 0)


def test_images_are_read_from_many_threads_at_once(small_db: Path) -> None:
    exhibit = Exhibit(small_db, KioskConfig())
    expected = exhibit.media_data("test-plain", "display")
    assert expected
    results: list[bool] = []

    def read() -> None:
        for _ in range(50):
            results.append(exhibit.media_data("test-plain", "display") == expected)

    threads = [threading.Thread(target=read) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [True] * 200


def test_chapter_and_event_rows_carry_their_images(small_db: Path) -> None:
    exhibit = Exhibit(small_db, KioskConfig())
    exhibit.openChapter("north")
    rows = {r["sectionId"]: r["images"] for r in exhibit.section_rows()}
    (image,) = rows["north-soldiers"]
    assert image["mediaId"] == "test-graphic" and image["perpetrator"]
    assert sorted(image["warnings"]) == sorted(GRAPHIC)
    assert image["caption"] == "A test card standing in for a graphic photograph"
    card = exhibit.eventCard("north-deportation-1941")
    assert [i["mediaId"] for i in card["images"]] == ["test-plain"]
