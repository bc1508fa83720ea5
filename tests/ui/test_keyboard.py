"""Keyboard only: add a person to the selected cloud, move between people, draw a tie."""


import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from skymap.model.vocabulary import LinkKind


@pytest.fixture
def window(open_example):
    win = open_example("en", fit=False)
    win.view.setFocus()
    return win


def selected_names(window):
    names = []
    for collection, obj_id in window.scene.selected_targets():
        obj = window.doc.get(collection, obj_id)
        names.append(getattr(obj, "name", None) or getattr(obj, "label", None))
    return names


def test_tab_and_arrows_move_from_person_to_person(window):
    vp = window.view
    QTest.keyClick(vp, Qt.Key_Tab)
    first = selected_names(window)
    assert len(first) == 1
    QTest.keyClick(vp, Qt.Key_Tab)
    second = selected_names(window)
    assert len(second) == 1 and second != first
    QTest.keyClick(vp, Qt.Key_Backtab)
    assert selected_names(window) == first
    window.scene.select_only(next(a.id for a in window.doc.map.actors if a.name == "Hanne Lund"))
    QTest.keyClick(vp, Qt.Key_Right)
    assert selected_names(window) == ["Jonas Berg"]
    QTest.keyClick(vp, Qt.Key_Left)
    assert selected_names(window) == ["Hanne Lund"]
    assert window.undo_stack.count() == 0  # moving the selection is not an edit


def test_keyboard_only_person_and_tie(window):
    vp = window.view
    # select the GP cloud by keyboard, then add a professional into it and name them
    while selected_names(window) != ["Egen læge"]:
        QTest.keyClick(vp, Qt.Key_Tab)
    QTest.keyClick(vp, Qt.Key_P, Qt.ControlModifier | Qt.ShiftModifier)
    editor = window.docview.inline
    assert editor.isVisible()
    QTest.keyClicks(editor.fields["name"], "Dorte Lind")
    QTest.keyClick(editor.fields["name"], Qt.Key_Return)
    dorte = next(a for a in window.doc.map.actors if a.name == "Dorte Lind")
    assert dorte.domain == "d-gp"
    # select Dorte and Anders Kirk and connect them with Ctrl+L
    window.scene.select_only(dorte.id)
    window.scene.item_for(next(a.id for a in window.doc.map.actors if a.name == "Anders Kirk")).setSelected(True)
    QTest.keyClick(vp, Qt.Key_L, Qt.ControlModifier)
    link = window.doc.find_link(dorte.id, next(a.id for a in window.doc.map.actors if a.name == "Anders Kirk"))
    assert link is not None and link.kind is LinkKind.COORDINATION


def test_family_view_switch_hides_the_analysis_and_comes_back(window, qtbot):
    from PySide6.QtGui import QFontInfo  # noqa: PLC0415

    def name_px() -> float:  # the first person's name on screen, in pixels
        item = window.scene.item_for(window.doc.map.actors[0].id)
        return QFontInfo(item.fitted_name_font()).pixelSize() * window.view.zoom()

    assert window.overview_dock.isVisible()
    normal = name_px()
    QTest.keyClick(window, Qt.Key_F11)
    assert window.family_view and window.isFullScreen()
    assert not window.overview_dock.isVisible() and not window.inspector_dock.isVisible()
    assert not window.menuBar().isVisible()
    assert window.palette_panel.isVisible() and window.toolbar.isVisible()  # the drawing tools stay
    # the whole map in view, its names larger than before (read from across the table)
    qtbot.waitUntil(lambda: window.view.mapToScene(window.view.viewport().rect()).boundingRect().contains(
        window.scene.itemsBoundingRect()) and name_px() > 1.2 * normal, timeout=2000)
    QTest.keyClick(window, Qt.Key_F11)
    assert not window.family_view and not window.isFullScreen()
    assert window.overview_dock.isVisible() and window.menuBar().isVisible()


@pytest.mark.parametrize("lang", ["da", "en"])
def test_family_view_keeps_the_way_back_in_sight(open_example, qtbot, lang):
    """Drawing tools only: "Tidy up" leaves the toolbar, and the family-view switch itself is
    on the toolbar (not behind its overflow arrow) on a laptop-sized screen."""
    from PySide6.QtWidgets import QApplication

    from skymap.ui import i18n

    i18n.install(QApplication.instance(), lang)
    try:
        window = open_example(lang, fit=False)
        _way_back(window, qtbot)
    finally:
        i18n.install(QApplication.instance(), "en")


def _way_back(window, qtbot):
    window.set_family_view(True)
    qtbot.wait(50)
    window.resize(1366, 768)  # the offscreen "screen" is small; a laptop's is this size
    qtbot.waitUntil(lambda: window.width() == 1366, timeout=2000)
    assert not window.act_tidy_bar.isVisible()
    button = window.toolbar.widgetForAction(window.act_family_view)
    assert button is not None and button.isVisible(), (window.width(), window.toolbar.width())
    assert button.geometry().right() <= window.toolbar.width()
    assert window.tool_actions["connect"].iconText() in ("Connect", "Forbind")
    window.set_family_view(False)
    assert window.act_tidy_bar.isVisible()
