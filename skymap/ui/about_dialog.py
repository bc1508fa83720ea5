"""Help ▸ About Skymap: the version, that nothing goes over a network, where this user's
settings and unsaved work are kept, and the libraries Skymap ships with, with their
licences and where their source is (the LGPL asks that a user be told Qt may be replaced)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout

from skymap import about
from skymap.storage.recovery import recovery_dir
from skymap.storage.settings import settings_path

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
"""The app icon's PNG sizes (resources/icons in a checkout; the same place inside the bundle)."""


def app_icon() -> QIcon:
    """Skymap's icon in every size there is (an empty icon if the files are not installed)."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        path = ICONS / f"skymap-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


class AboutDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Skymap"))
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        picture = QLabel()
        pixmap = QPixmap(str(ICONS / "skymap-64.png"))
        if not pixmap.isNull():
            picture.setPixmap(pixmap)
        head.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        self.summary = QLabel(self._summary())
        self.summary.setObjectName("about_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(self.summary, 1)
        layout.addLayout(head)
        self.libraries = QTextBrowser()
        self.libraries.setObjectName("about_libraries")
        self.libraries.setOpenLinks(False)  # addresses are shown, never opened: no network
        self.libraries.setHtml(self._libraries_html())
        layout.addWidget(self.libraries, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(720, 640)

    def _summary(self) -> str:
        lines = [
            f"<b style='font-size:large'>Skymap {html.escape(about.version())}</b>",
            html.escape(self.tr("Draw a family's network of professionals together, count it, print it.")),
            html.escape(self.tr("Skymap never connects to a network: maps stay where you save them.")),
            html.escape(self.tr("Your settings: %1").replace("%1", str(settings_path()))),
            html.escape(self.tr("Unsaved work kept for recovery: %1").replace("%1", str(recovery_dir()))),
        ]
        return "<br>".join(lines)

    def _libraries_html(self) -> str:
        rows = "".join(
            "<tr>" + "".join(f"<td>{html.escape(cell)}</td>"
                             for cell in (lib.name, about.library_version(lib), lib.licence, lib.source)) + "</tr>"
            for lib in about.LIBRARIES)
        folder = about.licences_folder()
        where = (self.tr("The full licence texts are in %1.").replace("%1", str(folder)) if folder is not None
                 else self.tr("The full licence texts come with each library's package."))
        lgpl = self.tr(
            "Qt and PySide6 are used under the GNU Lesser General Public License version 3 (LGPL-3.0). "
            "They are separate libraries in Skymap's program folder, and you may replace them with your "
            "own builds of the same version. Their source code is at the addresses below.")
        heading = self.tr("Libraries Skymap is built with")
        columns = (self.tr("Library"), self.tr("Version"), self.tr("Licence"), self.tr("Source"))
        header = "".join(f"<th align='left'>{html.escape(c)}</th>" for c in columns)
        return (f"<p><b>{html.escape(heading)}</b></p><p>{html.escape(lgpl)}</p><p>{html.escape(where)}</p>"
                f"<table cellspacing='0' cellpadding='3'><tr>{header}</tr>{rows}</table>")


def show_about(parent) -> AboutDialog:
    """Help ▸ About Skymap (not modal: the map stays usable behind it)."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    parent.about_dialog = dialog
    return dialog
