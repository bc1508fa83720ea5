"""Esc on the in-place form: nothing typed is kept. On something just added - a person, a
family member, a cloud or a note, whose form the adding opened - the adding is taken back
too, typed into or not: nothing was confirmed, so it leaves the map, no step is left to undo
or redo and a saved map is saved again. The status bar says what was cancelled."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from skymap.model.vocabulary import ActorKind
from skymap.ui import fast_entry


def cancelled_text(collection: str, obj) -> str:
    """The status bar's words after Esc took something just added away again."""
    if collection == "family":
        return QCoreApplication.translate("FormTitle", "New family member cancelled")
    if collection == "domains":
        return QCoreApplication.translate("FormTitle", "New cloud cancelled")
    if collection == "annotations":
        return QCoreApplication.translate("FormTitle", "New note cancelled")
    if getattr(obj, "kind", None) is ActorKind.PRIVATE:
        return QCoreApplication.translate("FormTitle", "New private person cancelled")
    return QCoreApplication.translate("FormTitle", "New professional cancelled")


def cancel(form) -> None:
    """Esc on `form` (an InlineEditor): it closes without keeping anything; on what the last
    step just added (the form's `_fresh` step, on top of the stack at `_fresh_index`) that
    step is taken off the stack again (fast_entry.take_back)."""
    fresh, index, target = form._fresh, form._fresh_index, form.target
    obj = form.doc.get(*target) if target is not None else None
    form.close_editor(commit=False)
    if fresh is None or target is None or obj is None:
        return
    if fast_entry.take_back(form.editor, fresh, index):
        form.view.scene().message.emit(cancelled_text(target[0], obj))
