"""Edits started from the window rather than on the canvas: the Edit menu (copy, paste,
delete, select all, rename, connect the two selected), adding from the palette (a click or
a drop), the drawing tool in use, the right-click menu, the question when a CPR-like
number is typed, and the selection that comes back with an undone delete. Every change
goes through the editor (ui/editor.py), that is through an undo command."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from skymap.model import clipboard
from skymap.model.document import Collection
from skymap.model.objects import Actor, Annotation, Domain, FamilyMember
from skymap.model.vocabulary import ActorKind
from skymap.ui import edit_gate, modal
from skymap.ui.context_menu import build_menu
from skymap.ui.document_view import DocumentView
from skymap.ui.window_parts import WindowParts


class EditsMixin(WindowParts):
    """Part of MainWindow (see main_window.py): edits from menus, palette and keys.

    Its state, made in MainWindow.__init__: `undo_index` (the undo stack's last index, to
    tell an undo from a redo)."""

    def shown(self) -> DocumentView:
        """The map on screen: a status or comparison shown in its place, or the working map."""
        shown = self.status_view or self.docview
        assert shown is not None  # (the working map exists once __init__ has run)
        return shown

    def set_tool(self, name: str) -> None:
        self.scene.set_tool(name)
        self.tool_actions[name].setChecked(True)
        self.view.setCursor(
            Qt.CursorShape.CrossCursor if name in ("connect", "note", "draw_cloud") else Qt.CursorShape.ArrowCursor
        )
        self.palette_panel.set_drawing(name == "draw_cloud")
        # No rubber band while drawing ties, clouds or placing notes; the pan tool sets its own.
        if name in ("connect", "note", "draw_cloud"):
            self.view.setDragMode(self.view.DragMode.NoDrag)
        elif name == "select":
            self.view.setDragMode(self.view.DragMode.RubberBandDrag)
        hints = {
            "connect": QCoreApplication.translate(
                "MainWindow",
                "Click a person, then the one to tie them to (or drag from one to the other): a family member "
                "makes a contact, anyone else coordination. Esc cancels.",
            ),
            "note": QCoreApplication.translate("MainWindow", "Click where the note should go."),
            "pan": QCoreApplication.translate("MainWindow", "Drag to move the map."),
            "draw_cloud": QCoreApplication.translate(
                "MainWindow", "Draw a loop with the mouse, a pen or a finger: it becomes a new cloud. Esc cancels."
            ),
        }
        self.statusBar().showMessage(hints.get(name, ""), 8000 if name in hints else 1)

    def _toggle_snap(self, on: bool) -> None:
        self.editor.snapping = on

    def delete_selection(self) -> None:
        if edit_gate.editable(self):
            self.editor.delete(self.scene.selected_targets())

    def select_all(self) -> None:
        for item in self.shown().scene.items_by_id.values():
            if item.flags() & item.GraphicsItemFlag.ItemIsSelectable and item.kind in ("actor", "member", "note"):
                item.setSelected(True)

    def connect_selected(self) -> None:
        """Draw a tie between the two selected people (keyboard: select one, Ctrl+click or
        Shift+arrow to the other, Ctrl+L)."""
        if not edit_gate.editable(self):
            return
        targets = [obj_id for c, obj_id in self.scene.selected_targets() if c in ("actors", "family")]
        if self.scene.family_item.isSelected():
            targets.append("family")
        if len(targets) != 2:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Select exactly two people to connect them."), 6000
            )
            return
        link = self.editor.add_tie(*targets)
        if link is None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "These two cannot be connected (or already are)."), 6000
            )
        else:
            self.scene.select_only(link.id)

    def rename_selection(self) -> None:
        if not edit_gate.editable(self):
            return
        targets = self.scene.selected_targets()
        if len(targets) == 1 and targets[0][0] != "links":
            assert self.docview is not None
            self.docview.inline.open_for(*targets[0])

    def copy_selection(self) -> None:
        """Copy the selected people (from a status shown, too: paste them into the map now)."""
        shown = self.shown()
        ids = [obj_id for collection, obj_id in shown.scene.selected_targets() if collection == "actors"]
        text = clipboard.copy_people(shown.doc, ids)
        if text:
            mime = QMimeData()
            mime.setData(clipboard.MIME_TYPE, text.encode("utf-8"))
            mime.setText("\n".join(a.name for a in shown.doc.map.actors if a.id in ids))
            QGuiApplication.clipboard().setMimeData(mime)

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if not edit_gate.editable(self) or mime is None:
            return
        if not mime.hasFormat(clipboard.MIME_TYPE):
            from skymap.ui.fast_entry import paste_list  # noqa: PLC0415

            paste_list(self, mime.text() if mime.hasText() else "")  # lines of text onto a cloud: people
            return
        new_ids = self.editor.paste(bytes(mime.data(clipboard.MIME_TYPE).data()).decode("utf-8"))
        self.scene.clearSelection()
        for obj_id in new_ids:
            self.scene.items_by_id[obj_id].setSelected(True)

    def _centre(self) -> QPointF:
        return self.view.mapToScene(self.view.viewport().rect().center())

    def add_from_palette(self, kind: str) -> None:
        if not edit_gate.editable(self):  # (the editor would add nothing: no item to show)
            return
        self._add_from_palette(kind)

    def _add_from_palette(self, kind: str) -> None:
        """A palette button was clicked: a person goes into the cloud the model says
        (model/new_person.py: a private person into the private network; a professional
        into the selected cloud, or the selected person's, or the one in the middle of the
        view), else in the free place nearest the middle of the view."""
        centre = self._centre()
        obj: Actor | FamilyMember | Domain | Annotation
        collection: Collection
        if kind in ("professional", "private"):
            actor_kind = ActorKind.PROFESSIONAL if kind == "professional" else ActorKind.PRIVATE
            clouds = len(self.doc.map.domains)
            obj = self.editor.add_actor_where_it_belongs(actor_kind, self.selected_cloud(), (centre.x(), centre.y()))
            if len(self.doc.map.domains) > clouds and obj.domain is not None:
                made = self.doc.domain(obj.domain)
                self.statusBar().showMessage(QCoreApplication.translate(
                    "MainWindow", "A private person goes into the private network: the cloud \u201c%1\u201d "
                    "was added (Undo takes both back).").replace("%1", made.label if made else ""), 10000)
            collection = "actors"
        elif kind == "member":
            obj, collection = self.editor.add_member(), "family"
        elif kind == "cloud":
            obj, collection = self.editor.add_domain_free(), "domains"
        else:
            from skymap.model.placement import free_point  # noqa: PLC0415

            x, y = free_point(self.doc.map, (centre.x(), centre.y()), (200.0, 80.0))
            obj, collection = self.editor.add_note(x, y), "annotations"
        item = self.scene.item_for(obj.id)
        if item is None:  # nothing was added (ensureVisible(None) brings the program down)
            return
        self.scene.select_only(obj.id)
        self.view.reveal(item, 60)
        assert self.docview is not None
        self.docview.inline.open_for(collection, obj.id)

    def selected_cloud(self) -> str | None:
        for collection, obj_id in self.scene.selected_targets():
            if collection == "domains":
                return obj_id
            actor = self.doc.actor(obj_id) if collection == "actors" else None
            if actor is not None and actor.domain:
                return actor.domain
        return None

    def drop_from_palette(self, kind: str, pos: QPointF) -> None:
        if not edit_gate.editable(self):
            return
        obj: Actor | FamilyMember | Domain | Annotation
        collection: Collection
        if kind in ("professional", "private"):
            actor_kind = ActorKind.PROFESSIONAL if kind == "professional" else ActorKind.PRIVATE
            obj = self.editor.add_actor(pos.x(), pos.y(), actor_kind, self.scene.domain_at(pos))
            collection = "actors"
        elif kind == "member":
            obj, collection = self.editor.add_member(pos.x(), pos.y()), "family"
        elif kind == "cloud":
            obj, collection = self.editor.add_domain(pos.x(), pos.y()), "domains"
        elif kind == "note":
            obj, collection = self.editor.add_note(pos.x(), pos.y()), "annotations"
        else:
            return
        self.scene.select_only(obj.id)
        assert self.docview is not None
        self.docview.inline.open_for(collection, obj.id)

    def highlight(self, ids: list[str]) -> None:
        wanted = set(ids)
        for obj_id, item in self.scene.items_by_id.items():
            if hasattr(item, "set_highlighted"):
                item.set_highlighted(obj_id in wanted)

    def show_context_menu(self, obj_id, scene_pos, screen_pos) -> None:
        """The menu of what was right-clicked on the map shown (only what does not edit it
        while a status is shown or the map is open elsewhere)."""
        menu = build_menu(self, obj_id, scene_pos, self.shown(), edit_gate.editable(self))
        try:
            if menu.actions():
                modal.exec_menu(menu, screen_pos)
        finally:
            # One menu a right click, gone once closed (they piled up as the window's children).
            # Its own entries go with it; the window's actions it shows (Copy, Delete ...) are
            # the window's children, only added to it, and stay.
            if menu.isVisible():  # still up (a menu popped up without waiting): gone once it closes
                menu.aboutToHide.connect(menu.deleteLater)
            else:
                menu.deleteLater()

    def ask_remove_cpr(self, numbers: list[str]) -> bool:
        """A CPR-like number was typed: warn, and offer to take it out (the default)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Skymap")
        box.setText(
            QCoreApplication.translate("MainWindow", "This looks like a CPR number: %1").replace(
                "%1", ", ".join(numbers)
            )
        )
        box.setInformativeText(
            QCoreApplication.translate("MainWindow", "National ID numbers must not be stored in a map. Remove it?")
        )
        remove = box.addButton(QCoreApplication.translate("MainWindow", "Remove it"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("MainWindow", "Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(remove)
        return modal.exec_box(box) is remove

    def _after_undo_step(self, index: int) -> None:
        """Undoing a delete selects what came back, so a keyboard user keeps their place."""
        from skymap.ui.commands import RemoveCommand  # noqa: PLC0415

        undone = self.undo_stack.command(index) if index < self.undo_index else None
        self.undo_index = index
        if isinstance(undone, RemoveCommand) and self.status_view is None:
            back = [item for _, obj_id in undone.targets if (item := self.scene.item_for(obj_id)) is not None]
            if back:
                self.scene.clearSelection()
                for item in back:
                    item.setSelected(True)
                self.view.reveal(back[0])
