"""A birth year out of range (3000, 1800, a mistyped 198) is said in one line right under the
field it was typed in - the in-place form of a family member and the inspector - instead of
the year quietly going back to what it was. Nothing else typed is lost: the form keeps the
other fields, the map keeps the year it had."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from skymap.model.birth_year import not_kept


def problem(text: str) -> str | None:
    """The line to show for what was typed as a birth year, in the interface's language (the
    model's words: a contact list's row says the same), or None when it is a year the map
    takes (or empty: no year)."""
    lang = "da" if QLocale().language() == QLocale.Language.Danish else "en"  # (ui/i18n.install sets it)
    return not_kept(text, lang)


class YearHint(QLabel):
    """The line under a birth year field; `resized()` is called when it shows or goes (the
    in-place form fits itself to it)."""

    def __init__(self, edit: QLineEdit, resized: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.edit, self.resized = edit, resized
        self.setObjectName("birthYearHint")
        self.setStyleSheet("color: #b71c1c;")  # (the consent date's hint: the same red)
        self.setWordWrap(True)
        self.hide()
        # a year typed whole (four digits) is checked at once; a right one takes the line away
        edit.textChanged.connect(lambda text: self.check(whole=False))

    def check(self, whole: bool = True) -> bool:
        """Show or hide the line for the field's text; True when it is shown. `whole`: the
        typing is over (Enter, the field left), so 198 is said too, not only 1800."""
        text = self.edit.text().strip()
        if whole or len(text) == 4 or not text:
            said = problem(text)
        elif not self.isHidden():
            return True  # a wrong year being typed over: the line stays until the year is whole
        else:
            said = None
        self._say(said)
        return said is not None

    def keep_shown(self, text: str) -> None:
        """Say the line for `text` though the field now shows something else (the year the
        map kept, put back in the inspector's field)."""
        self._say(problem(text))

    def _say(self, said: str | None) -> None:
        was = not self.isHidden()
        if said is not None:
            self.setText(said)
            self.edit.setAccessibleDescription(said)
        else:
            self.edit.setAccessibleDescription("")
        self.setVisible(said is not None)
        if was != (said is not None) and self.resized is not None:
            self.resized()


def stops_enter(hint: YearHint | None) -> bool:
    """Enter in a form with a wrong year in it: the line says why, the keys go to the year
    (typed over at once, or emptied), and the form stays open - True."""
    if hint is None or not hint.check():
        return False
    hint.edit.setFocus()
    hint.edit.selectAll()
    return True


def add_row(form: QFormLayout, edit: QLineEdit, resized: Callable[[], None] | None = None) -> YearHint:
    """The hint's row, right under the field's (which must be the form's last row so far)."""
    hint = YearHint(edit, resized)
    form.addRow("", hint)
    return hint
