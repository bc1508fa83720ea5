"""The overview follows an edit at once (issue 17): after a tie made with Ctrl+L, a person
added, renamed, moved to another cloud or deleted with the Delete key, Ctrl+Z and Ctrl+Y, the
overview shows the new figures and findings in the turn of the event loop in which the map is
painted again, and they are what an overview opened anew on the map shows:
its measures are brought up to date from the edit (model/live_measures.py), not measured
anew, and its counts table changes only the cells whose text changed."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bench.maps import big_map
from skymap.model.vocabulary import ActorKind
from skymap.ui import i18n
from skymap.ui.main_window import MainWindow
from skymap.ui.overview_panel import OverviewPanel
from skymap.ui.view import MapView


def _shown(panel: OverviewPanel) -> tuple:
    """What the overview shows: headline, counts row by row, findings as listed."""
    counts = panel.counts
    cells = [(counts.item(r, 0).text(), counts.item(r, 1).text()) for r in range(counts.rowCount())]
    found = [panel.findings.item(i).text() for i in range(panel.findings.count())]
    return panel.headline.text(), cells, counts.spoken_rows(), found


def _fresh(window: MainWindow) -> tuple:
    """What an overview opened anew on the window's map shows."""
    panel = OverviewPanel(window.doc, window.lang)
    panel.refresh()
    try:
        return _shown(panel)
    finally:
        panel.deleteLater()


@pytest.fixture(params=["en", "da"])
def window(request, qtbot, monkeypatch):
    app = QApplication.instance()
    i18n.install(app, request.param)
    seen: list[tuple] = []  # what the overview showed at each paint of the map
    paint = MapView.paintEvent

    def painted(view, event):
        paint(view, event)
        window = view.window()
        if isinstance(window, MainWindow) and view is window.view:
            seen.append(_shown(window.overview))

    monkeypatch.setattr(MapView, "paintEvent", painted)  # (before the view is made)
    win = MainWindow(big_map(30, 60, seed=5), None, request.param)
    win.painted = seen
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.overview.measured, timeout=5000)
    yield win
    win.undo_stack.setClean()
    i18n.install(app, "en")


def _one_turn(window: MainWindow) -> None:
    """The events of the edit's turn of the event loop: handled until the map is painted
    again after the edit (as bench/edits.py times an edit), and no further."""
    window.painted.clear()
    for _ in range(200):
        QApplication.processEvents()
        if window.painted:
            return


def _select(window: MainWindow, *ids: str) -> None:
    window.scene.clearSelection()
    for obj_id in ids:
        window.scene.item_for(obj_id).setSelected(True)
    window.view.setFocus()


def _check(window: MainWindow, before: tuple) -> None:
    _one_turn(window)
    assert window.painted, "the map was not painted in the edit's turn"
    now = _fresh(window)
    assert now != before  # (the edit changed what the overview shows)
    assert window.painted[0] == now  # already when the map was painted: the same frame
    assert _shown(window.overview) == now  # as an overview opened anew on the map shows it


def test_each_edit_is_in_the_overview_when_the_map_is_painted(window, qtbot):
    doc, editor = window.doc, window.editor
    rnd = random.Random(3)
    pros = [a for a in doc.map.actors if a.kind is ActorKind.PROFESSIONAL]

    before = _shown(window.overview)
    a, b = next((a, b) for a in pros for b in pros if a.id < b.id and doc.find_link(a.id, b.id) is None)
    _select(window, a.id, b.id)
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Edit > Connect Selected
    assert doc.find_link(a.id, b.id) is not None
    _check(window, before)

    before = _shown(window.overview)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit > Undo
    assert doc.find_link(a.id, b.id) is None
    _check(window, before)

    before = _shown(window.overview)
    QTest.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # Edit > Redo
    assert doc.find_link(a.id, b.id) is not None
    _check(window, before)

    before = _shown(window.overview)
    cloud = rnd.choice(doc.map.domains).id
    editor.add_actor_in(cloud, ActorKind.PROFESSIONAL)  # (as the palette and the cloud's menu do)
    _check(window, before)

    # someone the findings name (a broker), renamed as the inspector and F2 do
    broker = window.overview._measured.brokers[0]
    before = _shown(window.overview)
    editor.update_one("actors", broker, name="Zakarias Ålund")
    _check(window, before)
    assert any("Zakarias Ålund" in f for f in window.overview.findings and _shown(window.overview)[3])

    person = rnd.choice(pros)
    before = _shown(window.overview)
    editor.move_to_domain(person.id, next(d.id for d in doc.map.domains if d.id != person.domain))
    _check(window, before)

    before = _shown(window.overview)
    _select(window, broker)
    QTest.keyClick(window.view, Qt.Key.Key_Delete)  # Edit > Delete
    assert doc.actor(broker) is None
    _check(window, before)

    before = _shown(window.overview)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # back with their ties
    assert doc.actor(broker) is not None
    _check(window, before)


def test_counts_changed_in_place_look_as_counts_made_anew(window, qtbot):
    """The counts table after edits (its cells changed in place, its rows measured again
    only when a number got wider: 9 -> 10) looks exactly as one made anew with the same
    figures."""
    doc, editor = window.doc, window.editor
    cells = window.overview.counts.item(0, 0)
    cloud = doc.map.domains[-1].id
    for _ in range(11):
        editor.add_actor_in(cloud, ActorKind.PRIVATE)
        _one_turn(window)
    assert window.overview.counts.item(0, 0) is cells  # (changed in place: no new cells)
    panel = OverviewPanel(doc, window.lang)
    panel.setStyleSheet(window.overview.styleSheet())
    shown = window.overview.counts
    panel.resize(window.overview.size())
    panel.show()
    panel.refresh()
    qtbot.waitUntil(lambda: panel.counts.width() == shown.width(), timeout=3000)
    fresh = panel.counts
    assert [fresh.rowHeight(r) for r in range(fresh.rowCount())] == \
        [shown.rowHeight(r) for r in range(shown.rowCount())]
    a, b = shown.grab().toImage(), fresh.grab().toImage()
    assert a.size() == b.size()
    assert a.convertToFormat(QImage.Format.Format_RGB32) == b.convertToFormat(QImage.Format.Format_RGB32)
    panel.deleteLater()
