"""The thin QObject adapter: the model's change notices as Qt signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from skymap.model.document import Change, MapDocument


class DocumentSignals(QObject):
    """Emits `changed(Change)` for every change the document announces, and `settled(list
    of Change)` once after each burst of them (MapDocument.subscribe_bursts): a step that
    moves hundreds of people is one `settled`, so what depends on the whole edit (ties
    between two people who both moved, counts, the overview) is worked out once."""

    changed = Signal(object)
    settled = Signal(object)

    def __init__(self, doc: MapDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        doc.subscribe(self._relay)
        doc.subscribe_bursts(self._relay_burst)

    def _relay(self, change: Change) -> None:
        self.changed.emit(change)

    def _relay_burst(self, changes: list[Change]) -> None:
        self.settled.emit(changes)

    def detach(self) -> None:
        self.doc.unsubscribe(self._relay)
        self.doc.unsubscribe_bursts(self._relay_burst)
