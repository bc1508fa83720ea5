"""File → Export PDF… and File → Print…: the choices for the meeting document."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
)

from skymap.ui.quotes import quoted


class ExportOptionsDialog(QDialog):
    """Paper, pseudonymisation and the pages to include."""

    def __init__(self, parent=None, title: str = "", ok_text: str = "", statuses: list[str] | None = None,
                 lang: str = "da", compared: str | None = None, focus: str | None = None) -> None:
        """`compared`: the earlier status of a comparison on screen; its changes page is chosen.
        `focus`: the child's own view on screen ("Emil's network"), offered and ticked."""
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Export PDF"))
        layout = QVBoxLayout(self)

        # A child's own view on screen: the document is that view unless the box is unticked.
        self.focus_box = None
        if focus:
            self.focus_box = QCheckBox(self.tr("Only %1 (as on the screen)").replace("%1", focus))
            self.focus_box.setObjectName("onlyFocus")
            self.focus_box.setToolTip(self.tr("Untick to print the whole map"))
            self.focus_box.setChecked(True)
            layout.addWidget(self.focus_box)

        paper_box = QGroupBox(self.tr("Paper (landscape)"))
        paper_layout = QVBoxLayout(paper_box)
        self.paper_group = QButtonGroup(self)
        self.paper_buttons = {}
        for key, text in (("a4", "A4"), ("a3", "A3")):
            button = QRadioButton(text)
            button.setObjectName(f"paper_{key}")
            self.paper_group.addButton(button)
            paper_layout.addWidget(button)
            self.paper_buttons[key] = button
        self.paper_buttons["a4"].setChecked(True)

        names_box = QGroupBox(self.tr("Names"))
        names_layout = QVBoxLayout(names_box)
        self.names_group = QButtonGroup(self)
        self.names_buttons: dict[str | None, QRadioButton] = {}
        names: list[tuple[str | None, str]] = [
            (None, self.tr("Full names (for the core team)")),
            ("initials", self.tr("Initials instead of names")),
            ("roles", self.tr("Roles instead of names")),
        ]
        for choice, text in names:
            button = QRadioButton(text)
            button.setObjectName(f"names_{choice or 'full'}")
            self.names_group.addButton(button)
            names_layout.addWidget(button)
            self.names_buttons[choice] = button
        self.names_buttons[None].setChecked(True)

        pages_box = QGroupBox(self.tr("Pages"))
        pages_layout = QFormLayout(pages_box)
        self.section_boxes = {}
        for key, text in (
            ("map", self.tr("The map with its legend")),
            ("contacts", self.tr("The contact list, by cloud")),
            ("summary", self.tr("Findings and counts")),
            ("plan", self.tr("The joint plan (goals and agreements)")),
        ):
            box = QCheckBox(text)
            box.setObjectName(f"section_{key}")
            box.setChecked(True)
            box.toggled.connect(self._check_ok)
            pages_layout.addRow(box)
            self.section_boxes[key] = box

        self.changes = QComboBox()
        self.changes.setObjectName("changesSince")
        self.changes.addItem(self.tr("No page of changes"), None)
        for label in statuses or []:
            self.changes.addItem(self.tr("Changes since %1").replace("%1", quoted(label)), label)
        self.changes.setEnabled(bool(statuses))
        if compared is not None and compared in (statuses or []):
            self.changes.setCurrentIndex(self.changes.findData(compared))
        pages_layout.addRow(self.changes)

        # The document's own language: the map's, unless the reader of the printout needs
        # the other (the interface's language is the caseworker's, not the meeting's).
        language_box = QGroupBox(self.tr("Language of the document"))
        language_layout = QVBoxLayout(language_box)
        self.language = QComboBox()
        self.language.setObjectName("documentLanguage")
        self.language.setAccessibleName(self.tr("Language of the document"))
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if lang == "da" else 1)
        language_layout.addWidget(self.language)

        for group_box in (paper_box, names_box, pages_box, language_box):
            layout.addWidget(group_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        if ok_text:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _check_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.sections()))

    def paper(self) -> str:
        return next(k for k, b in self.paper_buttons.items() if b.isChecked())

    def pseudonymise(self) -> str | None:
        return next(k for k, b in self.names_buttons.items() if b.isChecked())

    def sections(self) -> list[str]:
        return [k for k, b in self.section_boxes.items() if b.isChecked()]

    def options(self) -> dict:
        options = {"paper": self.paper(), "pseudonymise": self.pseudonymise(), "sections": self.sections(),
                   "lang": self.language.currentData()}
        if self.changes.currentData():
            options["changes_since"] = self.changes.currentData()
        if self.focus_box is not None:
            options["focus"] = self.focus_box.isChecked()
        return options
