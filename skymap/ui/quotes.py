"""A name of a cloud or a status quoted on its own in the window's language: “Opstart” in
English, »Opstart« in Danish (the translation of the template "“%1”"), as the window's
sentences quote it (“%1” in their English source, »%1« in their Danish translation) and as
the model's sentences do (model/quotes.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def quoted(text: str) -> str:
    """`text` in the interface language's quotation marks."""
    return QCoreApplication.translate("Quotes", "\u201c%1\u201d").replace("%1", text)
