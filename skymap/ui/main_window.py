"""The main window: the canvas in the middle, the overview beside it, menus and files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMainWindow, QMessageBox

from skymap.model.document import MapDocument
from skymap.model.errors import SkymapError
from skymap.model.objects import SkyMap
from skymap.model.template import new_map
from skymap.storage.mapfile import load_map, save_map
from skymap.ui.commands import RemoveCommand, UpdateCommand
from skymap.ui.overview_panel import OverviewPanel
from skymap.ui.scene import MapScene
from skymap.ui.signals import DocumentSignals
from skymap.ui.view import MapView


class MainWindow(QMainWindow):
    def __init__(self, skymap: SkyMap, path: Path | None, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.path = path
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(lambda clean: self.setWindowModified(not clean))
        self._build_actions()
        self.overview_dock = QDockWidget(self.tr("Overview"), self)
        self.overview_dock.setObjectName("overview")
        self.overview_dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable)
        self.addDockWidget(Qt.RightDockWidgetArea, self.overview_dock)
        self.set_document(skymap, path)
        self.resize(1400, 900)

    # ----- document ---------------------------------------------------------------------
    def set_document(self, skymap: SkyMap, path: Path | None) -> None:
        self.doc = MapDocument(skymap)
        self.path = path
        self.signals = DocumentSignals(self.doc, self)
        self.scene = MapScene(self.doc, self.signals, self.lang, self)
        self.scene.edit_requested.connect(self._on_edit_requested)
        self.view = MapView(self.scene, self)
        self.setCentralWidget(self.view)
        self.overview = OverviewPanel(self.doc, self.lang)
        self.overview.setMinimumWidth(300)
        self.overview.highlight_requested.connect(self.highlight)
        self.overview_dock.setWidget(self.overview)
        self.signals.changed.connect(lambda _change: self.overview.refresh())
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self._update_title()
        self.view.fit()

    def _update_title(self) -> None:
        title = self.doc.map.meta.title or self.tr("New map")
        name = f" ({self.path.name})" if self.path else ""
        self.setWindowTitle(f"{title}{name}[*] — Skymap")
        self.setWindowModified(not self.undo_stack.isClean())

    def highlight(self, ids: list[str]) -> None:
        wanted = set(ids)
        for obj_id, item in self.scene.items_by_id.items():
            if hasattr(item, "set_highlighted"):
                item.set_highlighted(obj_id in wanted)

    # ----- actions -----------------------------------------------------------------------
    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.act_new = self._action(file_menu, self.tr("&New"), QKeySequence.New, self.file_new)
        self.act_open = self._action(file_menu, self.tr("&Open…"), QKeySequence.Open, self.file_open)
        self.act_save = self._action(file_menu, self.tr("&Save"), QKeySequence.Save, self.file_save)
        self.act_save_as = self._action(file_menu, self.tr("Save &As…"), QKeySequence.SaveAs, self.file_save_as)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), QKeySequence.Quit, self.close)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence.Undo)
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcut(QKeySequence.Redo)
        edit_menu.addAction(self.act_undo)
        edit_menu.addAction(self.act_redo)
        edit_menu.addSeparator()
        self.act_delete = self._action(edit_menu, self.tr("&Delete"), QKeySequence.Delete, self.delete_selection)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self._action(view_menu, self.tr("Zoom &In"), QKeySequence.ZoomIn, lambda: self.view.zoom_by(1.25))
        self._action(view_menu, self.tr("Zoom &Out"), QKeySequence.ZoomOut, lambda: self.view.zoom_by(0.8))
        self._action(view_menu, self.tr("&Fit to Window"), QKeySequence("Ctrl+0"), lambda: self.view.fit())

    def _action(self, menu, text, shortcut, slot) -> QAction:
        act = QAction(text, self)
        act.setShortcut(shortcut)
        act.triggered.connect(slot)
        menu.addAction(act)
        self.addAction(act)
        return act

    def _on_edit_requested(self, key: str, edits: list) -> None:
        text = {"move": self.tr("Move"), "move_to_domain": self.tr("Move to another cloud")}.get(key, key)
        self.undo_stack.push(UpdateCommand(self.doc, text, edits))

    def delete_selection(self) -> None:
        targets = []
        kinds = {"domain": "domains", "actor": "actors", "member": "family", "link": "links"}
        for item in self.scene.selectedItems():
            if getattr(item, "kind", None) in kinds:
                targets.append((kinds[item.kind], item.obj_id))
        if targets:
            self.undo_stack.push(RemoveCommand(self.doc, self.tr("Delete"), targets))

    # ----- files -------------------------------------------------------------------------
    def _error(self, err: SkymapError) -> None:
        QMessageBox.warning(self, "Skymap", err.message(self.lang))

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current map (saved, or the user said so)."""
        if self.undo_stack.isClean():
            return True
        answer = QMessageBox.question(
            self,
            "Skymap",
            self.tr("The map has unsaved changes. Save them?"),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel,
            QMessageBox.Save,
        )
        if answer == QMessageBox.Save:
            return self.file_save()
        return answer == QMessageBox.Discard

    def file_new(self) -> None:
        if self.maybe_save():
            self.set_document(new_map("standard", lang=self.lang), None)

    def file_open(self, path: str | Path | None = None) -> bool:
        if not self.maybe_save():
            return False
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open map"), "", self.tr("Skymap maps (*.json)"))
            if not path:
                return False
        try:
            skymap = load_map(path)
        except SkymapError as err:
            self._error(err)
            return False
        self.set_document(skymap, Path(path))
        return True

    def file_save(self) -> bool:
        if self.path is None:
            return self.file_save_as()
        return self._save_to(self.path)

    def file_save_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save map"), "", self.tr("Skymap maps (*.json)"))
        if not path:
            return False
        if not path.lower().endswith(".json"):
            path += ".json"
        return self._save_to(Path(path))

    def _save_to(self, path: Path) -> bool:
        try:
            save_map(self.doc.map, path)
        except SkymapError as err:
            self._error(err)
            return False
        self.path = path
        self.undo_stack.setClean()
        self._update_title()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save():
            event.accept()
        else:
            event.ignore()
