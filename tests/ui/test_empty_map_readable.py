"""A new, empty map opens readable at 1366x768 (File > New): the family's hint "Double-click
here to add a family member" and its title at least 13 px high, as names are on the example
map (a trial found the hint 6 px high: the nine clouds of the template fitted whole). Fit to
Window still shows the whole map, and so does the map once someone is on it."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtTest import QTest

from skymap.ui.items.cloud_item import CloudItem

HINT = {"en": "Double-click here to add a family member", "da": "Dobbeltklik her for at tilføje et familiemedlem"}


def heights(window) -> tuple[float, float]:
    """The on-screen height (px) of the family's hint and title: their fonts' pixel size
    (as items/family_item.py draws them: 9 pt, and 12 pt bold) through the view's transform,
    as tests/ui/test_legibility.py measures names."""
    appearance = window.scene.appearance
    scale = window.view.transform().m22()
    return (QFontInfo(appearance.font(9)).pixelSize() * scale,
            QFontInfo(appearance.font(12, bold=True)).pixelSize() * scale)


def on_screen(window, item) -> bool:
    view = window.view
    return view.viewport().rect().contains(view.mapFromScene(item.sceneBoundingRect()).boundingRect())


def clouds(window):
    return [i for i in window.scene.items() if isinstance(i, CloudItem)]


@pytest.fixture
def new_map(laptop_window_each_language, qtbot):
    window = laptop_window_each_language
    QTest.keyClick(window, Qt.Key_N, Qt.ControlModifier)  # File > New
    dialog = window.new_map_dialog
    qtbot.waitUntil(dialog.isVisible)
    QTest.keyClicks(dialog.family, "Hansen")
    QTest.keyClick(dialog.family, Qt.Key_Return)
    assert window.doc.map.meta.family_name == "Hansen" and not window.doc.map.actors and not window.doc.map.family
    qtbot.wait(50)
    return window


def test_a_new_map_shows_the_family_hint_and_title_readable(new_map, qtbot, tmp_path):
    window = new_map
    family = window.scene.family_item
    assert family.empty_hint == HINT[window.lang]
    hint, title = heights(window)
    window.grab().save(str(tmp_path / f"empty-map-{window.lang}.png"))  # (to look at)
    print(f"\n{window.lang}: hint {hint:.1f} px, title {title:.1f} px")
    assert hint >= 13.0 and title >= 13.0
    assert on_screen(window, family)  # the family whole and in the middle
    centre = window.view.mapFromScene(family.sceneBoundingRect().center())
    middle = window.view.viewport().rect().center()
    assert abs(centre.x() - middle.x()) <= 3 and abs(centre.y() - middle.y()) <= 3
    # it stays so when the window changes size (the view keeps its fit)
    window.resize(1300, 740)
    qtbot.wait(50)
    assert min(heights(window)) >= 13.0 and on_screen(window, family)
    window.resize(1366, 768)
    qtbot.wait(50)
    # Fit (the toolbar) shows the whole map, every cloud
    QTest.mouseClick(window.toolbar.widgetForAction(
        next(a for a in window.toolbar.actions() if a.text() in ("Fit", "Tilpas"))), Qt.LeftButton)
    qtbot.wait(50)
    assert all(on_screen(window, c) for c in clouds(window)) and len(clouds(window)) == 9


def test_the_first_family_member_brings_the_whole_map_into_view(new_map, qtbot):
    window = new_map
    family = window.scene.family_item
    assert not all(on_screen(window, c) for c in clouds(window))  # (the family read, not every cloud)
    QTest.mouseDClick(window.view.viewport(), Qt.LeftButton, Qt.NoModifier,
                      window.view.mapFromScene(family.sceneBoundingRect().center()) + QPoint(0, 12))
    qtbot.wait(50)
    assert len(window.doc.map.family) == 1
    assert all(on_screen(window, c) for c in clouds(window))  # a map with someone on it: all of it


def test_close_map_shows_the_empty_map_readable_too(laptop_window_each_language, qtbot):
    window = laptop_window_each_language
    QTest.keyClick(window, Qt.Key_W, Qt.ControlModifier)  # File > Close Map: an empty map
    qtbot.wait(50)
    assert not window.doc.map.actors and not window.doc.map.family
    assert min(heights(window)) >= 13.0
