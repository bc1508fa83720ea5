"""Every user edit is one of these undo commands; each calls the model's mutation API.

Commands change the model only, never an item: the scene follows the model's notices.
They keep what the model returned (old values, removal records) so undo is exact.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand
from pydantic import BaseModel

from skymap.model.document import Collection, MapDocument, Removal


class UpdateCommand(QUndoCommand):
    """Change fields of one or more objects (a move, an edit, a restyle) as one step."""

    def __init__(self, doc: MapDocument, text: str, edits: list[tuple[Collection, str, dict[str, Any]]]) -> None:
        super().__init__(text)
        self.doc = doc
        self.edits = edits
        self.undo_edits: list[tuple[Collection, str, dict[str, Any]]] = []

    def redo(self) -> None:
        self.undo_edits = []
        with self.doc.hold():
            for collection, obj_id, fields in self.edits:
                old = self.doc.update(collection, obj_id, **fields)
                if old:
                    self.undo_edits.append((collection, obj_id, old))

    def undo(self) -> None:
        with self.doc.hold():
            for collection, obj_id, old in reversed(self.undo_edits):
                self.doc.update(collection, obj_id, **old)


class AddCommand(QUndoCommand):
    """Add new objects (a person, a cloud, a tie, a note; or pasted people with their ties)."""

    def __init__(self, doc: MapDocument, text: str, objects: list[tuple[Collection, BaseModel]]) -> None:
        super().__init__(text)
        self.doc = doc
        self.objects = objects

    def redo(self) -> None:
        with self.doc.hold():
            for collection, obj in self.objects:
                self.doc.add(collection, obj)

    def undo(self) -> None:
        with self.doc.hold():
            for collection, obj in reversed(self.objects):
                if self.doc.get(collection, obj.id) is not None:
                    self.doc.remove(collection, obj.id)


class RemoveCommand(QUndoCommand):
    """Remove objects and what depends on them; undo puts everything back where it was."""

    def __init__(self, doc: MapDocument, text: str, targets: list[tuple[Collection, str]]) -> None:
        super().__init__(text)
        self.doc = doc
        self.targets = targets
        self.removals: list[Removal] = []

    def redo(self) -> None:
        self.removals = []
        with self.doc.hold():
            for collection, obj_id in self.targets:
                if self.doc.get(collection, obj_id) is not None:
                    self.removals.append(self.doc.remove(collection, obj_id))

    def undo(self) -> None:
        with self.doc.hold():
            for removal in reversed(self.removals):
                self.doc.restore(removal)


class MetaCommand(QUndoCommand):
    """Change the map's details (title, family name, caseworker)."""

    def __init__(self, doc: MapDocument, text: str, fields: dict[str, Any]) -> None:
        super().__init__(text)
        self.doc = doc
        self.fields = fields
        self.old: dict[str, Any] = {}

    def redo(self) -> None:
        self.old = self.doc.update_meta(**self.fields)

    def undo(self) -> None:
        if self.old:
            self.doc.update_meta(**self.old)


class SettingsCommand(QUndoCommand):
    """Change the map's own settings (the bands of relational coordination)."""

    def __init__(self, doc: MapDocument, text: str, fields: dict[str, Any]) -> None:
        super().__init__(text)
        self.doc = doc
        self.fields = fields
        self.old: dict[str, Any] = {}

    def redo(self) -> None:
        self.old = self.doc.update_settings(**self.fields)

    def undo(self) -> None:
        if self.old:
            self.doc.update_settings(**self.old)
