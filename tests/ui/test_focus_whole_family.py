"""A child's own view holds whoever is in contact with the whole family ("hele familien"):
Peter Vinther meets all the Nørgaards, so Emil too. Reached through View ▸ Show Only the
Selected Member's Network, File ▸ Export PDF in that view, and the family view (F11), which
still hides a protected person, on top of the child's view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from skymap.model.objects import FAMILY_ID
from skymap.storage.mapfile import load_map
from skymap.ui.main_window import MainWindow
from tests.helpers import EXAMPLE
from tests.ui.test_family_export_window import _menu_action
from tests.ui.test_focus_export import emils_view, options_dialog, pdf_text, save_as  # noqa: F401 (fixtures)


def _person(doc, name):
    return next(p for p in (*doc.map.actors, *doc.map.family) if p.name == name)


def _to_family(doc, person_id):
    return next(ln for ln in doc.map.links if ln.source == person_id and ln.target == FAMILY_ID)


def test_the_childs_view_shows_who_meets_the_whole_family_with_their_tie(emils_view):  # noqa: F811
    win, shown, _hidden = emils_view
    for name in ("Peter Vinther", "Inger Nørgaard"):  # a professional and a private person
        person = _person(win.doc, name)
        assert name in shown
        assert win.scene.item_for(person.id).isVisible()
        assert win.scene.item_for(_to_family(win.doc, person.id).id).isVisible()
    # the tie ends at the family's oval, round Emil, the one member shown
    assert win.scene.family_item.isVisible()
    assert not win.scene.item_for(_person(win.doc, "Sofie Nørgaard").id).isVisible()


def test_export_of_the_childs_view_holds_who_meets_the_whole_family(emils_view, options_dialog,  # noqa: F811
                                                                    monkeypatch, tmp_path):
    win, _shown, _hidden = emils_view
    out = tmp_path / "emil.pdf"
    save_as(monkeypatch, out)
    _menu_action(win, "File", "Export PDF").trigger()
    text = pdf_text(out.read_bytes())
    assert "Emils netværk" in text
    assert "Peter Vinther" in text and "Inger Nørgaard" in text
    assert "Sofie Nørgaard" not in text


def test_a_protected_person_meeting_the_whole_family_stays_hidden_in_the_family_view(qtbot):
    m = load_map(EXAMPLE)
    peter = next(a for a in m.actors if a.name == "Peter Vinther")
    m = m.model_copy(update={"actors": [a.model_copy(update={"protected": True}) if a.id == peter.id else a
                                        for a in m.actors]})
    win = MainWindow(m, None, "en")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    emil = _person(win.doc, "Emil Nørgaard")
    tie = _to_family(win.doc, peter.id)
    win.scene.select_only(emil.id)
    _menu_action(win, "View", "Show Only the Selected Member's Network").trigger()
    assert win.focus_view is not None
    # the caseworker's own view of Emil's network shows him (marked protected) ...
    assert win.scene.item_for(peter.id).isVisible() and win.scene.item_for(tie.id).isVisible()
    # ... the family view (F11) leaves him and his tie out, as it does on the whole map
    QTest.mouseClick(win.toolbar.widgetForAction(win.act_family_view), Qt.LeftButton)
    assert win.family_view and win.focus_view is not None
    assert not win.scene.item_for(peter.id).isVisible() and not win.scene.item_for(tie.id).isVisible()
    assert win.scene.item_for(emil.id).isVisible()
    QTest.mouseClick(win.toolbar.widgetForAction(win.act_family_view), Qt.LeftButton)
    win.undo_stack.setClean()
