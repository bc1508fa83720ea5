"""The window's statuses over time: save a status (a meeting's record, kept in the file),
show one or compare two in place of the working map (read-only), the panel of what changed
and the figures over time, and the way back to now."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from skymap.model.errors import SkymapError
from skymap.model.metrics import stale_measures
from skymap.model.objects import MapContent, SkyMap
from skymap.model.quotes import in_quotes
from skymap.model.title import shown_title
from skymap.ui import changes_list, edit_gate, modal, selection_actions, status_banner
from skymap.ui.document_view import DocumentView
from skymap.ui.quotes import quoted
from skymap.ui.window_parts import WindowParts


class StatusesMixin(WindowParts):
    """Part of MainWindow (see main_window.py): statuses saved, shown and compared.

    Its state, made in MainWindow.__init__: `status_view` (the DocumentView of a status or
    a comparison shown instead of the map, or None), `showing` (how that was shown, to show
    it again after an undo or in another language), `changes_closes_with_comparison`."""

    def compared_with_now(self) -> bool:
        """A status is compared with the working map now (which follows every undo)."""
        return (
            self.status_view is not None
            and self.showing is not None
            and self.showing[0] == self.compare_statuses
            and self.showing[1][1] is None
        )

    def save_status(self, name: str | None = None, when=None) -> bool:
        """ "Gem status": keep the map as it is now, named and dated, inside the file, and save
        the file with it. A status records a meeting: it is not an undoable map edit."""
        from skymap.model.status import add_status  # noqa: PLC0415

        if self.read_only or self.status_view is not None:
            return False
        if name is None:
            default = (
                QCoreApplication.translate("MainWindow", "Start")
                if not self.doc.map.snapshots
                else QCoreApplication.translate("MainWindow", "Status meeting %1").replace(
                    "%1", str(len(self.doc.map.snapshots))
                )
            )
            answer = modal.ask_status(self, default)
            if not answer or not answer[0]:
                return False
            name, when = answer
        try:
            snap = add_status(self.doc, name, when)
        except SkymapError as err:
            QMessageBox.warning(self, "Skymap", err.message(self.lang))
            return False
        self.statuses_dock.raise_()
        self._status_written(
            QCoreApplication.translate("MainWindow", "Status “%1” saved in %2.").replace("%1", snap.label),
            QCoreApplication.translate(
                "MainWindow", "Status “%1” is kept, but the file is not saved (File > Save)."
            ).replace("%1", snap.label),
        )
        return True

    def remove_status(self, snap_id: str) -> bool:
        """Remove a status after asking (it cannot be undone), and save the file without it."""
        snap = self.doc.get("snapshots", snap_id)
        if snap is None or self.read_only:
            return False
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Skymap")
        box.setText(QCoreApplication.translate("MainWindow", "Remove the status “%1”?").replace("%1", snap.label))
        box.setInformativeText(
            QCoreApplication.translate("MainWindow", "It is the record of a meeting. Removing it cannot be undone.")
        )
        remove = box.addButton(
            QCoreApplication.translate("MainWindow", "Remove status"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        if modal.exec_box(box) is not remove:
            return False
        if self.status_view is not None:
            self.back_to_now()
        self.doc.remove("snapshots", snap_id)
        self._status_written(
            QCoreApplication.translate("MainWindow", "Status “%1” removed from %2.").replace("%1", snap.label),
            QCoreApplication.translate(
                "MainWindow", "Status “%1” is removed, but the file is not saved (File > Save)."
            ).replace("%1", snap.label),
        )
        return True

    def _status_written(self, saved: str, unsaved: str) -> None:
        """Statuses live outside the undo history: write the file at once (Save As when the map
        has none yet) and say where; if that is cancelled, the window counts as unsaved."""
        self.statuses_unsaved = True
        self.setWindowModified(True)
        if self.file_save():
            assert self.path is not None  # (saved: it has a file now)
            self.statusBar().showMessage(saved.replace("%2", self.path.name), 10000)
        else:
            self.setWindowModified(self.is_modified())
            self.statusBar().showMessage(unsaved, 15000)

    def _show_other(self, skymap: SkyMap, mode: str, keep_view: bool = False) -> DocumentView:
        """Show another state of the map (read-only) in place of the working map; with
        `keep_view` at the zoom and scroll of the one it replaces."""
        old = self.status_view.view if keep_view and self.status_view is not None else None
        place = (old.transform(), old.horizontalScrollBar().value(), old.verticalScrollBar().value()) if old else None
        if self.status_view is not None:
            self._drop_other()
        view = DocumentView(skymap, None, self.lang, self, self.appearance)
        view.editor.read_only = True
        self.center.addWidget(view.view)
        self.center.setCurrentWidget(view.view)
        self.overview_dock.setWidget(view.panels[0])  # (the inspector: then, read-only)
        self.inspector_dock.setWidget(view.panels[1])
        view.scene.context_menu_requested.connect(self.show_context_menu)
        selection_actions.follow(self, view.scene)  # (Copy: a person of an earlier status)
        view.view.files_dropped.connect(self.open_dropped)
        self.status_view = view
        edit_gate.apply(self)  # nothing may edit the working map meanwhile
        self.statuses_panel.set_mode(mode)
        self.act_back_to_now.setEnabled(True)
        self.statusBar().showMessage(mode)
        if place is not None:
            view.view.setTransform(place[0])
            view.view.horizontalScrollBar().setValue(place[1])
            view.view.verticalScrollBar().setValue(place[2])
        else:
            QTimer.singleShot(0, view.view.fit)
        return view

    def _drop_other(self) -> None:
        view, self.status_view = self.status_view, None
        if view is not None:
            self.center.removeWidget(view.view)
            view.dispose()  # (its overview and inspector leave the docks with it)

    def view_status(self, snap_id: str) -> None:
        snap = self.doc.get("snapshots", snap_id)
        if snap is None:
            return
        skymap = self._state_map(snap.content, snap.label)
        self.showing = (self.view_status, (snap_id,))
        when = QLocale().toString(snap.date, QLocale.FormatType.ShortFormat)
        self._show_other(
            skymap,
            QCoreApplication.translate("MainWindow", "Showing the status “%1” of %2 — read-only.")
            .replace("%1", snap.label)
            .replace("%2", when),
        )
        self.statuses_panel.show_changes([])
        status_banner.showing(self, snap.label, snap.date)

    def compare_statuses(self, earlier_id: str, later_id: str | None, keep_view: bool = False) -> None:
        from skymap.model.status import diff, sentences  # noqa: PLC0415
        from skymap.ui.compare import decorate  # noqa: PLC0415

        earlier = self.doc.get("snapshots", earlier_id)
        later = self.doc.get("snapshots", later_id) if later_id else None
        if earlier is None:
            return
        self.showing = (self.compare_statuses, (earlier_id, later_id))
        if later is not None and (later.date, later.taken) < (earlier.date, earlier.taken):
            earlier, later = later, earlier
        after = later.content if later is not None else self.doc.map.content()
        now = QCoreApplication.translate("MainWindow", "now")
        mode = (
            QCoreApplication.translate(
                "MainWindow", "Comparing “%1” with %2: new people are marked, those who left are faint."
            )
            .replace("%1", earlier.label)
            .replace("%2", quoted(later.label) if later is not None else now)
        )
        view = self._show_other(self._state_map(after, later.label if later else now), mode, keep_view)
        status_banner.comparing(self, earlier.label, later.label if later is not None else None)
        d = diff(earlier.content, after, later.date if later is not None else None)  # (overdue on that day)
        decorate(view.scene, d, earlier.content, self.lang)

        def named(snap) -> str:
            return f"{quoted(snap.label)} ({QLocale().toString(snap.date, QLocale.FormatType.ShortFormat)})"

        heading = (
            QCoreApplication.translate("MainWindow", "What changed from %1 to %2")
            .replace("%1", named(earlier))
            .replace("%2", named(later) if later is not None else now)
        )
        from skymap.model.rc import diff_lines as rc_lines  # noqa: PLC0415

        lang = self.doc.map.meta.language if self.lang is None else self.lang
        # the relational coordination then and now after the other changes
        states = (in_quotes(earlier.label, lang), in_quotes(later.label, lang)) if later is not None else None
        rc = [line.strip() for line in rc_lines(earlier.content, after, lang, states)]
        self.statuses_panel.show_changes([*sentences(d, lang, states), *rc], heading)
        changes_list.show(self)  # beside the map, which keeps its room

    def show_changes_panel(self, for_comparison: bool = False) -> None:
        """The panel of the figures over time, under the map, with room to read."""
        dock = self.changes_dock
        if dock.isVisible():
            return
        self.changes_closes_with_comparison = for_comparison  # opened for a comparison: closed with it
        dock.show()
        self.resizeDocks([dock], [max(250, round(self.height() * 0.36))], Qt.Orientation.Vertical)

    def _status_view_follows(self, _index: int = 0) -> None:
        """After an undo or redo: a comparison with now is measured again, and a status
        that is gone is no longer shown."""
        showing = self.showing
        if self.status_view is None or showing is None:
            return
        show, args = showing
        if any(a and self.doc.get("snapshots", a) is None for a in args):
            self.back_to_now()
        elif show == self.compare_statuses and args[1] is None:
            self.compare_statuses(args[0], None, keep_view=True)

    def back_to_now(self) -> None:
        if self.status_view is None:
            return
        # the working panels go back into the docks before the status's panels are deleted:
        # an empty dock shrinks the right-hand column to a sliver that stayed so
        assert self.docview is not None
        self.overview_dock.setWidget(self.docview.panels[0])
        self.inspector_dock.setWidget(self.docview.panels[1])
        self._drop_other()
        self.center.setCurrentWidget(self.view)
        edit_gate.apply(self)
        self.statuses_panel.set_mode("")
        self.act_back_to_now.setEnabled(False)
        self.statuses_panel.show_changes([])
        status_banner.hide(self)
        changes_list.hide(self)
        if self.changes_closes_with_comparison:
            self.changes_dock.hide()
        self.statusBar().clearMessage()

    def _state_map(self, content: MapContent, label: str) -> SkyMap:
        meta = self.doc.map.meta.model_copy(update={"title": f"{shown_title(self.doc.map.meta)} — {label}"})
        return SkyMap(
            meta=meta,
            settings=self.doc.map.settings,
            family=list(content.family),
            domains=list(content.domains),
            actors=list(content.actors),
            links=list(content.links),
            annotations=list(content.annotations),
            goals=list(content.goals),
            agreements=list(content.agreements),
        )

    def _make_room_for_statuses(self, visible: bool) -> None:
        if not visible or self.family_view or not self.overview_dock.isVisible():
            return
        total = self.overview_dock.height() + self.statuses_dock.height()
        if self.statuses_dock.height() < total // 2:
            self.resizeDocks(
                [self.overview_dock, self.statuses_dock], [total // 2, total - total // 2], Qt.Orientation.Vertical
            )

    def _refresh_statuses_soon(self) -> None:
        self.statuses_refresh.start()  # (one refresh for a burst of edits)

    def _statuses_follow(self, changes: list) -> None:
        """A burst of edits: a status saved or removed is listed at once; the figures of
        "now" follow soon after other edits, not after moves (no figure reads where things stand)."""
        if any(c.collection == "snapshots" for c in changes):
            self.statuses_panel.refresh()
        elif stale_measures(changes):
            self._refresh_statuses_soon()
