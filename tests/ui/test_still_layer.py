"""The still layer (ui/still_layer.py, issue 17): what lies below the people is kept as a
picture between repaints, and what the screen shows is still, pixel for pixel, a full
repaint of the map.

Every UI test runs with MapView.verify_still_layer on (tests/ui/conftest.py): each repaint
that puts the kept picture back is compared with a full repaint of the same frame. These
tests check that the picture is used at all where it should be (a rename repaints no tie),
not where it must not be (a new tie, a selected tie), and that the check itself catches a
change that was not announced."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bench.maps import big_map
from skymap.ui.items.link_item import LinkItem
from skymap.ui.main_window import MainWindow
from skymap.ui.view import MapView


@pytest.fixture
def win(qtbot):
    window = MainWindow(big_map(60, 150), None, "da")
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.view.still_layer.image is not None, timeout=5000)
    yield window
    window.undo_stack.setClean()


def _paint(win) -> None:
    QApplication.processEvents()
    win.view.viewport().repaint()


def _screen(win):
    return win.view._copy_screen()


def _full(win):
    """The viewport repainted fully, without the kept picture: what the screen must show."""
    win.view.still_layer.forget()
    win.view.viewport().repaint()
    return _screen(win)


def test_a_rename_repaints_no_tie_and_shows_the_same_as_a_full_repaint(win):
    layer = win.view.still_layer
    actor = win.docview.doc.map.actors[3]
    drawn: list[LinkItem] = []
    original = LinkItem.draw

    def counting(self, painter):
        drawn.append(self)
        original(self, painter)

    LinkItem.draw = counting
    try:
        blits = layer.blits
        win.editor.update_one("actors", actor.id, name="Anne-Mette Kristiansen-Holm")
        _paint(win)
        assert layer.blits > blits, "the rename's repaint did not use the kept picture"
        # (the check in conftest repaints the frame fully once more: only that draws ties)
        shown = _screen(win)
    finally:
        LinkItem.draw = original
    assert shown == _full(win)
    assert MapView.still_layer_mismatches == []


def test_a_new_tie_is_painted_over_the_kept_picture_and_kept_with_it(win):
    """A new tie is stacked above every other: the repaint puts the picture back, paints
    the new tie over it (what a full repaint does in the same order) and keeps the result."""
    layer = win.view.still_layer
    before = _screen(win)
    a, b = win.docview.doc.map.actors[0], win.docview.doc.map.actors[-1]
    on_top = layer.ties_on_top
    assert win.editor.add_tie(a.id, b.id) is not None
    win.view.viewport().repaint()  # (before the ties' routes are worked out: that is a change)
    assert layer.ties_on_top == on_top + 1
    _paint(win)
    shown = _screen(win)
    assert shown != before
    # the next repaint, with nothing changed, shows the picture with the new tie in it
    win.view.viewport().repaint()
    assert _screen(win) == shown
    assert shown == _full(win)


def test_undo_of_a_new_tie_paints_the_map_anew(win):
    layer = win.view.still_layer
    before = _screen(win)
    a, b = win.docview.doc.map.actors[1], win.docview.doc.map.actors[-2]
    win.editor.add_tie(a.id, b.id)
    _paint(win)
    captures = layer.captures
    win.undo_stack.undo()
    _paint(win)
    assert layer.captures == captures + 1
    assert _screen(win) == before == _full(win)


def test_selecting_a_tie_shows_it_selected_and_a_click_beside_deselects(win):
    view = win.view
    item = next(i for i in win.scene.items() if isinstance(i, LinkItem) and i.isVisible()
                and view.viewport().rect().contains(view.mapFromScene(i.shape().pointAtPercent(0.5))))
    before = _screen(win)
    win.scene.clearSelection()
    item.setSelected(True)  # (as a click on it does; clicking ties: test_drawing_ties.py)
    _paint(win)
    shown = _screen(win)
    assert shown != before
    assert shown == _full(win)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(2, 2))
    _paint(win)
    assert not item.isSelected()
    assert _screen(win) == _full(win)


def test_a_change_that_is_not_announced_is_caught_by_the_check(win, qtbot):
    """The safety net of every UI test: a tie drawn differently without telling the layer
    (here its pen swapped behind its back) shows as a difference at the next repaint."""
    view = win.view
    _paint(win)
    tie = next(i for i in win.scene.items() if isinstance(i, LinkItem) and i.isVisible())
    pen, ink = tie.pen_and_ink()
    loud = QPen(pen)
    loud.setColor(QColor("#ff00ff"))
    loud.setWidthF(pen.widthF() * 6)
    tie._pen_cache = (loud, ink)  # noqa: SLF001 - deliberately unannounced
    tie._hairline = None  # noqa: SLF001
    actor = win.docview.doc.map.actors[1]
    win.editor.update_one("actors", actor.id, name="Ny Navn")  # a person's change: a blit
    _paint(win)
    for _ in range(5):  # (the check runs once the paint is on screen)
        QApplication.processEvents()
    assert MapView.still_layer_mismatches, "the unannounced change went unnoticed"
    MapView.still_layer_mismatches.clear()
    view.still_layer.forget()


def test_many_edits_in_a_row_keep_the_screen_exact(win):
    """Renames, ties, moves, deletions, undo and redo, selections and the family view, in a
    random order: every repaint that used the kept picture equals a full repaint (the
    conftest check), and the screen at the end equals one too."""
    rnd = random.Random(5)
    doc = win.docview.doc
    stack = win.undo_stack
    for step in range(40):
        actors = [a.id for a in doc.map.actors]
        kind = rnd.choice(["rename", "tie", "move", "delete", "undo", "redo", "select", "select tie", "family"])
        if kind == "rename":
            win.editor.update_one("actors", rnd.choice(actors), name=f"Navn {step}")
        elif kind == "tie":
            a, b = rnd.sample(actors, 2)
            win.editor.add_tie(a, b)
        elif kind == "move":
            a = rnd.choice(actors)
            item = win.scene.item_for(a)
            win.editor.move([("actors", a, {"x": item.x() + 40, "y": item.y() + 10})])
        elif kind == "delete":
            win.editor.delete([("actors", rnd.choice(actors))])
        elif kind == "undo" and stack.canUndo():
            stack.undo()
        elif kind == "redo" and stack.canRedo():
            stack.redo()
        elif kind == "select":
            win.scene.select_only(rnd.choice(actors))
        elif kind == "select tie":
            ties = [i for i in win.scene.items() if isinstance(i, LinkItem)]
            win.scene.clearSelection()
            rnd.choice(ties).setSelected(True)
        elif kind == "family":
            win.act_family_view.trigger()
        _paint(win)
    assert win.view.still_layer.blits > 0
    assert _screen(win) == _full(win)


def test_a_person_added_to_a_small_map_is_painted_once_with_the_ties_bends(qtbot, monkeypatch):
    """On a map of up to 80 people ties bend round people; adding a person (a cloud making
    room, then the newcomer: two bursts of changes) works the bends out once, before the
    first paint, so the edit is painted once and never shows straight ties first."""
    from skymap.model.vocabulary import ActorKind
    from skymap.ui.scene import MapScene

    window = MainWindow(big_map(30, 60), None, "da")
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    routes = [0]
    real = MapScene._reroute

    def counting(self):
        routes[0] += 1
        real(self)

    monkeypatch.setattr(MapScene, "_reroute", counting)
    view = window.view
    for domain in window.docview.doc.map.domains[:3]:
        routes[0], paints = 0, view.exact_paints
        window.editor.add_actor_in(domain.id, ActorKind.PROFESSIONAL)
        qtbot.wait(60)
        assert routes[0] == 1
        assert view.exact_paints == paints + 1
    window.undo_stack.setClean()
