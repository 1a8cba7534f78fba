"""Adding images: broken or dangerous files are refused with a message, odd ones converted."""

from __future__ import annotations

import io
import sqlite3
import struct
import zlib
from pathlib import Path

import pytest
import yaml
from PIL import Image, ImageChops, ImageFilter, ImageStat

from kiosk.content import build, media


def png_bomb(path: Path, side: int = 30000) -> None:
    """A tiny PNG that declares side × side pixels."""
    raw = zlib.compress(b"\x00" * (side // 8 + 1) * 16)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")
    )


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "photo.jpg"
    img = Image.new("RGB", (2400, 1600), (120, 110, 90))
    exif = img.getexif()
    exif[0x0112] = 6  # orientation: rotate 90 degrees
    exif[0x8825] = {1: "N", 2: (52.0, 13.0, 0.0)}  # GPS info
    img.save(path, "JPEG", exif=exif)
    return path


def add(sources: Path, file: Path, **kw: object) -> media.Added:
    return media.add(sources, file, alt="A street", credit="Test", licence="CC0-1.0", **kw)  # type: ignore[arg-type]


def test_photo_is_oriented_stripped_resized_and_recorded(
    sources: Path, photo: Path, tmp_path: Path
) -> None:
    added = add(sources, photo, tags=["graphic-image"])
    folder = sources / "media"
    with Image.open(folder / added.file) as img:
        assert max(img.size) == media.DISPLAY
        assert img.size[1] > img.size[0]  # the EXIF rotation was applied
        assert not img.getexif()  # no EXIF, so no GPS either
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(added.file[:16])) == [
        added.file
    ]  # one clean file; the build derives the blurred stand-in
    entry = next(
        e for e in yaml.safe_load((sources / "media.yaml").read_text()) if e["id"] == added.id
    )
    assert entry["warnings"] == ["graphic-image"] and entry["alt"] == "A street"
    build.build(sources, tmp_path / "c.db")  # the new image passes the build
    conn = sqlite3.connect(tmp_path / "c.db")
    variants = dict(
        conn.execute("SELECT variant, data FROM media_files WHERE media_id = ?", (added.id,))
    )
    # the smaller copy is as sharp as the display one: the exhibit hands out either only
    # where the care rules allow it (tests/app/test_media.py)
    assert set(variants) == {"display", "card", "blur"}
    assert variants["display"] == (folder / added.file).read_bytes()


def edge_energy(data: bytes) -> float:
    """How much sharp detail a picture holds: the mean brightness of its edges."""
    with Image.open(io.BytesIO(data)) as img:
        edges = img.convert("L").resize((240, 160)).filter(ImageFilter.FIND_EDGES)
        return float(ImageStat.Stat(edges).mean[0])


def test_the_blurred_stand_in_keeps_no_detail(small_db: Path) -> None:
    conn = sqlite3.connect(small_db)
    rows = dict(
        conn.execute("SELECT variant, data FROM media_files WHERE media_id = 'test-graphic'")
    )
    # the fixture is a sharp checkerboard with a label; its stand-in is colour only
    assert edge_energy(rows["display"]) > 5 * edge_energy(rows["blur"])
    tagged = {r[0] for r in conn.execute("SELECT media_id FROM media_warnings")}
    blurred = {r[0] for r in conn.execute("SELECT media_id FROM media_files WHERE variant='blur'")}
    assert tagged == blurred == {"test-graphic"}  # every warned image has one, no other


def test_perpetrator_photo_flag_is_recorded(sources: Path, photo: Path) -> None:
    added = add(sources, photo, tags=["violence"], perpetrator_photo=True)
    entry = next(
        e for e in yaml.safe_load((sources / "media.yaml").read_text()) if e["id"] == added.id
    )
    assert entry["perpetrator_photo"] is True


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: p.write_bytes(b""), "is empty"),
        (lambda p: p.write_text("just text, not a picture\n"), "not an image"),
        (lambda p: png_bomb(p), "too large"),
    ],
)
def test_refused_with_a_message(sources: Path, tmp_path: Path, make: object, words: str) -> None:
    bad = tmp_path / "bad.jpg"
    make(bad)  # type: ignore[operator]
    before = (sources / "media.yaml").read_text()
    with pytest.raises(media.MediaError, match=words):
        add(sources, bad)
    assert (sources / "media.yaml").read_text() == before


