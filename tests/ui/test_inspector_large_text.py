"""The inspector's person pages at a larger text size on a 1366x768 laptop (a user trial): the
check box "Skærmet: må ikke orienteres eller inddrages" made the page 581 px wide in a 350-pixel
panel, so it scrolled sideways and the name and role were cut ("Mette S", "Børnesagsbehar");
beside the widest label the fields had 80 px. Now the check boxes wrap, the labels stand above
their fields from 150 %, and a person's name and role are whole. The person is chosen with a
click on the map, the text size in Edit ▸ Settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QScrollArea

from skymap.ui.inspector import Inspector
from tests.ui.test_overview_large_text import laptop, normal_text_size_after  # noqa: F401 - a fixture


def global_rect(widget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("who", ["Mette Skov", "Sofie Nørgaard"])
@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("scale", [1.5, 2.0])
def test_a_persons_fields_are_whole_in_the_inspector(qtbot, scale, lang, who):
    win = laptop(qtbot, scale, lang)
    item = next(i for i in win.scene.items() if getattr(i, "name", None) and callable(i.name)
                and i.name() == who and i.isVisible())
    view = win.view
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(item.scenePos()))
    inspector = win.findChildren(Inspector)[0]
    page = inspector.stack.currentWidget()
    qtbot.waitUntil(lambda: any(e.text() == who for e in page.findChildren(QLineEdit)))
    qtbot.wait(50)
    area = next(a for a in win.findChildren(QScrollArea) if a.isAncestorOf(inspector))
    shown = global_rect(area.viewport())
    assert inspector.width() <= area.viewport().width()  # no sideways scrolling (581 of 332 px before)
    for field in [w for w in page.findChildren(QLineEdit) + page.findChildren(QComboBox) if w.isVisible()]:
        rect = global_rect(field)
        assert shown.left() <= rect.left() and rect.right() <= shown.right(), field.objectName()
        if isinstance(field, QLineEdit) and field.text():  # the name and the role, whole
            assert field.fontMetrics().horizontalAdvance(field.text()) + 10 <= field.width(), field.text()
    for box in [b for b in page.findChildren(QCheckBox) if b.isVisible()]:
        assert global_rect(box).right() <= shown.right(), box.text()
        assert box.height() >= box.heightForWidth(box.width()), box.text()  # every line of it
    # back at the normal size, the map's short page needs no scroll bar (the person's page
    # behind it, hidden, does not make it as high as itself)
    dialog = win.open_settings()
    dialog.text_size.setCurrentIndex(dialog.text_size.findData(1.0))
    dialog.text_size.activated.emit(dialog.text_size.currentIndex())
    dialog.close()
    win.scene.clearSelection()
    qtbot.wait(100)
    assert inspector.stack.currentWidget() is not page
    assert not area.verticalScrollBar().isVisible()
    win.undo_stack.setClean()
