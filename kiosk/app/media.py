"""Images for QML from the content database: ``image://media/<id>/<variant>``.

The provider decodes off the GUI thread (Qt's image loader threads) and serves only
what the care rules allow: the sharp variant of a warned image is refused until the
visitor has chosen to see it, and never in a profile that withholds it. The screens
ask for the blurred stand-in instead; this is the second lock on the same door.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtQml import QQmlImageProviderBase
from PySide6.QtQuick import QQuickImageProvider

log = logging.getLogger(__name__)

PROVIDER = "media"
VARIANTS = ("display", "blur")

# (media id, variant) -> bytes, or None when the database has no such image
Reader = Callable[[str, str], "bytes | None"]
# media id -> may the sharp image be shown now?
Allowed = Callable[[str], bool]


class MediaImages(QQuickImageProvider):
    """Serves the exhibit's images from the open content database."""

    def __init__(self, read: Reader, allowed: Allowed) -> None:
        super().__init__(
            QQmlImageProviderBase.ImageType.Image,
            QQmlImageProviderBase.Flag.ForceAsynchronousImageLoading,
        )
        self._read = read
        self._allowed = allowed

    def requestImage(self, ident: str, size: QSize, requested: QSize) -> QImage:
        media_id, _, variant = ident.partition("/")
        variant = variant.split("?", 1)[0]  # a ?n suffix only makes QML ask again
        if variant not in VARIANTS:
            log.warning("image %r: unknown variant %r", media_id, variant)
            return QImage()
        if variant == "display" and not self._allowed(media_id):
            log.warning("image %r: the sharp variant is withheld by the care rules", media_id)
            return QImage()
        data = self._read(media_id, variant)
        image = QImage.fromData(data) if data else QImage()
        if image.isNull():
            log.warning("image %r (%s) is missing or cannot be decoded", media_id, variant)
            return QImage()
        image = _fit(image, requested)
        size.setWidth(image.width())
        size.setHeight(image.height())
        return image


def _fit(image: QImage, requested: QSize) -> QImage:
    """Shrink (never enlarge) to the size the Image item asked for (its sourceSize)."""
    w, h = requested.width(), requested.height()
    smooth = Qt.TransformationMode.SmoothTransformation
    if w > 0 and h > 0 and (image.width() > w or image.height() > h):
        return image.scaled(w, h, Qt.AspectRatioMode.KeepAspectRatio, smooth)
    if w > 0 and h <= 0 and image.width() > w:
        return image.scaledToWidth(w, smooth)
    if h > 0 and w <= 0 and image.height() > h:
        return image.scaledToHeight(h, smooth)
    return image
