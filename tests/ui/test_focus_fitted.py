"""A child's own view ("Show only Emil's network") is fitted and stays fitted: when it is
shown, when F11 (the family view) comes and goes while it is shown, and the whole map is
fitted again, without scroll bars, at View ▸ Show the Whole Map. The tester saw the child's
view small in a corner after F11, and scroll bars after the whole map came back."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtTest import QTest

from skymap.ui.items.family_item import FamilyItem

from .test_focus_view import by_name, view_menu


def _settle(window, qtbot) -> None:
    for _ in range(5):
        qtbot.wait(30)


def _shown(window) -> QRectF:
    rect = QRectF()
    for item in window.scene.items():
        if item.isVisible() and item.parentItem() is None and not isinstance(item, FamilyItem):
            rect |= item.sceneBoundingRect()
    return rect


def _assert_fitted(window, qtbot) -> None:
    view = window.view
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    shown = _shown(window)
    assert visible.contains(shown), (visible, shown)
    assert not view.horizontalScrollBar().isVisible() and not view.verticalScrollBar().isVisible()
    zoom = view.zoom()
    view_menu(window, "Fit to Window").trigger()
    _settle(window, qtbot)
    assert abs(view.zoom() - zoom) <= 0.01 * zoom, (zoom, view.zoom())


def _f11(window, qtbot) -> None:
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    QTest.keyClick(window, Qt.Key_F11)
    _settle(window, qtbot)


def test_a_childs_view_is_fitted_through_f11_and_the_whole_map_after_it(open_example, qtbot):
    window = open_example("en")
    # (Freja: her people stand on one side of the example; Emil's reach across all of it)
    freja = by_name(window.doc, "Freja Nørgaard")
    window.scene.select_only(freja.id)
    view_menu(window, "Show Only the Selected Member's Network").trigger()
    _settle(window, qtbot)
    assert window.focus_view is not None
    whole = window.scene.itemsBoundingRect()
    assert _shown(window).width() < whole.width() or _shown(window).height() < whole.height()
    _assert_fitted(window, qtbot)
    zoom_child = window.view.zoom()
    # larger than the whole map would be shown: the child's view is fitted, not the map
    window.view.fit_area = None
    window.view.fit()
    assert window.view.zoom() < zoom_child * 0.98
    window.focus_view.fit()
    _settle(window, qtbot)

    _f11(window, qtbot)
    assert window.family_view
    _assert_fitted(window, qtbot)
    _f11(window, qtbot)
    assert not window.family_view
    _assert_fitted(window, qtbot)

    view_menu(window, "Show the Whole Map").trigger()
    _settle(window, qtbot)
    assert window.focus_view is None
    _assert_fitted(window, qtbot)
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert visible.contains(window.scene.itemsBoundingRect())
    window.undo_stack.setClean()
