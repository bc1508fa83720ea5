"""File ▸ Import contact list… (and a CSV dropped on the window): a new map from the list,
or an update of the open map — after a preview of who is added, changed and removed, and
as one undo step. The list is read by skymap.storage.csv_import and applied by
skymap.model.merge, the same as `skymap import`; here it is applied to a copy first, so the
preview is exactly what will happen and nothing changes before the user says so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
)

from skymap.model.document import Collection, MapDocument, MapObject
from skymap.model.errors import SkymapError
from skymap.model.merge import apply_contact_list
from skymap.model.objects import SkyMap
from skymap.model.template import new_map
from skymap.storage.csv_import import read_contact_list
from skymap.ui import fast_entry
from skymap.ui.commands import AddCommand, RemoveCommand, UpdateCommand

COLLECTIONS: tuple[Collection, ...] = ("family", "domains", "actors", "links", "annotations")


def ask_path(window) -> str:
    """The contact list to import, or "" (tests replace this)."""
    path, _ = QFileDialog.getOpenFileName(
        window, QCoreApplication.translate("ImportDialog", "Import contact list"), "",
        QCoreApplication.translate("ImportDialog", "Contact lists (*.csv *.txt)"))
    return path


def applied(base: SkyMap, contacts, remove_missing: bool):
    """A copy of `base` with the list applied, and the report (who was added, changed,
    removed). Raises SkymapError (CsvImportError) on a list that cannot be applied."""
    doc = MapDocument(SkyMap.model_validate(base.model_dump()))
    report = apply_contact_list(doc, contacts.rows, contacts.columns, remove_missing=remove_missing,
                                lang=doc.map.meta.language)
    return doc.map, report


def change_commands(doc: MapDocument, new: SkyMap) -> list[QUndoCommand | None]:
    """The undo commands that turn `doc`'s map into `new`: removals, field changes, additions."""
    removed: list[tuple[Collection, str]] = []
    added: list[tuple[Collection, MapObject]] = []
    changed: list[tuple[Collection, str, dict[str, Any]]] = []
    for collection in COLLECTIONS:
        old_objs = {o.id: o for o in getattr(doc.map, collection)}
        new_objs = {o.id: o for o in getattr(new, collection)}
        removed += [(collection, i) for i in old_objs if i not in new_objs]
        added += [(collection, o) for i, o in new_objs.items() if i not in old_objs]
        for i, o in new_objs.items():
            if i in old_objs and o != old_objs[i]:
                before, after = old_objs[i].model_dump(), o.model_dump()
                changed.append((collection, i, {k: getattr(o, k) for k in after if after[k] != before[k]}))
    text = QCoreApplication.translate("ImportDialog", "Import contact list")
    return [RemoveCommand(doc, text, removed) if removed else None,
            UpdateCommand(doc, text, changed) if changed else None,
            AddCommand(doc, text, added) if added else None]


REMOVED_TIES_SHOWN = 5
"""The most removed ties the preview names; the rest are counted."""


def removed_ties_text(report, lang: str) -> str:
    """A paragraph for the preview's summary naming the ties the update removes ("Ties
    removed: 2 (Karen Holm – Emil Holm, …)."), or "" when it removes none."""
    pairs = report.removed_tie_pairs(lang)
    if not pairs:
        return ""
    names = ", ".join(f"{a} – {b}" for a, b in pairs[:REMOVED_TIES_SHOWN])
    rest = len(pairs) - REMOVED_TIES_SHOWN
    if rest > 0:
        names += " " + QCoreApplication.translate("ImportDialog", "and %1 more").replace("%1", str(rest))
    text = QCoreApplication.translate("ImportDialog", "Ties removed: %1 (%2).")
    return "\n" + text.replace("%1", str(len(pairs))).replace("%2", names)


