"""Small things a caseworker met (issue 21): the window's title follows the map's title, a
tie's quality and flow are radio choices, and with a comparison on screen the PDF's changes
page starts at the compared status."""

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from skymap.model.vocabulary import Quality
from skymap.storage.mapfile import load_map, save_map
from skymap.ui import modal
from skymap.ui.export_dialog import ExportOptionsDialog
from tests.helpers import EXAMPLE


@pytest.fixture
def window(open_example, tmp_path):
    path = tmp_path / "map.json"
    save_map(load_map(EXAMPLE), path)
    return open_example("en", path=path)


def test_editing_the_title_in_the_inspector_retitles_the_window_and_undo_too(window):
    window.scene.clearSelection()
    field = window.inspector.findChild(QLineEdit, "mapTitle")
    assert window.windowTitle().startswith("Familien Nørgaard (map.json)")
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, "Familien Nørgaard, efterår")
    QTest.keyClick(field, Qt.Key_Return)
    assert window.doc.map.meta.title == "Familien Nørgaard, efterår"
    assert window.windowTitle().startswith("Familien Nørgaard, efterår (map.json)")
    window.view.setFocus()
    QTest.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert window.windowTitle().startswith("Familien Nørgaard (map.json)")
    QTest.keyClick(window, Qt.Key_Y, Qt.ControlModifier)
    assert window.windowTitle().startswith("Familien Nørgaard, efterår (map.json)")


def pixel_on(window, item) -> QPoint | None:
    """A pixel of the view where `item` is the first thing a right click there finds."""
    view, scene = window.view, window.scene
    rect = item.sceneBoundingRect()
    for j in range(40):
        for i in range(40):
            pixel = view.mapFromScene(QPointF(rect.left() + rect.width() * (i + 0.5) / 40,
                                              rect.top() + rect.height() * (j + 0.5) / 40))
            if not view.viewport().rect().contains(pixel):
                continue
            at = view.mapToScene(pixel)
            hits = [h for h in scene.items(at) if getattr(h, "obj_id", None) and h is not scene.family_item
                    and scene._hit(h, at)]
            if hits and hits[0] is item:
                return pixel
    return None


def right_click_menu(window, monkeypatch, obj_id):
    menus = []
    monkeypatch.setattr(modal, "exec_menu", lambda menu, pos: menus.append(menu))
    point = pixel_on(window, window.scene.items_by_id[obj_id])
    viewport = window.view.viewport()
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Mouse, point, viewport.mapToGlobal(point)))
    assert len(menus) == 1
    return menus[0]


def submenu(menu, text):
    return next(a.menu() for a in menu.actions() if a.text() == text)


def test_a_ties_quality_and_flow_are_radio_items(window, monkeypatch):
    link = next(ln for ln in window.doc.map.links if ln.quality is Quality.MODERATE
                and pixel_on(window, window.scene.items_by_id[ln.id]) is not None)
    menu = right_click_menu(window, monkeypatch, link.id)
    for name in ("Quality", "Flow of help"):
        actions = submenu(menu, name).actions()
        group = actions[0].actionGroup()
        assert group is not None and group.isExclusive()  # radio items, not check boxes
        assert all(a.actionGroup() is group and a.isCheckable() for a in actions)
        assert sum(a.isChecked() for a in actions) == 1
    quality = submenu(menu, "Quality")
    assert [a.text() for a in quality.actions() if a.isChecked()] == ["moderate"]
    next(a for a in quality.actions() if a.text() == "strained").trigger()
    assert window.doc.link(link.id).quality is Quality.STRAINED
    menu = right_click_menu(window, monkeypatch, link.id)
    assert [a.text() for a in submenu(menu, "Quality").actions() if a.isChecked()] == ["strained"]


def options_offered(monkeypatch):
    """The options dialogs that Export PDF and Print open, cancelled after a look."""
    offered = []

    def look(dialog):
        offered.append(dialog.changes.currentData())
        return 0

    monkeypatch.setattr(ExportOptionsDialog, "exec", look)
    return offered


def file_action(window, text):
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    return next(a for a in file_menu.actions() if a.text() == text)


def test_with_a_comparison_on_screen_the_changes_page_starts_at_its_status(window, monkeypatch):
    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Start", date(2026, 9, 14)))
    window.save_status()
    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Status meeting 1", date(2026, 12, 1)))
    window.save_status()
    offered = options_offered(monkeypatch)
    file_action(window, "&Export PDF…").trigger()
    assert offered == [None]  # no comparison: no changes page unless chosen
    window.statuses_panel.list.item(0).setSelected(True)
    window.statuses_panel.compare_button.click()  # "Start" with now
    file_action(window, "&Export PDF…").trigger()
    QTest.keyClick(window, Qt.Key_P, Qt.ControlModifier)
    assert offered[1:] == ["Start", "Start"]
    window.statuses_panel.list.item(1).setSelected(True)  # the two statuses: the earlier one
    window.statuses_panel.compare_button.click()
    QTest.keyClick(window, Qt.Key_E, Qt.ControlModifier)
    assert offered[-1] == "Start"
    window.statuses_panel.now_button.click()
    QTest.keyClick(window, Qt.Key_E, Qt.ControlModifier)
    assert offered[-1] is None
