"""The window's appearance: the language (switched at once, without a restart), the text
size, the family view (full screen, large people and text, for turning the screen towards
the family), the style sheet, and the toolbar and palette sized to fit them."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, QTimer

from skymap.ui import changes_list
from skymap.ui.window_parts import WindowParts

STYLE = """
QLabel#headline { font-size: 17pt; font-weight: bold; color: #1f2a36; }
QLabel#sectionTitle { font-size: 11pt; font-weight: bold; color: #1f2a36; }
QListWidget { font-size: 10pt; }
QToolBar QToolButton { padding: 6px 10px; }
QToolBar QToolButton:checked { background: #d6e4f5; border: 1px solid #1565c0; border-radius: 4px; }
QFrame#inlineEditor { background: #ffffff; border: 2px solid #1565c0; border-radius: 6px; }
MapView { border: 2px solid #d0d4da; }
MapView:focus { border: 2px solid #1565c0; }
QScrollArea#panelScroll { border: 2px solid transparent; }
QScrollArea#panelScroll:focus { border: 2px solid #1565c0; }
"""


def scaled_style(style: str, scale: float) -> str:
    """The style sheet with every point size times the text size (Settings ▸ Text size)."""
    return re.sub(r"(\d+(?:\.\d+)?)pt", lambda m: f"{float(m.group(1)) * scale:.1f}pt", style)


class AppearanceMixin(WindowParts):
    """Part of MainWindow (see main_window.py): language, text size, family view.

    Its state, made in MainWindow.__init__: `lang`, `text_scale`, `family_view`,
    `docks_before_family_view` (which docks were open when the family view began),
    `chosen_dock_width` (the panels' width the text size last chose), `settings_dialog`."""

    def set_language(self, lang: str) -> None:
        """Speak `lang` ("da" or "en") at once, without a restart: the map, its selection,
        the undo history and unsaved changes stay as they are."""
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        from skymap.ui import i18n  # noqa: PLC0415

        app = QApplication.instance()
        assert app is not None  # (a window runs inside the application)
        i18n.install(app, lang)
        self.lang = lang
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the window again, in the language now installed."""
        self._drop_menus()
        self._build_menus()
        self._sync_actions()
        self._retitle_docks()
        self.palette_panel.retranslate()
        self.statuses_panel.retranslate(self.lang)
        self.plan_panel.retranslate(self.lang)
        assert self.docview is not None
        self.docview.set_language(self.lang)
        if self.status_view is not None and self.showing:
            show, args = self.showing
            show(*args)
        self.update_title()
        self.statusBar().clearMessage()
        if self.settings_dialog is not None:
            self.settings_dialog.retranslate()
        if self.rc_view is not None:
            self.rc_view.retranslate()

    def _retitle_docks(self) -> None:
        self.palette_dock.setWindowTitle(QCoreApplication.translate("MainWindow", "Add"))
        self.overview_dock.setWindowTitle(QCoreApplication.translate("MainWindow", "Overview"))
        self.inspector_dock.setWindowTitle(QCoreApplication.translate("MainWindow", "Inspector"))
        self.statuses_dock.setWindowTitle(QCoreApplication.translate("MainWindow", "Statuses"))
        self.changes_dock.setWindowTitle(QCoreApplication.translate("MainWindow", "Figures over time"))
        changes_list.retitle(self)

    def set_text_scale(self, scale: float) -> None:
        """Text size: the application font (menus, panels, dialogs), the panels' headings and
        every text on the canvas, `scale` times the normal size."""
        from skymap.ui.settings_dialog import apply_app_font  # noqa: PLC0415

        self.text_scale = scale
        apply_app_font(scale)
        self.appearance.text_scale = scale  # every canvas text (the scenes' items read it)
        self.setStyleSheet(scaled_style(STYLE, scale))
        # A dock keeps the title font it was made with unless its own font differs from
        # the application's; a different (invisible) style strategy makes it follow.
        from PySide6.QtGui import QFont  # noqa: PLC0415
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        title_font = QFont(QApplication.font())
        title_font.setStyleStrategy(QFont.StyleStrategy.PreferQuality)
        for dock in (self.palette_dock, self.overview_dock, self.inspector_dock, self.statuses_dock, self.plan_dock,
                     self.what_changed_dock, self.changes_dock):
            dock.setFont(title_font)
        self.palette_panel.set_text_scale(scale)
        self.palette_panel.setMaximumWidth(round(220 * max(1.0, scale)))
        from skymap.ui.window_size import panels_width  # noqa: PLC0415

        # Larger text needs wider panels on the right; never narrower than the user made them,
        # but back to the usual width when the text gets smaller again and the width is still
        # the one the text size chose (not one the user dragged to).
        wanted = panels_width(self.width(), scale, self.palette_panel.sizeHint().width())
        width, chosen = self.overview_dock.width(), self.chosen_dock_width
        if width < wanted or (chosen is not None and abs(width - chosen) <= 8 and width != wanted):
            self.resizeDocks([self.overview_dock], [wanted], Qt.Orientation.Horizontal)
        self.chosen_dock_width = wanted
        QTimer.singleShot(0, self, self._note_dock_width)  # the width the layout really gave it
        if not self.family_view:
            QTimer.singleShot(0, self, self._fit_palette)
            # the panels took or gave back room: the whole map again, not cut off at the side
            QTimer.singleShot(0, self, lambda: self.view.fit())
        if self.family_view:
            self._family_styles(True)
        else:
            self._fit_toolbar()
        assert self.docview is not None
        self.docview.apply_text_scale()
        if self.status_view is not None:
            self.status_view.apply_text_scale()
        self.statuses_panel.refresh()  # the chart makes room for its larger legend

    def _fit_palette(self) -> None:
        """The palette as wide as its buttons need (it keeps the family view's or a larger
        text size's width otherwise, taking it from the map)."""
        self.resizeDocks([self.palette_dock], [self.palette_panel.sizeHint().width()], Qt.Orientation.Horizontal)

    def _note_dock_width(self) -> None:
        self.chosen_dock_width = self.overview_dock.width()

    def set_family_view(self, on: bool) -> None:
        """One switch: full screen, the analysis panels hidden, large people and text; the
        drawing tools stay. The same switch brings everything back."""
        if on == self.family_view:
            return
        self.family_view = on
        self.act_family_view.setChecked(on)
        self.appearance.family_view = on  # large names without roles (person_item.py)
        # the whole map is in view: no room for scroll bars (a finger pans)
        # (back from it: none either while the view stays fitted, see MapView.auto_fit)
        fitted = on or self.view.auto_fit
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fitted else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        self.view.setHorizontalScrollBarPolicy(policy)
        self.view.setVerticalScrollBarPolicy(policy)
        for shown in (self.docview, self.status_view):
            if shown is not None:
                shown.apply_text_scale()
        if on:
            self.dock_sizes.measure()  # before the docks are hidden (dock_sizes.py)
            self.docks_before_family_view = {
                dock: dock.isVisible()
                for dock in (
                    self.overview_dock,
                    self.inspector_dock,
                    self.statuses_dock,
                    self.changes_dock,
                    self.what_changed_dock,
                    self.plan_dock,
                )
            }
            for dock in self.docks_before_family_view:
                dock.hide()
            self.menuBar().hide()
            self.icon_size_before_family_view = self.toolbar.iconSize()
            self.toolbar.setIconSize(self.toolbar.iconSize() * 1.5)
            self._family_styles(True)
            self.maximised_before_family_view = self.isMaximized()
            self.scale_before_family_view = self.text_scale
            self.showFullScreen()
            QTimer.singleShot(0, self.family_zoom)
        else:
            for dock, visible in self.docks_before_family_view.items():
                dock.setVisible(visible)
            self.menuBar().show()
            self.toolbar.setIconSize(self.icon_size_before_family_view)  # (not 1.5 times larger each time)
            self._family_styles(False)
            if self.maximised_before_family_view:  # (a laptop's window opens maximised)
                self.showMaximized()
            else:
                self.showNormal()
            # shown again in the full screen's room, the docks shared it out anew: the
            # inspector under the overview lost a third of its height each time
            self.dock_sizes.put_back()
            if self.text_scale != self.scale_before_family_view:
                # the text size was changed in the family view: the widths kept are the old
                # size's (at 200 % -> 100 % the Add palette stayed 212 px wide, not 150), so
                # the new size decides them, as when it is chosen outside the family view
                self.dock_sizes.keep_widths = False
                QTimer.singleShot(0, self, lambda: self.set_text_scale(self.text_scale))
            QTimer.singleShot(0, self.view.fit)

    def family_zoom(self) -> None:
        """The whole map, fitted: the family view draws the names large enough for that
        (see docs/USER_GUIDE.md, "Read it from across the table")."""
        self.shown().view.fit()

    def _family_styles(self, on: bool) -> None:
        """The family view's big toolbar and palette; larger than the chosen text size.
        (Also after a language switch in the family view, which builds a new toolbar.)"""
        self.act_tidy_bar.setVisible(not on)  # drawing tools only; the way back stays in sight
        if not on:
            self.palette_panel.setStyleSheet("")
            # the sheet's min-height leaves the buttons with none: back to a finger's height
            self.palette_panel.set_text_scale(self.text_scale)
            self._fit_toolbar()
            QTimer.singleShot(0, self, self._fit_palette)
            return
        from skymap.ui.settings_dialog import base_point_size  # noqa: PLC0415

        size = max(15.0, 1.3 * base_point_size() * self.text_scale)
        self.palette_panel.setStyleSheet(f"QToolButton {{ font-size: {size:.1f}pt; min-height: 60px; }}")
        self._fit_toolbar()

    def _fit_toolbar(self) -> None:
        """The toolbar as large as the view and text size ask, but never so large that the
        family-view switch (the way back, at the end) goes behind the overflow arrow: first
        the short "Connect", then a smaller font, until every button fits the window."""
        from skymap.ui.settings_dialog import base_point_size  # noqa: PLC0415

        bar = self.toolbar
        if not self.isVisible():
            return  # measured once the window has its real size (resizeEvent)
        family = self.family_view
        connect = self.tool_actions["connect"]
        base = base_point_size() * self.text_scale
        size = max(15.0, 1.3 * base) if family else None
        padding = 12 if family else None

        def style(size, padding) -> str:
            if size is None:
                return ""
            return f"QToolButton {{ font-size: {size:.1f}pt; padding: {padding}px {padding}px; }}"

        def fits() -> bool:
            widgets = [bar.widgetForAction(a) for a in bar.actions() if a.isVisible()]
            layout = bar.layout()
            assert layout is not None  # (a toolbar lays out its buttons)
            needed = sum(w.sizeHint().width() + layout.spacing() for w in widgets if w is not None)
            margins = bar.contentsMargins()
            return needed + margins.left() + margins.right() + 24 <= self.width()

        connect.setIconText(QCoreApplication.translate("MainWindow", "Connect") if family else "")
        if bar.styleSheet() != style(size, padding):
            bar.setStyleSheet(style(size, padding))
        if fits():
            return
        connect.setIconText(QCoreApplication.translate("MainWindow", "Connect"))
        if fits():
            return
        size, padding = (size or base), (padding or 8)
        while size > 8 and not fits():
            size, padding = size * 0.92, max(4, padding - 1)
            bar.setStyleSheet(style(size, padding))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            QTimer.singleShot(0, self, self._fit_toolbar)  # the way back to the normal view stays in sight

    def open_settings(self):
        """Edit ▸ Settings: language and text size, applied at once (not modal)."""
        from skymap.ui.settings_dialog import SettingsDialog  # noqa: PLC0415

        if self.settings_dialog is None:
            self.settings_dialog = SettingsDialog(self)
        self.settings_dialog.show()
        self.settings_dialog.raise_()
        self.settings_dialog.activateWindow()
        return self.settings_dialog
