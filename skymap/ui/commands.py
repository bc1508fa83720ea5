"""Every user edit is one of these undo commands; each calls the model's mutation API.

Commands change the model only, never an item: the scene follows the model's notices.
Each runs one step of model/steps.py, which keeps what the model returned (old values,
removal records) so undo is exact — and which the model's tests run without Qt.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from skymap.model import steps
from skymap.model.document import Collection, MapDocument, MapObject


class StepCommand(QUndoCommand):
    """An undo step that runs one model step (model/steps.py): `redo` does it, `undo`
    puts the map back exactly."""

    def __init__(self, text: str, step: steps.Update | steps.Add | steps.Remove | steps.Fields) -> None:
        super().__init__(text)
        self.step = step
        self.doc = step.doc

    def redo(self) -> None:
        self.step.do()

    def undo(self) -> None:
        self.step.undo()


class UpdateCommand(StepCommand):
    """Change fields of one or more objects (a move, an edit, a restyle) as one step."""

    def __init__(self, doc: MapDocument, text: str, edits: list[tuple[Collection, str, dict[str, Any]]]) -> None:
        super().__init__(text, steps.Update(doc, edits))
        self.edits = edits


class AddCommand(StepCommand):
    """Add new objects (a person, a cloud, a tie, a note; or pasted people with their ties)."""

    def __init__(self, doc: MapDocument, text: str, objects: list[tuple[Collection, MapObject]]) -> None:
        super().__init__(text, steps.Add(doc, objects))
        self.objects = objects


class RemoveCommand(StepCommand):
    """Remove objects and what depends on them; undo puts everything back where it was."""

    def __init__(self, doc: MapDocument, text: str, targets: list[tuple[Collection, str]]) -> None:
        super().__init__(text, steps.Remove(doc, targets))
        self.targets = targets


class MetaCommand(StepCommand):
    """Change the map's details (title, family name, caseworker)."""

    def __init__(self, doc: MapDocument, text: str, fields: dict[str, Any]) -> None:
        super().__init__(text, steps.Fields(doc, "meta", fields))


class SettingsCommand(StepCommand):
    """Change the map's own settings (the bands of relational coordination)."""

    def __init__(self, doc: MapDocument, text: str, fields: dict[str, Any]) -> None:
        super().__init__(text, steps.Fields(doc, "settings", fields))


class GoalsCommand(QUndoCommand):
    """Change the family's goals: one of MapDocument's goal operations ("add_goal",
    "edit_goal", "remove_goal", "move_goal") with its arguments; undo puts the list back."""

    def __init__(self, doc: MapDocument, text: str, operation: str, *args: Any) -> None:
        super().__init__(text)
        self.doc = doc
        self.operation = operation
        self.args = args
        self.before: list[str] = []

    def redo(self) -> None:
        self.before = list(self.doc.map.goals)
        getattr(self.doc, self.operation)(*self.args)

    def undo(self) -> None:
        self.doc.set_goals(self.before)
