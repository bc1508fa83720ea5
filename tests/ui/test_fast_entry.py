"""Fast entry through the window (issue 12): File ▸ New asks for the family's name, a list
typed into a cloud's form or pasted onto a cloud, the person form's toggles and names, the
family form typed, tool keys never taken from a field."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from skymap.model.vocabulary import DomainKind, FamilyRole, LinkKind


@pytest.fixture
def window(open_example, qtbot):
    win = open_example("en", fit=True)
    win.activateWindow()
    win.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.view)
    return win


def focused():
    return QApplication.focusWidget()


def test_file_new_asks_for_the_family_name_and_titles_the_map(window, qtbot):
    QTest.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    dialog = window.new_map_dialog
    qtbot.waitUntil(dialog.isVisible)
    QTest.keyClicks(dialog.family, "Hansen")
    assert dialog.title.text() == "The Hansen family"
    QTest.keyClick(dialog.family, Qt.Key_Return)
    assert window.doc.map.meta.title == "The Hansen family"
    assert window.doc.map.meta.family_name == "Hansen"
    assert len(window.doc.map.domains) == 9 and not window.doc.map.actors


def test_a_title_written_by_the_user_stays(window, qtbot):
    QTest.keyClick(window, Qt.Key_N, Qt.ControlModifier)
    dialog = window.new_map_dialog
    QTest.keyClicks(dialog.title, "Netværk 2026")
    QTest.keyClicks(dialog.family, "Hansen")
    QTest.keyClick(dialog.family, Qt.Key_Return)
    assert window.doc.map.meta.title == "Netværk 2026"


def cloud_of(window, kind):
    return next(d for d in window.doc.map.domains if d.kind is kind)


def test_lines_pasted_onto_a_cloud_become_people_in_one_step(window):
    school = cloud_of(window, DomainKind.SCHOOL)
    before = {a.id for a in window.doc.map.actors}
    window.scene.select_only(school.id)
    QGuiApplication.clipboard().setText("Ida Holm, AKT-lærer\nOle Berg - pædagog\n\nNina Kro – skoleleder\nPer Dahl\n")
    QTest.keyClick(window.view, Qt.Key_V, Qt.ControlModifier)
    new = [a for a in window.doc.map.actors if a.id not in before]
    assert [(a.name, a.role) for a in new] == [("Ida Holm", "AKT-lærer"), ("Ole Berg", "pædagog"),
                                               ("Nina Kro", "skoleleder"), ("Per Dahl", "")]
    grown = window.doc.domain(school.id)
    for a in new:  # inside the (grown) cloud, and nobody on top of another
        assert a.domain == school.id
        assert abs(a.x - grown.x) < grown.width / 2 and abs(a.y - grown.y) < grown.height / 2
    people = window.doc.actors_in(school.id)
    assert all(abs(p.x - q.x) >= 100 or abs(p.y - q.y) >= 60 for p in people for q in people if p is not q)
    assert {obj_id for _c, obj_id in window.scene.selected_targets()} == {a.id for a in new}
    window.undo_stack.undo()  # one step
    assert {a.id for a in window.doc.map.actors} == before
    assert window.doc.domain(school.id) == school


def test_a_list_typed_into_a_new_persons_form_with_toggles_and_names(window, qtbot):
    doc = window.doc
    jobcentre = cloud_of(window, DomainKind.JOBCENTRE)
    before_actors, before_links = len(doc.map.actors), len(doc.map.links)
    mother = next(m for m in doc.map.family if m.role is FamilyRole.MOTHER)
    mother_key = Qt.Key_1 + [m.id for m in doc.map.family].index(mother.id)
    window.scene.select_only(jobcentre.id)
    QTest.keyClick(window.view, Qt.Key_P, Qt.ControlModifier | Qt.ShiftModifier)  # Add professional
    form = window.docview.inline
    assert form.isVisible() and form.several is not None
    QTest.mouseClick(form.several, Qt.LeftButton)  # Several people…
    assert focused() is form.list_edit
    QTest.keyClicks(form.list_edit, "Anna Vig, jobkonsulent")
    QTest.keyClick(form.list_edit, Qt.Key_Return)
    QTest.keyClicks(form.list_edit, "Bo Lind - mentor")
    QTest.keyClick(form.list_edit, mother_key, Qt.AltModifier)  # meets the mother
    QTest.keyClick(form.list_edit, Qt.Key_Tab)
    assert focused() is form.works_with
    QTest.keyClicks(form.works_with, "Hanne L")  # Hanne Lund, the class teacher
    QTest.keyClick(form.list_edit, Qt.Key_Return, Qt.ControlModifier)
    assert not form.isVisible()
    anna = next(a for a in doc.map.actors if a.name == "Anna Vig")
    bo = next(a for a in doc.map.actors if a.name == "Bo Lind")
    hanne = next(a for a in doc.map.actors if a.name == "Hanne Lund")
    assert (anna.role, bo.role, anna.domain, bo.domain) == ("jobkonsulent", "mentor", jobcentre.id, jobcentre.id)
    for person in (anna, bo):
        assert doc.find_link(person.id, mother.id, LinkKind.CONTACT) is not None
        assert doc.find_link(person.id, hanne.id, LinkKind.COORDINATION) is not None
    assert len(doc.map.links) == before_links + 4
    window.undo_stack.undo()  # the person, the list and the ties: one step
    assert len(doc.map.actors) == before_actors and len(doc.map.links) == before_links
    window.undo_stack.redo()
    assert len(doc.map.actors) == before_actors + 2 and len(doc.map.links) == before_links + 4


def test_toggles_show_existing_contacts_and_untoggling_removes_one(window):
    doc = window.doc
    link = next(ln for ln in doc.map.links if ln.kind is LinkKind.CONTACT and ln.target != "family")
    window.scene.select_only(link.source)
    QTest.keyClick(window.view, Qt.Key_F2)
    form = window.docview.inline
    assert form.meets.buttons[link.target].isChecked()
    key = Qt.Key_1 + [m.id for m in doc.map.family].index(link.target)
    QTest.keyClick(form.fields["name"], key, Qt.AltModifier)
    QTest.keyClick(form.fields["name"], Qt.Key_Return)
    assert doc.link(link.id) is None
    window.undo_stack.undo()
    assert doc.link(link.id) is not None


def test_the_role_is_completed_from_the_clouds_common_roles(window):
    school = cloud_of(window, DomainKind.SCHOOL)
    window.scene.select_only(school.id)
    QTest.keyClick(window.view, Qt.Key_P, Qt.ControlModifier | Qt.ShiftModifier)
    form = window.docview.inline
    QTest.keyClicks(form.fields["name"], "Eva Berg")
    QTest.keyClick(form.fields["name"], Qt.Key_Tab)
    QTest.keyClicks(form.fields["role"], "skolesoc")
    assert form.fields["role"].text() == "skolesocialrådgiver"
    QTest.keyClick(form.fields["role"], Qt.Key_Return)
    assert next(a for a in window.doc.map.actors if a.name == "Eva Berg").role == "skolesocialrådgiver"


def test_a_role_the_user_typed_is_offered_next_time_in_this_map(window):
    school = cloud_of(window, DomainKind.SCHOOL)
    for name, role in (("Eva Berg", "Lærer i 3.x"), ("Kim Ravn", "Lær")):
        window.scene.select_only(school.id)
        QTest.keyClick(window.view, Qt.Key_P, Qt.ControlModifier | Qt.ShiftModifier)
        form = window.docview.inline
        QTest.keyClicks(form.fields["name"], name)
        QTest.keyClick(form.fields["name"], Qt.Key_Tab)
        QTest.keyClicks(form.fields["role"], role)
        QTest.keyClick(form.fields["role"], Qt.Key_Return)
    # "Lær" was completed to the role typed before
    assert next(a for a in window.doc.map.actors if a.name == "Kim Ravn").role.startswith("Lærer")


def test_letters_typed_in_a_field_never_switch_the_tool(window):
    member = window.doc.map.family[0]
    window.scene.select_only(member.id)
    QTest.keyClick(window.view, Qt.Key_F2)
    form = window.docview.inline
    QTest.keyClick(form.fields["name"], Qt.Key_Tab)
    role = form.fields["role"]
    assert focused() is role
    role.selectAll()
    QTest.keyClicks(role, "barn")
    assert window.scene.tool_name() == "select"  # the "n" did not switch on the Note tool
    QTest.keyClick(role, Qt.Key_Tab)
    QTest.keyClicks(focused(), "2014")
    QTest.keyClick(focused(), Qt.Key_Return)
    assert window.doc.member(member.id).role is FamilyRole.CHILD
    assert window.doc.member(member.id).birth_year == 2014
    # a combo box in the inspector does not give its letters away either
    window.scene.select_only(next(ln.id for ln in window.doc.map.links))
    combo = window.inspector.l_quality
    combo.setFocus()
    QTest.keyClicks(combo, "nvdch")
    assert window.scene.tool_name() == "select"


def test_the_inspectors_birth_year_takes_a_click_and_typing(window, qtbot):
    QTest.keyClick(window.view, Qt.Key_F, Qt.ControlModifier | Qt.ShiftModifier)  # a new family member
    QTest.keyClick(focused(), Qt.Key_Return)  # kept as she is (Esc would take her away again)
    member = window.doc.map.family[-1]
    assert member.birth_year is None
    window.scene.select_only(member.id)
    year = window.inspector.m_year
    window.inspector_dock.raise_()
    qtbot.waitUntil(year.isVisible)
    QTest.mouseClick(year, Qt.LeftButton)  # a click into the empty year, then typing
    QTest.keyClicks(year, "1986")
    QTest.keyClick(year, Qt.Key_Return)
    assert window.doc.member(member.id).birth_year == 1986


def test_roles_are_completed_in_a_typed_list_too(window):
    school = cloud_of(window, DomainKind.SCHOOL)
    window.scene.select_only(school.id)
    QTest.keyClick(window.view, Qt.Key_P, Qt.ControlModifier | Qt.ShiftModifier)
    form = window.docview.inline
    QTest.mouseClick(form.several, Qt.LeftButton)
    QTest.keyClicks(form.list_edit, "Eva Berg, klas")
    QTest.keyClick(form.list_edit, Qt.Key_Return)
    QTest.keyClicks(form.list_edit, "Kim Ravn, lærer i 2.c")  # typing on replaces the completion
    QTest.keyClick(form.list_edit, Qt.Key_Return)
    QTest.keyClicks(form.list_edit, "Ib Sand - PPR")
    QTest.keyClick(form.list_edit, Qt.Key_Return, Qt.ControlModifier)
    roles = {a.name: a.role for a in window.doc.map.actors}
    assert (roles["Eva Berg"], roles["Kim Ravn"], roles["Ib Sand"]) == ("klasselærer", "lærer i 2.c", "PPR-psykolog")


def test_several_lines_pasted_into_a_new_persons_name_become_a_list(window):
    doc = window.doc
    gp = cloud_of(window, DomainKind.GP)
    window.scene.select_only(gp.id)
    QTest.keyClick(window.view, Qt.Key_P, Qt.ControlModifier | Qt.ShiftModifier)
    form = window.docview.inline
    QGuiApplication.clipboard().setText("Dorte Lind, praksissygeplejerske\nIb Holm - lægesekretær\n")
    QTest.keyClick(form.fields["name"], Qt.Key_V, Qt.ControlModifier)
    assert form.list_edit is not None and focused() is form.list_edit
    QTest.keyClick(form.list_edit, Qt.Key_Return, Qt.ControlModifier)
    people = {a.name: a.role for a in doc.actors_in(gp.id)}
    assert people["Dorte Lind"] == "praksissygeplejerske" and people["Ib Holm"] == "lægesekretær"
    assert "New professional" not in people


def test_a_name_that_fits_nobody_is_named_and_makes_no_tie(window, qtbot):
    doc = window.doc
    hanne = next(a for a in doc.map.actors if a.name == "Hanne Lund")
    ties = len(doc.map.links)
    window.scene.select_only(hanne.id)
    QTest.keyClick(window.view, Qt.Key_F2)
    form = window.docview.inline
    form.works_with.setFocus()
    QTest.keyClicks(form.works_with, "Zacharias")
    QTest.keyClick(form.works_with, Qt.Key_Return)
    assert len(doc.map.links) == ties
    assert "Zacharias" in window.statusBar().currentMessage()
