"""The inspector: the fields of what is selected (or of the map), edited as undo steps.

Every change a user makes here goes through the `Editor`; when the model changes (an undo,
an edit on the canvas) the inspector shows the new values without sending them back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from skymap.model.document import Change, Collection, MapDocument
from skymap.model.template import CUSTOM_COLOURS, DOMAIN_COLOURS
from skymap.model.title import shown_title
from skymap.model.vocabulary import (
    ActorKind,
    Direction,
    FamilyRole,
    Frequency,
    LinkKind,
    Quality,
    RCDimension,
    label,
)
from skymap.ui import field_undo, year_hint
from skymap.ui.consent_fields import ConsentFields
from skymap.ui.editor import Editor
from skymap.ui.person_form import birth_year_field, birth_year_value
from skymap.ui.typing_guard import TypingGuard
from skymap.ui.wrap_check import WrapCheckBox

SWATCHES = list(DOMAIN_COLOURS.values()) + list(CUSTOM_COLOURS)
LABELS_ABOVE_FROM = 1.5
"""From this text size on, the forms' labels stand above their fields (see Inspector._wrap_rows)."""


def _form_page() -> tuple[QWidget, QFormLayout]:
    """A page whose rows sit at the top, whatever the height of the panel."""
    page = QWidget()
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    outer.addLayout(form)
    outer.addStretch(1)
    return page, form


