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
