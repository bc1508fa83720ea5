"""One open map and everything that shows it: document, editor, scene, view, panels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QScrollArea

from skymap.model.document import MapDocument
from skymap.model.objects import SkyMap
from skymap.ui import family_screen
from skymap.ui.after_paint import AfterFirstPaint, pause_collection, resume_collection
from skymap.ui.editor import Editor
from skymap.ui.inline_editor import InlineEditor
from skymap.ui.inspector import Inspector
from skymap.ui.items.base import MapItem
from skymap.ui.overview_panel import OverviewPanel
from skymap.ui.painting import Appearance
from skymap.ui.refit import RefitAfterEdits
from skymap.ui.scene import MapScene
from skymap.ui.signals import DocumentSignals
from skymap.ui.view import MapView


def scrolling(widget) -> QScrollArea:
    """A panel that scrolls rather than forcing the window taller than a laptop's screen."""
    area = QScrollArea()
    area.setObjectName("panelScroll")  # a visible focus frame when Tab reaches it (main_window.STYLE)
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


class DocumentView(QObject):
    """The parts that show one map. `stack` None: a state of the map that is only looked at
    (a status, a comparison), with an undo stack of its own that nothing pushes to.
    `panels` are the overview and the inspector, each in its scroll area, for the window's
    docks. `dispose()` takes all of it away for good."""

    def __init__(self, skymap: SkyMap, stack: QUndoStack | None, lang: str, parent=None,
                 appearance: Appearance | None = None) -> None:
        super().__init__(parent)
        pause_collection()  # until the map's first paint (ui/after_paint.py)
        self._collection_paused = True
        try:
            self._build(skymap, stack, lang, appearance)
        except BaseException:
            self._end_pause()
            raise

    def _build(self, skymap: SkyMap, stack: QUndoStack | None, lang: str, appearance: Appearance | None) -> None:
        if stack is None:
            stack = QUndoStack(self)
        self.lang = lang
        self.doc = MapDocument(skymap)
        self.signals = DocumentSignals(self.doc, self)
        self.editor = Editor(self.doc, stack, self)
        self.scene = MapScene(self.doc, self.signals, self.editor, lang, self, appearance)  # the window's
        from skymap.ui.plan_marks import PlanMarks  # noqa: PLC0415

        PlanMarks(self.scene, self.signals)  # the count of open agreements on a person
        from skymap.ui.ended_ties import EndedTies  # noqa: PLC0415

        EndedTies(self.scene, self.signals)  # the ties of someone who ended, faded as in the PDF
        family_screen.FamilyScreen(self)  # the family view hides what the family's copy leaves out
        self.view = MapView(self.scene)
        RefitAfterEdits(self.view, self.signals, self)  # a fitted map stays fitted while it is built
        self.overview = OverviewPanel(self.doc, lang)
        self.overview.setMinimumWidth(320)
        self.inspector = Inspector(self.doc, self.editor, lang)
        self.inline = InlineEditor(self.view, self.doc, self.editor, lang)
        self.panels = (scrolling(self.overview), scrolling(self.inspector))
        # The overview is measured once per burst of changes, not once per change (it posts
        # its own refresh, OverviewPanel.note; before its first measure it only notes them).
        self.signals.settled.connect(self.overview.note)
        # the overview's first measures once the map is on the screen, not before it
        self._first_measures = AfterFirstPaint(self.view.viewport(), self._first_paint_done, self)
        self.signals.changed.connect(self.inspector.on_change)
        # a renamed or reconnected selection is described anew for screen readers (once the
        # whole edit is shown: the ties of people who moved are laid once the burst is over)
        self.signals.settled.connect(lambda _c: self.view.describe_selection())
        self.scene.selectionChanged.connect(self._selection_changed)
        self.scene.inline_edit_requested.connect(self._inline)

    def dispose(self) -> None:
        """This map is no longer shown: stop following its document and delete the view,
        the scene, the panels and everything else made for it (the caller has taken the
        view and the panels out of the window's layout)."""
        self._first_measures.cancel()
        self._end_pause()
        self.signals.detach()
        for widget in (self.view, *self.panels):
            widget.hide()
            widget.deleteLater()
        self.deleteLater()

    def _first_paint_done(self) -> None:
        """The map is on the screen: what could wait is done now."""
        self._end_pause()
        self.overview.refresh()

    def _end_pause(self) -> None:
        if self._collection_paused:
            self._collection_paused = False
            resume_collection()

    def set_language(self, lang: str) -> None:
        """Speak `lang` on the canvas and in the panels (its translators are installed)."""
        self.lang = self.scene.lang = lang
        for item in self.scene.items_by_id.values():
            item.set_language(lang)
        self.scene.refresh_family()
        self.view.setAccessibleName(QCoreApplication.translate("MapView", "Map"))  # as MapView.__init__ names it
        self.inline.lang = lang
        self.overview.retranslate(lang)
        self.inspector.retranslate(lang)

    def apply_text_scale(self) -> None:
        """The text size or the family view changed (the scene's Appearance): lay out and
        redraw every text."""
        for item in self.scene.items():
            if isinstance(item, MapItem):
                item.rescale()
            else:
                item.update()
        family_screen.apply(self)  # protected people and their ties hidden in the family view
        self.scene.update()

    def _selection_changed(self) -> None:
        try:
            self.inspector.show_selection(self.scene.selected_targets())
        except RuntimeError:  # the scene is being torn down
            pass

    def _inline(self, obj_id: str) -> None:
        collection = self.doc.collection_of(obj_id)
        if collection is not None and collection != "links":
            self.inline.open_for(collection, obj_id)
