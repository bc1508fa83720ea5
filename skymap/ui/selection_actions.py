"""The window's actions that act on the selection, enabled by what is selected.

Copy, Delete and Rename… (Edit menu, their keys, and the map's context menu, which shows
the same QActions: context_menu.py) do something only for a fitting selection: Copy a
selected person, Delete anything selected, Rename… exactly one thing with a name or text.
They are greyed out otherwise, in the menu bar and in the context menu alike, so a right
click on one of several selected people offers Delete for all of them and no Rename.

On top of the edit gate (edit_gate.py): Delete and Rename… stay disabled while the map may
not be edited; Copy works on a status shown too (to paste a person into the map now).
`sync` runs whenever the selection of the map on screen changes, and after the edit gate.
"""

from __future__ import annotations

from skymap.ui import edit_gate

RENAMEABLE = ("actors", "family", "domains", "annotations")
"""What Rename… opens the in-place editor for (a tie has no name)."""


def sync(window) -> None:
    """Enable Copy, Delete and Rename… for the selection of the map on screen."""
    shown = window.status_view or window.docview
    if shown is None:
        return
    try:
        targets = shown.scene.selected_targets()
        acts = (window.act_copy, window.act_delete, window.act_rename)
    except (AttributeError, RuntimeError):  # the menus are not built yet, or the scene is gone
        return
    editable = edit_gate.editable(window)
    copy, delete, rename = acts
    try:
        copy.setEnabled(any(collection == "actors" for collection, _ in targets))
        delete.setEnabled(editable and bool(targets))
        rename.setEnabled(editable and len(targets) == 1 and targets[0][0] in RENAMEABLE)
    except RuntimeError:  # deleted with an old menu (another language)
        pass


def follow(window, scene) -> None:
    """Keep the actions in step with `scene`'s selection (the working map's or a status's)."""
    scene.selectionChanged.connect(lambda: sync(window))
