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


def test_undo_of_a_new_tie_mends_the_picture_where_it_was(win):
    """A tie taken away: only where it lay is repainted (and copied into the kept picture),
    not the whole viewport; the screen and the picture are a full repaint's."""
    layer = win.view.still_layer
    before = _screen(win)
    a, b = win.docview.doc.map.actors[1], win.docview.doc.map.actors[-2]
    win.editor.add_tie(a.id, b.id)
    _paint(win)
    regions = _paint_regions(win, lambda: None)  # (the check's own repaint done)
    captures, mends = layer.captures, layer.mends
    regions = _paint_regions(win, win.undo_stack.undo)
    assert layer.captures == captures and layer.mends == mends + 1
    assert regions and not any(_covers_viewport(win, region) for region in regions)
    assert _screen(win) == before
    assert _picture_is_exact(win)


def _paint_regions(win, action) -> list:
    """The regions the map view repainted for `action`, until all was painted."""
    regions = []
    layer = win.view.still_layer
    real = layer.begin

    def recording(view, screen, region, expected_ties):
        regions.append(region)
        return real(view, screen, region, expected_ties)

    for _ in range(5):  # (the conftest check of the last paint runs first: it repaints the whole)
        QApplication.processEvents()
    layer.begin = recording
    MapView.verify_still_layer = False  # (checked below, by the caller: the picture put back whole)
    try:
        action()
        for _ in range(3):
            QApplication.processEvents()
    finally:
        del layer.begin
        MapView.verify_still_layer = True
    return regions


def _picture_is_exact(win) -> bool:
    """The kept picture put back whole (the people painted over it) equals a full repaint."""
    win.view.viewport().repaint()
    return _screen(win) == _full(win)


def _covers_viewport(win, region) -> bool:
    from PySide6.QtGui import QRegion

    return QRegion(win.view.viewport().rect()).subtracted(region).isEmpty()


@pytest.mark.parametrize("people", [60, 300])
def test_a_deleted_person_is_mended_where_her_ties_lay(qtbot, monkeypatch, people):
    """Deleting a person repaints where she and her ties were and what moved, not the whole
    viewport (a view listening to the scene's `changed` signal made Qt repaint everything
    for each item taken out), close in (wide ties) and far out (one-pixel ties); the kept
    picture is mended and equals a full repaint. (However much of the view is marked: in use
    a view mostly marked is repainted whole, see the next test.)"""
    from skymap.ui import still_layer

    monkeypatch.setattr(still_layer, "MEND_SHARE", 10.0)
    window = MainWindow(big_map(people, people * 3), None, "da")
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.view.still_layer.image is not None, timeout=5000)
    layer = window.view.still_layer
    doc = window.docview.doc
    for actor in [doc.map.actors[5], doc.map.actors[-7]]:
        mends = layer.mends
        regions = _paint_regions(window, lambda actor=actor: window.editor.delete([("actors", actor.id)]))
        assert regions and not any(_covers_viewport(window, region) for region in regions)
        assert layer.mends > mends
        assert _picture_is_exact(window)
        window.view.viewport().repaint()  # (a picture to mend again)
    window.undo_stack.setClean()


def test_a_view_mostly_marked_is_repainted_whole(win, monkeypatch):
    """Marks whose boxes add up to more of the view than MEND_SHARE: the view repaints all
    of it (cheaper than a part with many corners holding most ties) and keeps a new picture."""
    from skymap.ui import still_layer

    monkeypatch.setattr(still_layer, "MEND_SHARE", 0.0)
    layer = win.view.still_layer
    _paint_regions(win, lambda: None)
    captures, mends = layer.captures, layer.mends
    actor = win.docview.doc.map.actors[4]
    regions = _paint_regions(win, lambda: win.editor.delete([("actors", actor.id)]))
    assert any(_covers_viewport(win, region) for region in regions)
    assert layer.captures == captures + 1 and layer.mends == mends
    assert _picture_is_exact(win)


def test_an_edit_ends_a_zoom_gesture_at_once(win):
    """A wheel step shows the last exact picture moved; an edit arriving meanwhile (a rename
    from the inspector, say) ends the gesture at once: the map is painted exactly."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    view = win.view
    _paint(win)
    centre = QPointF(view.viewport().rect().center())
    for _ in range(2):
        wheel = QWheelEvent(centre, view.viewport().mapToGlobal(centre), QPoint(0, 0), QPoint(0, 120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(view.viewport(), wheel)
        _paint(win)
    assert not view.settled, "the wheel steps were not a gesture"
    win.editor.update_one("actors", win.docview.doc.map.actors[2].id, name="Midt i en zoom")
    assert view.settled


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
        qtbot.wait(20)  # (the conftest check of the last paint done: it repaints too)
        routes[0], paints = 0, view.exact_paints
        MapView.verify_still_layer = False
        try:
            window.editor.add_actor_in(domain.id, ActorKind.PROFESSIONAL)
            qtbot.wait(60)
        finally:
            MapView.verify_still_layer = True
        assert routes[0] == 1
        assert view.exact_paints == paints + 1
        view.viewport().repaint()  # (the kept picture, mended, put back whole: checked by conftest)
        qtbot.wait(20)
    window.undo_stack.setClean()
