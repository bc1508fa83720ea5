"""Opening map after map in one window does not pile up the maps that were closed.

A caseworker keeps Skymap open all day and opens one family's map after another: every
map shown before must be gone (its view, scene, panels, undo stack), not kept alive by the
window. Counted the way Qt and Python see it: the window's QObject children, weak
references to the old documents' Python objects, and the model's subscribers.
"""

from __future__ import annotations

import gc
import shutil
import weakref
from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QGraphicsScene, QGraphicsView

from skymap.storage.mapfile import load_map
from skymap.ui import modal
from skymap.ui.document_view import DocumentView
from skymap.ui.inspector import Inspector
from skymap.ui.main_window import MainWindow
from skymap.ui.overview_panel import OverviewPanel
from tests.helpers import EXAMPLE

SWAPS = 20


def _settle() -> None:
    """Let Qt run the deletions it was asked for (deleteLater) and Python collect."""
    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    gc.collect()


def _alive(refs) -> list:
    return [r() for r in refs if r() is not None and shiboken6.isValid(r())]


def _live(window) -> dict[str, int]:
    """What the window holds now, by kind (only objects Qt has not deleted)."""

    def count(kind) -> int:
        return len([o for o in window.findChildren(kind) if shiboken6.isValid(o)])

    return {
        "document views": count(DocumentView),
        "views": count(QGraphicsView),
        "scenes": count(QGraphicsScene),
        "inspectors": count(Inspector),
        "overviews": count(OverviewPanel),
        "undo stacks": count(QUndoStack),
    }


@pytest.fixture
def two_maps(tmp_path):
    paths = []
    for name in ("hansen.json", "jensen.json"):
        path = tmp_path / name
        shutil.copyfile(EXAMPLE, path)
        path.chmod(0o600)
        paths.append(path)
    return paths


def test_opening_twenty_maps_keeps_only_the_one_on_screen(qtbot, monkeypatch, two_maps):
    window = MainWindow(load_map(two_maps[0]), two_maps[0], "da")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    _settle()
    start = _live(window)
    assert start["document views"] == 1 and start["inspectors"] == 1
    # A status saved and looked at, then back to now: its own view and undo stack come and go too.
    names = (f"Statusmøde {n}" for n in range(1, 100))
    monkeypatch.setattr(modal, "ask_status", lambda *a: (next(names), date(2026, 9, 14)))

    chosen = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(chosen[-1]), "")))
    old_docs, old_scenes, old_views, old_docviews = [], [], [], []
    for i in range(SWAPS):
        old_docs.append(weakref.ref(window.doc))
        old_scenes.append(weakref.ref(window.scene))
        old_views.append(weakref.ref(window.view))
        old_docviews.append(weakref.ref(window.docview))
        if i % 4 == 1:  # now and then a status is on screen when the next map is opened
            window.statuses_dock.raise_()
            window.statuses_panel.save_button.click()
            window.statuses_panel.list.item(0).setSelected(True)
            window.statuses_panel.view_button.click()  # "Show": the status in place of the map
            assert window.status_view is not None
        chosen.append(two_maps[(i + 1) % 2])
        QTest.keyClick(window, Qt.Key_O, Qt.ControlModifier)  # File ▸ Open (Ctrl+O)
        assert window.path == chosen[-1]
        _settle()

    live = _live(window)
    assert live == start, f"after {SWAPS} maps opened: {live}, at the start: {start}"
    assert _alive(old_scenes) == [] and _alive(old_views) == [] and _alive(old_docviews) == []
    # The closed maps themselves are gone: nothing in the window still holds on to them.
    assert [ref() for ref in old_docs if ref() is not None] == []
    # The map on screen still works after all that.
    before = len(window.doc.map.snapshots)
    window.statuses_dock.raise_()
    window.statuses_panel.save_button.click()
    assert len(window.doc.map.snapshots) == before + 1
