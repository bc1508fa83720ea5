"""The family view (F11, the screen at the kitchen table) shows what the family's own copy
shows: a protected person (skærmet) and their ties are hidden, not faded, and no consent mark
(✓ ✕ ↺ ?) is drawn; F11 again shows them all again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from skymap.model.family_copy import left_out
from skymap.model.objects import ActorKind
from skymap.storage.mapfile import load_map
from skymap.ui.main_window import MainWindow
from tests.ui.conftest import EXAMPLE

CONSENT_GLYPHS = {"✓", "✕", "↺", "?"}


def visible(window) -> set[str]:
    return {obj_id for obj_id, item in window.scene.items_by_id.items() if item.isVisible()}


def glyphs(window) -> set[str]:
    """Every badge glyph drawn on a visible person."""
    return {text for item in window.scene.items_by_id.values() if item.isVisible() and hasattr(item, "badges")
            for text, _colour in item.badges()}


def test_f11_hides_protected_people_their_ties_and_consent_marks_and_f11_brings_them_back(qtbot):
    m = load_map(EXAMPLE)
    pros = [a for a in m.actors if a.kind is ActorKind.PROFESSIONAL and a.active]
    changed = {pros[0].id: {"protected": True}, pros[1].id: {"consent": "given"}}
    m = m.model_copy(update={
        "actors": [a.model_copy(update=changed.get(a.id, {})) for a in m.actors],
        "family": [m.family[0].model_copy(update={"protected": True}), *m.family[1:]]})
    protected, consenting, member = pros[0], pros[1], m.family[0]
    window = MainWindow(m, None, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    everyone = set(window.scene.items_by_id)
    ties = {ln.id for ln in window.doc.map.links if protected.id in (ln.source, ln.target)}
    assert ties and visible(window) == everyone and "✓" in glyphs(window) and "!" in glyphs(window)

    QTest.mouseClick(window.toolbar.widgetForAction(window.act_family_view), Qt.LeftButton)  # (F11)
    assert window.family_view
    gone = everyone - visible(window)
    assert {protected.id, member.id} | ties <= gone
    assert gone == left_out(window.doc.map)
    assert consenting.id not in gone and not glyphs(window) & (CONSENT_GLYPHS | {"!"})
    cloud = window.scene.items_by_id[protected.domain]
    in_cloud = [a for a in window.doc.map.actors if a.domain == protected.domain and a.active]
    assert cloud._count == len(in_cloud) - 1  # the badge beside the cloud's name counts whom it shows

    QTest.mouseClick(window.toolbar.widgetForAction(window.act_family_view), Qt.LeftButton)  # (F11)
    assert not window.family_view
    assert visible(window) == everyone and {"✓", "!"} <= glyphs(window) and cloud._count == len(in_cloud)
    window.undo_stack.setClean()
