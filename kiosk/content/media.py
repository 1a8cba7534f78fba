"""Adding images: decode with Pillow, refuse what is broken or dangerous, strip metadata,
make the size the exhibit shows, record it. The build derives the blurred variant that
stands in for a warned image until the visitor chooses to see it (``blurred``).

The app shows only what this step wrote: Qt silently shows damaged JPEGs in part, so
every image is decoded and encoded again here.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import safety

DISPLAY = 1600  # longest side, px
BLUR_SIDE = 480  # longest side of the blurred stand-in, px
# longest side of the smaller copy of an image: wider than a chapter card (about 470 px),
# a chapter's map beside its text (530 px landscape, 690 portrait), the attract screen's
# map (about 700 px) and the text column (990 px) at the sizes we ship for at 100 % text,
# so each only shrinks it; 40 % of the display copy's pixels, so each decodes in less
# time and memory (a 1600 px map takes 6 MiB while it is decoded, this copy 2.4 MiB)
CARD = 1000
DRAWING_COLOURS = 4096  # at most this many colours: a drawing, stored with a palette
BLUR_SOURCE = 20  # it is made from a copy this small: shapes and colours only, no detail
MAX_PIXELS = 60_000_000  # well under Pillow's own bomb limit
MAX_BYTES = 50_000_000


class MediaError(Exception):
    """The image cannot be used; the message says why in words."""


@dataclass(frozen=True)
class Added:
    id: str
    file: str
    notes: tuple[str, ...]  # what was converted on the way (CMYK, 16-bit, animation...)
    replaced: str | None = None  # the file an earlier image of the same id had


def open_image(data: bytes):  # type: ignore[no-untyped-def]
    """A decoded Pillow image, after the checks against bombs and damage; MediaError
    says in words why not."""
    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            probe = Image.open(io.BytesIO(data))
            if probe.width * probe.height > MAX_PIXELS:
                raise MediaError(
                    f"the image claims {probe.width} × {probe.height} pixels; that is too large "
                    "to be a photograph and may be built to exhaust memory"
                )
            probe.verify()
            img = Image.open(io.BytesIO(data))
            img.load()
            return img
    except MediaError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise MediaError(f"the image is too large to decode safely ({exc})") from exc
    except UnidentifiedImageError as exc:
        raise MediaError(
            "this is not an image Pillow can read (JPEG, PNG, GIF, WebP, TIFF)"
        ) from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise MediaError(f"the image is damaged or truncated: {exc}") from exc


def blurred(data: bytes) -> tuple[bytes, int, int]:
    """The stand-in for a warned image: so coarse that nothing in it can be made out.

    The picture is first shrunk to a few pixels (no blur radius can hide what a sharp
    copy keeps), then enlarged smoothly and softened. Deterministic for one Pillow.
    """
    from PIL import Image, ImageFilter

    with Image.open(io.BytesIO(data)) as opened:
        tiny = opened.convert("RGB")
    scale = BLUR_SIDE / max(tiny.size)
    size = (max(1, round(tiny.width * scale)), max(1, round(tiny.height * scale)))
    tiny.thumbnail((BLUR_SOURCE, BLUR_SOURCE), Image.Resampling.BOX)
    soft = tiny.resize(size, Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(20))
    buf = io.BytesIO()
    soft.save(buf, "JPEG", quality=80)
    return buf.getvalue(), size[0], size[1]


def card(data: bytes) -> tuple[bytes, int, int] | None:
    """The smaller copy of an image ('card': chapter cards, maps beside the text, narrow
    columns): the same picture at ``CARD`` px on its longest side, in the display copy's
    format (PNG stays lossless). None when the image is not larger than that: the
    screens then draw the display copy."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as opened:
        fmt = opened.format
        if max(opened.size) <= CARD:
            return None
        img = opened.convert("RGB")
    img.thumbnail((CARD, CARD), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    if fmt == "PNG":
        # a drawing (a map: a few flat colours and their smoothed edges) keeps its look
        # in 256 colours, and a palette image decodes in two thirds of the time
        if img.getcolors(DRAWING_COLOURS) is not None:
            img = img.quantize(256, dither=Image.Dither.NONE)
        img.save(buf, "PNG", optimize=True)
    else:
        img.save(buf, "JPEG", quality=88, optimize=True)
    return buf.getvalue(), img.width, img.height


def prepare(path: Path, lossless: bool = False) -> tuple[bytes, list[str]]:
    """Decoded, oriented, metadata-free JPEG bytes for display (PNG if ``lossless``: a
    drawing of flat colours, such as a map), and what was converted."""
    from PIL import Image, ImageOps

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise MediaError(f"cannot read {Path(path).name}: {exc.strerror}") from exc
    if not data:
        raise MediaError(f"{Path(path).name} is empty")
    if len(data) > MAX_BYTES:
        raise MediaError(f"{Path(path).name} is larger than {MAX_BYTES // 1_000_000} MB")
    img = open_image(data)
    notes = []
    if getattr(img, "is_animated", False):
        notes.append("animated image: its first frame is used")
        img.seek(0)
    img = ImageOps.exif_transpose(img)
    if img.mode in ("I;16", "I;16B", "I", "F"):
        notes.append(f"{img.mode} image converted to 8 bits per channel")
        img = img.point(lambda v: v / 256).convert("L")
    if img.mode == "CMYK":
        notes.append("CMYK image converted to RGB")
    if img.mode in ("RGBA", "LA", "P", "PA"):
        img = img.convert("RGBA")  # transparency is flattened onto the exhibit's background
        background = Image.new("RGB", img.size, (17, 19, 22))
        background.paste(img, mask=img.getchannel("A"))
        img = background
    img = img.convert("RGB")
    img.thumbnail((DISPLAY, DISPLAY))
    buf = io.BytesIO()
    if lossless:
        img.save(buf, "PNG", optimize=True)  # no text chunks, no ICC
    else:
        img.save(buf, "JPEG", quality=88, optimize=True)  # no exif, no GPS, no ICC
    return buf.getvalue(), notes


def add(
    src: Path,
    file: Path,
    alt: str,
    credit: str,
    licence: str,
    caption: str = "",
    tags: list[str] | None = None,
    media_id: str | None = None,
    perpetrator_photo: bool = False,
    lossless: bool = False,
    map_info: dict[str, object] | None = None,
) -> Added:
    """Add an image to the sources: files under media/ by checksum, a row in media.yaml.
    A map (``map_info``: its borders year, routes and places) is kept lossless."""
    if not alt.strip() or not credit.strip() or not licence.strip():
        raise MediaError("every image needs alt text, a credit and a licence")
    tags = tags or []
    data, notes = prepare(file, lossless)
    digest = hashlib.sha256(data).hexdigest()[:16]
    folder = Path(src) / "media"
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{digest}.png" if lossless else f"{digest}.jpg"
    target = folder / name
    tmp = target.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(target)
    ident = media_id or f"image-{digest}"
    index = Path(src) / "media.yaml"
    entries = yaml.safe_load(index.read_text(encoding="utf-8")) if index.exists() else []
    replaced = next((e.get("file") for e in entries or [] if e.get("id") == ident), None)
    entries = [e for e in entries or [] if e.get("id") != ident]
    entries.append(
        {
            k: v
            for k, v in {
                "id": ident,
                "file": name,
                "credit": credit,
                "licence": licence,
                "caption": caption or alt,
                "alt": alt,
                "warnings": tags,
                "perpetrator_photo": perpetrator_photo or None,
                "map": map_info,
            }.items()
            if v not in ([], "", None)
        }
    )
    tmp = index.with_suffix(".yaml.tmp")
    tmp.write_text(yaml.safe_dump(entries, sort_keys=False, allow_unicode=True), encoding="utf-8")
    tmp.replace(index)
    return Added(ident, name, tuple(notes), replaced if replaced != name else None)


def remove_unused(src: Path, names: list[str]) -> list[str]:
    """Delete those of ``names`` (files under media/ that images had before they were
    replaced) that no entry of media.yaml names any more."""
    index = Path(src) / "media.yaml"
    entries = yaml.safe_load(index.read_text(encoding="utf-8")) if index.exists() else []
    used = {str(e.get("file")) for e in entries or []}
    removed = []
    for name in dict.fromkeys(names):
        if name in used or not safety.is_file_name(name):
            continue
        path = safety.inside(Path(src) / "media", name, "image file")
        if path.is_file():
            path.unlink()
            removed.append(name)
    return removed