def test_truncated_jpeg_is_refused(sources: Path, photo: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(photo.read_bytes()[:2000])
    with pytest.raises(media.MediaError, match="damaged or truncated"):
        add(sources, cut)


@pytest.mark.parametrize(
    ("mode", "fmt", "note"),
    [("CMYK", "JPEG", "CMYK"), ("I;16", "PNG", "8 bits"), ("P", "GIF", "first frame")],
)
def test_odd_images_are_converted(
    sources: Path, tmp_path: Path, mode: str, fmt: str, note: str
) -> None:
    path = tmp_path / f"odd.{fmt.lower()}"
    img = Image.new(mode, (300, 200))
    if fmt == "GIF":
        frames = [Image.new("RGB", (300, 200), (i * 80, 40, 200 - i * 60)) for i in range(3)]
        frames[0].save(path, save_all=True, append_images=frames[1:], duration=100, loop=0)
    else:
        img.save(path, fmt)
    added = add(sources, path)
    assert any(note in n for n in added.notes)
    with Image.open(sources / "media" / added.file) as out:
        assert out.mode == "RGB"


def test_alt_credit_and_licence_are_required(sources: Path, photo: Path) -> None:
    with pytest.raises(media.MediaError, match="alt text, a credit and a licence"):
        media.add(sources, photo, alt=" ", credit="x", licence="y")


def test_every_image_larger_than_a_card_has_a_smaller_copy_that_looks_the_same(
    real_db: Path,
) -> None:
    conn = sqlite3.connect(f"file:{real_db}?mode=ro", uri=True)
    larger = {
        r[0]
        for r in conn.execute(
            "SELECT media_id FROM media_files WHERE variant = 'display' AND max(width, height) > ?",
            (media.CARD,),
        )
    }
    covers = {r[0] for r in conn.execute("SELECT cover FROM chapters WHERE cover IS NOT NULL")}
    rows = conn.execute(
        "SELECT d.media_id, d.width, d.height, d.data, c.width, c.height, c.data "
        "FROM media_files d JOIN media_files c ON c.media_id = d.media_id AND c.variant = 'card' "
        "WHERE d.variant = 'display'"
    ).fetchall()
    conn.close()
    # every image larger than a copy, chapter maps and section images alike, and no other
    assert covers < larger and {r[0] for r in rows} == larger
    for media_id, dw, dh, display, cw, ch, card in rows:
        assert max(cw, ch) == media.CARD < max(dw, dh), media_id
        assert abs(cw / ch - dw / dh) < 0.01, media_id  # the same picture, not a crop
        with Image.open(io.BytesIO(card)) as small, Image.open(io.BytesIO(display)) as big:
            assert small.size == (cw, ch)
            shrunk = big.convert("RGB").resize((cw, ch), Image.Resampling.LANCZOS)
            diff = ImageStat.Stat(ImageChops.difference(small.convert("RGB"), shrunk)).mean
        assert max(diff) < 2, (media_id, diff)  # out of 255: the eye sees no difference


def test_an_image_no_larger_than_a_card_gets_no_copy(small_db: Path) -> None:
    # the small content's cover is 320 px wide, its map 800 px and one photograph 900 px:
    # the screens draw their display copies; the other photograph (1200 px) gets a
    # smaller copy
    conn = sqlite3.connect(small_db)
    cards = conn.execute("SELECT media_id, width FROM media_files WHERE variant = 'card'")
    assert list(cards) == [("test-graphic", media.CARD)]
