"""Editing in place: a small form over the canvas, right under the person or note."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QLabel, QLineEdit, QPlainTextEdit

from skymap.model.vocabulary import FamilyRole, label

from skymap.ui.editor import Editor


class InlineEditor(QFrame):
    """Name, role and organisation of a person (name of a family member, label of a cloud,
    text of a note). Enter or leaving the form keeps the change; Esc drops it."""

    def __init__(self, view, doc, editor: Editor, lang: str = "en") -> None:
        super().__init__(view.viewport())
        self.lang = lang
        self.view, self.doc, self.editor = view, doc, editor
        self.setObjectName("inlineEditor")
        self.setFrameShape(QFrame.StyledPanel)
        self.setAutoFillBackground(True)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(8, 8, 8, 8)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.target: tuple[str, str] | None = None
        self._closing = False
        self.hide()
        # A click or tap anywhere on the canvas outside the form finishes the edit.
        view.viewport().installEventFilter(self)

    def open_for(self, collection: str, obj_id: str) -> None:
        self.close_editor(commit=True)
        obj = self.doc.get(collection, obj_id)
        if obj is None:
            return
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields = {}
        self.target = (collection, obj_id)
        if collection == "actors":
            specs = [("name", self.tr("Name")), ("role", self.tr("Role")), ("organisation", self.tr("Organisation"))]
        elif collection == "domains":
            specs = [("label", self.tr("Label"))]
        elif collection == "annotations":
            specs = [("text", self.tr("Text"))]
        else:
            specs = [("name", self.tr("Name")), ("role", self.tr("Role"))]
        for field, text in specs:
            if field == "text":
                edit = QPlainTextEdit(getattr(obj, field))
                edit.setFixedHeight(90)
                edit.setTabChangesFocus(True)
                edit.selectAll()
                edit.setToolTip(self.tr("Ctrl+Enter to finish"))
            elif collection == "family" and field == "role":
                edit = QComboBox()
                for role in FamilyRole:
                    edit.addItem(label(role, self.lang), role)
                edit.setCurrentIndex(max(0, edit.findData(obj.role)))
            else:
                edit = QLineEdit(getattr(obj, field))
                edit.setMinimumWidth(220)
            edit.setAccessibleName(text)
            edit.setObjectName(f"inline_{field}")
            edit.setMinimumHeight(34)  # a finger's height
            edit.installEventFilter(self)
            caption = QLabel(text)
            caption.setMinimumHeight(edit.minimumHeight())  # centred beside the taller field
            caption.setAlignment(Qt.AlignLeft | Qt.AlignVCenter)
            caption.setBuddy(edit)
            self.form.addRow(caption, edit)
            self.fields[field] = edit
        self.adjustSize()
        item = self.view.scene().item_for(obj_id)
        anchor = self.view.mapFromScene(item.sceneBoundingRect().center())
        x = min(max(4, anchor.x() - self.width() // 2), self.view.viewport().width() - self.width() - 4)
        y = min(max(4, anchor.y() + 30), self.view.viewport().height() - self.height() - 4)
        self.move(x, y)
        self.show()
        first = next(iter(self.fields.values()))
        first.setFocus()
        first.selectAll()

    def focusNextPrevChild(self, next_child: bool) -> bool:
        """Tab and Shift+Tab go round the form's fields (the map would otherwise take Tab
        to move its selection while the form is open)."""
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        fields = list(self.fields.values())
        if not fields:
            return False
        focused = QApplication.focusWidget()
        index = next((i for i, f in enumerate(fields)
                      if focused is not None and (f is focused or f.isAncestorOf(focused))), -1)
        target = fields[(index + (1 if next_child else -1)) % len(fields)]
        target.setFocus(Qt.TabFocusReason if next_child else Qt.BacktabFocusReason)
        if isinstance(target, QLineEdit):
            target.selectAll()
        return True

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if obj is self.view.viewport():
            if kind == QEvent.MouseButtonPress and self.isVisible():
                self.close_editor(commit=True)
            return False
        if kind == QEvent.KeyPress:
            if event.key() == Qt.Key_Escape:
                self.close_editor(commit=False)
                return True
            if event.key() in (Qt.Key_Return, Qt.Key_Enter) and (
                not isinstance(obj, QPlainTextEdit) or event.modifiers() & Qt.ControlModifier
            ):
                self.close_editor(commit=True)
                return True
        if kind == QEvent.FocusOut and not self._closing:
            # Focus may only be moving to the form's next field: look once it has settled.
            QTimer.singleShot(0, self._focus_check)
        return False

    def _focus_check(self) -> None:
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        focused = QApplication.focusWidget()
        inside = focused is not None and (focused is self or self.isAncestorOf(focused))
        if self.isVisible() and not inside and QApplication.activePopupWidget() is None:
            self.close_editor(commit=True)

    def close_editor(self, commit: bool) -> None:
        if self.target is None or self._closing:
            return
        self._closing = True
        try:
            collection, obj_id = self.target
            if commit and self.doc.get(collection, obj_id) is not None:
                values = {
                    f: (w.toPlainText().strip() if isinstance(w, QPlainTextEdit)
                        else w.currentData() if isinstance(w, QComboBox) else w.text().strip())
                    for f, w in self.fields.items()
                }
                if "name" in values and not values["name"]:
                    del values["name"]
                if "label" in values and not values["label"]:
                    del values["label"]
                self.editor.update_one(collection, obj_id, **values)
            self.target = None
            self.hide()
            self.view.setFocus()
        finally:
            self._closing = False
