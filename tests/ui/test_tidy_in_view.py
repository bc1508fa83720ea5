"""Tidy Up with the view zoomed into empty space: the tidied map is brought into view (as
View ▸ Fit), so the user sees what Tidy Up did; a view that shows part of the map keeps
the user's zoom and place. Pressing Tidy Up on a map that is tidy already says so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from skymap.ui.tidy_view import map_in_view
from tests.helpers import by_name


@pytest.fixture
def window(example_window_each_language):
    return example_window_each_language  # (tests/ui/conftest.py: English and Danish)


def zoom_in(window, times: int) -> None:
    for _ in range(times):  # View ▸ Zoom In, by its key
        QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.ZoomIn))


def untidy(window) -> None:
    """Two people on one spot (as a map from an older file can have them; a drag now puts
    the one let go beside the other, model/drop.py): something for Tidy Up to do."""
    karin, lise = by_name(window.doc, "Karin Holm"), by_name(window.doc, "Lise Dam")
    window.editor.update("Move", [("actors", lise.id, {"x": karin.x, "y": karin.y})])


def visible(window):
    view = window.view
    return view.mapToScene(view.viewport().rect()).boundingRect()


def test_tidy_up_zoomed_into_empty_space_brings_the_tidied_map_into_view(window):
    untidy(window)
    zoom_in(window, 6)
    view = window.view
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())  # the far corner
    view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
    assert not map_in_view(view) and not view.auto_fit
    steps = window.undo_stack.count()
    QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # Edit ▸ Tidy Up
    assert window.undo_stack.count() == steps + 1
    bounds = window.scene.itemsBoundingRect()
    assert visible(window).contains(bounds)  # the whole tidied map, as View ▸ Fit shows it
    assert view.auto_fit


def test_tidy_up_keeps_the_zoom_and_place_of_a_view_that_shows_part_of_the_map(window):
    untidy(window)
    view = window.view
    view.centerOn(window.scene.item_for(by_name(window.doc, "Karin Holm").id))
    zoom_in(window, 2)
    zoom, steps = view.zoom(), window.undo_stack.count()
    assert map_in_view(view)
    window.act_tidy_bar.trigger()  # the toolbar's Tidy Up
    assert window.undo_stack.count() == steps + 1
    assert view.zoom() == zoom and not view.auto_fit


def test_tidy_up_on_a_tidy_map_says_so(window):
    QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # (the example may need a little)
    steps = window.undo_stack.count()
    QTest.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.undo_stack.count() == steps
    said = {"en": "The map is tidy already.", "da": "Kortet er allerede ryddeligt."}[window.lang]
    assert window.statusBar().currentMessage() == said
