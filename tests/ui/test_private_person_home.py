"""A private person added from the palette goes into the private network (model/new_person.py).
A new user (Danish, 1366x768) clicked "Privatperson" after adding the class teacher: she
landed in the school cloud (whatever was selected), or in "(ingen sky)" with nothing
selected, and had to be dragged across to "Privat netværk og civilsamfund"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from skymap.model.template import new_map
from skymap.model.vocabulary import ActorKind, DomainKind
from skymap.ui.main_window import MainWindow
from skymap.ui.palette import MIME as PALETTE_MIME
from tests.helpers import by_name


def laptop(qtbot, m, lang: str = "da") -> MainWindow:
    win = MainWindow(m, None, lang)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.view.fit()
    return win


def keys_on_the_map(qtbot, win) -> None:
    win.activateWindow()
    QTest.qWaitForWindowActive(win)
    win.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.view)


def newcomers(win, before: set[str]):
    return [a for a in win.doc.map.actors if a.id not in before]


def click_on(win, obj_id: str) -> None:
    QTest.mouseClick(win.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     win.view.mapFromScene(win.scene.anchor_of(obj_id)))


def test_palette_private_person_goes_into_the_private_network_not_the_selected_school(open_example):
    win = open_example("da")
    win.resize(1366, 768)
    teacher = by_name(win.doc, "Hanne Lund")
    assert teacher.domain == "d-school"
    click_on(win, teacher.id)  # the class teacher just added is still selected
    assert win.selected_cloud() == "d-school"
    before = {a.id for a in win.doc.map.actors}
    button = win.palette_panel.buttons["private"]
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    [new] = newcomers(win, before)
    assert new.kind is ActorKind.PRIVATE and new.domain == "d-private_network"
    form = win.docview.inline
    assert form.isVisible() and form.target == ("actors", new.id)
    QTest.keyClicks(form.fields["name"], "Mormor Inge")
    QTest.keyClick(form.fields["name"], Qt.Key.Key_Return)
    assert win.doc.actor(new.id).name == "Mormor Inge" and win.doc.actor(new.id).domain == "d-private_network"
    win.undo_stack.undo()  # adding and naming: one step
    assert win.doc.actor(new.id) is None


def test_ctrl_shift_r_with_nothing_selected_adds_into_the_private_network(qtbot, open_example):
    win = open_example("da")
    keys_on_the_map(qtbot, win)
    win.scene.clearSelection()
    before = {a.id for a in win.doc.map.actors}
    QTest.keyClick(win.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    [new] = newcomers(win, before)
    assert new.kind is ActorKind.PRIVATE and new.domain == "d-private_network"
    win.docview.inline.close_editor(commit=False)


@pytest.mark.parametrize(("lang", "words"), [("da", "Privat netværk og civilsamfund"),
                                             ("en", "Private network and civil society")])
def test_a_map_without_a_private_network_gets_the_standard_cloud_in_the_same_step(qtbot, lang, words):
    m = new_map("standard", "Holm", lang)
    m = m.model_copy(update={"domains": [d for d in m.domains if d.kind is not DomainKind.PRIVATE_NETWORK]})
    win = laptop(qtbot, m, lang)
    win.scene.select_only("d-school")
    steps = win.undo_stack.count()
    QTest.mouseClick(win.palette_panel.buttons["private"], Qt.MouseButton.LeftButton)
    [new] = win.doc.map.actors
    cloud = win.doc.domain(new.domain)
    assert cloud is not None and cloud.kind is DomainKind.PRIVATE_NETWORK and cloud.label == words
    assert cloud.id in win.scene.items_by_id and new.id in win.scene.items_by_id
    assert words in win.statusBar().currentMessage()
    win.docview.inline.close_editor(commit=True)
    assert win.undo_stack.count() == steps + 1  # the cloud and the person: one undo step
    win.undo_stack.undo()
    assert win.doc.map.actors == [] and all(d.kind is not DomainKind.PRIVATE_NETWORK for d in win.doc.map.domains)
    win.undo_stack.setClean()


def test_a_private_person_dropped_on_a_cloud_stays_where_she_was_dropped(open_example):
    win = open_example("da")
    cloud = win.doc.domain("d-police_ssp")
    mime = QMimeData()
    mime.setData(PALETTE_MIME, b"private")
    spot = win.view.mapFromScene(QPointF(cloud.x, cloud.y + cloud.height / 2 - 40))
    before = {a.id for a in win.doc.map.actors}
    win.view.dropEvent(QDropEvent(QPointF(spot), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                  Qt.KeyboardModifier.NoModifier))
    [new] = newcomers(win, before)
    assert new.kind is ActorKind.PRIVATE and new.domain == "d-police_ssp"
    win.docview.inline.close_editor(commit=False)


def test_a_professional_with_nothing_selected_goes_into_the_cloud_in_view_else_none(qtbot):
    win = laptop(qtbot, new_map("standard", "Holm", "da"))
    win.scene.clearSelection()
    QTest.mouseClick(win.palette_panel.buttons["professional"], Qt.MouseButton.LeftButton)
    [first] = win.doc.map.actors
    assert first.domain is None  # the whole map in view: its middle is the family
    win.docview.inline.close_editor(commit=True)
    school = win.doc.domain("d-school")
    keys_on_the_map(qtbot, win)
    for _ in range(4):  # zoomed in on the school, as a user does: Ctrl++, then the map moved
        QTest.keyClick(win.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    win.view.centerOn(QPointF(school.x, school.y))
    qtbot.waitUntil(lambda: abs(win._centre().y() - school.y) < 20)
    win.scene.clearSelection()
    QTest.keyClick(win.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    second = next(a for a in win.doc.map.actors if a.id != first.id)
    assert second.domain == "d-school"
    win.docview.inline.close_editor(commit=False)
    win.undo_stack.setClean()
