"""One edit and its exact inverse, without Qt: what every undo command runs.

Each step calls the document's mutation API and keeps what it returned (old values,
removal records), so that `undo` puts the map back exactly and `do` after `undo` makes the
same change again. ui/commands.py wraps each step in a QUndoCommand; the model's tests run
them directly (tests/model/test_undo_state.py).
"""

from __future__ import annotations

from typing import Any, Literal

from .document import Collection, MapDocument, MapObject, Removal


class Update:
    """Change fields of one or more objects (a move, an edit, a restyle) as one step."""

    def __init__(self, doc: MapDocument, edits: list[tuple[Collection, str, dict[str, Any]]]) -> None:
        self.doc = doc
        self.edits = edits
        self.undo_edits: list[tuple[Collection, str, dict[str, Any]]] = []

    def do(self) -> None:
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


class Add:
    """Add new objects (a person, a cloud, a tie, a note; or pasted people with their ties)."""

    def __init__(self, doc: MapDocument, objects: list[tuple[Collection, MapObject]]) -> None:
        self.doc = doc
        self.objects = objects

    def do(self) -> None:
        with self.doc.hold():
            for collection, obj in self.objects:
                self.doc.add(collection, obj)

    def undo(self) -> None:
        with self.doc.hold():
            for collection, obj in reversed(self.objects):
                if self.doc.get(collection, obj.id) is not None:
                    self.doc.remove(collection, obj.id)


class Remove:
    """Remove objects and what depends on them; undo puts everything back where it was."""

    def __init__(self, doc: MapDocument, targets: list[tuple[Collection, str]]) -> None:
        self.doc = doc
        self.targets = targets
        self.removals: list[Removal] = []

    def do(self) -> None:
        self.removals = []
        with self.doc.hold():
            for collection, obj_id in self.targets:
                if self.doc.get(collection, obj_id) is not None:
                    self.removals.append(self.doc.remove(collection, obj_id))

    def undo(self) -> None:
        with self.doc.hold():
            for removal in reversed(self.removals):
                self.doc.restore(removal)


class Fields:
    """Change the map's details ("meta": title, family name, caseworker) or its own
    settings ("settings": the bands of relational coordination)."""

    def __init__(self, doc: MapDocument, part: Literal["meta", "settings"], fields: dict[str, Any]) -> None:
        self.doc = doc
        self.update = doc.update_meta if part == "meta" else doc.update_settings
        self.fields = fields
        self.old: dict[str, Any] = {}

    def do(self) -> None:
        self.old = self.update(**self.fields)

    def undo(self) -> None:
        if self.old:
            self.update(**self.old)
