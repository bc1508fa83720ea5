"""The joint plan's edits are undo commands: undo and redo give the exact plan back."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QUndoStack

from skymap.model.document import MapDocument
from skymap.model.objects import Agreement
from skymap.model.vocabulary import AgreementStatus
from skymap.ui.commands import AddCommand, GoalsCommand, RemoveCommand, UpdateCommand


def test_goal_and_agreement_commands_undo_and_redo_exactly(qapp):
    doc = MapDocument()
    doc.add_actor("Karen", id="a-karen")
    stack = QUndoStack()
    stack.push(GoalsCommand(doc, "add", "add_goal", "Emil i skole"))
    stack.push(GoalsCommand(doc, "add", "add_goal", "Ro i hjemmet"))
    stack.push(GoalsCommand(doc, "move", "move_goal", 1, 0))
    stack.push(GoalsCommand(doc, "edit", "edit_goal", 0, "Ro og søvn"))
    stack.push(GoalsCommand(doc, "remove", "remove_goal", 1))
    assert doc.map.goals == ["Ro og søvn"]
    for expected in (["Ro og søvn", "Emil i skole"], ["Ro i hjemmet", "Emil i skole"],
                     ["Emil i skole", "Ro i hjemmet"], ["Emil i skole"], []):
        stack.undo()
        assert doc.map.goals == expected
    while stack.canRedo():
        stack.redo()
    assert doc.map.goals == ["Ro og søvn"]

    ag = Agreement(id="g-1", text="Ring til PPR", owner="a-karen", due=date(2026, 12, 1))
    stack.push(AddCommand(doc, "agree", [("agreements", ag)]))
    stack.push(UpdateCommand(doc, "done", [("agreements", "g-1", {"status": AgreementStatus.DONE})]))
    stack.push(RemoveCommand(doc, "remove Karen", [("actors", "a-karen")]))
    assert doc.map.agreements[0].owner is None and doc.map.agreements[0].status is AgreementStatus.DONE
    stack.undo()
    assert doc.map.agreements[0].owner == "a-karen"
    stack.undo()
    assert doc.map.agreements == [ag]
    stack.undo()
    assert doc.map.agreements == []