class _NoWheel(QObject):
    """The wheel scrolls the panel; it never changes a value the user did not pick."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Wheel and not obj.hasFocus():
            event.ignore()
            return True
        return False


class _NotesEdit(QPlainTextEdit):
    """A notes box that commits when it loses focus."""

    def __init__(self, commit) -> None:
        super().__init__()
        self._commit = commit
        self.setTabChangesFocus(True)
        self._fit_height()

    def _fit_height(self) -> None:
        # About four lines at the current text size (Settings ▸ Text size).
        self.setFixedHeight(max(80, round(self.fontMetrics().lineSpacing() * 4 + 12)))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def focusOutEvent(self, event) -> None:
        self._commit()
        super().focusOutEvent(event)


class Inspector(QWidget):
    def __init__(self, doc: MapDocument, editor: Editor, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.editor = editor
        self.lang = lang
        self.current: tuple[Collection, str] | None = None  # (collection, id)
        self._loading = False
        self.read_only = False
        self._no_wheel = _NoWheel(self)
        self._plain_keys = TypingGuard(self)
        self._kept_undo = field_undo.KeptFieldUndo(self)  # Ctrl+Z after Enter: Edit > Undo
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self.body: QWidget | None = None
        self._build()
        self.show_object(None)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._wrap_rows()

    def _wrap_rows(self) -> None:
        """At a larger text size the panel is too narrow for a label and its field side by side
        (the tie's text and the boxes were cut off at the side): a field goes under its label
        then. At the normal size every row stays as it was."""
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        from skymap.ui.settings_dialog import base_point_size  # noqa: PLC0415

        larger = QApplication.font().pointSizeF() > base_point_size() + 0.01
        policy = QFormLayout.RowWrapPolicy.WrapLongRows if larger else QFormLayout.RowWrapPolicy.DontWrapRows
        if QApplication.font().pointSizeF() >= base_point_size() * LABELS_ABOVE_FROM - 0.01:
            # From 150 % every label stands above its field: beside the widest label ("Samtykket
            # dækker") the name and role had 80 px left and read "e Skov", "andler" (user trial).
            policy = QFormLayout.RowWrapPolicy.WrapAllRows
        for form in self.findChildren(QFormLayout):
            if form.rowWrapPolicy() != policy:
                form.setRowWrapPolicy(policy)
        for name in getattr(self, "rc_names", []):  # ("Problemløsende kommunikation" at 200 %: wider than the panel)
            name.setWordWrap(larger)

    def retranslate(self, lang: str) -> None:
        """Build the forms again in the language now installed, showing the same object."""
        self.lang = lang
        self._build()
        self.show_object(self.current)

    def _build(self) -> None:
        body = QWidget(self)
        old, self.body = self.body, body
        self.setAccessibleName(self.tr("Inspector"))
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.stack = QStackedWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.stack)
        layout.addStretch(1)
        self.many = QLabel(self.tr("Several things are selected."))
        self.pages: dict[str, QWidget] = {
            "map": self._map_page(),
            "actors": self._actor_page(),
            "family": self._member_page(),
            "domains": self._domain_page(),
            "links": self._link_page(),
            "annotations": self._note_page(),
            "many": self.many,
        }
        for page in self.pages.values():
            self.stack.addWidget(page)
        self.many.setWordWrap(True)
        self.many.setAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )  # under its heading, not adrift below it
        # Only the page shown counts for the panel's width: a long tie ("Hanne Lund — Emil
        # Nørgaard") must not leave every other page wider than the panel, cut off on the right.
        self.stack.currentChanged.connect(self._size_to_current_page)
        self._size_to_current_page()
        for widget in body.findChildren(QComboBox) + body.findChildren(QSpinBox):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            widget.installEventFilter(self._no_wheel)
        for button in body.findChildren(QAbstractButton):  # a letter typed there switches on no tool
            button.installEventFilter(self._plain_keys)
        for edit in body.findChildren(QLineEdit):
            if not isinstance(edit.parent(), QSpinBox):  # (a score box's own line: its arrows' keys)
                edit.installEventFilter(self._kept_undo)
        self._outer.addWidget(body)
        self.set_read_only(self.read_only)
        self._wrap_rows()  # (the text size already chosen)
        if old is not None:
            self._outer.removeWidget(old)
            old.hide()
            old.deleteLater()

    def set_read_only(self, on: bool) -> None:
        """A status or comparison is shown, or the map is open elsewhere: the fields show
        their values (texts can still be selected and copied); nothing can be changed."""
        self.read_only = on
        body = self.body
        assert body is not None  # (made by _build in __init__)
        for edit in body.findChildren(QLineEdit) + body.findChildren(QPlainTextEdit):
            if not isinstance(edit.parent(), QSpinBox):
                edit.setReadOnly(on)
        # a read-only field is grey, so it does not look like one waiting to be typed in
        # (set after the fields' readOnly: the sheet's selector is matched when it is set)
        sheet = ("QLineEdit[readOnly=\"true\"], QPlainTextEdit[readOnly=\"true\"]"
                 " { background: #eceff2; color: #1f2a36; }") if on else ""
        if sheet != self.styleSheet() or on:
            self.setStyleSheet(sheet)
        for widget in (body.findChildren(QComboBox) + body.findChildren(QCheckBox)
                       + body.findChildren(QSpinBox) + body.findChildren(QPushButton)
                       + body.findChildren(QToolButton)):
            widget.setEnabled(not on)
        self.map_hint.setVisible(not on)

    # ----- helpers to build forms ---------------------------------------------------------
    def _line(self, form: QFormLayout, text: str, field: str, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(text)
        edit.setObjectName(name)
        edit.editingFinished.connect(lambda: self._commit(field, edit.text().strip()))
        edit.editingFinished.connect(lambda: field_undo.kept(edit))
        form.addRow(text, edit)
        return edit

    def _combo(self, form: QFormLayout, text: str, field: str, values: list, name: str, none: str | None = None):
        combo = QComboBox()
        combo.setAccessibleName(text)
        combo.setObjectName(name)
        if none is not None:
            combo.addItem(none, None)
        for value in values:
            combo.addItem(label(value, self.lang), value)
        combo.activated.connect(lambda _i: self._commit(field, combo.currentData()))
        form.addRow(text, combo)
        return combo

    def _check(self, form: QFormLayout, text: str, field: str, name: str) -> QCheckBox:
        box = WrapCheckBox(text)  # (wraps in a narrow panel at a larger text size)
        box.setObjectName(name)
        box.toggled.connect(lambda on: self._commit(field, on))
        form.addRow("", box)
        return box

    def _notes(self, form: QFormLayout, text: str, field: str) -> _NotesEdit:
        box: _NotesEdit
        box = _NotesEdit(lambda: self._commit(field, box.toPlainText()))
        box.setAccessibleName(text)
        form.addRow(text, box)
        return box

    # ----- pages -----------------------------------------------------------------------
    def _map_page(self) -> QWidget:
        page, form = _form_page()
        self.map_title = self._line(form, self.tr("Title"), "meta.title", "mapTitle")
        self.map_family = self._line(form, self.tr("Family name"), "meta.family_name", "mapFamily")
        self.map_caseworker = self._line(form, self.tr("Caseworker"), "meta.caseworker", "mapCaseworker")
        self.map_hint = QLabel(
            self.tr("Double-click a cloud to add a professional; Shift-drag from a person to draw a tie.")
        )
        self.map_hint.setWordWrap(True)
        form.addRow(self.map_hint)
        return page

    def _actor_page(self) -> QWidget:
        page, form = _form_page()
        self.a_name = self._line(form, self.tr("Name"), "name", "actorName")
        self.a_role = self._line(form, self.tr("Role"), "role", "actorRole")
        self.a_org = self._line(form, self.tr("Organisation"), "organisation", "actorOrganisation")
        self.a_domain = QComboBox()
        self.a_domain.setObjectName("actorDomain")
        self.a_domain.setAccessibleName(self.tr("Cloud"))
        self.a_domain.activated.connect(lambda _i: self._commit("domain", self.a_domain.currentData()))
        form.addRow(self.tr("Cloud"), self.a_domain)
        self.a_coordinator = self._check(form, self.tr("Family coordinator"), "coordinator", "actorCoordinator")
        self.a_core = self._check(form, self.tr("Core team"), "core_team", "actorCoreTeam")
        self.a_active = self._check(form, self.tr("Active (still involved)"), "active", "actorActive")
        self.a_kind = self._combo(form, self.tr("Kind"), "kind", list(ActorKind), "actorKind")
        self.a_notes = self._notes(form, self.tr("Notes"), "notes")
        self.a_consent = ConsentFields(form, self._commit_fields, self.lang, with_consent=True)
        return page

    def _member_page(self) -> QWidget:
        page, form = _form_page()
        self.m_name = self._line(form, self.tr("Name"), "name", "memberName")
        self.m_role = self._combo(form, self.tr("Role"), "role", list(FamilyRole), "memberRole")
        # A line edit, not a spin box: a click into an empty year then typing 1986 works.
        self.m_year = birth_year_field(None)
        self.m_year.setObjectName("memberBirthYear")
        self.m_year.setAccessibleName(self.tr("Birth year"))
        self.m_year.setMaximumWidth(90)
        self.m_year.editingFinished.connect(lambda: self._commit_year())
        form.addRow(self.tr("Birth year"), self.m_year)
        self.m_year_hint = year_hint.add_row(form, self.m_year)  # 3000 typed: said under it
        self.m_notes = self._notes(form, self.tr("Notes"), "notes")
        self.m_consent = ConsentFields(form, self._commit_fields, self.lang, with_consent=False)
        return page

    def _commit_year(self) -> None:
        member = self.doc.member(self.current[1]) if self.current and self.current[0] == "family" else None
        if member is not None:
            typed = self.m_year.text()
            self._commit("birth_year", birth_year_value(typed, member.birth_year))
            field_undo.kept(self.m_year)
            if year_hint.problem(typed) is not None:  # the year kept shown again, the line says why
                self.m_year.setText("" if member.birth_year is None else str(member.birth_year))
                self.m_year_hint.keep_shown(typed)

    def _domain_page(self) -> QWidget:
        page, form = _form_page()
        self.d_label = self._line(form, self.tr("Label"), "label", "domainLabel")
        grid = QGridLayout()
        grid.setSpacing(4)
        self.swatches: dict[str, QPushButton] = {}
        for i, colour in enumerate(SWATCHES):
            button = QPushButton()
            button.setFixedSize(32, 32)
            button.setCheckable(True)
            button.setObjectName("swatch" + colour[1:])
            self.swatches[colour] = button
            button.setAccessibleName(self.tr("Colour %1").replace("%1", colour))
            button.setToolTip(colour)
            button.clicked.connect(lambda _c=False, col=colour: self._pick_swatch(col))
            grid.addWidget(button, i // 7, i % 7)
        # One style sheet for all swatches (one per button makes Qt style each separately).
        page.setStyleSheet("".join(
            f"QPushButton#swatch{c[1:]} {{ background:{c}; border:1px solid #8a949e; border-radius:4px; }}"
            f"QPushButton#swatch{c[1:]}:checked {{ border:3px solid #1565c0; }}"
            for c in SWATCHES
        ))
        other = QPushButton(self.tr("Other colour…"))
        other.clicked.connect(self._pick_colour)
        grid.addWidget(other, (len(SWATCHES) - 1) // 7 + 1, 0, 1, 7)
        holder = QWidget()
        holder.setLayout(grid)
        form.addRow(self.tr("Colour"), holder)
        self.d_tidy = QPushButton(self.tr("Tidy up this cloud"))

        def tidy_cloud() -> None:
            if self.current:
                self.editor.tidy([self.current[1]])

        self.d_tidy.clicked.connect(tidy_cloud)
        form.addRow("", self.d_tidy)
        return page

    def _link_page(self) -> QWidget:
        page, form = _form_page()
        self.l_kind = QLabel()
        self.l_kind.setWordWrap(True)
        form.addRow(self.tr("Tie"), self.l_kind)
        self.l_quality = self._combo(form, self.tr("Quality"), "quality", list(Quality), "linkQuality")
        self.l_direction = self._combo(
            form, self.tr("Flow of help"), "direction", list(Direction), "linkDirection", none=self.tr("none")
        )
        self.l_frequency = self._combo(
            form, self.tr("Frequency"), "frequency", list(Frequency), "linkFrequency", none=self.tr("not given")
        )
        self.l_note = self._notes(form, self.tr("Note"), "note")
        self.rc_title = QLabel(self.tr("Relational coordination (1–5)"))
        form.addRow(self.rc_title)
        self.rc_boxes: dict[RCDimension, QSpinBox] = {}
        self.rc_names: list[QLabel] = []
        for dim in RCDimension:
            box = QSpinBox()
            box.setRange(0, 5)
            box.setSpecialValueText("–")
            box.setAccessibleName(label(dim, self.lang))
            box.valueChanged.connect(self._commit_rc)
            self.rc_boxes[dim] = box
            name = QLabel(label(dim, self.lang).capitalize())
            self.rc_names.append(name)  # (wrapped at a larger text size: _wrap_rows)
            form.addRow(name, box)
        self.rc_mean = QLabel()
        form.addRow(self.tr("Score"), self.rc_mean)
        return page

    def _note_page(self) -> QWidget:
        page, form = _form_page()
        self.n_text = self._notes(form, self.tr("Text"), "text")
        return page

    def _size_to_current_page(self, _index: int = 0) -> None:
        current = self.stack.currentWidget()
        for page in self.pages.values():
            if page is current:
                page.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            else:
                page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.stack.updateGeometry()

    # ----- showing ---------------------------------------------------------------------
    def show_selection(self, targets: list[tuple[Collection, str]]) -> None:
        if len(targets) > 1:
            self.current = None
            self.title.setText(self.tr("Selection"))
            people = [t for t in targets if t[0] in ("actors", "family")]
            if len(targets) == 2 and len(people) == 2:
                self.many.setText(self.tr("Two people are selected: Ctrl+L (Edit ▸ Connect Selected) "
                                                   "draws a tie between them."))
            else:
                self.many.setText(self.tr("Several things are selected."))
            self.stack.setCurrentWidget(self.pages["many"])
            return
        self.show_object(targets[0] if targets else None)

    def show_object(self, target: tuple[Collection, str] | None) -> None:
        self.current = target
        self._loading = True
        try:
            if target is None:
                self._load_map()
            else:
                self._load(*target)
        finally:
            self._loading = False

    def on_change(self, change: Change) -> None:
        if self.current is None and change.collection == "meta":
            self.show_object(None)
        elif self.current is not None and change.id == self.current[1]:
            if change.action == "removed":
                self.show_object(None)
            else:
                self.show_object(self.current)
        elif self.current is not None and self.current[0] == "actors" and change.collection == "domains":
            self.show_object(self.current)

    def _load_map(self) -> None:
        meta = self.doc.map.meta
        self.title.setText(self.tr("Map"))
        self.map_title.setText(shown_title(meta, self.lang))  # a title never typed: the family's
        self.map_family.setText(meta.family_name)
        self.map_caseworker.setText(meta.caseworker)
        self.stack.setCurrentWidget(self.pages["map"])

    def _load(self, collection: Collection, obj_id: str) -> None:
        obj = self.doc.get(collection, obj_id)
        if obj is None:
            self._load_map()
            return
        self.stack.setCurrentWidget(self.pages[collection])
        if collection == "actors":
            self.title.setText(label(obj.kind, self.lang).capitalize())
            self.a_name.setText(obj.name)
            self.a_role.setText(obj.role)
            self.a_org.setText(obj.organisation)
            self._set_combo(self.a_kind, obj.kind)
            self.a_domain.clear()
            self.a_domain.addItem(self.tr("(no cloud)"), None)
            for d in self.doc.map.domains:
                self.a_domain.addItem(d.label, d.id)
            self._set_combo(self.a_domain, obj.domain)
            self.a_coordinator.setChecked(obj.coordinator)
            self.a_core.setChecked(obj.core_team)
            self.a_active.setChecked(obj.active)
            self.a_notes.setPlainText(obj.notes)
            self.a_consent.load(obj)
        elif collection == "family":
            self.title.setText(self.tr("Family member"))
            self.m_name.setText(obj.name)
            self._set_combo(self.m_role, obj.role)
            self.m_year.setText("" if obj.birth_year is None else str(obj.birth_year))
            self.m_notes.setPlainText(obj.notes)
            self.m_consent.load(obj)
        elif collection == "domains":
            self.title.setText(self.tr("Cloud"))
            self.d_label.setText(obj.label)
            for colour, button in self.swatches.items():
                button.setChecked(colour.lower() == obj.color.lower())
        elif collection == "links":
            self.title.setText(label(obj.kind, self.lang).capitalize())
            self.l_kind.setText(self._ends_text(obj))
            self._set_combo(self.l_quality, obj.quality)
            self._set_combo(self.l_direction, obj.direction)
            self._set_combo(self.l_frequency, obj.frequency)
            self.l_note.setPlainText(obj.note)
            for dim, box in self.rc_boxes.items():
                box.blockSignals(True)
                box.setValue(getattr(obj.rc, dim.value) or 0 if obj.rc else 0)
                box.blockSignals(False)
            mean = obj.rc.mean() if obj.rc else None
            self.rc_mean.setText("–" if mean is None else QLocale().toString(mean, "f", 1))
            show_rc = obj.kind is LinkKind.COORDINATION
            self.rc_title.setVisible(show_rc)
            # setVisible lays the shown page out at once, in the middle of loading it; the first
            # time the page shows (and when the scores' title appears) that layout kept the
            # ends' row one line high for two lines of text, cut top and bottom (user trial).
            # Its height asked again, the page's next layout gives the text its lines.
            self.l_kind.updateGeometry()
        elif collection == "annotations":
            self.title.setText(self.tr("Note"))
            self.n_text.setPlainText(obj.text)

    def _ends_text(self, link) -> str:
        def name(obj_id: str) -> str:
            if obj_id == "family":
                return self.tr("the whole family")
            obj = self.doc.actor(obj_id) or self.doc.member(obj_id)
            return obj.name if obj else obj_id

        return f"{name(link.source)} — {name(link.target)}"

    @staticmethod
    def _set_combo(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    # ----- committing ------------------------------------------------------------------
    def _commit(self, field: str, value) -> None:
        if self._loading:
            return
        if self.read_only:
            self.show_object(self.current)
            return
        if field.startswith("meta."):
            if field == "meta.title" and value == shown_title(self.doc.map.meta, self.lang):
                return  # the title shown, not typed: it goes on following the family name
            self.editor.update_meta(**{field[5:]: value})
            return
        if self.current is None:
            return
        collection, obj_id = self.current
        if field in ("name", "label") and not value:
            self.show_object(self.current)  # a person or cloud needs a name: put it back
            return
        self.editor.update_one(collection, obj_id, **{field: value})

    def _commit_fields(self, **changes) -> None:
        """Several fields of the object shown changed together: one undo step."""
        if self._loading or self.current is None:
            return
        if self.read_only:
            self.show_object(self.current)
            return
        self.editor.update_one(*self.current, **changes)

    def _commit_rc(self) -> None:
        if self._loading or self.read_only or self.current is None or self.current[0] != "links":
            return
        scores = {dim.value: (box.value() or None) for dim, box in self.rc_boxes.items()}
        value = scores if any(v is not None for v in scores.values()) else None
        self.editor.update_one("links", self.current[1], rc=value)

    def _pick_swatch(self, colour: str) -> None:
        self._commit("color", colour)
        if self.current is not None:
            self.show_object(self.current)

    def _pick_colour(self) -> None:
        if self.current is None or self.current[0] != "domains":
            return
        obj = self.doc.domain(self.current[1])
        assert obj is not None  # (the cloud shown)
        colour = QColorDialog.getColor(QColor(obj.color), self, self.tr("Cloud colour"))
        if colour.isValid():
            self._commit("color", colour.name())
