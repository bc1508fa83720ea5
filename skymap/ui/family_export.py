"""File ▸ Export As ▸ The Family's Own Copy…: the family's own copy from the window.

The same file as `skymap export MAP -o OUT.pdf --for family` (export/family_pdf.py): the map
and a plain-language page, in the map's language, with no protected person, no notes, no
scores and no findings, never pseudonymised. Before the file is chosen the window says in one
sentence what the copy leaves out, so no one expects the meeting PDF.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from skymap.model.errors import SkymapError


def default_name(window) -> str:
    """Beside the map's file and named after it, without its ".skymap" type word:
    "hojgaard.skymap.json" -> "hojgaard-familien.pdf" ("hojgaard-family.pdf" in English)."""
    stem = (window.path.stem.removesuffix(".skymap") if window.path else "") \
        or window.doc.map.meta.family_name or "skymap"
    folder = window.path.parent if window.path else Path.home()
    word = QCoreApplication.translate("FamilyExport", "family")  # in the file name: "Nørgaard-familien.pdf"
    return str(folder / f"{stem}-{word}.pdf")


def export_for_family(window, path: str | None = None) -> bool:
    """Ask for a file name (unless given) and write the family's copy of the working map."""
    from skymap.export.family_pdf import write_family_pdf  # noqa: PLC0415
    from skymap.ui import focus_export, protect_ui  # noqa: PLC0415

    go, pdf_password = protect_ui.pdf_password(window)  # a protected map: a password on the copy too?
    if not go:
        return False
    if not path:
        path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("FamilyExport", "Export for the Family"), focus_export.file_name(window, default_name(window), False),  # noqa: E501 - one literal for lupdate
                                              QCoreApplication.translate("FamilyExport", "PDF documents (*.pdf)"))
        if not path:
            return False
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    skymap, _extra = focus_export.shown_map(window, None)  # a child's own view: as on the screen
    try:
        if pdf_password is not None:  # made in memory and encrypted: no clear copy on disk
            from skymap.export.pdf_password import write_protected_pdf  # noqa: PLC0415

            write_protected_pdf(write_family_pdf, skymap, Path(path), pdf_password)
        else:
            write_family_pdf(skymap, path)
    except SkymapError as err:
        window.error(err)
        return False
    window.statusBar().showMessage(
        QCoreApplication.translate("FamilyExport", "The family's copy is saved: %1 (no protected people, notes or scores in it)").replace("%1", path), 8000)  # noqa: E501 - one literal for lupdate
    return True
