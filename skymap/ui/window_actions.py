"""The window's menus, their actions and the toolbar, in the language now installed.

Built when the window is made and built again when the language changes (so every menu
text is translated, whoever added it); `add_action` is how a part of the window (or
protect_ui) puts an action with a shortcut in a menu. The actions are the window's public
handles (`window.act_save`, `window.tool_actions["connect"]` ...): tests and other parts
trigger them as a user does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QToolBar

from skymap.ui import edit_gate, empty_fit, tidy_view
from skymap.ui.window_parts import WindowParts


def user_guide(lang: str = "en") -> Path | None:
    """docs/USER_GUIDE.md beside the program (a source checkout, or the bundle), or None;
    for Danish its translation, docs/USER_GUIDE.da.md, when it is there."""
    docs = Path(__file__).resolve().parents[2] / "docs"
    for name in (["USER_GUIDE.da.md"] if lang == "da" else []) + ["USER_GUIDE.md"]:
        if (docs / name).is_file():
            return docs / name
    return None


class ActionsMixin(WindowParts):
    """Part of MainWindow (see main_window.py): menus, actions and toolbar."""

    def _build_menus(self) -> None:
        """Menus and toolbar in the language now installed; built again when it changes, so
        every menu text is translated whoever added it."""
        before = set(self.findChildren(QAction))
        self._build_actions()
        self._built_actions = [a for a in self.findChildren(QAction) if a not in before]

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        self.act_new = self.add_action(
            file_menu, QCoreApplication.translate("MainWindow", "&New"), QKeySequence.StandardKey.New, self.file_new
        )
        self.act_open = self.add_action(
            file_menu,
            QCoreApplication.translate("MainWindow", "&Open…"),
            QKeySequence.StandardKey.Open,
            lambda: self.file_open(),
        )
        self.recent_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.act_import = self.add_action(
            file_menu,
            QCoreApplication.translate("MainWindow", "&Import Contact List…"),
            QKeySequence("Ctrl+I"),
            lambda: self.import_contacts(),
        )
        self.act_save = self.add_action(
            file_menu, QCoreApplication.translate("MainWindow", "&Save"), QKeySequence.StandardKey.Save, self.file_save
        )
        self.act_save_as = self.add_action(
            file_menu,
            QCoreApplication.translate("MainWindow", "Save &As…"),
            QKeySequence.StandardKey.SaveAs,
            self.file_save_as,
        )
        from skymap.ui.protect_ui import ProtectActions  # noqa: PLC0415

        self.protect_actions = ProtectActions(self, file_menu)  # Protect with password… and its kin
        file_menu.addSeparator()
        self.act_export_pdf = self.add_action(
            file_menu,
            QCoreApplication.translate("MainWindow", "&Export PDF…"),
            QKeySequence("Ctrl+E"),
            lambda: self.export_pdf(),
        )
        other = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Export &As"))
        for suffix, text in (
            (".svg", QCoreApplication.translate("MainWindow", "SVG picture of the map page…")),
            (".png", QCoreApplication.translate("MainWindow", "PNG picture of the canvas…")),
            (".graphml", QCoreApplication.translate("MainWindow", "GraphML network (Gephi, yEd)…")),
            (".csv", QCoreApplication.translate("MainWindow", "CSV contact list (Excel)…")),
        ):

            def export_as(s: str = suffix) -> bool:
                return self.export_other(s)

            other.addAction(text, export_as)
        other.addSeparator()
        from skymap.ui import family_export  # noqa: PLC0415 - File > Export As > The Family's Own Copy

        self.act_export_family = QAction(
            QCoreApplication.translate("MainWindow", "The &Family's Own Copy (no protected people)…"), self
        )
        self.act_export_family.setStatusTip(QCoreApplication.translate(
            "MainWindow", "The map and a page in plain words for the family to take home; "
            "no protected people, notes, consent details or scores"))
        self.act_export_family.triggered.connect(lambda: family_export.export_for_family(self))
        other.addAction(self.act_export_family)
        # (a lambda: connected straight, Qt's `checked` would arrive as the printer)
        self.act_print = self.add_action(
            file_menu,
            QCoreApplication.translate("MainWindow", "&Print…"),
            QKeySequence.StandardKey.Print,
            lambda: self.print_map(),
        )
        from skymap.ui import rc_view  # noqa: PLC0415 - relational coordination: view, import, bands

        self.act_import_rc = self.add_action(
            file_menu,
            QCoreApplication.translate("MainWindow", "Import &Relational Coordination…"),
            QKeySequence(),
            lambda: rc_view.import_scores(self),
        )
        file_menu.addSeparator()
        self.act_close_map = self.add_action(
            file_menu,
            QCoreApplication.translate("MainWindow", "&Close Map"),
            QKeySequence("Ctrl+W"),
            lambda: self.file_close(),
        )
        self.add_action(
            file_menu, QCoreApplication.translate("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit, self.close
        )

        edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        # Undo and Redo are the window's own actions (not QUndoStack's, which enable themselves
        # whenever the stack can undo): they ask edit_gate first, so no key, menu or button
        # undoes the working map out of sight while a status is shown. The text names the step.
        self.act_undo = edit_gate.undo_action(self, QCoreApplication.translate("MainWindow", "&Undo"), redo=False)
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_undo.setProperty(
            "shortcutsLabel", QCoreApplication.translate("MainWindow", "Undo")
        )  # its text names the step
        self.act_redo = edit_gate.undo_action(self, QCoreApplication.translate("MainWindow", "&Redo"), redo=True)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.act_redo.setProperty("shortcutsLabel", QCoreApplication.translate("MainWindow", "Redo"))
        edit_menu.addAction(self.act_undo)
        edit_menu.addAction(self.act_redo)
        self.addActions([self.act_undo, self.act_redo])  # their keys work with the menu bar hidden too
        edit_menu.addSeparator()
        # Copy, Paste, Delete, Rename and Connect Selected are in the map's context menu too
        # (context_menu.py), the same actions; selection_actions.py enables them by the selection.
        self.act_copy = self.add_action(
            edit_menu,
            QCoreApplication.translate("MainWindow", "&Copy"),
            QKeySequence.StandardKey.Copy,
            lambda: self.copy_selection(),
        )
        # Disabled while the map may not be edited (edit_gate.py): a status shown, a map open elsewhere.
        self.act_paste = self.add_action(
            edit_menu,
            QCoreApplication.translate("MainWindow", "&Paste"),
            QKeySequence.StandardKey.Paste,
            lambda: self.paste(),
        )
        self.edit_actions = [self.act_paste]
        self.act_delete = self.add_action(
            edit_menu,
            QCoreApplication.translate("MainWindow", "&Delete"),
            QKeySequence.StandardKey.Delete,
            lambda: self.delete_selection(),
        )
        self.edit_actions.append(self.act_delete)
        self.add_action(
            edit_menu,
            QCoreApplication.translate("MainWindow", "Select &All"),
            QKeySequence.StandardKey.SelectAll,
            lambda: self.select_all(),
        )
        edit_menu.addSeparator()
        self.act_rename = self.add_action(
            edit_menu,
            QCoreApplication.translate("MainWindow", "&Rename…"),
            QKeySequence(Qt.Key.Key_F2),
            lambda: self.rename_selection(),
        )
        self.edit_actions += [
            self.act_rename,
            self.add_action(
                edit_menu,
                QCoreApplication.translate("MainWindow", "Add &Professional to Selected Cloud"),
                QKeySequence("Ctrl+Shift+P"),
                lambda: self.add_from_palette("professional"),
            ),
            self.add_action(
                edit_menu,
                QCoreApplication.translate("MainWindow", "Add Private Person to the Private Network"),
                QKeySequence("Ctrl+Shift+R"),
                lambda: self.add_from_palette("private"),
            ),
            self.add_action(
                edit_menu,
                QCoreApplication.translate("MainWindow", "Add &Family Member"),
                QKeySequence("Ctrl+Shift+F"),
                lambda: self.add_from_palette("member"),
            ),
        ]
        self.act_connect = self.add_action(
            edit_menu,
            QCoreApplication.translate("MainWindow", "&Connect Selected"),
            QKeySequence("Ctrl+L"),
            lambda: self.connect_selected(),
        )
        self.edit_actions += [
            self.act_connect,
            self.add_action(
                edit_menu,
                QCoreApplication.translate("MainWindow", "&Tidy Up"),
                QKeySequence("Ctrl+T"),
                lambda: tidy_view.tidy_map(self),  # (the map brought into view: tidy_view.py)
            ),
        ]
        edit_menu.addSeparator()
        self.act_settings = self.add_action(
            edit_menu,
            QCoreApplication.translate("MainWindow", "Setti&ngs…"),
            QKeySequence("Ctrl+,"),
            lambda: self.open_settings(),
        )
        self.act_settings.setMenuRole(QAction.MenuRole.PreferencesRole)

        view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
        self.add_action(
            view_menu,
            QCoreApplication.translate("MainWindow", "Zoom &In"),
            QKeySequence.StandardKey.ZoomIn,
            lambda: self.view.zoom_by(1.25),
        )
        self.add_action(
            view_menu,
            QCoreApplication.translate("MainWindow", "Zoom &Out"),
            QKeySequence.StandardKey.ZoomOut,
            lambda: self.view.zoom_by(0.8),
        )
        self.add_action(
            view_menu,
            QCoreApplication.translate("MainWindow", "&Fit to Window"),
            QKeySequence("Ctrl+0"),
            lambda: empty_fit.fit_whole(self.view),  # (an empty map too: ui/empty_fit.py)
        )
        self.act_family_view = self.add_action(
            view_menu,
            QCoreApplication.translate("MainWindow", "F&amily View"),
            QKeySequence(Qt.Key.Key_F11),
            lambda on: self.set_family_view(on),
        )
        self.act_family_view.setCheckable(True)
        self.act_family_view.setToolTip(
            QCoreApplication.translate(
                "MainWindow",
                "Full screen with large people and text, for turning the screen "
                "towards the family (F11 to switch back)",
            )
        )
        self.act_rc_view = self.add_action(
            view_menu,
            QCoreApplication.translate("MainWindow", "&Relational Coordination"),
            QKeySequence("Ctrl+Shift+K"),
            lambda: rc_view.show_view(self),
        )
        self.edit_actions.append(self.act_import_rc)
        self.act_snap = self.add_action(
            view_menu, QCoreApplication.translate("MainWindow", "&Snap to Grid"), QKeySequence(), self._toggle_snap
        )
        self.act_snap.setCheckable(True)
        self.act_snap.setChecked(True)
        from skymap.ui import focus_view  # noqa: PLC0415

        focus_view.add_actions(self, view_menu)  # a child's own view: one member's network

        status_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Status"))
        self.act_save_status = self.add_action(
            status_menu,
            QCoreApplication.translate("MainWindow", "&Save Status…"),
            QKeySequence("Ctrl+Alt+S"),
            lambda: self.save_status(),
        )
        self.edit_actions.append(self.act_save_status)

        def show_statuses() -> None:
            self.statuses_dock.show()
            self.statuses_dock.raise_()

        self.add_action(
            status_menu, QCoreApplication.translate("MainWindow", "Show &Statuses"), QKeySequence(), show_statuses
        )
        self.add_action(
            status_menu,
            QCoreApplication.translate("MainWindow", "&Figures over Time"),
            QKeySequence(),
            lambda: self.show_changes_panel(),
        )
        from skymap.ui import changes_list  # noqa: PLC0415

        changes_list.add_actions(self, status_menu)  # Compare with the Last Status
        self.act_back_to_now = self.add_action(
            status_menu,
            QCoreApplication.translate("MainWindow", "&Back to Now"),
            QKeySequence("Ctrl+Alt+N"),
            lambda: self.back_to_now(),
        )
        self.act_back_to_now.setEnabled(self.status_view is not None)  # already at now

        tools_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Tools"))
        self.tool_group = QActionGroup(self)
        self.tool_actions: dict[str, QAction] = {}
        for name, text, key in (
            ("select", QCoreApplication.translate("MainWindow", "&Select and Move"), "V"),
            ("connect", QCoreApplication.translate("MainWindow", "&Connect (draw a tie)"), "C"),
            ("pan", QCoreApplication.translate("MainWindow", "&Pan"), "H"),
            ("note", QCoreApplication.translate("MainWindow", "Add &Note"), "N"),
            ("draw_cloud", QCoreApplication.translate("MainWindow", "&Draw Cloud"), "D"),
        ):
            act = self.add_action(tools_menu, text, QKeySequence(key), lambda _c=False, n=name: self.set_tool(n))
            act.setCheckable(True)
            self.tool_group.addAction(act)
            self.tool_actions[name] = act

        help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        self.act_shortcuts = self.add_action(
            help_menu,
            QCoreApplication.translate("MainWindow", "&Keyboard Shortcuts"),
            QKeySequence.StandardKey.HelpContents,
            lambda: self.show_shortcuts(),
        )
        if user_guide() is not None:
            self.add_action(
                help_menu,
                QCoreApplication.translate("MainWindow", "&User Guide"),
                QKeySequence(),
                lambda: self.show_user_guide(),
            )
        from skymap.ui.about_dialog import show_about  # noqa: PLC0415

        self.act_about = self.add_action(
            help_menu,
            QCoreApplication.translate("MainWindow", "&About Skymap"),
            QKeySequence(),
            lambda: show_about(self),
        )
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)

        toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Tools"), self)
        toolbar.setObjectName("toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        # Fixed texts on the toolbar, so its buttons do not move when the next step's name changes.
        # The toolbar's own actions belong to the window, like every action it keeps a handle
        # to: only a language switch (_drop_menus) ends them, never the toolbar or a menu.
        undo = self._bar_action(toolbar, QCoreApplication.translate("MainWindow", "Undo"),
                                lambda: edit_gate.undo(self))
        redo = self._bar_action(toolbar, QCoreApplication.translate("MainWindow", "Redo"),
                                lambda: edit_gate.undo(self, redo=True))
        self.toolbar_undo_redo = (undo, redo)
        edit_gate.sync_undo(self)
        undo.setToolTip(QCoreApplication.translate("MainWindow", "Undo the last change (Ctrl+Z)"))
        redo.setToolTip(QCoreApplication.translate("MainWindow", "Redo what was undone"))
        toolbar.addSeparator()
        for act in self.tool_actions.values():
            toolbar.addAction(act)
        toolbar.addSeparator()
        self._bar_action(toolbar, QCoreApplication.translate("MainWindow", "Fit"),
                         lambda: empty_fit.fit_whole(self.view))
        self.act_tidy_bar = self._bar_action(
            toolbar, QCoreApplication.translate("MainWindow", "Tidy Up"), lambda: tidy_view.tidy_map(self)
        )
        self.edit_actions.append(self.act_tidy_bar)
        toolbar.addSeparator()
        toolbar.addAction(self.act_family_view)
        self.toolbar = toolbar
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def add_action(self, menu, text, shortcut, slot) -> QAction:
        """A new action in `menu` (its shortcut works with the menu bar hidden too)."""
        act = QAction(text, self)
        act.setShortcut(shortcut)
        act.triggered.connect(slot)
        menu.addAction(act)
        self.addAction(act)
        return act

    def _bar_action(self, toolbar: QToolBar, text: str, slot) -> QAction:
        """A toolbar button's action, owned by the window (QToolBar.addAction(text, slot)
        would make the toolbar its parent)."""
        act = QAction(text, self)
        act.triggered.connect(slot)
        toolbar.addAction(act)
        return act

    def _drop_menus(self) -> None:
        bar = self.menuBar()
        menus = [a.menu() for a in bar.actions() if a.menu() is not None]
        bar.clear()
        for menu in menus:
            menu.deleteLater()
        self.removeToolBar(self.toolbar)
        self.toolbar.deleteLater()
        self.tool_group.deleteLater()
        for act in self._built_actions:
            try:
                self.removeAction(act)
                act.setShortcuts([])  # gone at once: no clash with its successor before deletion
                act.deleteLater()
            except RuntimeError:  # already gone with its menu
                pass

    def _sync_actions(self) -> None:
        """Checked and enabled states of freshly built actions, from the window's state."""
        tool = self.scene.tool_name() if self.docview is not None else "select"
        if tool in self.tool_actions:
            self.tool_actions[tool].setChecked(True)
        self.act_snap.setChecked(self.editor.snapping)
        self.act_family_view.setChecked(self.family_view)
        if self.family_view:
            self._family_styles(True)
        else:
            self._fit_toolbar()
        self.act_save.setEnabled(not self.read_only)
        edit_gate.apply(self)
