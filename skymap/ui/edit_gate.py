"""Whether the map on screen may be edited, and every way into editing that follows it.

The working map is read-only while an earlier status or a comparison is shown in its place,
and when another Skymap has the file open. Then the edit actions are disabled (so their
shortcuts do nothing), so are the palette, the drawing tools, the status's Save button and
the inspector's fields; on the canvas nothing moves, resizes or opens for renaming, and a
new thing dropped from a palette is refused. A status or comparison on screen is read-only
in the same way, always.

The editor's own `read_only` flag stays as the last line: with it an edit pushes nothing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGraphicsItem

DRAWING_TOOLS = ("connect", "note", "draw_cloud")
"""Tools that add to the map; select and pan only look."""


def editable(window) -> bool:
    """True when the user may change the working map now."""
    return not window.read_only and window.status_view is None


def set_docview_read_only(docview, read_only: bool) -> None:
    """One map's editor, canvas, inspector and in-place editor: editable or not."""
    if read_only:
        docview.inline.close_editor(commit=not docview.editor.read_only)
    docview.editor.read_only = read_only
    set_scene_read_only(docview.scene, read_only)
    docview.inspector.set_read_only(read_only)


def set_scene_read_only(scene, read_only: bool) -> None:
    """Nothing on the canvas can be dragged (a finger on a person pans instead) and no
    cloud shows its resize handle."""
    from skymap.ui.interactions import MOVABLE  # noqa: PLC0415
    from skymap.ui.items.cloud_item import CloudItem  # noqa: PLC0415

    for item in scene.items_by_id.values():
        if isinstance(item, MOVABLE):
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, not read_only)
        if isinstance(item, CloudItem):
            item.handle.setVisible(not read_only and item.isSelected())


def apply(window) -> None:
    """Enable or disable every way of editing the working map, from the window's state.
    Called when a status or comparison is shown or closed, when the map is opened or
    saved, and when the menus are built again (another language)."""
    on = editable(window)
    set_docview_read_only(window.docview, not on)
    for act in window.edit_actions:
        try:
            act.setEnabled(on)
        except RuntimeError:  # deleted with an old menu
            pass
    from skymap.ui import selection_actions  # noqa: PLC0415 - it asks this module whether the map is editable

    selection_actions.sync(window)  # Delete and Rename… also need a fitting selection
    window.palette_panel.setEnabled(on)
    window.statuses_panel.save_button.setEnabled(on)
    for name, act in window.tool_actions.items():
        act.setEnabled(on or name not in DRAWING_TOOLS)
    if not on and window.scene.tool_name() in DRAWING_TOOLS:
        window.set_tool("select")
    if window.status_view is not None:
        set_docview_read_only(window.status_view, True)
    focus = window.focus_view
    if focus is not None and (window.status_view is not None or focus.docview is not window.docview):
        from skymap.ui.focus_view import end_focus  # noqa: PLC0415

        end_focus(window, refit=False)  # a status shown, another map opened: the whole map again
    plan = window.plan_panel
    if plan is not None:  # the joint plan of what is on screen: a status's, read-only
        plan.follow(window.status_view or window.docview, read_only=not on or window.status_view is not None,
                    on=plan_date(window))
    sync_undo(window)


def plan_date(window) -> date | None:
    """The day the plan on screen is judged on (what is overdue): a status's own date while
    it is shown, the later status's in a comparison of two; None (today) for the map now."""
    showing = getattr(window, "showing", None)
    if window.status_view is None or showing is None:
        return None
    snaps = [window.doc.get("snapshots", a) for a in showing[1] if a]
    if None in snaps or len(snaps) < len(showing[1]):  # (compared with now: today)
        return None
    return max((s.date, s.taken) for s in snaps)[0]


def undo_allowed(window) -> bool:
    """Undo and redo change the working map. They are open only while it is on screen:
    not while a status or any comparison (with now too) stands in its place, whose banner
    says the map cannot be changed there; an undo then removed people out of sight."""
    return window.status_view is None


def undo(window, redo: bool = False) -> None:
    """Undo (or redo) the last step of the working map, if it is on screen (`undo_allowed`);
    behind a status the keys do nothing, as the greyed menu and toolbar say."""
    stack = window.undo_stack
    if not undo_allowed(window):
        return
    if redo and stack.canRedo():
        stack.redo()
    elif not redo and stack.canUndo():
        stack.undo()


def undo_action(window, prefix: str, redo: bool) -> QAction:
    """The window's Undo (Redo) action: "&Undo <the step>" as QUndoStack's own action reads,
    enabled by `sync_undo`, triggering `undo` (which asks `undo_allowed` again)."""
    stack = window.undo_stack
    act = QAction(prefix, window)

    def named(step: str) -> None:
        try:
            act.setText(f"{prefix} {step}" if step else prefix)
        except RuntimeError:  # dropped with the old menus (a language switch)
            pass

    (stack.redoTextChanged if redo else stack.undoTextChanged).connect(named)
    named(stack.redoText() if redo else stack.undoText())
    act.triggered.connect(lambda: undo(window, redo=redo))
    return act


def sync_undo(window) -> None:
    """Enable the Undo and Redo actions (menu, keys, toolbar) as the stack and the screen allow."""
    try:
        allowed = undo_allowed(window)
        stack = window.undo_stack
        stack.canUndo()
    except RuntimeError:  # the window is being destroyed
        return
    undo_acts = [window.act_undo, window.toolbar_undo_redo[0]]
    redo_acts = [window.act_redo, window.toolbar_undo_redo[1]]
    for acts, can in ((undo_acts, stack.canUndo()), (redo_acts, stack.canRedo())):
        for act in acts:
            try:
                act.setEnabled(can and allowed)
            except RuntimeError:  # deleted with an old toolbar
                pass


def follow_undo(window) -> None:
    """Keep Undo/Redo closed behind a status whenever the stack changes (connected once,
    after the first menus are built: after Qt's own enabling of those actions, so this has
    the last word)."""
    window.undo_stack.canUndoChanged.connect(lambda _c: sync_undo(window))
    window.undo_stack.canRedoChanged.connect(lambda _c: sync_undo(window))
