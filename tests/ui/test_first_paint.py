"""A map opens with one paint of the map: the toolbar is fitted to the window before the
first paint (fitted after it, its new height shrank the map a pixel, which was refitted and
painted all over again: on a big map a second or so of a busy window)."""

from __future__ import annotations

from skymap.storage.mapfile import load_map
from skymap.ui.main_window import MainWindow
from skymap.ui.view import MapView
from tests.ui.conftest import EXAMPLE


def test_a_map_in_a_narrow_window_is_painted_once_as_it_opens(qtbot, monkeypatch):
    paints = []
    original = MapView.paintEvent

    def counted(view, event):
        original(view, event)
        paints.append(view)

    monkeypatch.setattr(MapView, "paintEvent", counted)
    window = MainWindow(load_map(EXAMPLE), None, "da")
    qtbot.addWidget(window)
    window.resize(800, 700)  # narrow: the toolbar takes a smaller font to fit
    window.show()
    qtbot.waitUntil(lambda: window.view in paints, timeout=5000)
    qtbot.wait(300)  # whatever was queued at the start has run
    assert paints.count(window.view) == 1
    window.undo_stack.setClean()
