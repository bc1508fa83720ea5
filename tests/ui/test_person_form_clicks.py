"""The person form over the map (F2, or a person just added) stays open when its buttons are
clicked or tapped: the Meets toggles and Several people… take no keyboard focus, and a click
on them used to give it to the map behind the form, which closed it. The keyboard focus
stays in the form's field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from skymap.model.vocabulary import DomainKind
from tests.helpers import by_name


@pytest.fixture
def window(open_example, qtbot):
    win = open_example("en", fit=True)
    win.activateWindow()
    QTest.qWaitForWindowActive(win)
    win.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.view)
    return win


def settle() -> None:
    QTest.qWait(20)  # the form looks where the focus went once it has settled


def open_form(window, name: str):
    window.scene.select_only(by_name(window.doc, name).id)
    QTest.keyClick(window.view, Qt.Key.Key_F2)
    form = window.docview.inline
    assert form.isVisible()
    return form


def test_clicking_a_meets_toggle_keeps_the_form_open_and_the_keys_in_it(window):
    form = open_form(window, "Hanne Lund")
    role = form.fields["role"]
    QTest.mouseClick(role, Qt.MouseButton.LeftButton)
    settle()
    button = next(iter(form.meets.buttons.values()))
    was = button.isChecked()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()
    assert form.isVisible() and button.isChecked() is not was
    assert QApplication.focusWidget() is role  # typing goes on where it was
    QTest.keyClicks(QApplication.focusWidget(), "X")
    assert role.text().endswith("X")


def test_a_tap_on_a_toggle_keeps_the_form_open(window):
    form = open_form(window, "Hanne Lund")
    button = list(form.meets.buttons.values())[-1]  # the whole family
    was = button.isChecked()
    screen = QTest.createTouchDevice()  # a finger on a touch screen, through the window as the system sends it
    centre = button.mapTo(window, button.rect().center())
    QTest.touchEvent(window, screen).press(0, centre, window)
    QTest.touchEvent(window, screen).release(0, centre, window)
    settle()
    assert form.isVisible() and button.isChecked() is not was
    assert form.isAncestorOf(QApplication.focusWidget())


def test_clicking_several_people_keeps_the_form_open_with_the_list_to_type_in(window):
    cloud = next(d for d in window.doc.map.domains if d.kind is DomainKind.JOBCENTRE)
    window.scene.select_only(cloud.id)
    QTest.keyClick(window.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    form = window.docview.inline
    assert form.isVisible() and form.several is not None
    QTest.mouseClick(form.several, Qt.MouseButton.LeftButton)
    settle()
    assert form.isVisible() and form.list_edit is not None
    assert QApplication.focusWidget() is form.list_edit


def test_clicking_a_caption_or_the_forms_margin_keeps_it_open(window):
    form = open_form(window, "Hanne Lund")
    name = form.fields["name"]
    caption = form.form.labelForField(name)
    QTest.mouseClick(caption, Qt.MouseButton.LeftButton)
    settle()
    assert form.isVisible()
    QTest.mouseClick(form, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    settle()
    assert form.isVisible() and form.isAncestorOf(QApplication.focusWidget())
    # a click on the map outside the form still finishes the edit
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    settle()
    assert not form.isVisible()
