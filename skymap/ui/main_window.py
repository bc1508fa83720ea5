"""The main window: canvas in the middle, palette left, overview and inspector right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
)

from skymap.model import clipboard
from skymap.model.objects import SkyMap
from skymap.model.vocabulary import ActorKind
from skymap.storage import locks, settings
from skymap.ui.context_menu import build_menu
from skymap.ui import edit_gate, modal
from skymap.ui.document_view import DocumentView, scrolling
from skymap.ui.palette import Palette, draw_icon
from skymap.ui.timeline import TimelinePanel
from skymap.ui.window_export import ExportMixin
from skymap.ui.window_files import FilesMixin
from skymap.ui.window_statuses import StatusesMixin



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
    import re  # noqa: PLC0415

    return re.sub(r"(\d+(?:\.\d+)?)pt", lambda m: f"{float(m.group(1)) * scale:.1f}pt", style)


def _same_file(a, b) -> bool:
    return a is not None and b is not None and Path(a).resolve() == Path(b).resolve()


class MainWindow(FilesMixin, StatusesMixin, ExportMixin, QMainWindow):
    def __init__(self, skymap: SkyMap, path: Path | None, lang: str, stamp=None, protection=None) -> None:
        super().__init__()
        # Before any child exists: set later, Qt would style every widget a second time.
        self.setStyleSheet(STYLE)
        self.lang = lang
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._undo_index = 0
        self.undo_stack.indexChanged.connect(self._after_undo_step)
        self.undo_stack.indexChanged.connect(self._status_view_follows)
        self.setAcceptDrops(True)
        from skymap.ui import typing_guard  # noqa: PLC0415

        typing_guard.install(self)  # a letter typed in a field never switches the tool
        self.icons = {k: draw_icon(k) for k in ("professional", "private", "member", "cloud", "note")}
        self.palette = Palette(self.icons)
        self.palette.add_requested.connect(self.add_from_palette)
        self.palette.draw_requested.connect(lambda on: self.set_tool("draw_cloud" if on else "select"))
        self.palette_dock = self._dock(self.tr("Add"), "paletteDock", self.palette, Qt.LeftDockWidgetArea)
        self.palette.setMaximumWidth(220)
        self.overview_dock = self._dock(self.tr("Overview"), "overviewDock", None, Qt.RightDockWidgetArea)
        self.inspector_dock = self._dock(self.tr("Inspector"), "inspectorDock", None, Qt.RightDockWidgetArea)
        self.timeline = TimelinePanel(lang)
        self.timeline_dock = self._dock(self.tr("Statuses"), "timelineDock", scrolling(self.timeline),
                                        Qt.RightDockWidgetArea)
        self.tabifyDockWidget(self.inspector_dock, self.timeline_dock)
        from skymap.ui import plan_panel  # noqa: PLC0415

        plan_panel.install(self)  # the joint plan: a third tab beside the inspector and the statuses
        # The statuses' list, buttons and chart need more height than the inspector's form:
        # when their tab comes to the front, they get at least half of the right side.
        self.timeline_dock.visibilityChanged.connect(self._make_room_for_statuses)
        self.inspector_dock.raise_()
        self.timeline.save_requested.connect(lambda: self.save_status())
        self.timeline.view_requested.connect(self.view_status)
        self.timeline.compare_requested.connect(self.compare_statuses)
        self.timeline.now_requested.connect(self.back_to_now)
        self.timeline.remove_requested.connect(self.remove_status)
        # What changed and the figures over time: under the map, the window's width (hidden at now).
        self.changes_dock = self._dock(self.tr("Changes and figures"), "changesDock", self.timeline.changes_panel,
                                       Qt.BottomDockWidgetArea)
        self.changes_dock.setFeatures(self.changes_dock.features() | QDockWidget.DockWidgetClosable)
        self.changes_dock.hide()
        self.setCorner(Qt.BottomRightCorner, Qt.RightDockWidgetArea)  # the statuses' buttons keep their height
        self.timeline.figures_requested.connect(lambda: self.show_changes_panel())
        self.status_view = None  # a DocumentView of a status or a comparison, shown instead of the map
        self.showing = None  # (how it was shown, with what): shown again after an undo or in another language
        self.changes_closes_with_comparison = False  # the changes panel was opened for the comparison on screen
        self.timeline_refresh = QTimer(self)
        self.timeline_refresh.setSingleShot(True)
        self.timeline_refresh.setInterval(300)
        self.timeline_refresh.timeout.connect(self.timeline.refresh)
        self.family_view = False  # View ▸ Family view: full screen, large people and text
        self.settings_dialog = None
        self.text_scale = 1.0
        self._build_menus()
        from skymap.ui.file_guard import FileGuard  # noqa: PLC0415
        from skymap.ui.qt_settings import keep_qt_settings_private  # noqa: PLC0415

        keep_qt_settings_private()  # Qt's file dialogs keep their history in Skymap's own folder
        self.file_guard = FileGuard(self)  # notices a change on disk; the notice bar
        self._init_files()
        self.docview: DocumentView | None = None  # the working map on screen (set_document)
        # One permanent central widget: the map, or a status shown in its place.
        self.center = QStackedWidget()
        self.setCentralWidget(self.center)
        self.set_document(skymap, path, stamp=stamp, protection=protection)
        if settings.text_scale() != 1.0:
            self.set_text_scale(settings.text_scale())
        from skymap.ui.window_size import first_geometry, panel_width  # noqa: PLC0415

        self.setGeometry(first_geometry(QGuiApplication.primaryScreen()))
        self.resizeDocks([self.overview_dock, self.inspector_dock], [640, 300], Qt.Vertical)
        self.resizeDocks([self.overview_dock], [panel_width(self.width())], Qt.Horizontal)

    def _dock(self, title: str, name: str, widget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable)
        if widget is not None:
            dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # ----- document ---------------------------------------------------------------------
    def set_document(self, skymap: SkyMap, path: Path | None, read_only: bool = False,
                     restored: bool = False, stamp=None, protection=None) -> None:
        if self.status_view is not None:
            self.back_to_now()
        old = self.docview
        if self.path is not None and not self.read_only and not _same_file(self.path, path):
            locks.release(self.path)  # (the same file again, e.g. its recovered copy: the lock stays ours)
        self.autosaver.remove()
        self.undo_stack.clear()
        self.docview = DocumentView(skymap, self.undo_stack, self.lang, self)
        self.doc, self.editor, self.scene, self.view = (
            self.docview.doc, self.docview.editor, self.docview.scene, self.docview.view,
        )
        self.overview, self.inspector = self.docview.overview, self.docview.inspector
        self.center.addWidget(self.view)
        self.center.setCurrentWidget(self.view)
        self.overview_dock.setWidget(self.docview.panels[0])
        self.inspector_dock.setWidget(self.docview.panels[1])
        self.overview.highlight_requested.connect(self.highlight)
        self.view.palette_dropped.connect(self.drop_from_palette)
        self.view.files_dropped.connect(self.open_dropped)
        self.scene.tool_finished.connect(lambda: self.set_tool("select"))
        self.scene.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.scene.context_menu_requested.connect(self.show_context_menu)
        if old is not None:  # the map shown before goes, all of it (nothing keeps it alive)
            self.center.removeWidget(old.view)
            old.dispose()
        self.path = path
        self.restored = restored
        self.protection = protection  # (a Protection: every save and recovery file sealed with it)
        self.statuses_unsaved = False
        self.editor.cpr_guard = self.ask_remove_cpr
        self._set_read_only(read_only)
        self.signals_changed_connect()
        self.timeline.set_document(self.doc)
        if getattr(self, "rc_view", None) is not None:
            self.rc_view.follow()  # the relational-coordination view shows the map now open
        self.docview.signals.changed.connect(
            lambda c: self.timeline.refresh() if c.collection == "snapshots" else self._refresh_timeline_soon())
        self.undo_stack.setClean()
        self.set_tool("select")
        self._update_title()
        self.view.fit()
        self.file_guard.follow(path, stamp, read_only)  # (`stamp`: what was read, to notice a change)
        if restored:
            self.autosave()

    # ----- statuses over time -------------------------------------------------------------
    def signals_changed_connect(self) -> None:
        self.docview.signals.changed.connect(lambda _c: self.autosave_soon.start())
        # the map's title (inspector, undo, redo) is the window's title at once
        self.docview.signals.changed.connect(lambda c: self._update_title() if c.collection == "meta" else None)

    # ----- never lose work ------------------------------------------------------------------
    def ask_remove_cpr(self, numbers: list[str]) -> bool:
        """A CPR-like number was typed: warn, and offer to take it out (the default)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Warning)
        box.setWindowTitle("Skymap")
        box.setText(self.tr("This looks like a CPR number: %1").replace("%1", ", ".join(numbers)))
        box.setInformativeText(self.tr("National ID numbers must not be stored in a map. Remove it?"))
        remove = box.addButton(self.tr("Remove it"), QMessageBox.AcceptRole)
        box.addButton(self.tr("Keep it"), QMessageBox.RejectRole)
        box.setDefaultButton(remove)
        return modal.exec_box(box) is remove

    def _after_undo_step(self, index: int) -> None:
        """Undoing a delete selects what came back, so a keyboard user keeps their place."""
        from skymap.ui.commands import RemoveCommand  # noqa: PLC0415

        undone = self.undo_stack.command(index) if index < self._undo_index else None
        self._undo_index = index
        if isinstance(undone, RemoveCommand) and self.status_view is None:
            back = [self.scene.item_for(obj_id) for _, obj_id in undone.targets]
            back = [item for item in back if item is not None]
            if back:
                self.scene.clearSelection()
                for item in back:
                    item.setSelected(True)
                self.view.ensureVisible(back[0])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            QTimer.singleShot(0, self, self._fit_toolbar)  # the way back to the normal view stays in sight

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_fitted_once", False):
            # Fit only once the window has its real size.
            self._fitted_once = True
            QTimer.singleShot(0, self.view.fit)
            # Start on the map (not on the first panel button or tab): a screen reader says
            # "Map" and what is selected, and the arrow keys move about the map at once.
            self.view.setFocus(Qt.OtherFocusReason)

    def _update_title(self) -> None:
        title = self.doc.map.meta.title or self.tr("New map")
        name = f" ({self.path.name})" if self.path else ""
        read_only = self.tr("read-only")
        mode = f" [{read_only}]" if self.read_only else ""
        from skymap.ui import protect_ui  # noqa: PLC0415

        mode += protect_ui.title_mark(self)
        protect_ui.mark(self)
        self.setWindowTitle(f"{title}{name}{mode}[*] — Skymap")
        self.setWindowModified(self.is_modified())

    def highlight(self, ids: list[str]) -> None:
        wanted = set(ids)
        for obj_id, item in self.scene.items_by_id.items():
            if hasattr(item, "set_highlighted"):
                item.set_highlighted(obj_id in wanted)

    # ----- actions -----------------------------------------------------------------------
    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.act_new = self._action(file_menu, self.tr("&New"), QKeySequence.New, self.file_new)
        self.act_open = self._action(file_menu, self.tr("&Open…"), QKeySequence.Open, lambda: self.file_open())
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.act_import = self._action(file_menu, self.tr("&Import Contact List…"), QKeySequence("Ctrl+I"),
                                       lambda: self.import_contacts())
        self.act_save = self._action(file_menu, self.tr("&Save"), QKeySequence.Save, self.file_save)
        self.act_save_as = self._action(file_menu, self.tr("Save &As…"), QKeySequence.SaveAs, self.file_save_as)
        from skymap.ui.protect_ui import ProtectActions  # noqa: PLC0415

        self.protect_actions = ProtectActions(self, file_menu)  # Protect with password… and its kin
        file_menu.addSeparator()
        self.act_export_pdf = self._action(file_menu, self.tr("&Export PDF…"), QKeySequence("Ctrl+E"),
                                           lambda: self.export_pdf())
        other = file_menu.addMenu(self.tr("Export &As"))
        for suffix, text in ((".svg", self.tr("SVG picture of the map page…")),
                             (".png", self.tr("PNG picture of the canvas…")),
                             (".graphml", self.tr("GraphML network (Gephi, yEd)…")),
                             (".csv", self.tr("CSV contact list (Excel)…"))):
            other.addAction(text, lambda s=suffix: self.export_other(s))
        other.addSeparator()
        from skymap.ui import family_export  # noqa: PLC0415 - File > Export As > For the Family

        self.act_export_family = other.addAction(self.tr("For the &Family (plain words, nothing protected)…"),
                                                 lambda: family_export.export_for_family(self))
        # (a lambda: connected straight, Qt's `checked` would arrive as the printer)
        self.act_print = self._action(file_menu, self.tr("&Print…"), QKeySequence.Print, lambda: self.print_map())
        from skymap.ui import rc_view  # noqa: PLC0415 - relational coordination: view, import, bands

        self.act_import_rc = self._action(file_menu, self.tr("Import &Relational Coordination…"), QKeySequence(),
                                          lambda: rc_view.import_scores(self))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), QKeySequence.Quit, self.close)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence.Undo)
        self.act_undo.setProperty("shortcutsLabel", self.tr("Undo"))  # its text names the step
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.act_redo.setProperty("shortcutsLabel", self.tr("Redo"))
        edit_menu.addAction(self.act_undo)
        edit_menu.addAction(self.act_redo)
        self.addActions([self.act_undo, self.act_redo])  # their keys work with the menu bar hidden too
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("&Copy"), QKeySequence.Copy, lambda: self.copy_selection())
        # Disabled while the map may not be edited (edit_gate.py): a status shown, a map open elsewhere.
        self.edit_actions = [self._action(edit_menu, self.tr("&Paste"), QKeySequence.Paste, lambda: self.paste())]
        self.act_delete = self._action(edit_menu, self.tr("&Delete"), QKeySequence.Delete,
                                       lambda: self.delete_selection())
        self.edit_actions.append(self.act_delete)
        self._action(edit_menu, self.tr("Select &All"), QKeySequence.SelectAll, lambda: self.select_all())
        edit_menu.addSeparator()
        self.edit_actions += [
            self._action(edit_menu, self.tr("&Rename…"), QKeySequence(Qt.Key_F2), lambda: self.rename_selection()),
            self._action(edit_menu, self.tr("Add &Professional to Selected Cloud"), QKeySequence("Ctrl+Shift+P"),
                         lambda: self.add_from_palette("professional")),
            self._action(edit_menu, self.tr("Add Private Person to Selected Cloud"), QKeySequence("Ctrl+Shift+R"),
                         lambda: self.add_from_palette("private")),
            self._action(edit_menu, self.tr("Add &Family Member"), QKeySequence("Ctrl+Shift+F"),
                         lambda: self.add_from_palette("member")),
            self._action(edit_menu, self.tr("&Connect Selected"), QKeySequence("Ctrl+L"),
                         lambda: self.connect_selected()),
            self._action(edit_menu, self.tr("&Tidy Up"), QKeySequence("Ctrl+T"), lambda: self.editor.tidy()),
        ]
        edit_menu.addSeparator()
        self.act_settings = self._action(edit_menu, self.tr("Setti&ngs…"), QKeySequence("Ctrl+,"),
                                         lambda: self.open_settings())
        self.act_settings.setMenuRole(QAction.PreferencesRole)

        view_menu = bar.addMenu(self.tr("&View"))
        self._action(view_menu, self.tr("Zoom &In"), QKeySequence.ZoomIn, lambda: self.view.zoom_by(1.25))
        self._action(view_menu, self.tr("Zoom &Out"), QKeySequence.ZoomOut, lambda: self.view.zoom_by(0.8))
        self._action(view_menu, self.tr("&Fit to Window"), QKeySequence("Ctrl+0"), lambda: self.view.fit())
        self.act_family_view = self._action(view_menu, self.tr("F&amily View"), QKeySequence(Qt.Key_F11),
                                            lambda on: self.set_family_view(on))
        self.act_family_view.setCheckable(True)
        self.act_family_view.setToolTip(self.tr("Full screen with large people and text, for turning the screen "
                                                "towards the family (F11 to switch back)"))
        self.act_rc_view = self._action(view_menu, self.tr("&Relational Coordination"), QKeySequence("Ctrl+Shift+K"),
                                        lambda: rc_view.show_view(self))
        self.edit_actions.append(self.act_import_rc)
        self.act_snap = self._action(view_menu, self.tr("&Snap to Grid"), QKeySequence(), self._toggle_snap)
        self.act_snap.setCheckable(True)
        self.act_snap.setChecked(True)

        status_menu = bar.addMenu(self.tr("&Status"))
        self.act_save_status = self._action(status_menu, self.tr("&Save Status…"), QKeySequence("Ctrl+Alt+S"),
                                            lambda: self.save_status())
        self.edit_actions.append(self.act_save_status)
        self._action(status_menu, self.tr("Show &Statuses"), QKeySequence(),
                     lambda: (self.timeline_dock.show(), self.timeline_dock.raise_()))
        self._action(status_menu, self.tr("&Figures over Time"), QKeySequence(), lambda: self.show_changes_panel())
        self.act_back_to_now = self._action(status_menu, self.tr("&Back to Now"), QKeySequence("Ctrl+Alt+N"),
                                            lambda: self.back_to_now())
        self.act_back_to_now.setEnabled(getattr(self, "status_view", None) is not None)  # already at now

        tools_menu = bar.addMenu(self.tr("&Tools"))
        self.tool_group = QActionGroup(self)
        self.tool_actions: dict[str, QAction] = {}
        for name, text, key in (
            ("select", self.tr("&Select and Move"), "V"),
            ("connect", self.tr("&Connect (draw a tie)"), "C"),
            ("pan", self.tr("&Pan"), "H"),
            ("note", self.tr("Add &Note"), "N"),
            ("draw_cloud", self.tr("&Draw Cloud"), "D"),
        ):
            act = self._action(tools_menu, text, QKeySequence(key), lambda _c=False, n=name: self.set_tool(n))
            act.setCheckable(True)
            self.tool_group.addAction(act)
            self.tool_actions[name] = act

        help_menu = bar.addMenu(self.tr("&Help"))
        self.act_shortcuts = self._action(help_menu, self.tr("&Keyboard Shortcuts"), QKeySequence.HelpContents,
                                          lambda: self.show_shortcuts())
        if _user_guide() is not None:
            self._action(help_menu, self.tr("&User Guide"), QKeySequence(), lambda: self.show_user_guide())
        from skymap.ui.about_dialog import show_about  # noqa: PLC0415

        self.act_about = self._action(help_menu, self.tr("&About Skymap"), QKeySequence(), lambda: show_about(self))
        self.act_about.setMenuRole(QAction.AboutRole)

        toolbar = QToolBar(self.tr("Tools"), self)
        toolbar.setObjectName("toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        toolbar.setMovable(False)
        # Fixed texts on the toolbar, so its buttons do not move when the next step's name changes.
        undo = toolbar.addAction(self.tr("Undo"), self.undo_stack.undo)
        redo = toolbar.addAction(self.tr("Redo"), self.undo_stack.redo)
        undo.setEnabled(self.undo_stack.canUndo())
        redo.setEnabled(self.undo_stack.canRedo())
        self.undo_stack.canUndoChanged.connect(undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(redo.setEnabled)
        self.toolbar_undo_redo = (undo, redo)
        edit_gate.follow_undo(self)  # no undo behind a status on screen
        undo.setToolTip(self.tr("Undo the last change (Ctrl+Z)"))
        redo.setToolTip(self.tr("Redo what was undone"))
        toolbar.addSeparator()
        for act in self.tool_actions.values():
            toolbar.addAction(act)
        toolbar.addSeparator()
        toolbar.addAction(self.tr("Fit"), lambda: self.view.fit())
        self.act_tidy_bar = toolbar.addAction(self.tr("Tidy Up"), lambda: self.editor.tidy())
        self.edit_actions.append(self.act_tidy_bar)
        toolbar.addSeparator()
        toolbar.addAction(self.act_family_view)
        self.toolbar = toolbar
        self.addToolBar(Qt.TopToolBarArea, toolbar)

    def _action(self, menu, text, shortcut, slot) -> QAction:
        act = QAction(text, self)
        act.setShortcut(shortcut)
        act.triggered.connect(slot)
        menu.addAction(act)
        self.addAction(act)
        return act

    # ----- language, text size, help ----------------------------------------------------------
    def _build_menus(self) -> None:
        """Menus and toolbar in the language now installed; built again when it changes, so
        every menu text is translated whoever added it."""
        before = set(self.findChildren(QAction))
        self._build_actions()
        self._built_actions = [a for a in self.findChildren(QAction) if a not in before]

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
        tool = self.scene.tool_name() if hasattr(self, "scene") else "select"
        if tool in self.tool_actions:
            self.tool_actions[tool].setChecked(True)
        self.act_snap.setChecked(getattr(self.editor, "snapping", True))
        family = getattr(self, "family_view", False)
        self.act_family_view.setChecked(family)
        if family:
            self._family_styles(True)
        else:
            self._fit_toolbar()
        self.act_save.setEnabled(not self.read_only)
        edit_gate.apply(self)

    def _retitle_docks(self) -> None:
        self.palette_dock.setWindowTitle(self.tr("Add"))
        self.overview_dock.setWindowTitle(self.tr("Overview"))
        self.inspector_dock.setWindowTitle(self.tr("Inspector"))
        self.timeline_dock.setWindowTitle(self.tr("Statuses"))
        self.changes_dock.setWindowTitle(self.tr("Changes and figures"))

    def set_language(self, lang: str) -> None:
        """Speak `lang` ("da" or "en") at once, without a restart: the map, its selection,
        the undo history and unsaved changes stay as they are."""
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        from skymap.ui import i18n  # noqa: PLC0415

        i18n.install(QApplication.instance(), lang)
        self.lang = lang
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the window again, in the language now installed."""
        self._drop_menus()
        self._build_menus()
        self._sync_actions()
        self._retitle_docks()
        self.palette.retranslate()
        self.timeline.retranslate(self.lang)
        self.docview.set_language(self.lang)
        if self.status_view is not None and self.showing:
            show, args = self.showing
            show(*args)
        self._update_title()
        self.statusBar().clearMessage()
        if self.settings_dialog is not None:
            self.settings_dialog.retranslate()
        if getattr(self, "rc_view", None) is not None:
            self.rc_view.retranslate()

    def set_text_scale(self, scale: float) -> None:
        """Text size: the application font (menus, panels, dialogs), the panels' headings and
        every text on the canvas, `scale` times the normal size."""
        from skymap.ui.painting import set_text_scale  # noqa: PLC0415
        from skymap.ui.settings_dialog import apply_app_font  # noqa: PLC0415

        self.text_scale = scale
        apply_app_font(scale)
        set_text_scale(scale)
        self.setStyleSheet(scaled_style(STYLE, scale))
        # A dock keeps the title font it was made with unless its own font differs from
        # the application's; a different (invisible) style strategy makes it follow.
        from PySide6.QtGui import QFont  # noqa: PLC0415
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        title_font = QFont(QApplication.font())
        title_font.setStyleStrategy(QFont.PreferQuality)
        for dock in (self.palette_dock, self.overview_dock, self.inspector_dock, self.timeline_dock):
            dock.setFont(title_font)
        self.palette.set_text_scale(scale)
        self.palette.setMaximumWidth(round(220 * max(1.0, scale)))
        # Larger text needs wider panels on the right; never narrower than the user made them,
        # but back to the usual width when the text gets smaller again and the width is still
        # the one the text size chose (not one the user dragged to).
        from skymap.ui.window_size import panel_width  # noqa: PLC0415

        wanted = round(panel_width(self.width()) * (1 + 0.6 * max(0.0, scale - 1)))
        width, chosen = self.overview_dock.width(), getattr(self, "_chosen_dock_width", None)
        if width < wanted or (chosen is not None and abs(width - chosen) <= 8 and width != wanted):
            self.resizeDocks([self.overview_dock], [wanted], Qt.Horizontal)
        self._chosen_dock_width = wanted
        QTimer.singleShot(0, self, self._note_dock_width)  # the width the layout really gave it
        if not getattr(self, "family_view", False):
            QTimer.singleShot(0, self, self._fit_palette)
            # the panels took or gave back room: the whole map again, not cut off at the side
            QTimer.singleShot(0, self, lambda: self.view.fit())
        if getattr(self, "family_view", False):
            self._family_styles(True)
        else:
            self._fit_toolbar()
        self.docview.apply_text_scale()
        if self.status_view is not None:
            self.status_view.apply_text_scale()
        self.timeline.refresh()  # the chart makes room for its larger legend

    def _fit_palette(self) -> None:
        """The palette as wide as its buttons need (it keeps the family view's or a larger
        text size's width otherwise, taking it from the map)."""
        self.resizeDocks([self.palette_dock], [self.palette.sizeHint().width()], Qt.Horizontal)

    def _note_dock_width(self) -> None:
        self._chosen_dock_width = self.overview_dock.width()

    def _family_styles(self, on: bool) -> None:
        """The family view's big toolbar and palette; larger than the chosen text size.
        (Also after a language switch in the family view, which builds a new toolbar.)"""
        self.act_tidy_bar.setVisible(not on)  # drawing tools only; the way back stays in sight
        if not on:
            self.palette.setStyleSheet("")
            # the sheet's min-height leaves the buttons with none: back to a finger's height
            self.palette.set_text_scale(self.text_scale)
            self._fit_toolbar()
            QTimer.singleShot(0, self, self._fit_palette)
            return
        from skymap.ui.settings_dialog import base_point_size  # noqa: PLC0415

        size = max(15.0, 1.3 * base_point_size() * self.text_scale)
        self.palette.setStyleSheet(f"QToolButton {{ font-size: {size:.1f}pt; min-height: 60px; }}")
        self._fit_toolbar()

    def _fit_toolbar(self) -> None:
        """The toolbar as large as the view and text size ask, but never so large that the
        family-view switch (the way back, at the end) goes behind the overflow arrow: first
        the short "Connect", then a smaller font, until every button fits the window."""
        from skymap.ui.settings_dialog import base_point_size  # noqa: PLC0415

        bar = getattr(self, "toolbar", None)
        if bar is None or not self.isVisible():
            return  # measured once the window has its real size (resizeEvent)
        family = getattr(self, "family_view", False)
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
            needed = sum(w.sizeHint().width() + bar.layout().spacing() for w in widgets if w is not None)
            margins = bar.contentsMargins()
            return needed + margins.left() + margins.right() + 24 <= self.width()

        connect.setIconText(self.tr("Connect") if family else "")
        if bar.styleSheet() != style(size, padding):
            bar.setStyleSheet(style(size, padding))
        if fits():
            return
        connect.setIconText(self.tr("Connect"))
        if fits():
            return
        size, padding = (size or base), (padding or 8)
        while size > 8 and not fits():
            size, padding = size * 0.92, max(4, padding - 1)
            bar.setStyleSheet(style(size, padding))

    def open_settings(self):
        """Edit ▸ Settings: language and text size, applied at once (not modal)."""
        from skymap.ui.settings_dialog import SettingsDialog  # noqa: PLC0415

        if self.settings_dialog is None:
            self.settings_dialog = SettingsDialog(self)
        self.settings_dialog.show()
        self.settings_dialog.raise_()
        self.settings_dialog.activateWindow()
        return self.settings_dialog

    def show_shortcuts(self):
        """Help ▸ Keyboard shortcuts, made from the menus as they are now."""
        from skymap.ui.shortcuts_dialog import ShortcutsDialog  # noqa: PLC0415

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()  # keys (Esc, arrows) go to the page, not to the map behind it
        dialog.tree.setFocus()
        self.shortcuts_dialog = dialog
        return dialog

    def show_user_guide(self):
        """Help ▸ User guide: the guide that comes with Skymap, shown here (no network)."""
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout  # noqa: PLC0415

        path = _user_guide()
        if path is None:
            return None
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("User guide"))
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        layout = QVBoxLayout(dialog)
        browser = QTextBrowser()
        browser.setOpenLinks(False)  # the guide stays local: no links out
        browser.setMarkdown(path.read_text(encoding="utf-8"))
        layout.addWidget(browser)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Close"))
        buttons.rejected.connect(dialog.close)
        layout.addWidget(buttons)
        dialog.resize(760, 720)
        dialog.show()
        return dialog

    def set_tool(self, name: str) -> None:
        self.scene.set_tool(name)
        self.tool_actions[name].setChecked(True)
        self.view.setCursor(Qt.CrossCursor if name in ("connect", "note", "draw_cloud") else Qt.ArrowCursor)
        self.palette.set_drawing(name == "draw_cloud")
        # No rubber band while drawing ties, clouds or placing notes; the pan tool sets its own.
        if name in ("connect", "note", "draw_cloud"):
            self.view.setDragMode(self.view.DragMode.NoDrag)
        elif name == "select":
            self.view.setDragMode(self.view.DragMode.RubberBandDrag)
        hints = {
            "connect": self.tr("Drag from a person to a family member (a contact) or to another person "
                               "(coordination). Esc cancels."),
            "note": self.tr("Click where the note should go."),
            "pan": self.tr("Drag to move the map."),
            "draw_cloud": self.tr("Draw a loop with the mouse, a pen or a finger: it becomes a new cloud. "
                                  "Esc cancels."),
        }
        self.statusBar().showMessage(hints.get(name, ""), 8000 if name in hints else 1)

    def show_context_menu(self, obj_id, scene_pos, screen_pos) -> None:
        """The menu of what was right-clicked on the map shown (only what does not edit it
        while a status is shown or the map is open elsewhere)."""
        menu = build_menu(self, obj_id, scene_pos, self._shown(), edit_gate.editable(self))
        if menu.actions():
            modal.exec_menu(menu, screen_pos)

    def set_family_view(self, on: bool) -> None:
        """One switch: full screen, the analysis panels hidden, large people and text; the
        drawing tools stay. The same switch brings everything back."""
        if on == getattr(self, "family_view", False):
            return
        self.family_view = on
        self.act_family_view.setChecked(on)
        from skymap.ui.painting import set_family_view  # noqa: PLC0415

        set_family_view(on)  # large names without roles (person_item.py)
        # the whole map is in view: no room for scroll bars (a finger pans)
        policy = Qt.ScrollBarAlwaysOff if on else Qt.ScrollBarAsNeeded
        self.view.setHorizontalScrollBarPolicy(policy)
        self.view.setVerticalScrollBarPolicy(policy)
        for shown in (self.docview, self.status_view):
            if shown is not None:
                shown.apply_text_scale()
        if on:
            self._before_family_view = {
                dock: dock.isVisible()
                for dock in (self.overview_dock, self.inspector_dock, self.timeline_dock, self.changes_dock,
                             self.plan_dock)
            }
            for dock in self._before_family_view:
                dock.hide()
            self.menuBar().hide()
            self.toolbar.setIconSize(self.toolbar.iconSize() * 1.5)
            self._family_styles(True)
            self.showFullScreen()
            QTimer.singleShot(0, self._family_zoom)
        else:
            for dock, visible in getattr(self, "_before_family_view", {}).items():
                dock.setVisible(visible)
            self.menuBar().show()
            self._family_styles(False)
            self.showNormal()
            QTimer.singleShot(0, self.view.fit)

    def _family_zoom(self) -> None:
        """The whole map, fitted: the family view draws the names large enough for that
        (see docs/USER_GUIDE.md, "Read it from across the table")."""
        self._shown().view.fit()

    def _toggle_snap(self, on: bool) -> None:
        self.editor.snapping = on

    # ----- edits from the window -----------------------------------------------------------
    def _shown(self) -> DocumentView:
        """The map on screen: a status or comparison shown in its place, or the working map."""
        return self.status_view or self.docview

    def delete_selection(self) -> None:
        if edit_gate.editable(self):
            self.editor.delete(self.scene.selected_targets())

    def select_all(self) -> None:
        for item in self._shown().scene.items_by_id.values():
            if item.flags() & item.GraphicsItemFlag.ItemIsSelectable and item.kind in ("actor", "member", "note"):
                item.setSelected(True)

    def connect_selected(self) -> None:
        """Draw a tie between the two selected people (keyboard: select one, Ctrl+click or
        Shift+arrow to the other, Ctrl+L)."""
        if not edit_gate.editable(self):
            return
        targets = [obj_id for c, obj_id in self.scene.selected_targets() if c in ("actors", "family")]
        if self.scene.family_item.isSelected():
            targets.append("family")
        if len(targets) != 2:
            self.statusBar().showMessage(self.tr("Select exactly two people to connect them."), 6000)
            return
        link = self.editor.connect(*targets)
        if link is None:
            self.statusBar().showMessage(self.tr("These two cannot be connected (or already are)."), 6000)
        else:
            self.scene.select_only(link.id)

    def rename_selection(self) -> None:
        if not edit_gate.editable(self):
            return
        targets = self.scene.selected_targets()
        if len(targets) == 1 and targets[0][0] != "links":
            self.docview.inline.open_for(*targets[0])

    def copy_selection(self) -> None:
        """Copy the selected people (from a status shown, too: paste them into the map now)."""
        shown = self._shown()
        ids = [obj_id for collection, obj_id in shown.scene.selected_targets() if collection == "actors"]
        text = clipboard.copy_people(shown.doc, ids)
        if text:
            from PySide6.QtCore import QMimeData  # noqa: PLC0415

            mime = QMimeData()
            mime.setData(clipboard.MIME_TYPE, text.encode("utf-8"))
            mime.setText("\n".join(a.name for a in shown.doc.map.actors if a.id in ids))
            QGuiApplication.clipboard().setMimeData(mime)

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if not edit_gate.editable(self) or mime is None:
            return
        if not mime.hasFormat(clipboard.MIME_TYPE):
            from skymap.ui.fast_entry import paste_list  # noqa: PLC0415

            paste_list(self, mime.text() if mime.hasText() else "")  # lines of text onto a cloud: people
            return
        new_ids = self.editor.paste(bytes(mime.data(clipboard.MIME_TYPE)).decode("utf-8"))
        self.scene.clearSelection()
        for obj_id in new_ids:
            self.scene.items_by_id[obj_id].setSelected(True)

    def _centre(self) -> QPointF:
        return self.view.mapToScene(self.view.viewport().rect().center())

    def add_from_palette(self, kind: str) -> None:
        if not edit_gate.editable(self):  # (the editor would add nothing: no item to show)
            return
        self._add_from_palette(kind)

    def _add_from_palette(self, kind: str) -> None:
        """A palette button was clicked: add into the selected cloud (or the cloud of the
        selected person), else in the free place nearest the middle of the view."""
        centre = self._centre()
        if kind in ("professional", "private"):
            actor_kind = ActorKind.PROFESSIONAL if kind == "professional" else ActorKind.PRIVATE
            cloud = self._selected_cloud()
            if cloud is not None:
                obj = self.editor.add_actor_in(cloud, actor_kind)
            else:
                obj = self.editor.add_actor_free(actor_kind, (centre.x(), centre.y()))
            collection = "actors"
        elif kind == "member":
            obj, collection = self.editor.add_member(), "family"
        elif kind == "cloud":
            obj, collection = self.editor.add_domain_free(), "domains"
        else:
            from skymap.model.placement import free_point  # noqa: PLC0415

            x, y = free_point(self.doc.map, (centre.x(), centre.y()), (200.0, 80.0))
            obj, collection = self.editor.add_note(x, y), "annotations"
        item = self.scene.item_for(obj.id)
        if item is None:  # nothing was added (ensureVisible(None) brings the program down)
            return
        self.scene.select_only(obj.id)
        self.view.ensureVisible(item, 60, 60)
        self.docview.inline.open_for(collection, obj.id)

    def _selected_cloud(self) -> str | None:
        for collection, obj_id in self.scene.selected_targets():
            if collection == "domains":
                return obj_id
            if collection == "actors" and self.doc.actor(obj_id).domain:
                return self.doc.actor(obj_id).domain
        return None

    def drop_from_palette(self, kind: str, pos: QPointF) -> None:
        if not edit_gate.editable(self):
            return
        if kind in ("professional", "private"):
            actor_kind = ActorKind.PROFESSIONAL if kind == "professional" else ActorKind.PRIVATE
            obj = self.editor.add_actor(pos.x(), pos.y(), actor_kind, self.scene.domain_at(pos))
            collection = "actors"
        elif kind == "member":
            obj, collection = self.editor.add_member(pos.x(), pos.y()), "family"
        elif kind == "cloud":
            obj, collection = self.editor.add_domain(pos.x(), pos.y()), "domains"
        elif kind == "note":
            obj, collection = self.editor.add_note(pos.x(), pos.y()), "annotations"
        else:
            return
        self.scene.select_only(obj.id)
        self.docview.inline.open_for(collection, obj.id)

    # ----- files -------------------------------------------------------------------------
    # ----- print and export ----------------------------------------------------------------
    def focusNextPrevChild(self, next_child: bool) -> bool:
        """Tab in reading order: palette, map, overview, inspector or statuses (see focus_order)."""
        from skymap.ui.focus_order import next_stop  # noqa: PLC0415

        zones = [self.palette_dock, self.center, self.overview_dock, self.inspector_dock, self.timeline_dock]
        target = next_stop(self, zones, next_child)
        if target is None:
            return super().focusNextPrevChild(next_child)
        target.setFocus(Qt.TabFocusReason if next_child else Qt.BacktabFocusReason)
        return True

    # Files dropped anywhere on the window open too.
def _user_guide() -> Path | None:
    """docs/USER_GUIDE.md beside the program (a source checkout), or None."""
    path = Path(__file__).resolve().parents[2] / "docs" / "USER_GUIDE.md"
    return path if path.is_file() else None
