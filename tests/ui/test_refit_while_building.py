"""A map built at 1366x768 stays fitted (ui/refit.py): after each addition the whole map is
in view and as large as a fit shows it (a tester's map stayed small, names about 11 px,
until Fit); after Tidy Up nothing is cut off (its left edge was); after the caseworker
zooms by hand, an addition keeps their zoom."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from skymap.model.template import new_map
from skymap.ui.items.cloud_item import CloudItem
from skymap.ui.items.person_item import PersonItem
from skymap.ui.main_window import MainWindow

FAMILY = ["Karen Holm", "Emil Holm", "Sofie Holm", "Jesper Holm"]
PEOPLE = [("d-school", "Mette Lund"), ("d-school", "Ole Berg"), ("d-school", "Lise Holt"),
          ("d-children_family", "Anne Friis"), ("d-children_family", "Bo Kjær"), ("d-gp", "Hans Dahl"),
          ("d-jobcentre", "Pia Skov"), ("d-hospital_psychiatry", "Jonas Vang"),
          ("d-hospital_psychiatry", "Maria Eng"), ("d-private_network", "Peter Sand")]


def _window(qtbot):
    win = MainWindow(new_map("standard", "Holm", "da"), None, "da")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.view.fit()
    qtbot.wait(20)
    return win


def _visible(win):
    view = win.view
    return view.mapToScene(view.viewport().rect()).boundingRect()


def _assert_all_in_view(win, what: str) -> None:
    visible = _visible(win)
    for item in win.scene.items():
        if isinstance(item, (PersonItem, CloudItem)) and item.isVisible():
            assert visible.contains(item.sceneBoundingRect()), f"{what}: {item.obj_id} cut off"


def _assert_fitted_large(win, what: str) -> None:
    """The map fills the view as a fit would (within 5 %), not a small island in it."""
    view = win.view
    bounds = win.scene.itemsBoundingRect().adjusted(-16, -16, 16, 16)
    vp = view.viewport()
    best = min(vp.width() / bounds.width(), vp.height() / bounds.height())
    assert view.zoom() >= best * 0.95, f"{what}: zoom {view.zoom():.3f}, a fit shows {best:.3f}"


def _name_in_form(win, qtbot, name: str) -> None:
    editor = win.docview.inline
    qtbot.waitUntil(editor.isVisible, timeout=2000)
    editor.fields["name"].selectAll()
    QTest.keyClicks(editor.fields["name"], name)
    QTest.keyClick(editor.fields["name"], Qt.Key_Return)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=2000)
    qtbot.wait(5)


def _empty_spot(win, cloud_id: str) -> QPointF:
    """A point inside the cloud on nobody, the cloud the first thing hit there (a double-click
    there adds a professional)."""
    cloud = win.scene.item_for(cloud_id)
    shape = cloud.mapToScene(cloud.shape())
    rect = shape.boundingRect()
    for i, j in itertools.product(range(1, 11), range(3, 11)):
        p = QPointF(rect.left() + rect.width() * i / 11, rect.top() + rect.height() * j / 11)
        hits = [it for it in win.scene.items(p) if isinstance(it, (PersonItem, CloudItem)) and win.scene._hit(it, p)]
        if shape.contains(p) and hits and hits[0].obj_id == cloud_id:
            return p
    raise AssertionError(f"no empty spot in {cloud_id}")


def _build(win, qtbot) -> None:
    for name in FAMILY:  # the palette's Family member button, named in place
        win.palette_panel.buttons["member"].click()
        _name_in_form(win, qtbot, name)
        _assert_all_in_view(win, name)
        _assert_fitted_large(win, name)
    for cloud, name in PEOPLE:  # double-click in the cloud, named in place
        spot = _empty_spot(win, cloud)
        QTest.mouseDClick(win.view.viewport(), Qt.LeftButton, Qt.NoModifier, win.view.mapFromScene(spot))
        _name_in_form(win, qtbot, name)
        _assert_all_in_view(win, name)
        _assert_fitted_large(win, name)


def test_the_map_stays_fitted_while_it_is_built_and_after_tidy_up(qtbot):
    win = _window(qtbot)
    _build(win, qtbot)
    assert len(win.doc.map.actors) == len(PEOPLE)
    win.act_tidy_bar.trigger()  # the toolbar's Ryd op
    qtbot.wait(5)
    _assert_all_in_view(win, "Tidy Up")
    _assert_fitted_large(win, "Tidy Up")
    win.undo_stack.setClean()


def test_a_zoom_by_hand_is_kept_when_people_are_added(qtbot):
    win = _window(qtbot)
    _build(win, qtbot)
    vp = win.view.viewport()
    at = QPointF(vp.width() * 0.4, vp.height() * 0.5)
    for _ in range(2):  # the wheel: zoom in on purpose
        QApplication.sendEvent(vp, QWheelEvent(at, QPointF(vp.mapToGlobal(at.toPoint())), QPoint(0, 0),
                                               QPoint(0, 120), Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase,
                                               False))
    zoom = win.view.zoom()
    assert not win.view.auto_fit
    win.scene.select_only(win.doc.map.actors[-1].id)
    win.palette_panel.buttons["professional"].click()  # into the selected person's cloud (scrolled to)
    _name_in_form(win, qtbot, "Kim Lauridsen")
    assert win.view.zoom() == zoom
    place = win.view.mapToScene(vp.rect().center())
    win.act_tidy_bar.trigger()
    qtbot.wait(5)
    assert win.view.zoom() == zoom  # Tidy Up keeps the caseworker's zoom and place
    assert win.view.mapToScene(vp.rect().center()) == place
    win.undo_stack.setClean()
