"""A picture of the canvas as the app shows it, without a window (for `skymap export -o X.png`)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from skymap.model.errors import SaveError
from skymap.model.objects import SkyMap
from skymap.storage.mapfile import write_atomic

MAX_PIXELS = 40_000_000
"""The most pixels a PNG of the map may have (160 MB while it is drawn): a map that is
far taller than wide (one person a million units away) is drawn smaller instead."""
MAX_SIDE = 16_000
"""The longest side of the picture, in pixels."""


def picture_size(width: int, source_w: float, source_h: float) -> tuple[int, int]:
    """The picture's (width, height) for a map of source_w x source_h: `width` wide unless
    that would make it more than MAX_PIXELS or longer than MAX_SIDE; then smaller, in the
    map's proportions."""
    ratio = source_h / source_w if source_w > 0 else 1.0
    w = float(width)
    h = w * ratio
    scale = min(1.0, MAX_SIDE / max(w, h), (MAX_PIXELS / (w * h)) ** 0.5 if w * h > 0 else 1.0)
    return max(1, round(w * scale)), max(1, round(h * scale))


def render_png(skymap: SkyMap, out: str | os.PathLike, width: int = 2400, lang: str = "da") -> tuple[int, int]:
    """Render the whole map, `width` pixels wide, to a PNG file; returns the picture's
    size, which is smaller than asked for when the map is very tall or wide (see
    `picture_size`)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: PLC0415
    from PySide6.QtGui import QColor, QImage, QPainter, QUndoStack  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from skymap.model.document import MapDocument  # noqa: PLC0415
    from skymap.ui.editor import Editor  # noqa: PLC0415
    from skymap.ui.scene import MapScene  # noqa: PLC0415
    from skymap.ui.signals import DocumentSignals  # noqa: PLC0415

    app = QApplication.instance() or QApplication(sys.argv[:1])
    doc = MapDocument(skymap)
    signals = DocumentSignals(doc)
    scene = MapScene(doc, signals, Editor(doc, QUndoStack()), lang)
    from skymap.ui.plan_marks import PlanMarks  # noqa: PLC0415

    PlanMarks(scene, signals)  # the count of open agreements, as in the window
    source = scene.itemsBoundingRect().adjusted(-30, -30, 30, 30)
    width, height = picture_size(width, source.width(), source.height())
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#fbfbf8"))
    painter = QPainter(image)
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing
        | QPainter.RenderHint.TextAntialiasing
        | QPainter.RenderHint.SmoothPixmapTransform
    )
    scene.render(painter, QRectF(0, 0, width, height), source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    scene.clear()
    # Encoded in memory, then written like every other file (a temporary file 0600 named
    # after this process, renamed over the target), so a failure names its cause.
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 wants the format as str (it refuses bytes); its stub says bytes
    encoded = image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    if not encoded:
        raise SaveError("save_failed_new", path=out, reason="PNG")
    write_atomic(Path(out), bytes(data.data()))
    del app
    return width, height