class ImportDialog(QDialog):
    """The preview: who is added, changed and removed; a new map or this one."""

    chosen = Signal(object, bool)  # the map with the list applied, True for "a new map"

    def __init__(self, window, contacts, path: Path) -> None:
        super().__init__(window)
        self.window_, self.contacts, self.path = window, contacts, path
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import contact list"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%1: %2 rows").replace("%1", path.name)
                                .replace("%2", str(len(contacts.rows)))))
        self.update_map = QRadioButton(self.tr("Update the open map"))
        self.new_map = QRadioButton(self.tr("A new map from the list"))
        self.update_map.setChecked(True)
        self.remove_missing = QCheckBox(self.tr("Remove people who are not in the list"))
        self.family = QLineEdit()
        self.family.setObjectName("importFamily")
        self.family.setPlaceholderText(self.tr("the family's name, e.g. Hansen"))
        for widget in (self.update_map, self.remove_missing, self.new_map):
            layout.addWidget(widget)
        name_row = QFormLayout()
        name_row.addRow(self.tr("Family name"), self.family)
        layout.addLayout(name_row)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # (names from the list are never markup)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        # a birth year the map does not take: said in the form's words, the rest imported
        self.not_kept = QLabel("\n".join(contacts.said(window.lang)))
        self.not_kept.setObjectName("importNotKept")
        self.not_kept.setTextFormat(Qt.TextFormat.PlainText)
        self.not_kept.setWordWrap(True)
        self.not_kept.setStyleSheet("color: #b71c1c;")  # (the red of the form's line: ui/year_hint.py)
        self.not_kept.setVisible(bool(contacts.not_kept))
        layout.addWidget(self.not_kept)
        lists = QHBoxLayout()
        self.lists: dict[str, QListWidget] = {}
        for key, title in (("added", self.tr("Added")), ("updated", self.tr("Changed")),
                           ("removed", self.tr("Removed"))):
            column = QVBoxLayout()
            column.addWidget(QLabel(f"<b>{title}</b>"))
            box = QListWidget()
            box.setObjectName(f"import_{key}")
            box.setMinimumWidth(180)
            column.addWidget(box)
            lists.addLayout(column)
            self.lists[key] = box
        layout.addLayout(lists)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for toggle in (self.update_map, self.new_map, self.remove_missing):
            toggle.toggled.connect(lambda _on: self.refresh())
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(640, 460)
        self.result_map: SkyMap | None = None
        self.refresh()

    def refresh(self) -> None:
        """Apply the list to a copy and show what would change."""
        new = self.new_map.isChecked()
        self.remove_missing.setEnabled(not new)
        self.family.setEnabled(new)
        base = new_map("standard", lang=self.window_.lang) if new else self.window_.doc.map
        try:
            self.result_map, report = applied(base, self.contacts, self.remove_missing.isChecked() and not new)
        except SkymapError as err:
            self.result_map = None
            self.summary.setText(err.message(self.window_.lang))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        for key in ("added", "updated", "removed"):
            self.lists[key].clear()
            self.lists[key].addItems(getattr(report, key))
        self.summary.setText(
            self.tr("Added: %1, changed: %2, removed: %3, new ties: %4. Nothing changes before you press Import.")
            .replace("%1", str(len(report.added))).replace("%2", str(len(report.updated)))
            .replace("%3", str(len(report.removed))).replace("%4", str(report.new_ties))
            + removed_ties_text(report, self.window_.lang))

    def accept(self) -> None:
        if self.result_map is None:
            return
        result = self.result_map
        if self.new_map.isChecked():
            name = " ".join(self.family.text().split())[:200]
            fresh = new_map("standard", family_name=name, lang=self.window_.lang)
            result.meta = fresh.meta
        super().accept()
        self.chosen.emit(result, self.new_map.isChecked())


def import_contact_list(window, path: str | None = None) -> ImportDialog | None:
    """Read the list (asking for it if no path is given) and open the preview."""
    path = path or ask_path(window)
    if not path:
        return None
    try:
        contacts = read_contact_list(path)
    except SkymapError as err:
        QMessageBox.warning(window, "Skymap", err.message(window.lang))
        return None
    dialog = ImportDialog(window, contacts, Path(path))
    dialog.chosen.connect(lambda result, new: _finish(window, result, new))
    window.import_dialog = dialog
    dialog.open()
    return dialog


def _finish(window, result: SkyMap, new: bool) -> None:
    if new:
        if window.maybe_save():
            window.set_document(result, None)
        return
    window.docview.inline.close_editor(commit=True)
    fast_entry.run(window.editor, QCoreApplication.translate("ImportDialog", "Import contact list"),
                   change_commands(window.doc, result))

