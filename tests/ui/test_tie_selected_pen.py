"""A tie clicked is drawn in the selection colour, and in its own ink again when the click
goes elsewhere (the tie keeps its pen between paints and asks whether it is selected)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTransform
from PySide6.QtTest import QTest

from skymap.model import style
from skymap.ui.items.link_item import LinkItem


def _clickable_tie(window):
    """A tie and a scene point on it where nothing else lies on top."""
    for item in window.scene.items():
        if isinstance(item, LinkItem):
            mid = item.mapToScene(item._built()[0].pointAtPercent(0.5))
            if window.scene.itemAt(mid, QTransform()) is item:
                return item, mid
    raise AssertionError("no tie to click in the example map")


def test_a_clicked_tie_is_drawn_selected_and_then_in_its_ink_again(open_example):
    window = open_example("da")
    tie, mid = _clickable_tie(window)
    window.view.grab()  # painted once unselected: its pen is kept
    assert tie.pen_and_ink()[0].color() == QColor(style.tie_ink(tie.link.kind))

    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     window.view.mapFromScene(mid))
    assert tie.isSelected()
    window.view.grab()
    assert tie.pen_and_ink()[0].color() == QColor(style.SELECTION)

    QTest.keyClick(window.view, Qt.Key.Key_Escape)  # nothing selected
    assert not tie.isSelected()
    window.view.grab()
    assert tie.pen_and_ink()[0].color() == QColor(style.tie_ink(tie.link.kind))


def test_clicking_a_person_draws_her_ties_in_the_selection_colour(open_example):
    """Whom a child meets stands out when she is clicked (her ties pass behind her parents'
    names in the family's oval, and read as theirs otherwise); a click on the empty canvas
    draws them in their own ink again. Ties of others are left alone."""
    window = open_example("da")
    view, scene, doc = window.view, window.scene, window.doc
    child = next(m for m in doc.map.family if scene.links_at(m.id))
    item = scene.item_for(child.id)
    hers = [scene.item_for(i) for i in scene.links_at(child.id)]
    others = [i for i in scene.items() if isinstance(i, LinkItem) and i not in hers]
    selection = QColor(style.SELECTION)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.mapFromScene(item.scenePos()))
    assert item.isSelected()
    view.grab()
    assert any(not t.protected_end for t in hers)
    assert all(t.pen_and_ink()[0].color() == selection for t in hers if not t.protected_end)
    assert not any(t.pen_and_ink()[0].color() == selection for t in others)
    corner = view.viewport().rect().topLeft() + view.viewport().rect().center() * 0.02
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner)
    assert not item.isSelected()
    view.grab()
    assert not any(t.pen_and_ink()[0].color() == selection for t in hers)


def test_a_tie_made_to_the_selected_person_is_drawn_as_hers(open_example):
    """A person just added is selected while her form adds her contacts (the Meets toggles):
    those new ties are drawn in the selection colour at once, as her older ones would be."""
    window = open_example("da")
    scene, doc = window.scene, window.doc
    a, b = doc.map.actors[0], doc.map.actors[-1]
    scene.select_only(a.id)
    tie = window.editor.add_tie(a.id, b.id)
    assert tie is not None
    window.view.grab()
    item = scene.item_for(tie.id)
    assert item.end_selected
    assert item.pen_and_ink()[0].color() == QColor(style.SELECTION) or item.protected_end
