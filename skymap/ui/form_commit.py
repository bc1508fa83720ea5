"""What the in-place form keeps when it closes with Enter (or a click outside it): the
fields as one undo step - a person's name, role and organisation, whom they meet and work
with (ties added and ended), the people after the first in a typed list, a family member's
role and birth year, a cloud's label, a note's text. On something just added the step
joins the one that added it (fast_entry.run), so one Undo takes back the whole entry."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QCheckBox, QComboBox, QPlainTextEdit

from skymap.model import edits as planned
from skymap.model.document import Collection
from skymap.model.entry import parse_list, resolve_names
from skymap.model.role_words import role_not_kept
from skymap.ui import fast_entry, person_form, year_hint


def commit(form, collection: Collection, obj_id: str) -> None:
    """The fields of `form` (an InlineEditor open on `obj_id`) made an undo step."""
    obj = form.doc.get(collection, obj_id)
    values: dict[str, Any] = {
        f: (w.toPlainText().strip() if isinstance(w, QPlainTextEdit)
            else w.currentData() if isinstance(w, QComboBox)
            else w.isChecked() if isinstance(w, QCheckBox) else w.text().strip())
        for f, w in form.fields.items()
    }
    if "consent" in values and values["consent"] != obj.consent:  # dated today; cleared with its date
        if values["consent"] is None:
            values["consent_date"] = None
        elif obj.consent_date is None:
            values["consent_date"] = date.today()
    if collection == "family":
        if (said := year_hint.problem(values.get("birth_year", ""))) is not None:
            form.view.scene().message.emit(said)  # (the form closed by a click away: said all the same)
        if (said := role_not_kept(values.get("role", ""), obj.role, form.lang)) is not None:
            form.view.scene().message.emit(said)  # a word taken as another role, or as none: said
        values["role"] = person_form.family_role_value(values.get("role", ""), obj.role)
        values["birth_year"] = person_form.birth_year_value(values.get("birth_year", ""), obj.birth_year)
    rest = []
    if form.list_edit is not None:
        entries = parse_list(form.list_edit.toPlainText())
        if entries:
            shared = values.get("organisation", "")  # (kept from the single person's form)
            entries = [e if e.organisation or not shared else replace(e, organisation=shared) for e in entries]
            first, rest = entries[0], entries[1:]
            # the consent and protected mark chosen in the form are everyone's in the list
            shared_marks = {k: v for k, v in values.items() if k in fast_entry.PERSON_MARKS}
            values = {"name": first.name, "role": first.role, "organisation": first.organisation,
                      **shared_marks}
    if "name" in values and not values["name"]:
        del values["name"]
    if "label" in values and not values["label"]:
        del values["label"]
    if collection != "actors":
        if form._fresh is not None:
            fast_entry.run(form.editor, "", [fast_entry.update_command(form.editor, collection, obj_id, values)],
                           form._fresh)
        else:
            form.editor.update_one(collection, obj_id, **values)
        return
    assert form.works_with is not None and form.meets is not None  # (a person's form has both)
    if form.works_with.text() != form._works_with_shown:  # (a name taken from the list is typed too)
        partners, unknown = resolve_names(form.works_with.text(), form.doc.map.actors, exclude=obj_id)
    else:  # the names shown, untouched: the same people (even where two share a name)
        partners = [a for p in form._partners_shown if (a := form.doc.actor(p)) is not None]
        unknown = []
    if unknown:
        form.view.scene().message.emit(
            QCoreApplication.translate(
                "InlineEditor", "Not found on the map (or more than one): %1").replace("%1", ", ".join(unknown)))
    meets = form.meets.wanted()
    commands: list[QUndoCommand | None] = []
    if "domain" not in values:
        commands.append(fast_entry.update_command(form.editor, collection, obj_id, values))
    typed = {part.strip().casefold() for part in re.split(r"[,;\n]", form.works_with.text())}
    found = {p.id for p in partners}
    dropped = {p for p in form._partners_shown if p not in found and form.doc.actor(p) is not None
               and form.doc.actor(p).name.strip().casefold() not in typed}
    add, remove = planned.tie_changes(form.doc, [obj_id], meets, [p.id for p in partners], dropped=dropped)
    if add:
        added = QCoreApplication.translate("InlineEditor", "Add tie")
        commands.append(fast_entry.AddCommand(form.doc, added, [("links", ln) for ln in add]))
    commands.append(fast_entry.removal(form.editor, remove))
    text = form.editor.undo_text(set(values)) if not add and not remove \
        else QCoreApplication.translate("InlineEditor", "Edit person")
    fast_entry.run(form.editor, text, commands, form._fresh)
    actor = form.doc.actor(obj_id)
    if rest:
        marks = {k: getattr(actor, k) for k in fast_entry.PERSON_MARKS}  # (as the first now has them)
        fast_entry.add_list(form.editor, actor.domain, rest, actor.kind, meets, [p.id for p in partners],
                            join_to=form._fresh, near=(actor.x, actor.y), marks=marks)
    if form._fresh is not None:
        # someone double-clicked in beside another: the cloud tidied, in the same step
        fast_entry.run(form.editor, "", [fast_entry.tidy_cloud(form.editor, actor.domain)], form._fresh)
