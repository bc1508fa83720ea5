"""What the user sees while a print is drawn and after it (issue 21: ten seconds with no
sign of life, and no word afterwards): a busy cursor and "Printing page 2 of 5…" in the
status bar, then "Printed: 5 pages to …" or "Sent 5 pages to the printer …"."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

MESSAGE_MS = 15000


def _say(window, text: str, timeout: int = 0) -> None:
    window.statusBar().showMessage(text, timeout)
    # the message and the cursor are painted now, not after the print
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


@contextmanager
def busy(window):
    """A busy cursor while printing; yields the progress callback for print_pdf."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    _say(window, QCoreApplication.translate("PrintFeedback", "Preparing the pages for printing…"))

    def progress(page: int, pages: int) -> None:
        _say(window, QCoreApplication.translate("PrintFeedback", "Printing page %1 of %2…").replace(
            "%1", str(page)).replace("%2", str(pages)))

    try:
        yield progress
    except BaseException:
        window.statusBar().clearMessage()
        raise
    finally:
        QApplication.restoreOverrideCursor()


def done(window, printer: QPrinter, pages: int) -> None:
    """Say where the pages went."""
    target = printer.outputFileName()
    # (one page and more pages are separate sentences: the English has no plural forms to fill)
    if target:
        text = (QCoreApplication.translate("PrintFeedback", "Printed: 1 page to %1") if pages == 1 else
                QCoreApplication.translate("PrintFeedback", "Printed: %2 pages to %1"))
        text = text.replace("%1", Path(target).name)
    else:
        text = (QCoreApplication.translate("PrintFeedback", "Sent 1 page to the printer %1") if pages == 1 else
                QCoreApplication.translate("PrintFeedback", "Sent %2 pages to the printer %1"))
        text = text.replace("%1", printer.printerName())
    text = text.replace("%2", str(pages))
    window.statusBar().showMessage(text, MESSAGE_MS)
