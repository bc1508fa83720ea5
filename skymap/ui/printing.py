"""Printing the meeting PDF on a printer: the very same pages, drawn at the printer's resolution.
(A print to a PDF file writes the PDF itself instead: print_to_file.py.)

Each page is a picture of the PDF's page; its words go on top of it again, invisible, where
the picture shows them, so that a print to a PDF file can still be searched and copied from.
"""

from __future__ import annotations

import os

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter


class PrinterNotStarted(OSError):
    """The printer (or the file printed to) could not be opened for drawing."""


def prepare_printer(printer: QPrinter, paper: str) -> None:
    size = QPageSize(QPageSize.PageSizeId.A3 if paper == "a3" else QPageSize.PageSizeId.A4)
    printer.setPageSize(size)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)


PRINT_DPI = 300
"""The pictures of the pages are drawn at most at this resolution: as sharp on paper as 600
dpi at reading distance, and the example map's pages are 4.2 MB in 2.6 s instead of 11.7 MB
in 9.2 s (measured for issue 21; 2.2 MB since they are kept lossless)."""


def print_pdf(data: bytes, printer: QPrinter, progress=None, choose=None) -> int:
    """Send the pages of a PDF to `printer`; returns the number of pages printed.
    `progress(page, pages)` is called before each page is drawn; `choose(printer, count)`:
    the pages (0-based) the print dialog chose, default all."""
    document = pdfium.PdfDocument(data)
    chosen = choose(printer, len(document)) if choose is not None else list(range(len(document)))
    out = _private_output(printer)
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        if out is not None and out[1]:
            _remove(out[0])  # (made just now, empty: not left behind)
        raise PrinterNotStarted("the printer could not be started")
    # The pages' pictures kept exact (Flate, not JPEG): half the size of the JPEGs Qt makes
    # otherwise (the example map: 2.2 MB instead of 4.4 MB), and no blur around small text.
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    try:
        dpi = max(150, min(printer.resolution(), PRINT_DPI))
        for number, index in enumerate(chosen):
            if progress is not None:
                progress(number + 1, len(chosen))
            if number:
                printer.newPage()
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4 else QImage.Format.Format_RGB888,
            ).copy()
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(area.x(), area.y(), image.width() * scale, image.height() * scale)
            painter.drawImage(target, image)
            width, height = page.get_size()
            _draw_words(painter, page, target, width, height)
        return len(chosen)
    finally:
        painter.end()
        document.close()
        if out is not None:
            _owner_only(out[0])


def _private_output(printer: QPrinter) -> tuple[str, bool] | None:
    """A print to a file holds family data: the file is made readable by its owner only
    (0600, as a saved map or an exported PDF) before Qt writes into it, so it never stands
    world-readable; Qt keeps the mode when it truncates the file. The path and whether it
    was made just now; None: no file."""
    path = printer.outputFileName() if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat else ""
    if not path:
        return None
    made = not os.path.exists(path)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    except OSError:
        return None  # (no such folder: the printer does not start, and says so)
    _owner_only(path)
    return path, made


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass


def _owner_only(path: str) -> None:
    try:
        os.chmod(path, 0o600)
    except OSError:  # (a file system without modes)
        pass


def _draw_words(painter: QPainter, page, target: QRectF, width: float, height: float) -> None:
    """The page's text, invisible, over the picture of it (`width` × `height` points in `target`)."""
    text_page = page.get_textpage()
    painter.save()
    try:
        painter.setPen(QColor(0, 0, 0, 0))
        sx, sy = target.width() / width, target.height() / height
        for index in range(text_page.count_rects()):
            left, bottom, right, top = text_page.get_rect(index)
            text = text_page.get_text_bounded(left, bottom, right, top).strip()
            if not text:
                continue
            box = QRectF(target.x() + left * sx, target.y() + (height - top) * sy, (right - left) * sx,
                         (top - bottom) * sy)
            font = QFont("Helvetica")
            font.setPixelSize(max(1, round(box.height() * 0.8)))
            font.setFeature(QFont.Tag("liga"), 0)  # "Sofie" stays searchable (no "fi" ligature)
            advance = QFontMetricsF(font).horizontalAdvance(text)
            if advance > 0:  # as wide as the words in the picture
                font.setStretch(max(1, min(4000, round(100 * box.width() / advance))))
            painter.setFont(font)
            painter.drawText(
                box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextDontClip, text
            )
    finally:
        painter.restore()
        text_page.close()
