"""A picture of the canvas as the app shows it, without a window (for `skymap export -o X.png`)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from skymap.model.errors import SaveError
from skymap.model.objects import SkyMap


def render_png(skymap: SkyMap, out: str | os.PathLike, width: int = 2400, lang: str = "da") -> None:
    """Render the whole map, `width` pixels wide, to a PNG file."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt  # noqa: PLC0415
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
    source = scene.itemsBoundingRect().adjusted(-30, -30, 30, 30)
    height = max(1, round(width * source.height() / source.width()))
    image = QImage(width, height, QImage.Format_ARGB32)
    image.fill(QColor("#fbfbf8"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing | QPainter.SmoothPixmapTransform)
    scene.render(painter, QRectF(0, 0, width, height), source, Qt.KeepAspectRatio)
    painter.end()
    tmp = Path(out).with_name(f".{Path(out).name}.tmp.png")
    if not image.save(str(tmp), "PNG"):
        raise SaveError("save_failed", path=out, reason="PNG")
    os.replace(tmp, out)
    scene.clear()
    del app
