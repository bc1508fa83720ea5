"""Read it from across the table: the whole map fitted on a laptop screen with names large
enough to read at a metre; the window on the screen; ties that pass over nobody."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontInfo, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton

from bench.maps import big_map
from skymap.storage.mapfile import load_map
from skymap.ui.items.link_item import LinkItem
from skymap.ui.items.person_item import PersonItem
from skymap.ui.main_window import MainWindow

from .conftest import EXAMPLE

SCREENS = {"1366x768": (1366, 768), "1920x1080": (1920, 1080)}
NEED = {"normal": 12.0, "family": 20.0}


def name_heights(window) -> tuple[list[float], int]:
    """The on-screen pixel height of every name (its font's pixel size through the view's
    transform), and how many people are not wholly inside the canvas."""
    view = window.view
    scale = view.transform().m22()
    shown = view.viewport().rect()
    heights, outside = [], 0
    for item in window.scene.items():
        if isinstance(item, PersonItem):
            heights.append(QFontInfo(item.fitted_name_font()).pixelSize() * scale)
            if not shown.contains(view.mapFromScene(item.sceneBoundingRect()).boundingRect()):
                outside += 1
    return heights, outside


def _open(qtbot, skymap, size):
    window = MainWindow(skymap, None, "da")
    qtbot.addWidget(window)
    window.resize(*size)  # maximised on that screen
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)
    return window


def measure(qtbot, window, size: tuple[int, int], label: str) -> dict[str, float]:
    """The smallest name's height in px with the whole map fitted in a window of `size`
    (maximised on that screen), in the normal view and in the family view; checks that
    nobody is outside the canvas and that the family view hides the panels."""
    window.resize(*size)
    qtbot.wait(20)
    QTest.keyClick(window, Qt.Key_0, Qt.ControlModifier)  # View > Fit to Window
    qtbot.wait(20)
    heights, outside = name_heights(window)
    print(f"\n{label} at {size[0]}x{size[1]}, normal view: names {min(heights):.1f}-{max(heights):.1f} px")
    assert outside == 0
    normal = min(heights)
    window.activateWindow()  # (the keys go to the window in front)
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    QTest.keyClick(window, Qt.Key_F11)  # the family view: full screen
    qtbot.waitUntil(window.act_family_view.isChecked, timeout=2000)
    qtbot.wait(20)
    window.resize(*size)  # (the offscreen screen is smaller than the one measured)
    qtbot.wait(50)
    heights, outside = name_heights(window)
    print(f"{label} at {size[0]}x{size[1]}, family view: names {min(heights):.1f}-{max(heights):.1f} px")
    assert outside == 0, "the whole map is in view"
    assert not window.overview_dock.isVisible() and not window.inspector_dock.isVisible()
    QTest.keyClick(window, Qt.Key_F11)
    qtbot.wait(20)
    return {"normal": normal, "family": min(heights)}


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("case", ["example", "generated 30 people"])
def test_every_name_is_large_enough_with_the_whole_map_fitted(qtbot, case, screen):
    size = SCREENS[screen]
    skymap = load_map(EXAMPLE) if case == "example" else big_map(30, 50)
    window = _open(qtbot, skymap, size)
    try:
        if case != "example":
            QTest.keyClick(window, Qt.Key_T, Qt.ControlModifier)  # Edit > Tidy Up: compact around the family
            qtbot.wait(20)
        shown = measure(qtbot, window, size, case)
        assert shown["normal"] >= NEED["normal"]
        assert shown["family"] >= NEED["family"]
    finally:
        window.set_family_view(False)
        window.undo_stack.setClean()


def test_no_name_is_cut_to_initials_in_the_family_view(qtbot):
    window = _open(qtbot, load_map(EXAMPLE), SCREENS["1366x768"])
    try:
        window.set_family_view(True)
        from PySide6.QtGui import QFontMetricsF  # noqa: PLC0415

        from skymap.ui.items.person_item import wrap_name  # noqa: PLC0415

        for item in window.scene.items():
            if isinstance(item, PersonItem):
                lines = wrap_name(QFontMetricsF(item.fitted_name_font()), item.name(), item.text_width)
                assert " ".join(lines) == item.name()
    finally:
        window.set_family_view(False)
        window.undo_stack.setClean()


def test_the_window_opens_within_the_screen(qtbot):
    screen = QGuiApplication.primaryScreen().availableGeometry()  # 800 x 800 offscreen
    window = MainWindow(load_map(EXAMPLE), None, "en")
    try:
        window.show()
        QApplication.processEvents()
        assert screen.contains(window.geometry())
        assert window.view.viewport().width() > 200  # the map keeps room beside the panels
    finally:
        window.undo_stack.setClean()
        window.close()


def test_the_map_stays_fitted_as_the_window_grows_until_the_user_zooms(open_example, qtbot):
    window = open_example("en")
    window.resize(1000, 700)
    qtbot.wait(30)
    small = window.view.zoom()
    window.resize(1600, 1000)
    qtbot.wait(30)
    assert window.view.zoom() > small * 1.2
    shown = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert shown.contains(window.scene.itemsBoundingRect())
    # the user zooms in with the wheel: now a new size keeps their zoom
    vp = window.view.viewport()
    QTest.mouseMove(vp, vp.rect().center())
    from PySide6.QtCore import QPointF  # noqa: PLC0415
    from PySide6.QtGui import QWheelEvent  # noqa: PLC0415

    centre = QPointF(vp.rect().center())
    wheel = QWheelEvent(centre, QPointF(vp.mapToGlobal(vp.rect().center())), QPoint(0, 0), QPoint(0, 120),
                        Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
    QApplication.sendEvent(vp, wheel)
    zoomed = window.view.zoom()
    window.resize(1200, 800)
    qtbot.wait(30)
    assert window.view.zoom() == pytest.approx(zoomed)
    QTest.keyClick(window, Qt.Key_0, Qt.ControlModifier)  # Fit to Window: following the size again
    window.resize(1500, 950)
    qtbot.wait(30)
    shown = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert shown.contains(window.scene.itemsBoundingRect())


def test_clicking_a_tie_that_bends_around_someone_selects_that_tie(open_example, qtbot):
    window = open_example("en")
    window.resize(1920, 1080)
    QTest.keyClick(window, Qt.Key_0, Qt.ControlModifier)
    qtbot.wait(30)
    links = [i for i in window.scene.items() if isinstance(i, LinkItem)]
    bent = [i for i in links if i._route]
    assert bent, "the example has ties that bend around people"
    clicked = 0
    for item in bent:
        points = item._route
        for a, b in zip(points, points[1:]):
            x, y = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
            spot = window.view.mapFromScene(x, y)
            under = [i for i in window.view.items(spot) if getattr(i, "obj_id", None)
                     and i is not window.scene.family_item and i.isVisible()]
            if [i for i in under if i is not item and not isinstance(i, type(window.scene.family_item))]:
                continue  # another tie crosses here, or a cloud's person: not a spot for one tie
            QTest.mouseClick(window.view.viewport(), Qt.LeftButton, Qt.NoModifier, spot)
            assert window.scene.selectedItems() == [item]
            clicked += 1
    assert clicked >= 5  # (spots where another tie crosses are left out)


def test_file_dialogs_speak_danish(qtbot, monkeypatch):
    from skymap.ui import i18n  # noqa: PLC0415

    app = QApplication.instance()
    try:
        monkeypatch.setenv("LANG", "en_GB.UTF-8")  # an English system, a Danish interface
        assert i18n.install(app, "da")
        # the system's native dialog would speak English: Qt's own is used, in Danish
        assert QApplication.testAttribute(Qt.AA_DontUseNativeDialogs)
        for mode, button in ((QFileDialog.AcceptOpen, "Åbn"), (QFileDialog.AcceptSave, "Gem")):
            dialog = QFileDialog(None, "Åbn kort")
            dialog.setAcceptMode(mode)
            qtbot.addWidget(dialog)
            dialog.show()
            texts = {b.text().replace("&", "") for b in dialog.findChildren(QPushButton)}
            assert {button, "Annuller"} <= texts
            # the captions too: Qt's Danish catalogue lacks "&Look in:" and "Files of &type:"
            labels = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
            assert {"Kig i:", "Filnavn:", "Filer af type:"} <= labels, labels
            dialog.close()
    finally:
        monkeypatch.undo()
        i18n.install(app, "en")


def _text_rect(item):
    """The scene rectangle of a person's name and role (below the symbol)."""
    from PySide6.QtCore import QRectF  # noqa: PLC0415

    _scale, name_h, sub_h = item._lines
    r = item.radius
    return item.mapRectToScene(QRectF(-item.text_width / 2, r, item.text_width, name_h + sub_h))


