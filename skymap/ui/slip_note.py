"""An unexpected error while the window runs (a bug in Skymap, not the user's input) is
said in one line in the window instead of only as a traceback on a terminal nobody sees:
File ▸ Export PDF… failing that way had looked as if nothing had happened.

`install(window)` (the app does it once its window is shown) keeps Python's own report on
stderr and adds the note; nothing else is done, so the user can save and go on.
"""

from __future__ import annotations

import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def note(error: BaseException) -> str:
    """The one line: what kind of error, and that the map is still there."""
    return QCoreApplication.translate(
        "SlipNote", "Skymap could not finish that (an error in Skymap: %1). Save your map and go on."
    ).replace("%1", type(error).__name__)


def install(window) -> None:
    """Errors no code caught are written to stderr as before and said in `window`."""
    previous = sys.excepthook

    def hook(kind, error, tb) -> None:
        traceback.print_exception(kind, error, tb, file=sys.stderr)
        if issubclass(kind, (KeyboardInterrupt, SystemExit)):
            previous(kind, error, tb)
            return
        try:
            QMessageBox.warning(window, "Skymap", note(error))
        except RuntimeError:  # the window is gone (closing): stderr has it
            pass

    sys.excepthook = hook
