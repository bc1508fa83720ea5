"""Fast entry as undo steps: a list of people into a cloud, and a person form's ties.

The person form of someone just added joins its edits (name, role, the people after the
first in a typed list, the ties ticked) to the step that added the person, so one Undo
takes back the whole entry. Each edit is still a command calling one model operation.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from skymap.model import edits as planned
from skymap.model import layout
from skymap.model.document import Collection, MapObject
from skymap.model.entry import Entry, parse_list
from skymap.model.objects import Actor
from skymap.model.vocabulary import ActorKind, DomainKind
from skymap.ui.commands import AddCommand, RemoveCommand, UpdateCommand

PERSON_MARKS = ("consent", "consent_date", "consent_scope", "protected")
"""What a person form's list gives everyone in it as the form has it: the consent chosen
(dated as the first person's) and the protected mark."""


class JoinedEdits(QUndoCommand):
    """Edits joined to a step already on the stack (a person's form, closed after the person
    was added): done now, undone and redone with that step."""

    def __init__(self, parent: QUndoCommand, commands: list[QUndoCommand]) -> None:
        super().__init__(parent)
        self.commands = commands

    def redo(self) -> None:
        for command in self.commands:
            command.redo()

    def undo(self) -> None:
        for command in reversed(self.commands):
            command.undo()


def mark_added(editor, obj_id: str) -> None:
    """Remember that the step on top of the stack added `obj_id` (see `join_step`)."""
    editor.last_added = (editor.stack.index(), obj_id)


def fresh_step(editor, obj_id: str) -> QUndoCommand | None:
    """The undo step that just added `obj_id`, if nothing was done since; else None."""
    stack = editor.stack
    if getattr(editor, "last_added", None) != (stack.index(), obj_id) or stack.index() == 0:
        return None
    step = stack.command(stack.index() - 1)
    # only a macro (a plain QUndoCommand holding others) runs the edits joined to it
    return step if step is not None and type(step) is QUndoCommand and step.childCount() else None


def take_back(editor, step: QUndoCommand, index: int) -> bool:
    """Esc on the form of someone just added: the step that added them (`step`, on top of
    the stack at `index`) is undone and leaves the stack, as if it had never been pushed -
    no Redo that would bring the person back, the map as clean as before. False (nothing
    done) if anything was done since."""
    stack = editor.stack
    if editor.read_only or stack.index() != index or index == 0 or stack.command(index - 1) is not step:
        return False
    step.undo()
    # An obsolete command is not undone again by the stack but taken off it (Qt >= 5.9),
    # and the stack tells its actions (Undo/Redo texts, enabled) and the clean state.
    step.setObsolete(True)
    stack.undo()
    editor.last_added = None
    return True


def run(editor, text: str, commands: Sequence[QUndoCommand | None], join_to=None) -> None:
    """Do `commands` as one step, or as part of the step `join_to` (a None among them: nothing to do)."""
    todo = [c for c in commands if c is not None]
    if not todo or editor.read_only:
        return
    if join_to is not None:
        joined = JoinedEdits(join_to, todo)
        joined.redo()
        # kept referenced for the editor's life: the step runs Python code of these commands
        editor._joined = [*getattr(editor, "_joined", []), joined]
        return
    editor.stack.beginMacro(text)
    try:
        for command in todo:
            editor.stack.push(command)
    finally:
        editor.stack.endMacro()


def place_people(editor, domain_id: str | None, entries: list[Entry], kind: ActorKind,
                 near: tuple[float, float], marks: dict[str, Any] | None = None,
                 ) -> tuple[list[tuple[Collection, str, dict[str, Any]]], list[Actor]]:
    """New people for `entries`, each in a free place of the cloud (which grows, and its
    neighbours make room) or, outside the clouds, below `near`; and the edits that grow.
    `marks`: fields every one of them gets (PERSON_MARKS)."""
    doc = editor.doc
    marks = marks or {}
    actors: list[Actor] = []
    if domain_id is None or doc.domain(domain_id) is None:
        for i, entry in enumerate(entries):
            x, y = near[0], near[1] + (i + 1) * layout.PERSON_H
            actors.append(Actor(id=doc.new_id("actors"), name=entry.name, role=entry.role,
                                organisation=entry.organisation, kind=kind, x=x, y=y, **marks))
        return [], actors
    edits, spots = planned.place_in_cloud(doc, domain_id, len(entries))
    for entry, (x, y) in zip(entries, spots):
        actors.append(Actor(id=doc.new_id("actors"), name=entry.name, role=entry.role,
                            organisation=entry.organisation, kind=kind, domain=domain_id, x=x, y=y, **marks))
    return edits, actors


def add_list(editor, domain_id: str | None, entries: list[Entry], kind: ActorKind = ActorKind.PROFESSIONAL,
             meets: set[str] | None = None, partners: Sequence[str] = (), join_to=None,
             near: tuple[float, float] = (0.0, 0.0), marks: dict[str, Any] | None = None) -> list[Actor]:
    """A typed or pasted list of people into a cloud (or, with no cloud, below `near`),
    with their ties, each with the fields of `marks` (consent, protected): one undo step."""
    if not entries or editor.read_only:
        return []
    grow, actors = place_people(editor, domain_id, entries, kind, near, marks)
    links, _ = planned.tie_changes(editor.doc, [a.id for a in actors], set(meets or ()), list(partners),
                                   known={a.id for a in actors})
    commands: list[QUndoCommand] = []
    if grow:
        commands.append(UpdateCommand(editor.doc, QCoreApplication.translate("FastEntry", "Resize cloud"), grow))
    objects: list[tuple[Collection, MapObject]] = [("actors", a) for a in actors]
    objects.extend(("links", ln) for ln in links)
    commands.append(AddCommand(editor.doc, QCoreApplication.translate("FastEntry", "Add people"), objects))
    run(editor, QCoreApplication.translate("FastEntry", "Add people"), commands, join_to)
    return actors


def update_command(editor, collection: Collection, obj_id: str, fields: dict[str, Any]) -> UpdateCommand | None:
    """The command that changes these fields (CPR numbers screened), or None if none would
    change: Editor.update without pushing."""
    changed = planned.changes(editor.doc, collection, obj_id, editor._screen_cpr(fields))
    if not changed:
        return None
    return UpdateCommand(editor.doc, editor.undo_text(set(changed)), [(collection, obj_id, changed)])


def removal(editor, targets: list[tuple[Collection, str]]) -> RemoveCommand | None:
    if not targets:
        return None
    return RemoveCommand(editor.doc, QCoreApplication.translate("FastEntry", "Remove tie"), targets)


def paste_list(window, text: str) -> list[Actor]:
    """Lines of plain text pasted while a cloud (or someone in it) is selected: a person a
    line in that cloud, one undo step; the newcomers are selected."""
    entries = parse_list(text)
    if not entries:
        return []
    domain_id = window.selected_cloud()
    if domain_id is None:
        window.statusBar().showMessage(
            QCoreApplication.translate("FastEntry", "Select a cloud first: the pasted people go into it."), 6000)
        return []
    domain = window.doc.domain(domain_id)
    kind = ActorKind.PRIVATE if domain.kind is DomainKind.PRIVATE_NETWORK else ActorKind.PROFESSIONAL
    actors = add_list(window.editor, domain_id, entries, kind)
    window.scene.clearSelection()
    for actor in actors:
        window.scene.item_for(actor.id).setSelected(True)
    names = ", ".join(a.name for a in actors)
    window.statusBar().showMessage(
        QCoreApplication.translate("FastEntry", "Added to %1: %2").replace("%1", domain.label).replace("%2", names),
        6000)
    return actors


def tidy_cloud(editor, domain_id: str | None) -> UpdateCommand | None:
    """The cloud's people in tidy rows (the model's placement.tidy), the cloud grown and its
    neighbours moved as needed — when someone stands on someone else; else None."""
    edits = planned.tidy_if_crowded(editor.doc, domain_id)
    if not edits:
        return None
    return UpdateCommand(editor.doc, QCoreApplication.translate("FastEntry", "Tidy up"), edits)