@pytest.mark.parametrize("cloud", ["d-gp", "d-school"])
def test_a_cloud_grows_as_people_are_added_so_no_name_hangs_outside(open_example, qtbot, cloud):
    window = open_example("en")
    for _ in range(7):
        window.scene.select_only(cloud)
        window.palette_panel.buttons["professional"].click()  # into the selected cloud
        window.docview.inline.close_editor(commit=False)
        qtbot.wait(5)
    item = window.scene.item_for(cloud)
    outline = item.mapToScene(item.shape())
    people = [window.scene.item_for(a.id) for a in window.doc.actors_in(cloud)]
    assert len(people) >= 8
    for person in people:
        text = _text_rect(person)
        name_box = text.adjusted(text.width() * 0.3, 0, -text.width() * 0.3, -4)  # the name's middle
        assert outline.contains(person.sceneBoundingRect().center())
        assert outline.contains(name_box), person.name()


def test_a_new_family_member_is_not_placed_over_a_cloud_s_people(open_example, qtbot):
    """A member added with the palette stands beside the others; the clouds beside the
    family make room (one undo step), so nobody's name is covered."""
    window = open_example("en")
    for _ in range(2):
        window.palette_panel.buttons["member"].click()
        window.docview.inline.close_editor(commit=False)
        qtbot.wait(5)
    new = [window.scene.item_for(f.id) for f in window.doc.map.family[-2:]]
    family = window.scene.family_item.sceneBoundingRect()
    for a in window.doc.map.actors:
        other = window.scene.item_for(a.id)
        assert not family.intersects(other.sceneBoundingRect()), a.name
        for item in new:
            assert not item.sceneBoundingRect().intersects(_text_rect(other)), a.name
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert len(window.doc.map.family) == 5


