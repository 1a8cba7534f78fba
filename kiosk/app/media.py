"""Images for QML from the content database: ``image://media/<id>/<variant>``.

The provider serves only what the care rules allow: the sharp variant of a warned image
is refused until the visitor has chosen to see it, and never in a profile that withholds
it. The screens ask for the blurred stand-in instead; this is the second lock on the
same door.

It runs on the GUI thread, never on Qt's image loader thread: there it would wait for
the GIL while holding the loader's lock, and the GUI thread, inside a Python call that
changes an image, waits for that lock while holding the GIL (a deadlock the UI tests
hit). Images are decoded at the size shown, a few milliseconds each.
"""

from __future__ import annotations

import io
import logging
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtQml import QQmlImageProviderBase
from PySide6.QtQuick import QQuickImageProvider

log = logging.getLogger(__name__)

PROVIDER = "media"
VARIANTS = ("display", "blur")
CACHE_BYTES = 16 * 2**20  # decoded pixels kept for screens shown again

# (media id, variant) -> bytes, or None when the database has no such image
Reader = Callable[[str, str], "bytes | None"]
# media id -> may the sharp image be shown now?
Allowed = Callable[[str], bool]


class MediaImages(QQuickImageProvider):
    """Serves the exhibit's images from the open content database."""

    def __init__(self, read: Reader, allowed: Allowed) -> None:
        super().__init__(QQmlImageProviderBase.ImageType.Image)
        self._read = read
        self._allowed = allowed
        # decoded images by (bytes, size asked for): a screen shown again costs nothing
        self._cache: OrderedDict[tuple[int, int, int, int], QImage] = OrderedDict()
        self._cached_bytes = 0

    def requestImage(self, ident: str, size: QSize, requested: QSize) -> QImage:
        media_id, _, variant = ident.partition("/")
        if variant not in VARIANTS:
            log.warning("image %r: unknown variant %r", media_id, variant)
            return QImage()
        if variant == "display" and not self._allowed(media_id):
            log.warning("image %r: the sharp variant is withheld by the care rules", media_id)
            return QImage()
        data = self._read(media_id, variant)
        image = self._decoded(data, requested) if data else QImage()
        if image.isNull():
            log.warning("image %r (%s) is missing or cannot be decoded", media_id, variant)
            return QImage()
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image

    def _decoded(self, data: bytes, requested: QSize) -> QImage:
        key = (hash(data), len(data), requested.width(), requested.height())
        image = self._cache.get(key)
        if image is not None:
            self._cache.move_to_end(key)
            return image
        image = _decode(data, requested)
        if not image.isNull():
            self._cache[key] = image
            self._cached_bytes += image.sizeInBytes()
            while self._cached_bytes > CACHE_BYTES and len(self._cache) > 1:
                _, old = self._cache.popitem(last=False)
                self._cached_bytes -= old.sizeInBytes()
        return image


def warm_up() -> None:
    """Import Pillow and its JPEG and PNG readers once the first frame is out: the first
    image otherwise pays the ~25 ms import while a visitor waits for a screen."""
    from PIL import Image

    Image.preinit()


def _decode(data: bytes, requested: QSize) -> QImage:
    """Decode with Pillow at the size the Image item asked for (its sourceSize): its JPEG
    draft mode decodes at a fraction of the pixels."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            full = QSize(img.width, img.height)
            target = _target(full, requested)
            if target != full:
                # JPEG decodes at 1/2, 1/4 or 1/8 of its size almost for free; a scale a
                # little under the target, enlarged by a few per cent, looks the same
                img.draft("RGB", (int(target.width() * 0.9), int(target.height() * 0.9)))
            rgb = img.convert("RGB")
            if rgb.size != (target.width(), target.height()):
                size = (target.width(), target.height())
                rgb = rgb.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
    except (OSError, SyntaxError, ValueError, UnidentifiedImageError):
        return QImage()
    raw = rgb.tobytes()
    image = QImage(raw, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: ``raw`` goes away with this function


def _target(full: QSize, requested: QSize) -> QSize:
    """Shrink (never enlarge) to the requested size; with both sides given, to cover that
    box (the item crops what stands over); with one, to that side."""
    w, h = requested.width(), requested.height()
    if w > 0 and h > 0 and full.width() > w and full.height() > h:
        return full.scaled(w, h, Qt.AspectRatioMode.KeepAspectRatioByExpanding)
    if w > 0 >= h and full.width() > w:
        return QSize(w, max(1, round(full.height() * w / full.width())))
    if h > 0 >= w and full.height() > h:
        return QSize(max(1, round(full.width() * h / full.height())), h)
    return full
