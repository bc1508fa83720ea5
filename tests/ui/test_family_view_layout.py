"""The family view (View ▸ Family view, the screen turned to the family across the kitchen
table) at 100 % and at larger text sizes: a trial saw a child's symbol and badge on the second
line of a parent's name, the children's names hanging out below the family's oval, and two-line
cloud titles touching the symbols of the first row. Measured on the items as drawn, in scene
coordinates, after the family view is switched on by its menu action."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from bench.maps import big_map
from skymap.model.compact import tidy_map
from skymap.model.document import MapDocument
from skymap.model.geometry import label_spot
from skymap.model.layout import family_positions
from skymap.storage.mapfile import load_map
from skymap.ui.items.cloud_item import TITLE_TOP, CloudItem
from skymap.ui.items.family_item import FamilyItem
from skymap.ui.items.person_item import MemberItem, PersonItem
from skymap.ui.main_window import MainWindow
from skymap.ui.settings_dialog import apply_app_font
from skymap.ui.text_room import text_box
from tests.ui.conftest import EXAMPLE

NAMES = ["Sofie Nørgaard", "Thomas Nørgaard", "Emil Nørgaard", "Freja Nørgaard", "Alma Nørgaard",
         "Oscar Østergaard", "Ida Østergaard", "Noah Østergaard"]
TITLE_GAP = 6.0
"""Map units between a cloud's title and the symbols and badges below it (the normal view
keeps 10; two-line titles in the family view kept 2.7 and read as touching)."""


def big_family(count: int):
    """A generated map whose family has `count` members with two-line names, tidied."""
    doc = MapDocument(big_map(30, 50))
    for i, f in enumerate(doc.map.family):
        doc.update("family", f.id, name=NAMES[i])
    for name in NAMES[len(doc.map.family):count]:
        doc.add_member(name)
    for f in doc.map.family[count:]:
        doc.remove("family", f.id)
    doc.move({f.id: at for f, at in zip(doc.map.family, family_positions(count))})
    clouds, actors, members = tidy_map(doc.map)
    for i, (x, y, w, h) in clouds.items():
        doc.update("domains", i, x=x, y=y, width=w, height=h)
    doc.move({**actors, **members})
    return doc.map


@pytest.fixture(autouse=True)
def normal_text_size_after(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))  # (the choice is kept in the settings)
    yield
    apply_app_font(1.0)


def family_view(qtbot, skymap, scale: float) -> MainWindow:
    win = MainWindow(skymap, None, "da")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    dialog = win.open_settings()  # Edit ▸ Settings ▸ Text size
    dialog.text_size.setCurrentIndex(dialog.text_size.findData(scale))
    dialog.text_size.activated.emit(dialog.text_size.currentIndex())
    dialog.close()
    qtbot.wait(20)
    win.act_family_view.trigger()  # View ▸ Family view
    qtbot.waitUntil(lambda: win.appearance.family_view, timeout=2000)
    win.resize(1366, 768)
    qtbot.wait(50)
    QApplication.processEvents()
    return win


def symbol_and_badges(p: PersonItem) -> QRectF:
    """The person's symbol (with its selection rim) and the badges on its rim, as drawn."""
    box = QRectF(-p.radius - 2, -p.radius - 2, 2 * p.radius + 4, 2 * p.radius + 4)
    for shape in p.symbol_primitives(max(1.0, min(p.appearance.text_scale, 1.5))):
        if type(shape).__name__ == "Circle":
            box = box.united(QRectF(shape.cx - shape.r - 1, shape.cy - shape.r - 1, 2 * shape.r + 2, 2 * shape.r + 2))
    return box.translated(p.pos())


def outside_oval(box: QRectF, oval: QRectF) -> bool:
    c, a, b = oval.center(), oval.width() / 2, oval.height() / 2
    return any(((pt.x() - c.x()) / a) ** 2 + ((pt.y() - c.y()) / b) ** 2 > 1.0 + 1e-6
               for pt in (box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight()))


def title_box(cloud: CloudItem) -> QRectF:
    """The cloud's title with its background, as CloudItem.paint draws it, in the scene."""
    _font, _label, text, badge_w, _flags = cloud.title_layout()
    w, h = cloud.domain.width, cloud.domain.height
    block_w = text.width() + 8 + badge_w
    middle, top = label_spot(w, h, cloud.domain.outline, block_w + 12, text.height() + 4, TITLE_TOP)
    return cloud.mapRectToScene(QRectF(middle - block_w / 2 - 6, top - 2, block_w + 12, text.height() + 4))


def faults(win: MainWindow) -> list[str]:
    scene = win.scene
    people = [i for i in scene.items() if isinstance(i, PersonItem) and i.isVisible()]
    family = next(i for i in scene.items() if isinstance(i, FamilyItem))
    oval = family.mapRectToScene(family.rect)
    font, line, top = family.title_layout()
    width = QFontMetricsF(font).horizontalAdvance(family.title)
    family_title = family.mapRectToScene(QRectF(family.rect.center().x() - width / 2 - 6, family.rect.top() + top,
                                                width + 12, line + 2))
    assert family.boundingRect().contains(family.mapRectFromScene(family_title))
    out = []
    for p in people:
        for q in people:
            # nobody's symbol or badge on a family member's name, nor a member's on anyone's
            if p is not q and (isinstance(p, MemberItem) or isinstance(q, MemberItem)) \
                    and symbol_and_badges(p).intersects(text_box(q)):
                out.append(f"{p.name()}'s symbol on {q.name()}'s name")
        if isinstance(p, MemberItem) and outside_oval(text_box(p), oval):
            out.append(f"{p.name()}'s name outside the oval")
        if isinstance(p, MemberItem) and symbol_and_badges(p).adjusted(0, -2, 0, 0).intersects(family_title):
            out.append(f"the family's title on {p.name()}")
    for cloud in (i for i in scene.items() if isinstance(i, CloudItem) and not i.domain.outline):
        title = title_box(cloud)
        for p in people:
            symbol = symbol_and_badges(p)
            if cloud.contains(cloud.mapFromScene(p.pos())) and symbol.left() < title.right() \
                    and title.left() < symbol.right() and symbol.top() - title.bottom() < TITLE_GAP:
                out.append(f"title {cloud.domain.label!r} on {p.name()} ({symbol.top() - title.bottom():.1f})")
    return out


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_the_example_in_the_family_view_has_every_name_clear_and_inside(qtbot, scale):
    win = family_view(qtbot, load_map(EXAMPLE), scale)
    # (before, at 100 %: Freja's and Alma's symbols on Sofie's, Thomas's and Emil's
    # "Nørgaard", their names 7 below the oval, four two-line titles 2.7 above symbols)
    assert faults(win) == []
    win.undo_stack.setClean()


@pytest.mark.parametrize("count", [1, 3, 5, 8])
def test_a_family_of_up_to_eight_in_the_family_view(qtbot, count):
    win = family_view(qtbot, big_family(count), 1.0)
    assert faults(win) == []
    members = [i for i in win.scene.items() if isinstance(i, MemberItem)]
    assert len(members) == count
    assert {round(m.text_factor, 3) for m in members} == {1.0}  # the family's names at full size
    win.undo_stack.setClean()
