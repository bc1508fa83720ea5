"""The window's edits are the model's plans (model/edits.py, model/ties.py), pushed as one
undo step: what Ctrl+T and Ctrl+L do through the keyboard is exactly what the model
planned, and Ctrl+Z takes it back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from skymap.model import edits, steps
from skymap.model.document import MapDocument
from skymap.model.vocabulary import LinkKind


@pytest.fixture
def window(open_example):
    return open_example("en", fit=True)


def _by_name(window, name):
    return next(x for x in [*window.doc.map.actors, *window.doc.map.family] if x.name == name)


def test_ctrl_t_does_what_the_model_planned_in_one_step_and_ctrl_z_takes_it_back(window, qtbot):
    doc = window.doc
    busy = max(doc.map.domains, key=lambda d: len(doc.actors_in(d.id))).id
    d = doc.domain(busy)
    # people typed in quickly stand on one spot
    window.editor.update("Move", [("actors", a.id, {"x": d.x, "y": d.y}) for a in doc.actors_in(busy)])
    before = doc.map.model_dump()
    expected = MapDocument(doc.map.model_copy(deep=True))
    steps.Update(expected, edits.tidy(expected)).do()
    count = window.undo_stack.count()
    QTest.keyClick(window, Qt.Key_T, Qt.ControlModifier)
    qtbot.wait(10)
    assert window.undo_stack.count() == count + 1
    assert doc.map.model_dump() == expected.map.model_dump()
    assert not edits.crowded(doc.actors_in(busy))
    QTest.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert doc.map.model_dump() == before


def test_ctrl_l_ties_as_the_rule_says_and_refuses_two_family_members(window, qtbot):
    doc, scene = window.doc, window.scene
    child, mother = _by_name(window, "Freja Nørgaard"), _by_name(window, "Sofie Nørgaard")
    pro = _by_name(window, "Peter Vinther")
    # a family member first: the contact is stored with the professional first
    scene.select_only(child.id)
    scene.item_for(pro.id).setSelected(True)
    QTest.keyClick(window.view, Qt.Key_L, Qt.ControlModifier)
    link = doc.find_link(child.id, pro.id)
    assert link is not None and (link.kind, link.source, link.target) == (LinkKind.CONTACT, pro.id, child.id)
    # two family members: nothing is drawn, and the status bar says why
    count = window.undo_stack.count()
    scene.select_only(child.id)
    scene.item_for(mother.id).setSelected(True)
    QTest.keyClick(window.view, Qt.Key_L, Qt.ControlModifier)
    assert window.undo_stack.count() == count, [window.undo_stack.text(i) for i in range(window.undo_stack.count())]
    assert doc.find_link(child.id, mother.id) is None
    assert "cannot be connected" in window.statusBar().currentMessage()
