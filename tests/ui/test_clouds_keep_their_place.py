"""A family watching its map being drawn keeps its bearings: a person added to a cloud that
is full makes the cloud grow, and only the clouds in its way step aside, as little as they
must; no cloud takes its neighbour's place round the family (model/make_room.py). The
new-user trial: a new map at 1366x768, the mother first, then the school's people from the
palette - the fourth moved Børn og familie, Sundhed og omsorg and Egen læge round the ring."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from skymap.model.layout import members_oval
from skymap.model.template import new_map


def _sides(doc) -> dict[str, str]:
    fl, ft, fw, fh = members_oval(doc.map.family)
    out = {}
    for d in doc.map.domains:
        if d.y + d.height / 2 <= ft:
            out[d.id] = "above"
        elif d.y - d.height / 2 >= ft + fh:
            out[d.id] = "below"
        else:
            out[d.id] = "right" if d.x > fl + fw / 2 else "left"
    return out


def _click_cloud(window, domain_id: str) -> None:
    """A click on the cloud where nobody stands: the cloud is selected."""
    scene, view = window.scene, window.view
    cloud = scene.item_for(domain_id)
    rect = cloud.sceneBoundingRect()
    for fy in (0.85, 0.75, 0.65, 0.5):
        for fx in (0.5, 0.3, 0.7):
            spot = QPointF(rect.left() + fx * rect.width(), rect.top() + fy * rect.height())
            hits = [i for i in scene.items(spot) if getattr(i, "obj_id", None)]
            if hits and hits[0] is cloud:
                QTest.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, view.mapFromScene(spot))
                assert [getattr(i, "obj_id", None) for i in scene.selectedItems()] == [domain_id]
                return
    raise AssertionError(f"no free spot to click in {domain_id}")


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_fourth_person_at_school_moves_no_cloud_round_the_family(qtbot, lang):
    from skymap.ui.main_window import MainWindow

    window = MainWindow(new_map("standard", lang=lang), None, lang)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)
    doc = window.doc
    QTest.keyClick(window, Qt.Key_F, Qt.ControlModifier | Qt.ShiftModifier)  # Edit > Add Family Member
    window.docview.inline.close_editor(commit=False)
    assert len(doc.map.family) == 1
    moved: list[float] = []
    for n in range(4):
        window.view.fit()
        before = {d.id: (d.x, d.y, d.width, d.height) for d in doc.map.domains}
        sides = _sides(doc)
        _click_cloud(window, "d-school")
        QTest.mouseClick(window.palette_panel.buttons["professional"], Qt.LeftButton)
        window.docview.inline.close_editor(commit=False)
        qtbot.wait(5)
        assert len(doc.actors_in("d-school")) == n + 1
        after = {d.id: (d.x, d.y, d.width, d.height) for d in doc.map.domains}
        assert _sides(doc) == sides  # nobody round a corner
        school, was = after["d-school"], before["d-school"]
        grew = max(school[2] - was[2], school[3] - was[3], 0.0)
        for i in after:
            if i == "d-school":
                continue
            if sides[i] != sides["d-school"]:
                assert after[i] == before[i], (n + 1, i)  # not in the school's way: not moved
            moved.append(math.dist(after[i][:2], before[i][:2]))
            assert moved[-1] <= grew / 2 + 0.1, (n + 1, i)  # a neighbour: half the school's growth
    assert max(moved) > 0  # (the school grew into its neighbours: they stepped aside)
    window.undo_stack.setClean()
