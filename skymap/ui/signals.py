"""The thin QObject adapter: the model's change notices as a Qt signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from skymap.model.document import Change, MapDocument


class DocumentSignals(QObject):
    """Emits `changed(Change)` for every change the document announces."""

    changed = Signal(object)

    def __init__(self, doc: MapDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        doc.subscribe(self._relay)

    def _relay(self, change: Change) -> None:
        self.changed.emit(change)

    def detach(self) -> None:
        self.doc.unsubscribe(self._relay)
