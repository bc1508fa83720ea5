"""The main window: canvas in the middle, palette left, overview and inspector right.

This module holds the window's frame: its docks, the one working map on screen
(`set_document`, which takes the map shown before away for good), the title and the
focus order. Each other job is a part of its own, mixed into MainWindow:

- window_actions.py: menus, actions and toolbar
- window_files.py: the file session (open, save, locks, autosave, recovery)
- window_statuses.py: statuses saved, shown and compared
- window_appearance.py: language, text size, family view, the style sheet
- window_edits.py: edits started from the window (Edit menu, palette, context menu)
- window_export.py: export and print (through skymap.export.dispatch)
- window_help.py: keyboard shortcuts and the user guide

All of the window's state is made in `__init__`; each part's docstring says what it uses.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStackedWidget

from skymap.model.objects import SkyMap
from skymap.model.title import shown_title
from skymap.storage import locks, settings
from skymap.ui import edit_gate, empty_fit, selection_actions, tidy_view
from skymap.ui.dock_sizes import DockSizes
from skymap.ui.document_view import DocumentView, scrolling
from skymap.ui.painting import Appearance
from skymap.ui.palette import Palette, draw_icon
from skymap.ui.statuses_panel import StatusesPanel
from skymap.ui.window_actions import ActionsMixin
from skymap.ui.window_appearance import STYLE, AppearanceMixin
from skymap.ui.window_edits import EditsMixin
from skymap.ui.window_export import ExportMixin
from skymap.ui.window_files import FilesMixin
from skymap.ui.window_help import HelpMixin
from skymap.ui.window_statuses import StatusesMixin


def _same_file(a, b) -> bool:
    return a is not None and b is not None and Path(a).resolve() == Path(b).resolve()


class MainWindow(ActionsMixin, FilesMixin, StatusesMixin, AppearanceMixin, EditsMixin, ExportMixin, HelpMixin,
                 QMainWindow):
    def __init__(self, skymap: SkyMap, path: Path | None, lang: str, stamp=None, protection=None) -> None:
        super().__init__()
        # Before any child exists: set later, Qt would style every widget a second time.
        self.setStyleSheet(STYLE)
        self.lang = lang
        # ----- the window's state (each part's attributes, made here, before anything uses them)
        self.docview: DocumentView | None = None  # the working map on screen (set_document)
        self.status_view: DocumentView | None = None  # a status or a comparison shown instead of the map
        self.showing = None  # (how it was shown, with what): shown again after an undo or in another language
        self.changes_closes_with_comparison = False  # the changes panel was opened for the comparison on screen
        self.family_view = False  # View ▸ Family view: full screen, large people and text
        self.docks_before_family_view: dict[QDockWidget, bool] = {}
        self.maximised_before_family_view = False  # the family view gives back a maximised window maximised
        self.icon_size_before_family_view = QSize()  # the toolbar's icons, larger in the family view
        self.scale_before_family_view = 1.0  # the text size then (changed in it: the panels follow)
        self.dock_sizes = DockSizes(self)  # the docks' sizes, put back after the family view (dock_sizes.py)
        from skymap.ui.dock_tabs import DockTabs  # noqa: PLC0415

        self.dock_tabs = DockTabs(self)  # the docks' tab names whole at a larger text size (dock_tabs.py)
        self.text_scale = 1.0
        self.appearance = Appearance()  # the canvas's text size and family view, handed to every map shown
        self.chosen_dock_width: int | None = None  # the panels' width the text size last chose
        self.settings_dialog = None  # Edit ▸ Settings, once opened (not modal)
        self.shortcuts_dialog = None  # Help ▸ Keyboard shortcuts, the last one opened
        self.import_dialog = None  # File ▸ Import contact list's preview (import_dialog.py)
        self.rc_view = None  # View ▸ Relational coordination, once opened (rc_view.py)
        self.focus_view = None  # a child's own view while one is shown (focus_view.py)
        self.fitted_once = False  # the map is fitted once the window first has its real size
        self._init_files()  # path, read_only, restored, protection, autosave (window_files.py)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.undo_index = 0
        self.undo_stack.indexChanged.connect(self._after_undo_step)
        self.undo_stack.indexChanged.connect(self._status_view_follows)
        self.setAcceptDrops(True)
        from skymap.ui import typing_guard  # noqa: PLC0415

        typing_guard.install(self)  # a letter typed in a field never switches the tool
        self.icons = {k: draw_icon(k) for k in ("professional", "private", "member", "cloud", "note")}
        self.palette_panel = Palette(self.icons)
        self.palette_panel.add_requested.connect(self.add_from_palette)
        self.palette_panel.draw_requested.connect(lambda on: self.set_tool("draw_cloud" if on else "select"))
        self.palette_dock = self.add_dock(
            self.tr("Add"), "paletteDock", self.palette_panel, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.palette_panel.setMaximumWidth(220)
        self.overview_dock = self.add_dock(
            self.tr("Overview"), "overviewDock", None, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.inspector_dock = self.add_dock(
            self.tr("Inspector"), "inspectorDock", None, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.statuses_panel = StatusesPanel(lang)
        self.statuses_panel.chart.appearance = self.appearance
        # objectName "timelineDock" (the older name) is kept: a window state Qt saves (saveState) names docks by it
        self.statuses_dock = self.add_dock(self.tr("Statuses"), "timelineDock", scrolling(self.statuses_panel),
                                           Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.inspector_dock, self.statuses_dock)
        from skymap.ui import plan_panel  # noqa: PLC0415

        plan_panel.install(self)  # plan_panel, plan_dock: the joint plan's tab beside the inspector and the statuses
        # The statuses' list, buttons and chart need more height than the inspector's form:
        # when their tab comes to the front, they get at least half of the right side.
        self.statuses_dock.visibilityChanged.connect(self._make_room_for_statuses)
        self.inspector_dock.raise_()
        self.statuses_panel.save_requested.connect(lambda: self.save_status())
        self.statuses_panel.view_requested.connect(self.view_status)
        self.statuses_panel.compare_requested.connect(self.compare_statuses)
        self.statuses_panel.now_requested.connect(self.back_to_now)
        self.statuses_panel.remove_requested.connect(self.remove_status)
        from skymap.ui import changes_list  # noqa: PLC0415

        changes_list.install(self)  # what_changed_dock: what changed, beside the map while comparing
        # The figures over time: under the map, the window's width (hidden until asked for).
        self.changes_dock = self.add_dock(self.tr("Figures over time"), "changesDock",
                                          self.statuses_panel.changes_panel, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.changes_dock.setFeatures(self.changes_dock.features() | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.changes_dock.hide()
        self.setCorner(
            Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea
        )  # the statuses' buttons keep their height
        self.statuses_panel.figures_requested.connect(lambda: self.show_changes_panel())
        self.statuses_refresh = QTimer(self)  # one refresh of the statuses' figures for a burst of edits
        self.statuses_refresh.setSingleShot(True)
        self.statuses_refresh.setInterval(300)
        self.statuses_refresh.timeout.connect(self.statuses_panel.refresh)
        # One permanent central widget: the map, or a status shown in its place.
        self.center = QStackedWidget()
        self.setCentralWidget(self.center)
        self._build_menus()
        edit_gate.follow_undo(self)  # no undo behind a status on screen
        from skymap.ui.file_guard import FileGuard  # noqa: PLC0415
        from skymap.ui.qt_settings import keep_qt_settings_private  # noqa: PLC0415

        keep_qt_settings_private()  # Qt's file dialogs keep their history in Skymap's own folder
        self.file_guard = FileGuard(self)  # notices a change on disk; the notice bar
        self.set_document(skymap, path, stamp=stamp, protection=protection)
        if settings.text_scale() != 1.0:
            self.set_text_scale(settings.text_scale())
        from skymap.ui.window_size import first_geometry, panel_width  # noqa: PLC0415

        self.setGeometry(first_geometry(QGuiApplication.primaryScreen()))
        self.resizeDocks([self.overview_dock, self.inspector_dock], [640, 300], Qt.Orientation.Vertical)
        self.resizeDocks([self.overview_dock], [panel_width(self.width())], Qt.Orientation.Horizontal)

    def add_dock(self, title: str, name: str, widget, area) -> QDockWidget:
        """A dock of the window (movable, floatable) holding `widget`, in `area`."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
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
        self.docview = DocumentView(skymap, self.undo_stack, self.lang, self, self.appearance)
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
        selection_actions.follow(self, self.scene)  # Copy, Delete, Rename… enabled by the selection
        empty_fit.follow(self.view, self.scene)  # an empty map opens readable, not whole and tiny
        if old is not None:  # the map shown before goes, all of it (nothing keeps it alive)
            self.center.removeWidget(old.view)
            old.dispose()
        self.path = path
        self.restored = restored
        self.protection = protection  # (a Protection: every save and recovery file sealed with it)
        self.statuses_unsaved = False
        self.editor.cpr_guard = self.ask_remove_cpr
        self._set_read_only(read_only)
        # (once per burst of changes: a step that moves hundreds of people is one)
        self.docview.signals.settled.connect(lambda _c: self.autosave_soon.start())
        # the map's title (inspector, undo, redo) is the window's title at once
        self.docview.signals.settled.connect(
            lambda cs: self.update_title() if any(c.collection == "meta" for c in cs) else None)
        self.statuses_panel.set_document(self.doc)
        if self.rc_view is not None:
            self.rc_view.follow()  # the relational-coordination view shows the map now open
        self.docview.signals.settled.connect(self._statuses_follow)
        self.undo_stack.setClean()
        self.set_tool("select")
        self.update_title()
        self.view.fit()
        tidy_view.say_loose(self)  # people standing inside a cloud they are not in: Tidy Up moves them out
        self.file_guard.follow(path, stamp, read_only)  # (`stamp`: what was read, to notice a change)
        if restored:
            self.autosave()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.fitted_once:
            # Fit only once the window has its real size.
            self.fitted_once = True
            # The toolbar fitted to the real width now, before the first paint: later, its
            # new height shrank the map by a pixel, which refitted and painted it again.
            self._fit_toolbar()
            QTimer.singleShot(0, self.view.fit)
            # Start on the map (not on the first panel button or tab): a screen reader says
            # "Map" and what is selected, and the arrow keys move about the map at once.
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def update_title(self) -> None:
        title = shown_title(self.doc.map.meta, self.lang)
        name = f" ({self.path.name})" if self.path else ""
        read_only = self.tr("read-only")
        mode = f" [{read_only}]" if self.read_only else ""
        from skymap.ui import protect_ui  # noqa: PLC0415

        mode += protect_ui.title_mark(self)
        protect_ui.mark(self)
        self.setWindowTitle(f"{title}{name}{mode}[*] — Skymap")
        self.setWindowModified(self.is_modified())

    def focusNextPrevChild(self, next_child: bool) -> bool:
        """Tab in reading order: palette, map, overview, inspector or statuses (see focus_order)."""
        from skymap.ui.focus_order import next_stop  # noqa: PLC0415

        zones = [self.palette_dock, self.center, self.overview_dock, self.inspector_dock, self.statuses_dock]
        target = next_stop(self, zones, next_child)
        if target is None:
            return super().focusNextPrevChild(next_child)
        target.setFocus(Qt.FocusReason.TabFocusReason if next_child else Qt.FocusReason.BacktabFocusReason)
        return True
