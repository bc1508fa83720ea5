"""The family view makes people larger; their boxes may change only after they have told
the scene (prepareGeometryChange). A box that changed before - the window turns the family
view on and then rescales its items - left the scene's index holding a person where she no
longer was, and deleting her afterwards crashed Skymap in Qt's paint (a real-window trial:
family view on and off, click a person, Delete; 9 runs in 10)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bench.maps import big_map
from skymap.ui.items.person_item import PersonItem
from skymap.ui.main_window import MainWindow


def test_a_persons_box_changes_only_after_she_has_said_so(qtbot, monkeypatch):
    last: dict[int, QRectF] = {}
    announced: set[int] = set()
    unannounced: list[str] = []
    real_bounds = PersonItem.boundingRect
    real_prepare = PersonItem.prepareGeometryChange

    def bounds(self):
        box = real_bounds(self)
        key = id(self)
        if key in last and last[key] != box:
            if key not in announced:
                unannounced.append(self.name())
            announced.discard(key)  # (Qt asks for the old box right after it is told: that is no change)
        last[key] = QRectF(box)
        return box

    def prepare(self):
        announced.add(id(self))
        real_prepare(self)

    # (before the window is made: Qt asks the items' own methods, as they are when made)
    monkeypatch.setattr(PersonItem, "boundingRect", bounds)
    monkeypatch.setattr(PersonItem, "prepareGeometryChange", prepare)
    window = MainWindow(big_map(30, 60), None, "da")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    for _ in range(2):  # View ▸ Family view, on and off
        window.act_family_view.trigger()
        qtbot.wait(50)
    assert unannounced == []
    window.undo_stack.setClean()


def test_family_view_on_and_off_then_delete_a_person(qtbot):
    window = MainWindow(big_map(30, 60), None, "da")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    doc = window.docview.doc
    for _ in range(2):
        window.act_family_view.trigger()
        qtbot.wait(50)
    for actor in [a for a in doc.map.actors if a.name in ("Person 22", "Person 7", "Person 13")]:
        view = window.view
        point = view.mapFromScene(window.scene.item_for(actor.id).pos())
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        QTest.keyClick(view, Qt.Key.Key_Delete)
        for _ in range(3):
            QApplication.processEvents()
        view.viewport().repaint()
        assert doc.actor(actor.id) is None
        # the scene finds each person left where she stands, and none of those deleted
        for item in window.scene.items():
            if isinstance(item, PersonItem):
                assert item in window.scene.items(item.sceneBoundingRect())
    window.undo_stack.setClean()
