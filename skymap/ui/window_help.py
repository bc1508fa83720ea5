"""Help ▸ Keyboard shortcuts and Help ▸ User guide (the guide that comes with Skymap,
shown in the program: no network). (Help ▸ About is about_dialog.py.)"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from skymap.ui.window_actions import user_guide
from skymap.ui.window_parts import WindowParts


class HelpMixin(WindowParts):
    """Part of MainWindow (see main_window.py): the help pages.

    Its state, made in MainWindow.__init__: `shortcuts_dialog` (the last one opened)."""

    def show_shortcuts(self):
        """Help ▸ Keyboard shortcuts, made from the menus as they are now."""
        from skymap.ui.shortcuts_dialog import ShortcutsDialog  # noqa: PLC0415

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()  # keys (Esc, arrows) go to the page, not to the map behind it
        dialog.tree.setFocus()
        self.shortcuts_dialog = dialog
        return dialog

    def show_user_guide(self):
        """Help ▸ User guide: the guide that comes with Skymap, shown here (no network)."""
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout  # noqa: PLC0415

        path = user_guide(self.lang)  # the guide in the interface's language
        if path is None:
            return None
        dialog = QDialog(self)
        dialog.setWindowTitle(QCoreApplication.translate("MainWindow", "User guide"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(dialog)
        browser = QTextBrowser()
        browser.setOpenLinks(False)  # the guide stays local: no links out
        browser.setMarkdown(path.read_text(encoding="utf-8"))
        layout.addWidget(browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(QCoreApplication.translate("MainWindow", "Close"))
        buttons.rejected.connect(dialog.close)
        layout.addWidget(buttons)
        dialog.resize(760, 720)
        dialog.show()
        return dialog
