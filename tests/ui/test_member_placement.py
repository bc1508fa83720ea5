"""A new family member never lands on another (a tester's Sofie stood on Emil: her name
over his symbol, his ties seeming to end at her). Members are added the ways a caseworker
adds them — double-clicks on the family's oval, named in place — at 1366x768, and every
pair is measured in scene coordinates: symbols and names (the items' shapes) apart."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainterPath
from PySide6.QtTest import QTest

from skymap.model.template import new_map
from skymap.ui.items.person_item import MemberItem
from skymap.ui.main_window import MainWindow

NAMES = ["Karen Holm", "Emil Holm", "Sofie Holm", "Jesper Holm", "Ida Holm"]


def _window(qtbot, family=None):
    m = new_map("standard", "Holm", "da")
    if family:
        m = m.model_copy(update={"family": family})
    win = MainWindow(m, None, "da")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.view.fit()
    return win


def _drawn(item: MemberItem) -> QPainterPath:
    """What the member's item draws, in scene coordinates: the round symbol and the name's
    label (the halo behind the name and role lines, as PersonItem.paint lays it)."""
    r = item.radius
    _scale, _name_h, sub_h = item._lines
    lines, sub, text_w, _w = item.text_layout()
    used = (QFontMetricsF(item.fitted_name_font()).height() + 1) * len(lines) + 2
    path = QPainterPath()
    path.addEllipse(QPointF(0, 0), r, r)
    path.addRect(QRectF(-text_w / 2 - 4, r + 2, text_w + 8, used + sub_h + 1 if sub else used + 1))
    path.setFillRule(Qt.WindingFill)
    return item.mapToScene(path)


def _shapes(win):
    return {item.obj_id: _drawn(item) for item in win.scene.items() if isinstance(item, MemberItem)}


def _free_spot_in_oval(win) -> QPointF:
    """A point of the family's oval, nearest its middle, where no member is hit (a
    double-click there adds a member; on a member it would rename them), as near as
    possible to the members: where the tester's double-click landed."""
    fam = win.scene.family_item
    shape = fam.mapToScene(fam.shape())
    rect = shape.boundingRect()
    members = []
    for item in win.scene.items():
        if isinstance(item, MemberItem):
            hit = item.mapToScene(item.shape())
            hit.setFillRule(Qt.WindingFill)  # (the symbol and the label overlap a little)
            members.append(hit)
    pixel = 2 / win.view.transform().m11()  # clear of every member by two pixels on the screen
    best = None
    steps = 40
    for i, j in itertools.product(range(1, steps), range(1, steps)):
        p = QPointF(rect.left() + rect.width() * i / steps, rect.top() + rect.height() * j / steps)
        near = QRectF(p.x() - pixel, p.y() - pixel, 2 * pixel, 2 * pixel)
        if not shape.contains(p) or any(s.intersects(near) for s in members):
            continue
        d = (p - rect.center()).manhattanLength()
        if best is None or d < best[0]:
            best = (d, p)
    assert best is not None
    return best[1]


def _double_click_and_name(win, qtbot, spot: QPointF, name: str) -> None:
    vp = win.view.viewport()
    QTest.mouseDClick(vp, Qt.LeftButton, Qt.NoModifier, win.view.mapFromScene(spot))
    editor = win.docview.inline
    qtbot.waitUntil(editor.isVisible, timeout=2000)
    editor.fields["name"].selectAll()
    QTest.keyClicks(editor.fields["name"], name)
    QTest.keyClick(editor.fields["name"], Qt.Key_Return)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=2000)
    qtbot.wait(5)


def _assert_apart(win) -> None:
    shapes = _shapes(win)
    names = {f.id: f.name for f in win.doc.map.family}
    for (a, sa), (b, sb) in itertools.combinations(shapes.items(), 2):
        assert not sa.intersects(sb), f"{names[a]} overlaps {names[b]}"


def test_five_members_double_clicked_on_the_oval_stand_apart(qtbot):
    win = _window(qtbot)
    for count, name in enumerate(NAMES, start=1):
        _double_click_and_name(win, qtbot, _free_spot_in_oval(win), name)
        assert [f.name for f in win.doc.map.family] == NAMES[:count]
        _assert_apart(win)
    # the oval holds them all, and no cloud's person stands in it
    fam = win.scene.family_item.sceneBoundingRect()
    for item in _shapes(win).values():
        assert fam.contains(item.boundingRect().center())
    win.undo_stack.setClean()


def test_members_arranged_by_hand_keep_their_places_and_the_newcomer_stands_apart(qtbot):
    from skymap.model.objects import FamilyMember

    # placed by hand (not Skymap's rows): Karen left, Emil lower right, as in the tester's map
    family = [FamilyMember(id="f1", name="Karen Holm", x=-120.0, y=-10.0),
              FamilyMember(id="f2", name="Emil Holm", x=75.0, y=40.0)]
    win = _window(qtbot, family)
    for name in NAMES[2:]:
        _double_click_and_name(win, qtbot, _free_spot_in_oval(win), name)
        _assert_apart(win)
    assert [(f.x, f.y) for f in win.doc.map.family[:2]] == [(-120.0, -10.0), (75.0, 40.0)]
    win.undo_stack.setClean()
