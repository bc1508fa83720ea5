"""Editing in place: a small form over the canvas, right under the person or note."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)
from shiboken6 import isValid

from skymap.model import edits as planned
from skymap.model.document import Collection
from skymap.model.entry import is_list
from skymap.ui import fast_entry, form_cancel, form_commit, form_fit, form_title, person_form, year_hint
from skymap.ui.editor import Editor


class InlineEditor(QFrame):
    """Name, role and organisation of a person, who they meet in the family and whom they
    work with (name, role and birth year of a family member, label of a cloud, text of a
    note). Enter or leaving the form keeps the change (form_commit.py); Esc drops it, and on
    a person, family member, cloud or note just added the addition too (form_cancel.py).
    The form of something just added joins its edits to the step that added it: one Undo
    takes it all back. A person's form is titled new or whom."""

    def __init__(self, view, doc, editor: Editor, lang: str = "en") -> None:
        super().__init__(view.viewport())
        self.lang = lang
        self.view, self.doc, self.editor = view, doc, editor
        self.setObjectName("inlineEditor")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(8, 8, 8, 8)
        self.fields: dict[str, QLineEdit | QPlainTextEdit | QComboBox | QCheckBox] = {}
        self.target: tuple[Collection, str] | None = None
        self.meets: person_form.MeetsToggles | None = None
        self.works_with: QLineEdit | None = None
        self.list_edit: QPlainTextEdit | None = None
        self.several: QToolButton | None = None
        self.year_hint: year_hint.YearHint | None = None  # a family member's: a wrong year said
        self._fresh: QUndoCommand | None = None
        self._fresh_index = 0  # the stack's index as the form of someone just added opened
        self._title_rows = 0  # the title line above the fields (a person's form has one)
        self._title: QWidget | None = None
        self._closing = False
        self._last_field: QWidget | None = None  # the form's field that had the keys last
        self._partners_shown: list[str] = []  # whom the person works with, as the form opened
        self._works_with_shown = ""  # the text of 'Works with' as the form opened
        self._taking_suggestion = False  # Enter on the suggestion list: it takes a name, no more
        # A click or tap on what takes no focus in the form (the Meets toggles, Several
        # people…, a caption, the margin) stops at the form instead of giving the keys to
        # the map behind it (which closed the form): the form hands them back to its field.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.hide()
        # A click or tap anywhere on the canvas outside the form finishes the edit.
        view.viewport().installEventFilter(self)

    def open_for(self, collection: Collection, obj_id: str) -> None:
        self.close_editor(commit=True)
        obj = self.doc.get(collection, obj_id)
        if obj is None or self.editor.read_only:  # (a status shown, a map open elsewhere)
            return
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields = {}
        self.meets = self.works_with = self.list_edit = self.several = self.year_hint = None
        self._partners_shown = []
        self._works_with_shown = ""
        self._taking_suggestion = False
        self.target = (collection, obj_id)
        self._fresh = fast_entry.fresh_step(self.editor, obj_id)
        self._fresh_index = self.editor.stack.index()
        # Only this form, opened on the person just added, joins her step; any later edit
        # of her (the form again, after an undo and redo) is a step of its own.
        self.editor.last_added = None
        if collection == "actors":
            specs = [("name", self.tr("Name")), ("role", self.tr("Role")), ("organisation", self.tr("Organisation"))]
        elif collection == "domains":
            specs = [("label", self.tr("Label"))]
        elif collection == "annotations":
            specs = [("text", self.tr("Text"))]
        else:
            specs = [("name", self.tr("Name")), ("role", self.tr("Role")), ("birth_year", self.tr("Birth year"))]
        self._title_rows, self._title = 0, None
        if collection in ("actors", "family"):  # new or whom: a double-click may hit a neighbour
            new = self._fresh is not None
            self._title = form_title.title_row(form_title.title_text(collection, obj, new), form_title.hint_text(new))
            self.form.addRow(self._title)
            self._title_rows = 1
        edit: QLineEdit | QPlainTextEdit
        for field, text in specs:
            if field == "text":
                edit = QPlainTextEdit(getattr(obj, field))
                edit.setFixedHeight(90)
                edit.setTabChangesFocus(True)
                edit.selectAll()
                edit.setToolTip(self.tr("Ctrl+Enter to finish"))
            elif collection == "family" and field == "role":
                edit = person_form.family_role_field(obj.role, self.lang)
            elif field == "birth_year":
                edit = person_form.birth_year_field(obj.birth_year)
            else:
                edit = QLineEdit(getattr(obj, field))
                edit.setMinimumWidth(220)
                if collection == "actors" and field == "role":
                    edit.setCompleter(person_form.role_completer(edit, self.doc, obj.domain, self.lang))
            edit.setAccessibleName(text)
            edit.setObjectName(f"inline_{field}")
            edit.setMinimumHeight(34)  # a finger's height
            edit.installEventFilter(self)
            caption = QLabel(text)
            caption.setMinimumHeight(edit.minimumHeight())  # centred beside the taller field
            caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            caption.setBuddy(edit)
            self.form.addRow(caption, edit)
            self.fields[field] = edit
            if field == "birth_year":
                assert isinstance(edit, QLineEdit)  # (birth_year_field)
                self.year_hint = year_hint.add_row(self.form, edit, lambda: form_fit.refit(self))
                edit.editingFinished.connect(lambda: self.year_hint.check() if self.year_hint else None)
        if collection == "actors":
            self._add_person_rows(obj)
        if collection in ("actors", "family"):
            # after who they meet and work with: the fast path (name, role, organisation,
            # meets, works with, Enter) takes no more Tab presses than before
            self._add_consent_rows(obj, collection)
        self.show()  # (shown, so measured as drawn: style sheets apply to shown widgets; painted later)
        form_fit.fit(self)
        form_fit.place_under(self, self.view.scene().item_for(obj_id))
        first = next(iter(self.fields.values()))
        first.setFocus()
        if isinstance(first, (QLineEdit, QPlainTextEdit)):  # (a name, label or text: always)
            first.selectAll()

    def _add_consent_rows(self, obj, collection: str) -> None:
        """A professional's consent and anyone's protected mark (the inspector has their
        date, scope and reason too). Consent is per professional: a private person has no
        consent row (unless one was recorded before, so it can be seen and cleared)."""
        from skymap.ui.consent_fields import PROTECTED_STYLE, consent_combo, has_consent  # noqa: PLC0415

        if collection == "actors" and has_consent(obj):
            combo = consent_combo(self.lang)
            combo.setCurrentIndex(max(combo.findData(obj.consent), 0))
            combo.setObjectName("inline_consent")
            combo.setMinimumHeight(34)
            combo.installEventFilter(self)
            self._row(self.tr("Consent"), combo)
            self.fields["consent"] = combo
        box = QCheckBox(self.tr("Protected: must not be told or involved"))
        box.setObjectName("protectedBox")
        box.setStyleSheet(PROTECTED_STYLE)
        box.setChecked(obj.protected)
        box.setMinimumHeight(34)
        box.setSizePolicy(
            QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed
        )  # a click beside its words is outside it
        box.installEventFilter(self)
        self.form.addRow("", box)
        self.fields["protected"] = box

    def _add_person_rows(self, actor) -> None:
        """Meets (toggles), works with (completed names), and for a person just added in a
        cloud the switch to a list of several people."""
        self.meets = person_form.MeetsToggles(self.doc, actor.id, self.lang)
        self._row(self.tr("Meets"), self.meets, form_title.meets_caption(self.tr("Meets")))
        self.works_with = person_form.works_with_field(self.doc, actor.id)
        # whom they work with already: taking a name out of the list ends that tie
        self._partners_shown = [p.id for p in planned.partners_of(self.doc, actor.id)]
        shown = ", ".join(self.doc.actor(p).name for p in self._partners_shown)
        self.works_with.setText(f"{shown}, " if shown else "")  # a name typed after them is one more
        self._works_with_shown = self.works_with.text()
        self.works_with.setObjectName("inline_works_with")
        self.works_with.setMinimumWidth(220)
        self.works_with.installEventFilter(self)
        # (Enter while the completion list is open reaches the field past the filter; on a
        # name chosen in the list it only takes that name, the form stays open)
        self.works_with.returnPressed.connect(self._works_with_return)
        popup = self.works_with.completer().popup()
        assert popup is not None  # (a completer always has its list)
        popup.installEventFilter(self)
        self._row(self.tr("Works with"), self.works_with)
        if self._fresh is not None:
            self.several = QToolButton()
            self.several.setObjectName("inline_several")
            self.several.setText(self.tr("Several people…"))
            self.several.setToolTip(self.tr("Type or paste a list: one person a line, Name, role"))
            self.several.setMinimumHeight(34)
            self.several.clicked.connect(lambda: self.to_list_mode())
            self.form.addRow("", self.several)

    def _row(self, text: str, widget, caption: QLabel | None = None) -> None:
        widget.setAccessibleName(text)
        caption = caption or QLabel(text)
        caption.setMinimumHeight(34)
        caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.form.addRow(caption, widget)

    def to_list_mode(self, text: str | None = None) -> None:
        """Name and role give way to a list: one person a line. An organisation typed
        already stays, for everyone in the list who is given none of their own."""
        if self.list_edit is not None or self.target is None:
            return
        if text is None:
            # what was typed already is the list's first line (not the placeholder name)
            name_field, role_field = self.fields["name"], self.fields["role"]
            assert isinstance(name_field, QLineEdit) and isinstance(role_field, QLineEdit)  # (a person's)
            name = name_field.text().strip() if name_field.isModified() else ""
            role = role_field.text().strip()
            text = f"{name}, {role}" if role else name
            if text:
                text += "\n"
        organisation = self.fields["organisation"]
        assert isinstance(organisation, QLineEdit)  # (a person's)
        gone = ("role", "name") if organisation.text().strip() else ("organisation", "role", "name")
        for field in gone:
            self.form.removeRow(self.fields.pop(field))
        self.list_edit = person_form.list_field(text)
        self.list_edit.setObjectName("inline_list")
        actor = self.doc.actor(self.target[1])
        self.list_roles = person_form.ListRoleCompletion(
            self.list_edit, person_form.roles_for(self.doc, actor.domain if actor else None, self.lang))
        self.list_edit.installEventFilter(self)
        self.form.insertRow(self._title_rows, self._caption(self.tr("People"), self.list_edit), self.list_edit)
        if self.several is not None:
            self.form.removeRow(self.several)
            self.several = None
        self.list_edit.show()  # (a widget added to a shown form is shown only later)
        form_fit.refit(self)
        self.list_edit.setFocus()
        self.list_edit.moveCursor(self.list_edit.textCursor().MoveOperation.End)

    def _caption(self, text: str, buddy) -> QLabel:
        caption = QLabel(text)
        caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        caption.setBuddy(buddy)
        buddy.setAccessibleName(text)
        return caption

    def _tab_order(self) -> list:
        later = ("consent", "protected")  # after works with: the fast path takes no extra Tab
        fields = ([self.list_edit] if self.list_edit is not None else []) \
            + [w for f, w in self.fields.items() if f not in later]
        return fields + ([self.works_with] if self.works_with is not None else []) \
            + [self.fields[f] for f in later if f in self.fields]

    def focusNextPrevChild(self, next_child: bool) -> bool:
        """Tab and Shift+Tab go round the form's fields (the map would otherwise take Tab
        to move its selection while the form is open)."""
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        fields = self._tab_order()
        if not fields:
            return False
        focused = QApplication.focusWidget()
        index = next((i for i, f in enumerate(fields)
                      if focused is not None and (f is focused or f.isAncestorOf(focused))), -1)
        target = fields[(index + (1 if next_child else -1)) % len(fields)]
        target.setFocus(Qt.FocusReason.TabFocusReason if next_child else Qt.FocusReason.BacktabFocusReason)
        if isinstance(target, QLineEdit) and target is self.works_with:
            target.end(False)  # typing adds a name; it never replaces whom they work with
        elif isinstance(target, QLineEdit):
            target.selectAll()
        return True

    def focusInEvent(self, event) -> None:
        """A click on the form itself: the keys go back to the field that had them."""
        super().focusInEvent(event)
        field = self._last_field
        if field is None or not isValid(field) or not self.isAncestorOf(field) or not field.isVisible():
            field = next((f for f in self._tab_order() if f.isVisible()), None)
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _works_with_return(self) -> None:
        if self._taking_suggestion:
            self._taking_suggestion = False
        else:
            self.close_editor(commit=True)

    def _suggestion_key(self, popup, event: QEvent) -> None:
        """Enter on a name chosen in the suggestion list of 'Works with' takes that name;
        the field's returnPressed that follows does not submit the form."""
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and popup.currentIndex().isValid()):
            self._taking_suggestion = True
            QTimer.singleShot(0, lambda: setattr(self, "_taking_suggestion", False))

    def mousePressEvent(self, event) -> None:
        event.accept()  # a click inside the form (a caption, its margin) is not one on the map

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self.works_with is not None and isValid(self.works_with) and obj is self.works_with.completer().popup():
            self._suggestion_key(obj, event)
            return False  # the list's own keys (Esc closes the list, not the form)
        if kind == QEvent.Type.FocusIn and isinstance(obj, QWidget) and obj is not self.view.viewport():
            self._last_field = obj
        if obj is self.view.viewport():
            if kind == QEvent.Type.MouseButtonPress and self.isVisible():
                self.close_editor(commit=True)
            return False
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.cancel()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                not isinstance(obj, QPlainTextEdit) or event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                if not year_hint.stops_enter(self.year_hint):  # a wrong year: said, the form stays
                    self.close_editor(commit=True)
                return True
            if (self.meets is not None and event.modifiers() & Qt.KeyboardModifier.AltModifier
                    and Qt.Key.Key_0 <= event.key() <= Qt.Key.Key_9 and self.meets.toggle_key(event.key())):
                return True
            if (obj is self.fields.get("name") and self.several is not None
                    and event.matches(QKeySequence.StandardKey.Paste)):
                from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

                pasted = QGuiApplication.clipboard().text()
                if is_list(pasted):  # several lines pasted into the name: a list
                    self.to_list_mode(pasted)
                    return True
        if kind == QEvent.Type.FocusOut and not self._closing:
            # Focus may only be moving to the form's next field: look once it has settled.
            QTimer.singleShot(0, self._focus_check)
        return False

    def _focus_check(self) -> None:
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        focused = QApplication.focusWidget()
        if focused is None:  # no window has the keys (one is being activated: a menu just
            focused = self.window().focusWidget()  # closed): where the keys go once it is
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
                self._commit(collection, obj_id)
            self.target = None
            self._fresh = None
            self.hide()
            self.view.setFocus()
        finally:
            self._closing = False

    def cancel(self) -> None:
        """Esc: the form closes and nothing typed is kept; on someone or something just added
        the adding is taken back too (form_cancel.py)."""
        form_cancel.cancel(self)

    def _commit(self, collection: Collection, obj_id: str) -> None:
        form_commit.commit(self, collection, obj_id)
