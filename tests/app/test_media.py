"""Images: the care rules for warned and graphic images, and the exhibit that enforces
them a second time when it hands an image to Qt, from the database's own bytes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage

from kiosk.app.care import Care
from kiosk.app.config import KioskConfig
from kiosk.app.exhibit import Exhibit
from kiosk.content import media

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
    assert Care(profile).image_mode("x", tags) == mode


def test_show_and_hide_hold_for_one_image_until_the_idle_reset() -> None:
    care = Care("museum")
    care.showImage("a", GRAPHIC)
    assert care.image_mode("a", GRAPHIC) == "shown"
    assert care.image_mode("b", GRAPHIC) == "gated"  # each image asks for itself
    care.hideImage("a")
    assert care.image_mode("a", GRAPHIC) == "gated"
    care.showImage("a", GRAPHIC)
    care.forget()
    assert care.image_mode("a", GRAPHIC) == "gated"


def test_a_withheld_image_cannot_be_shown_by_asking() -> None:
    care = Care("classroom")
    care.showImage("a", GRAPHIC)
    assert care.image_mode("a", GRAPHIC) == "hidden" and not care.image_allowed("a", GRAPHIC)


def test_a_museum_that_gates_nothing_still_blurs_graphic_images() -> None:
    care = Care("museum", gated_tags=[])
    assert care.image_mode("a", ["violence"]) == "open"
    assert care.image_mode("a", GRAPHIC) == "gated"


def test_image_gate_says_what_the_image_shows() -> None:
    care = Care("museum", phrases={"violence": "the killing of civilians and prisoners"})
    assert care.gate_text("image", GRAPHIC) == (
        "This image shows dead or injured people. It concerns the killing of civilians "
        "and prisoners."
    )
    assert care.gate_text("image", ["graphic-image"]) == "This image shows dead or injured people."
    assert care.gate_text("image", ["violence"]) == (
        "This image concerns the killing of civilians and prisoners."
    )


def drawn(exhibit: Exhibit, media_id: str, variant: str) -> tuple[str, tuple[int, int]]:
    """The variant the exhibit hands to Qt for a request, and the pixels Qt reads there."""
    url = exhibit.mediaUrl(media_id, variant)
    if not url:
        return "", (0, 0)
    image = QImage(QUrl(url).toLocalFile())
    return Path(QUrl(url).toLocalFile()).stem.rsplit("-", 1)[-1], (image.width(), image.height())


def test_cached_images_are_named_by_checksum_only_inside_one_folder(
    qapp: object, small_db: Path
) -> None:
    exhibit = Exhibit(small_db, KioskConfig(profile="museum"))
    files = [Path(QUrl(exhibit.mediaUrl(i, "display")).toLocalFile()) for i in ("test-plain",
             "south-cover", "test-graphic")]  # fmt: skip
    assert len({f.parent for f in files}) == 1
    for f in files:
        assert f.exists()
        digest, variant = f.stem.rsplit("-", 1)
        assert len(digest) == 64 and set(digest) <= set("0123456789abcdef")
        assert variant in ("display", "blur")
        assert "test" not in f.name and "south" not in f.name  # never the content's id


def test_the_sharp_image_is_handed_out_only_when_the_rules_allow(
    qapp: object, small_db: Path
) -> None:
    exhibit = Exhibit(small_db, KioskConfig(profile="museum"))
    assert drawn(exhibit, "test-plain", "display") == ("display", (900, 600))  # untagged
    assert drawn(exhibit, "test-graphic", "display") == ("blur", (480, 320))  # before Show
    assert drawn(exhibit, "test-graphic", "blur") == ("blur", (480, 320))
    exhibit.care.showImage("test-graphic", GRAPHIC)
    assert drawn(exhibit, "test-graphic", "display") == ("display", (1200, 800))
    exhibit.resetSession()
    assert drawn(exhibit, "test-graphic", "display") == ("blur", (480, 320))


def test_a_graphic_image_is_never_handed_out_sharp_in_the_classroom(
    qapp: object, small_db: Path
) -> None:
    exhibit = Exhibit(small_db, KioskConfig(profile="classroom"))
    exhibit.care.showImage("test-graphic", GRAPHIC)
    assert drawn(exhibit, "test-graphic", "display")[0] == "blur"
    assert drawn(exhibit, "test-plain", "display") == ("display", (900, 600))


@pytest.mark.parametrize(
    ("media_id", "variant"), [("nothing", "display"), ("test-plain", "huge"), ("", ""), ("/", "/")]
)
def test_odd_requests_get_no_image(
    qapp: object, small_db: Path, media_id: str, variant: str
) -> None:
    exhibit = Exhibit(small_db, KioskConfig())
    assert exhibit.mediaUrl(media_id, variant) == ""


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
    assert drawn(exhibit, "test-plain", "display")[1] == (0, 0)


def test_chapter_and_event_rows_carry_their_images(small_db: Path) -> None:
    exhibit = Exhibit(small_db, KioskConfig())
    exhibit.openChapter("north")
    rows = {r["sectionId"]: r["images"] for r in exhibit.section_rows()}
    (image,) = rows["north-soldiers"]
    assert image["mediaId"] == "test-graphic" and image["perpetrator"]
    assert sorted(image["warnings"]) == sorted(GRAPHIC)
    assert image["caption"] == "A test card standing in for a graphic photograph"
    card = exhibit.event_card("north-deportation-1941")
    assert [i["mediaId"] for i in card["images"]] == ["test-plain"]


def test_image_folders_of_dead_exhibits_are_swept_at_start(tmp_path: Path) -> None:
    import os
    import subprocess

    from kiosk.app.exhibit import MEDIA_PREFIX, sweep_media_folders

    gone = subprocess.Popen(["true"])  # a pid that has exited
    gone.wait()
    stale = tmp_path / f"{MEDIA_PREFIX}{gone.pid}-abc"
    stale.mkdir()
    (stale / "x.jpg").write_bytes(b"x")
    alive = tmp_path / f"{MEDIA_PREFIX}{os.getpid()}-def"
    alive.mkdir()
    other = tmp_path / "kiosk-media-notapid"
    other.mkdir()
    assert sweep_media_folders(tmp_path) == 1
    assert not stale.exists() and alive.exists() and other.exists()


def test_a_chapter_card_draws_the_small_copy_of_its_map(qapp: object, real_db: Path) -> None:
    exhibit = Exhibit(real_db, KioskConfig(profile="museum"))
    cover = next(r["coverId"] for r in exhibit.chapters.rows() if r["coverId"])
    variant, (w, h) = drawn(exhibit, cover, "card")
    assert variant == "card" and max(w, h) == media.CARD
    assert drawn(exhibit, cover, "display")[1][0] > w


def test_a_card_without_its_own_copy_draws_the_display_one(qapp: object, small_db: Path) -> None:
    # a database without card copies (built before them, or images no larger than a card)
    exhibit = Exhibit(small_db, KioskConfig(profile="museum"))
    assert drawn(exhibit, "south-cover", "card") == ("display", (320, 200))
    assert drawn(exhibit, "test-graphic", "card") == ("blur", (480, 320))  # care rules hold
