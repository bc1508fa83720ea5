"""File ▸ New asks for the family's name: the map's title becomes "Familien <name>" /
"The <name> family" unless the user writes another title."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from skymap.model.messages import message
from skymap.model.objects import SkyMap
from skymap.model.template import new_map


class NewMapDialog(QDialog):
    """Not blocking: `created` carries the new map when the user presses Enter or Create."""

    created = Signal(object)  # SkyMap

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("newMapDialog")
        self.setWindowTitle(self.tr("New map"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Whose network is it? The family's name heads the map and every print."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.family = QLineEdit()
        self.family.setObjectName("newMapFamily")
        self.family.setPlaceholderText(self.tr("e.g. Hansen"))
        self.family.setMinimumHeight(34)
        self.title = QLineEdit()
        self.title.setObjectName("newMapTitle")
        self.title.setMinimumHeight(34)
        self.family.textChanged.connect(self._suggest_title)
        self.title.textEdited.connect(lambda _t: setattr(self, "_title_typed", True))
        self._title_typed = False
        self._suggest_title("")
        form.addRow(self.tr("Family name"), self.family)
        form.addRow(self.tr("Title"), self.title)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def _suggest_title(self, name: str) -> None:
        if self._title_typed and self.title.text().strip():
            return
        name = " ".join(name.split())
        self.title.setText(message("family_title", self.lang, name=name) if name else "")
        self.title.setPlaceholderText(message("untitled", self.lang))

    def skymap(self) -> SkyMap:
        name = " ".join(self.family.text().split())[:200]
        title = " ".join(self.title.text().split())[:200]
        return new_map("standard", family_name=name, lang=self.lang, title=title)

    def accept(self) -> None:
        super().accept()
        self.created.emit(self.skymap())
