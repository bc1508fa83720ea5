"""The inspector's rows for consent (samtykke) and protection (skærmet).

A professional's consent (given, refused, withdrawn or missing), its date and what it
covers; for anyone, family members too, the protected mark and its reason (kept in the
caseworker's copy only, never printed for the family). Each change is one undo step through
the Editor; recording a consent with no date yet dates it today in the same step, and
clearing it clears its date.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from skymap.model.consent import consent_label
from skymap.model.objects import Actor, FamilyMember
from skymap.model.vocabulary import ActorKind, Consent, label
from skymap.ui import field_undo
from skymap.ui.date_field import DateField, parse_date
from skymap.ui.wrap_check import WrapCheckBox

PROTECTED_STYLE = "QCheckBox#protectedBox:checked { color: #8e1b10; font-weight: bold; }"


class OptionalDateField(DateField):
    """A DateField that may be empty (no date): empty text is valid and means None."""

    def _check(self, *_args) -> None:
        if not self.edit.text().strip():
            self.edit.setProperty("invalid", False)
            self.edit.setStyleSheet("")
            if not self._valid:
                self._valid = True
                self.validity_changed.emit(True)
            return
        super()._check()

    def value(self) -> date | None:
        """The date typed, None for an empty field (and for one that is not a date)."""
        return parse_date(self.edit.text()) if self.edit.text().strip() else None

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.edit.clear()
            self._check()
        else:
            self.setDate(value)


def has_consent(actor) -> bool:
    """Whether the consent rows are shown for `actor`: consent is per professional, so a
    private person has none (unless one is recorded, e.g. from before their kind changed:
    then it stays in sight and can be cleared)."""
    return actor.kind is ActorKind.PROFESSIONAL or actor.consent is not None or actor.consent_date is not None \
        or bool(actor.consent_scope)


def consent_combo(lang: str) -> QComboBox:
    """Missing, given, refused, withdrawn: the item's data is the Consent or None (in
    the words of the print: model/consent.consent_label)."""
    combo = QComboBox()
    combo.addItem(consent_label(None, lang), None)
    for value in Consent:
        combo.addItem(label(value, lang), value)
    return combo


class _ReasonEdit(QPlainTextEdit):
    """The reason's box: `left()` is called after it loses the focus (the reason is kept then)."""

    def __init__(self, left: Callable[[], None]) -> None:
        super().__init__()
        self.left = left

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left()


