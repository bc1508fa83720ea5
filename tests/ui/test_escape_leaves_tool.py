"""Escape on the map leaves any tool for Select and Move, as a user expects: after Add Note,
Draw Cloud, Pan or Connect chosen on the toolbar (or by its key), Esc puts the toolbar's
check mark back on Select and Move, and the next click on the map creates nothing (a note
landed on top of a person). Esc while a tie is being drawn drops only that tie."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolBar

from tests.helpers import by_name


@pytest.fixture
def win(example_window_each_language):
    return example_window_each_language  # (tests/ui/conftest.py: English and Danish)


def _choose_on_toolbar(window, name: str) -> None:
    toolbar = window.findChild(QToolBar, "toolbar")
    button = toolbar.widgetForAction(window.tool_actions[name])
    QTest.mouseClick(button, Qt.LeftButton)
    assert window.scene.tool_name() == name and window.tool_actions[name].isChecked()


def _person_point(window) -> QPoint:
    karin = by_name(window.doc, "Karin Holm")
    return window.view.mapFromScene(window.scene.anchor_of(karin.id))


@pytest.mark.parametrize("tool", ["note", "draw_cloud", "pan", "connect"])
def test_escape_returns_to_select_and_the_next_click_creates_nothing(win, tool):
    _choose_on_toolbar(win, tool)
    win.view.setFocus()
    QTest.keyClick(win.view, Qt.Key_Escape)
    assert win.scene.tool_name() == "select"
    assert win.tool_actions["select"].isChecked() and not win.tool_actions[tool].isChecked()
    assert win.view.isInteractive()  # (the pan tool had the map's clicks switched off)
    before, steps = win.doc.map.model_dump(), win.undo_stack.count()
    point = _person_point(win)
    QTest.mouseClick(win.view.viewport(), Qt.LeftButton, Qt.NoModifier, point)
    assert win.doc.map.model_dump() == before and win.undo_stack.count() == steps  # no note, no cloud
    karin = by_name(win.doc, "Karin Holm")
    assert [i for _, i in win.scene.selected_targets()] == [karin.id]  # a click selects, as usual


def test_escape_by_the_tools_key_too(win):
    QTest.keyClick(win, Qt.Key_N)  # Add Note by its key
    assert win.scene.tool_name() == "note"
    QTest.keyClick(win.view, Qt.Key_Escape)
    assert win.scene.tool_name() == "select" and win.tool_actions["select"].isChecked()
    notes = len(win.doc.map.annotations)
    QTest.mouseClick(win.view.viewport(), Qt.LeftButton, Qt.NoModifier, QPoint(20, 20))
    assert len(win.doc.map.annotations) == notes


def test_escape_while_drawing_a_tie_drops_the_tie_and_keeps_the_tool(win):
    _choose_on_toolbar(win, "connect")
    viewport = win.view.viewport()
    QTest.mousePress(viewport, Qt.LeftButton, Qt.NoModifier, _person_point(win))
    QTest.mouseMove(viewport, _person_point(win) + QPoint(60, 40))
    assert win.scene.interaction.busy()
    QTest.keyClick(win.view, Qt.Key_Escape)
    assert not win.scene.interaction.busy() and win.scene.tool_name() == "connect"
    links = len(win.doc.map.links)
    QTest.mouseRelease(viewport, Qt.LeftButton, Qt.NoModifier, _person_point(win) + QPoint(60, 40))
    assert len(win.doc.map.links) == links
    QTest.keyClick(win.view, Qt.Key_Escape)  # nothing under way now: back to Select and Move
    assert win.scene.tool_name() == "select"