def test_a_person_dragged_onto_a_tie_makes_the_tie_bend_around_them(open_example, qtbot):
    from skymap.model import routes  # noqa: PLC0415

    from .test_editing import drag  # noqa: PLC0415

    window = open_example("en")
    doc = window.doc

    def middle_of(tie) -> tuple[float, float]:
        (x0, y0), (x1, y1) = tie._ends
        return (x0 + x1) / 2, (y0 + y1) / 2

    mover = next(a for a in doc.map.actors if a.name == "Hanne Lund")

    def on_free_canvas(x: float, y: float) -> bool:
        """No one there: a person let go over someone is put beside them (model/drop.py)."""
        from skymap.model import drop  # noqa: PLC0415

        let_go = [("actors", mover.id, {"x": round(x), "y": round(y), "domain": None})]
        return drop.land(doc.map, let_go) == let_go

    item = next(i for i in window.scene.items() if isinstance(i, LinkItem) and not i._route
                and mover.id not in (i.link.source, i.link.target) and on_free_canvas(*middle_of(i)))
    middle = middle_of(item)
    from PySide6.QtCore import QPointF  # noqa: PLC0415

    drag(window, QPointF(mover.x, mover.y), QPointF(*middle))
    qtbot.waitUntil(lambda: item._route is not None, timeout=2000)
    assert routes.overlaps(doc.map) == []
    window.undo_stack.undo()  # back where they were: the tie straight again
    qtbot.waitUntil(lambda: item._route is None, timeout=2000)


def test_on_a_small_screen_the_window_opens_maximised(qtbot):
    from skymap.ui.window_size import should_maximise  # noqa: PLC0415

    class Screen:
        def __init__(self, w, h):
            from PySide6.QtCore import QRect  # noqa: PLC0415

            self.area = QRect(0, 0, w, h)

        def availableGeometry(self):
            return self.area

    assert should_maximise(Screen(1366, 728))  # a laptop, the task bar at the bottom
    assert not should_maximise(Screen(1920, 1040))
    assert should_maximise(QGuiApplication.primaryScreen())  # the 800 x 800 offscreen screen