class ConsentFields:
    """Adds its rows to `form`; `commit(**changes)` makes one undo step of the changes."""

    def __init__(self, form: QFormLayout, commit, lang: str, with_consent: bool) -> None:
        self.commit = commit
        self.loading = False
        self.current: Actor | FamilyMember | None = None
        self.form = form
        self.consent: QComboBox | None = None
        self.date: OptionalDateField | None = None
        self.scope: QLineEdit | None = None
        self.date_hint: QLabel | None = None
        if with_consent:
            self.consent = consent_combo(lang)
            self.consent.setObjectName("consentCombo")
            self.consent.setAccessibleName(QCoreApplication.translate("ConsentFields", "Consent"))
            self.consent.activated.connect(lambda _i: self._consent_chosen())
            form.addRow(QCoreApplication.translate("ConsentFields", "Consent"), self.consent)
            self.date = OptionalDateField(None)
            self.date.setObjectName("consentDate")
            self.date.edit.setObjectName("consentDateEdit")
            self.date.edit.setAccessibleName(QCoreApplication.translate("ConsentFields", "Consent date"))
            self.date.edit.setPlaceholderText(QCoreApplication.translate("ConsentFields", "no date"))
            self.date.edit.editingFinished.connect(self._date_typed)
            self._keys = _DateKeys(self)
            self.date.edit.installEventFilter(self._keys)
            self.date.calendar.clicked.connect(lambda _d: self._date_typed())
            form.addRow(QCoreApplication.translate("ConsentFields", "Consent date"), self.date)
            self.date_hint = QLabel(QCoreApplication.translate("ConsentFields", "Not a date: write it as 28.02.2026 (or leave it empty)."))  # noqa: E501 - one literal for lupdate
            self.date_hint.setStyleSheet("color: #b71c1c;")
            self.date_hint.setWordWrap(True)
            self.date_hint.hide()
            form.addRow("", self.date_hint)
            scope = self.scope = QLineEdit()
            self.scope.setObjectName("consentScope")
            self.scope.setAccessibleName(QCoreApplication.translate("ConsentFields", "Consent covers"))
            self.scope.setPlaceholderText(QCoreApplication.translate("ConsentFields", "e.g. school and PPR may share about Emil"))  # noqa: E501 - one literal for lupdate
            self.scope.editingFinished.connect(lambda: self._changed(consent_scope=scope.text().strip()))
            self.scope.editingFinished.connect(lambda: field_undo.kept(scope))  # Ctrl+Z now: Edit > Undo
            form.addRow(QCoreApplication.translate("ConsentFields", "Consent covers"), self.scope)
        # (wraps onto two lines in a narrow panel at a larger text size: wrap_check.py)
        self.protected = WrapCheckBox(QCoreApplication.translate("ConsentFields", "Protected: must not be told or involved"))  # noqa: E501 - one literal for lupdate
        self.protected.setObjectName("protectedBox")
        self.protected.setStyleSheet(PROTECTED_STYLE)
        self.protected.setToolTip(QCoreApplication.translate("ConsentFields", "Barnets lov § 18, stk. 3: a risk assessment comes before this person is told about or involved in the case. Never printed in the family's copy."))  # noqa: E501 - one literal for lupdate
        self.protected.toggled.connect(lambda on: self._changed(protected=on))
        form.addRow(self.protected)  # across both columns: beside the labels it was wider than the panel
        self.reason = _ReasonEdit(lambda: self._changed(protected_reason=self.reason.toPlainText().strip()))
        self.reason.setObjectName("protectedReason")
        self.reason.setAccessibleName(QCoreApplication.translate("ConsentFields", "Why protected"))
        self.reason.setPlaceholderText(QCoreApplication.translate("ConsentFields", "Why (kept in your copy only)"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(max(60, round(self.reason.fontMetrics().lineSpacing() * 3 + 12)))
        self.reason_label = QLabel(QCoreApplication.translate("ConsentFields", "Why protected"))
        form.addRow(self.reason_label, self.reason)

    def widgets(self) -> list[QWidget]:
        return [w for w in (self.consent, self.date, self.scope, self.protected, self.reason) if w is not None]

    def load(self, obj) -> None:
        """Show `obj`'s values without sending them back."""
        self.loading = True
        try:
            self.current = obj
            if self.consent is not None:
                assert self.date is not None and self.scope is not None and self.date_hint is not None  # (with it)
                shown = has_consent(obj)  # not for a private person
                for row in (self.consent, self.date, self.scope):
                    self.form.setRowVisible(row, shown)
                index = self.consent.findData(obj.consent)
                self.consent.setCurrentIndex(max(index, 0))
                self.date.set_value(obj.consent_date)
                self.date_hint.hide()
                self._told = ""
                self.scope.setText(obj.consent_scope)
            self.protected.setChecked(obj.protected)
            self.reason.setPlainText(obj.protected_reason)
            shown = obj.protected or bool(obj.protected_reason)
            self.reason.setVisible(shown)
            self.reason_label.setVisible(shown)
        finally:
            self.loading = False

    def _changed(self, **changes) -> None:
        if self.loading or self.current is None:
            return
        changes = {k: v for k, v in changes.items() if getattr(self.current, k) != v}
        if changes:
            self.commit(**changes)

    def _consent_chosen(self) -> None:
        assert self.consent is not None  # (its own signal)
        value = self.consent.currentData()
        changes = {"consent": value}
        if value is None:
            changes["consent_date"] = None
        elif isinstance(self.current, Actor) and self.current.consent_date is None:
            changes["consent_date"] = date.today()  # recorded today, unless the user says otherwise
        self._changed(**changes)

    def _date_typed(self) -> None:
        if self.loading or self.current is None:
            return
        assert self.date is not None and self.date_hint is not None  # (the date's own signals)
        text = self.date.text().strip()
        if text and parse_date(text) is None:
            self._say_not_a_date()  # said under the field; the stored date is kept
            return
        self.date_hint.hide()
        self._changed(consent_date=self.date.value())
        field_undo.kept(self.date.edit)  # (a text that is no date is not kept: Ctrl+Z undoes its typing)

    def _say_not_a_date(self) -> None:
        """The hint under the date, and the date with its hint in sight in the panel (the
        hint's new line must not push the field out of view)."""
        assert self.date is not None and self.date_hint is not None
        self.date_hint.show()
        QTimer.singleShot(0, self.date_hint, self._hint_in_sight)  # once the panel has made room for it

    def _hint_in_sight(self) -> None:
        if self.date is None or self.date_hint is None:
            return
        area = _scroll_area_of(self.date)
        if area is not None:
            area.ensureWidgetVisible(self.date_hint, 10, 10)
            area.ensureWidgetVisible(self.date, 10, 10)

    def tab_from_date(self) -> bool:
        """Tab or Shift+Tab out of a date that is no date: the first time the focus stays in
        it, the text selected to be typed over, and the hint says why; Tab again (the text
        as it was) moves on, the stored date kept. True when the key was taken."""
        assert self.date is not None
        text = self.date.text().strip()
        if not text or parse_date(text) is not None or text == self._told:
            return False
        self._told = text
        self._say_not_a_date()
        self.date.edit.selectAll()
        return True

    _told = ""


def _scroll_area_of(widget: QWidget):
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


class _DateKeys(QObject):
    """Tab out of a consent date that is no date (ConsentFields.tab_from_date)."""

    def __init__(self, fields: ConsentFields) -> None:
        super().__init__()
        self.fields = fields

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        fields = self.fields
        if (event.type() == QEvent.Type.KeyPress and fields.date is not None and obj is fields.date.edit
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)):
            return fields.tab_from_date()
        return False
