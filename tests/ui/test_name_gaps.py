"""Neighbouring names keep a visible gap (F11 family view and the normal view, 1366x768): side
by side in a cloud's row, "Lene Mørk" and "Kasper Ry" never read as one name. The gap between
two neighbours' names is measured on the screen, in pixels, against the name's own size."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtTest import QTest

from skymap.model import edits, layout
from skymap.model.document import MapDocument
from skymap.model.template import new_map
from skymap.model.vocabulary import DomainKind, FamilyRole
from skymap.ui.items.person_item import PersonItem
from skymap.ui.main_window import MainWindow
from skymap.ui.name_room import NAME_GAP_EM

# The kitchen-table case's clouds (tests/ui/test_kitchen_table_case.py), as its people were named.
CLOUDS = {
    DomainKind.HOSPITAL_PSYCHIATRY: [("Lene Mørk", "børne- og ungepsykiater"), ("Kasper Ry", "psykolog"),
                                     ("Tina Hald", "kontaktsygeplejerske")],
    DomainKind.SCHOOL: [("Hanne Lund", "klasselærer"), ("Karin Holm", "PPR-psykolog"),
                        ("Ole Kragh", "skolesocialrådgiver"), ("Per Bo", "skoleleder"), ("Jonas Berg", "klasselærer")],
    DomainKind.POLICE_SSP: [("Ali Hassan", "SSP-konsulent"), ("Kim Lauridsen", "forebyggelsesbetjent")],
    DomainKind.HEALTH_CARE: [("Birgit Juhl", "sundhedsplejerske"), ("Jane Ravn", "fysioterapeut"),
                             ("Nina Bak", "tandlæge")],
    DomainKind.GP: [("Anders Kirk", "praktiserende læge")],
}
FAMILY = [("Sofie Nørgaard", FamilyRole.MOTHER), ("Thomas Nørgaard", FamilyRole.FATHER),
          ("Emil Nørgaard", FamilyRole.CHILD), ("Freja Nørgaard", FamilyRole.CHILD)]


def kitchen_map():
    doc = MapDocument(new_map("standard", lang="da"))
    for (name, role), (x, y) in zip(FAMILY, layout.family_positions(len(FAMILY))):
        doc.add_member(name, role=role, x=x, y=y)
    for domain in doc.map.domains:
        people = CLOUDS.get(domain.kind)
        if not people:
            continue
        for i, (name, role) in enumerate(people):
            doc.add_actor(name, role=role, domain=domain.id, x=domain.x + i, y=domain.y)
    for collection, obj_id, fields in edits.tidy(doc):  # Tidy Up: compact, people in rows
        doc.update(collection, obj_id, **fields)
    return doc.map


def neighbours(window) -> list[tuple[float, float, PersonItem, PersonItem]]:
    """Each pair of people side by side in a row (not in the next cloud): the gap between their names and the name's
    size (its font's pixel height), both in screen pixels."""
    scale = window.view.transform().m11()
    people = sorted((i for i in window.scene.items() if isinstance(i, PersonItem)), key=lambda i: i.pos().x())
    out = []
    for a in people:
        right = [b for b in people if abs(b.pos().y() - a.pos().y()) < 1
                 and 0 < b.pos().x() - a.pos().x() < 2 * layout.PERSON_W]
        if not right:
            continue
        b = right[0]
        gap = b.pos().x() - a.pos().x() - (a.text_layout()[3] + b.text_layout()[3]) / 2
        em = max(QFontInfo(i.fitted_name_font()).pixelSize() for i in (a, b))
        out.append((gap * scale, em * scale, a, b))
    return out


def check(window, view: str) -> float:
    pairs = neighbours(window)
    assert len(pairs) >= 8
    # only crowded names give up width: someone with nobody beside them keeps all of it
    beside = {i for _gap, _em, a, b in pairs for i in (a, b)}
    alone = [i for i in window.scene.items() if isinstance(i, PersonItem) and i not in beside]
    assert alone and all(i.name_width == i.text_width for i in alone)
    for gap, em, a, b in pairs:
        assert gap >= NAME_GAP_EM * em - 0.01, f"{view} view: {a.name()!r} | {b.name()!r} {gap:.1f} px apart"
        for item in (a, b):  # every name whole: wrapped between words, never cut
            assert " ".join(item.text_layout()[0]) == item.name()
    return min(gap for gap, *_ in pairs)


def test_neighbouring_names_keep_a_gap_in_the_family_view_and_the_normal_view(qtbot):
    window = MainWindow(kitchen_map(), None, "da")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    QTest.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # View > Fit to Window
    qtbot.wait(20)
    normal = check(window, "normal")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    QTest.keyClick(window, Qt.Key.Key_F11)  # the family view
    qtbot.waitUntil(window.act_family_view.isChecked, timeout=2000)
    window.resize(1366, 768)  # (the offscreen screen is smaller)
    qtbot.wait(50)
    family = check(window, "family")
    print(f"\nsmallest gap between neighbouring names at 1366x768: normal {normal:.1f} px, family {family:.1f} px")
    QTest.keyClick(window, Qt.Key.Key_F11)
