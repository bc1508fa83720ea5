"""A child's own view on screen: "Show only Emil's network".

One family member, the people they meet and the ties among those people stay on the map;
everything else is hidden (not faded). A bar above the map says whose network is shown and
offers the way back; View ▸ Show the Whole Map does the same. Which people and ties stay is
the model's rule (model/focus.py), the same as `skymap export --focus`. The focus follows
the map while it lasts (someone new in contact with the member appears) and ends when the
member is deleted, another map is opened or a status is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QTimer
from PySide6.QtGui import QAction

from skymap.model.focus import focus_of, network_title
from skymap.ui import family_screen
from skymap.ui.items.family_item import FamilyItem
from skymap.ui.refit import needs_refit

KEY = "focus"


class FocusView(QObject):
    """Keeps a DocumentView's scene showing only one member's network (a child of the scene)."""

    def __init__(self, window, member_id: str) -> None:
        super().__init__(window.docview.scene)
        self.window = window
        self.docview = window.docview
        self.member_id = member_id
        self.stopped = False
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(0)
        self._again.timeout.connect(self.apply)
        self.docview.signals.changed.connect(self._on_change)

    def _on_change(self, change) -> None:
        if change.collection == "family" and change.action == "removed" and change.id == self.member_id:
            QTimer.singleShot(0, lambda: end_focus(self.window))
        elif change.collection in ("family", "actors", "links", "domains", "annotations"):
            self._again.start()

    def shown_ids(self) -> frozenset[str]:
        return focus_of(self.docview.doc.map, self.member_id).shown

    def apply(self) -> None:
        """Hide everything the member's network does not hold; show what it does."""
        if self.stopped:
            return
        family_screen.apply(self.docview)  # (the family view may hide some of them too; clouds counted)
        view = self.docview.view
        if view.auto_fit and view.fit_area == self.area and view.isVisible():  # as ui/refit.py does
            area = self.area()
            if not area.isEmpty() and needs_refit(area, view.mapToScene(view.viewport().rect()).boundingRect(),
                                                  view.zoom(), view.viewport().width(), view.viewport().height()):
                view.fit()

    def area(self) -> QRectF:
        """The member's network (what is shown, not the whole map, most of it hidden)."""
        rect = QRectF()
        for item in self.docview.scene.items():
            if item.isVisible() and item.parentItem() is None and not isinstance(item, FamilyItem):
                rect |= item.sceneBoundingRect()
        return rect.adjusted(-24, -24, 24, 24) if not rect.isEmpty() else rect

    def fit(self) -> None:
        """The member's network in view, and kept fitted as View ▸ Fit keeps the whole map:
        when the window changes size (F11, a dock), after edits, at View ▸ Fit."""
        view = self.docview.view
        view.fit_area = self.area
        view.fit()

    def stop(self) -> None:
        self.stopped = True
        self._again.stop()
        try:
            if self.docview.view.fit_area == self.area:
                self.docview.view.fit_area = None  # View ▸ Fit shows the whole map again
        except RuntimeError:
            pass
        try:
            self.docview.signals.changed.disconnect(self._on_change)
        except (RuntimeError, TypeError):
            pass
        try:
            family_screen.apply(self.docview)  # everyone, but what the family view hides (clouds counted)
        except RuntimeError:  # the map shown before is gone already
            pass


def show_focus(window, member_id: str) -> None:
    """Show only the network of the family member `member_id` on the working map."""
    member = window.doc.member(member_id)
    if member is None or window.status_view is not None:
        return
    end_focus(window, refit=False)
    focus = window.focus_view = FocusView(window, member_id)
    focus.apply()
    window.docview.overview.show_member(member_id)  # the overview counts what is shown
    title = network_title(member.name, window.lang)
    text = QCoreApplication.translate("FocusView", "Only %1 is shown: %2, the people they meet and the ties among "
                                                   "those people.").replace("%1", title).replace("%2", member.name)
    window.file_guard.bar.show_notice(KEY, text, [(QCoreApplication.translate("FocusView", "Show the whole map"),
                                                   lambda: end_focus(window))])
    focus.fit()
    # the bar above the map takes its height once the layout has run: fit again then, or the
    # lowest clouds are cut off
    QTimer.singleShot(0, lambda: focus.fit() if window.focus_view is focus and not focus.stopped else None)


def end_focus(window, refit: bool = True) -> None:
    """Everyone on the map again."""
    focus = window.focus_view
    window.focus_view = None
    if focus is None:
        return
    focus.stop()
    try:
        focus.deleteLater()
    except RuntimeError:
        pass
    if focus.docview is window.docview:
        window.docview.overview.show_member(None)  # the whole map's figures again
    window.file_guard.bar.drop(KEY)
    if refit and focus.docview is window.docview:
        window.view.fit()


def focus_selected(window) -> None:
    """View ▸ Show Only the Selected Member's Network."""
    members = [obj_id for collection, obj_id in window.scene.selected_targets() if collection == "family"]
    if len(members) != 1:
        window.statusBar().showMessage(QCoreApplication.translate(
            "FocusView", "Select one family member first, then choose whose network to show."), 8000)
        return
    show_focus(window, members[0])


def add_actions(window, view_menu) -> None:
    """The View menu's two entries (made again with the menus in another language)."""
    view_menu.addSeparator()
    for name, text, slot in (
        ("focusSelected", QCoreApplication.translate("FocusView", "Show Only the Selected Member's &Network"),
         lambda: focus_selected(window)),
        ("focusEnd", QCoreApplication.translate("FocusView", "Show the &Whole Map"), lambda: end_focus(window)),
    ):
        act = QAction(text, window)
        act.setObjectName(name)
        act.triggered.connect(slot)
        view_menu.addAction(act)
        if name == "focusEnd":  # only while a member's network is shown
            view_menu.aboutToShow.connect(lambda act=act: act.setEnabled(window.focus_view is not None))
