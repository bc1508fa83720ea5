"""What the window's parts rely on, written down for the type checker.

MainWindow (main_window.py) is a QMainWindow made of parts, one mixin per job
(window_actions.py, window_files.py, ...). A part reads the window's state, which
MainWindow.__init__ and set_document make, calls QMainWindow's methods, and calls methods
another part defines. `WindowParts` says all of that once: each part derives from it, so
mypy checks a part against the window it will be mixed into, and checks each method
declared here against the part that defines it.

For the type checker only: at run time `WindowParts` is `object`, and a part is the
plain mixin it always was (MainWindow itself is the QMainWindow).

To add state or a method that another part uses: make it in MainWindow.__init__ (or in
the part that owns it) and declare it here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from abc import abstractmethod
    from collections.abc import Callable
    from datetime import date
    from pathlib import Path

    from PySide6.QtCore import QPoint, QPointF, QSize, QTimer
    from PySide6.QtGui import QAction, QUndoStack
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QDialog, QDockWidget, QMainWindow, QMenu, QStackedWidget, QToolBar

    from skymap.model.document import MapDocument
    from skymap.model.errors import SkymapError
    from skymap.model.objects import SkyMap
    from skymap.storage.mapfile import FileStamp
    from skymap.storage.protect import Protection
    from skymap.storage.recovery import Autosaver
    from skymap.ui.dock_sizes import DockSizes
    from skymap.ui.document_view import DocumentView
    from skymap.ui.editor import Editor
    from skymap.ui.file_guard import FileGuard
    from skymap.ui.focus_view import FocusView
    from skymap.ui.import_dialog import ImportDialog
    from skymap.ui.inspector import Inspector
    from skymap.ui.overview_panel import OverviewPanel
    from skymap.ui.painting import Appearance
    from skymap.ui.palette import Palette
    from skymap.ui.plan_panel import PlanPanel
    from skymap.ui.rc_view import RcView
    from skymap.ui.scene import MapScene
    from skymap.ui.settings_dialog import SettingsDialog
    from skymap.ui.shortcuts_dialog import ShortcutsDialog
    from skymap.ui.statuses_panel import StatusesPanel
    from skymap.ui.view import MapView

    Showing = tuple[Callable[..., None], tuple[Any, ...]]
    """A status or comparison on screen as the call that shows it: (method, its arguments)."""

    class WindowParts(QMainWindow):
        """The window as its parts see it (see the module's docstring)."""

        # ----- made in MainWindow.__init__
        lang: str
        docview: DocumentView | None  # None only while __init__ runs, until set_document
        status_view: DocumentView | None
        showing: Showing | None
        changes_closes_with_comparison: bool
        family_view: bool
        docks_before_family_view: dict[QDockWidget, bool]
        maximised_before_family_view: bool
        icon_size_before_family_view: QSize
        scale_before_family_view: float
        dock_sizes: DockSizes
        text_scale: float
        appearance: Appearance
        chosen_dock_width: int | None
        settings_dialog: SettingsDialog | None
        shortcuts_dialog: ShortcutsDialog | None
        import_dialog: ImportDialog | None
        rc_view: RcView | None
        focus_view: FocusView | None
        plan_panel: PlanPanel
        plan_dock: QDockWidget
        fitted_once: bool
        undo_stack: QUndoStack
        undo_index: int
        palette_panel: Palette
        palette_dock: QDockWidget
        overview_dock: QDockWidget
        inspector_dock: QDockWidget
        statuses_panel: StatusesPanel
        statuses_dock: QDockWidget
        changes_dock: QDockWidget
        what_changed_dock: QDockWidget
        act_compare_last: QAction
        statuses_refresh: QTimer
        center: QStackedWidget
        file_guard: FileGuard
        # ----- the working map's parts, made by set_document (docview's)
        doc: MapDocument
        editor: Editor
        scene: MapScene
        view: MapView
        overview: OverviewPanel
        inspector: Inspector
        # ----- made by FilesMixin._init_files
        path: Path | None
        read_only: bool
        restored: bool
        statuses_unsaved: bool
        protection: Protection | None
        autosaver: Autosaver
        autosave_soon: QTimer
        # ----- made by ActionsMixin._build_actions
        act_save: QAction
        act_family_view: QAction
        act_back_to_now: QAction
        act_tidy_bar: QAction
        tool_actions: dict[str, QAction]
        toolbar: QToolBar
        recent_menu: QMenu

        # ----- methods one part calls of another (or of MainWindow), each defined once
        @abstractmethod
        def set_document(self, skymap: SkyMap, path: Path | None, read_only: bool = False,
                         restored: bool = False, stamp: FileStamp | None = None,
                         protection: Protection | None = None) -> None: ...
        @abstractmethod
        def update_title(self) -> None: ...
        # window_actions.py
        @abstractmethod
        def _build_menus(self) -> None: ...
        @abstractmethod
        def _drop_menus(self) -> None: ...
        @abstractmethod
        def _sync_actions(self) -> None: ...
        # window_files.py
        @abstractmethod
        def file_new(self) -> None: ...
        @abstractmethod
        def file_open(self, path: str | Path | None = None) -> bool: ...
        @abstractmethod
        def file_close(self) -> bool: ...
        @abstractmethod
        def _fill_recent(self) -> None: ...
        @abstractmethod
        def import_contacts(self, path: str | None = None) -> ImportDialog | None: ...
        @abstractmethod
        def file_save(self) -> bool: ...
        @abstractmethod
        def file_save_as(self) -> bool: ...
        @abstractmethod
        def is_modified(self) -> bool: ...
        @abstractmethod
        def open_dropped(self, paths: list[str]) -> None: ...
        @abstractmethod
        def error(self, err: SkymapError) -> None: ...
        # window_statuses.py
        @abstractmethod
        def save_status(self, name: str | None = None, when: date | None = None) -> bool: ...
        @abstractmethod
        def compare_statuses(self, earlier_id: str, later_id: str | None, keep_view: bool = False) -> None: ...
        @abstractmethod
        def show_changes_panel(self, for_comparison: bool = False) -> None: ...
        @abstractmethod
        def back_to_now(self) -> None: ...
        # window_appearance.py
        @abstractmethod
        def open_settings(self) -> SettingsDialog: ...
        @abstractmethod
        def set_family_view(self, on: bool) -> None: ...
        @abstractmethod
        def _family_styles(self, on: bool) -> None: ...
        @abstractmethod
        def _fit_toolbar(self) -> None: ...
        # window_edits.py
        @abstractmethod
        def shown(self) -> DocumentView: ...
        @abstractmethod
        def set_tool(self, name: str) -> None: ...
        @abstractmethod
        def _toggle_snap(self, on: bool) -> None: ...
        @abstractmethod
        def delete_selection(self) -> None: ...
        @abstractmethod
        def select_all(self) -> None: ...
        @abstractmethod
        def connect_selected(self) -> None: ...
        @abstractmethod
        def rename_selection(self) -> None: ...
        @abstractmethod
        def copy_selection(self) -> None: ...
        @abstractmethod
        def paste(self) -> None: ...
        @abstractmethod
        def add_from_palette(self, kind: str) -> None: ...
        @abstractmethod
        def show_context_menu(self, obj_id: str | None, scene_pos: QPointF, screen_pos: QPoint) -> None: ...
        # window_export.py
        @abstractmethod
        def default_name(self, suffix: str, anonymous: bool = False) -> str: ...
        @abstractmethod
        def export_pdf(self, path: str | None = None, options: dict | None = None) -> bool: ...
        @abstractmethod
        def export_other(self, suffix: str, path: str | None = None) -> bool: ...
        @abstractmethod
        def print_map(self, printer: QPrinter | None = None, options: dict | None = None) -> bool: ...
        # window_help.py
        @abstractmethod
        def show_shortcuts(self) -> ShortcutsDialog: ...
        @abstractmethod
        def show_user_guide(self) -> QDialog | None: ...
else:
    WindowParts = object  # at run time each part is a plain mixin; MainWindow is the QMainWindow
