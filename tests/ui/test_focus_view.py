"""A child's own view in the window: "Show only Emil's network" from the member's context
menu or the View menu hides everything but the member, the people they meet and the ties
among those people; a bar says so and brings the whole map back."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from skymap.model.focus import focus_of
from skymap.storage.mapfile import load_map, save_map
from skymap.ui import focus_view, modal
from tests.ui.conftest import EXAMPLE


def by_name(doc, name):
    return next(p for p in (*doc.map.actors, *doc.map.family) if p.name == name)


def view_menu(win, text: str):
    menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&View")
    return next(a for a in menu.actions() if a.text().replace("&", "") == text)


def shown_ids(win) -> set[str]:
    return {obj_id for obj_id, item in win.scene.items_by_id.items() if item.isVisible()}


def test_show_only_a_childs_network_from_the_context_menu_and_back(open_example, monkeypatch):
    win = open_example("en")
    menus = []
    monkeypatch.setattr(modal, "exec_menu", lambda menu, pos: menus.append(menu))
    emil = by_name(win.doc, "Emil Nørgaard")
    point = win.view.mapFromScene(win.scene.anchor_of(emil.id))
    viewport = win.view.viewport()
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Mouse, point, viewport.mapToGlobal(point)))
    next(a for a in menus[-1].actions() if a.text() == "Show only Emil's network").trigger()
    expected = focus_of(win.doc.map, emil.id)
    assert shown_ids(win) == set(expected.shown)
    met = expected.people - {emil.id}
    assert met and by_name(win.doc, "Sofie Nørgaard").id not in shown_ids(win)
    hidden_ties = [ln for ln in win.doc.map.links if ln.id not in expected.links]
    assert any(ln.source in met and ln.target in met for ln in win.doc.map.links if ln.id in expected.links)
    assert all(not (ln.source in met | {emil.id} and ln.target in met | {emil.id}) for ln in hidden_ties)
    assert not any(win.scene.items_by_id[n.id].isVisible() for n in win.doc.map.annotations)
    bar = win.file_guard.bar
    assert bar.text("focus") == ("Only Emil's network is shown: Emil Nørgaard, the people they meet and the ties "
                                 "among those people.")
    school = next(d for d in win.doc.map.domains if d.label == "Skole og dagtilbud")
    in_school = [a for a in win.doc.map.actors if a.domain == school.id and a.active]
    cloud = win.scene.items_by_id[school.id]
    assert cloud._count == len([a for a in in_school if a.id in met]) < len(in_school)  # the badge beside its name
    view_menu(win, "Show the Whole Map").trigger()
    assert shown_ids(win) == set(win.scene.items_by_id) and bar.text("focus") == ""
    assert cloud._count == len(in_school)


def test_the_view_menu_shows_the_selected_members_network_and_follows_the_map(open_example):
    win = open_example("en")
    view_menu(win, "Show Only the Selected Member's Network").trigger()
    assert "Select one family member first" in win.statusBar().currentMessage()
    assert shown_ids(win) == set(win.scene.items_by_id)
    freja = by_name(win.doc, "Freja Nørgaard")
    win.scene.select_only(freja.id)
    view_menu(win, "Show Only the Selected Member's Network").trigger()
    assert shown_ids(win) == set(focus_of(win.doc.map, freja.id).shown)
    outsider = by_name(win.doc, "Ali Hassan")
    assert outsider.id not in shown_ids(win)
    win.editor.add_tie(outsider.id, freja.id)  # Freja now meets Ali: he appears
    QApplication.processEvents()
    assert outsider.id in shown_ids(win)
    win.scene.select_only(freja.id)
    win.delete_selection()  # the member herself gone: the whole map again
    QApplication.processEvents()
    assert shown_ids(win) == set(win.scene.items_by_id) and win.file_guard.bar.text("focus") == ""


def test_showing_a_status_ends_the_focus(open_example, tmp_path, monkeypatch):
    path = tmp_path / "map.json"
    save_map(load_map(EXAMPLE), path)
    win = open_example("en", path=path)
    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Start", date(2026, 9, 14)))
    win.save_status()
    focus_view.show_focus(win, by_name(win.doc, "Emil Nørgaard").id)
    win.statuses_panel.list.item(0).setSelected(True)
    win.statuses_panel.view_button.click()
    assert win.file_guard.bar.text("focus") == "" and getattr(win, "focus_view", None) is None
    win.back_to_now()
    assert shown_ids(win) == set(win.scene.items_by_id)


def test_the_childs_view_is_fitted_below_its_bar_and_the_way_back_is_offered_only_while_shown(open_example, qtbot):
    """The bar above the map takes height: the member's people are fitted into what is left
    (not cut off at the bottom), and View ▸ Show the Whole Map is greyed out when the whole
    map is shown already."""
    win = open_example("en")
    win.resize(1366, 768)
    menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&View")
    back = view_menu(win, "Show the Whole Map")
    menu.aboutToShow.emit()
    assert not back.isEnabled()
    alma = by_name(win.doc, "Alma Nørgaard")
    win.scene.select_only(alma.id)
    view_menu(win, "Show Only the Selected Member's Network").trigger()
    qtbot.wait(50)  # the bar is laid out and the map fitted again
    assert win.file_guard.bar.isVisible()
    seen = win.view.mapToScene(win.view.viewport().rect()).boundingRect()
    for obj_id in shown_ids(win):
        item = win.scene.items_by_id[obj_id]
        if obj_id in {p.id for p in (*win.doc.map.actors, *win.doc.map.family)}:
            assert seen.contains(item.sceneBoundingRect()), obj_id
    menu.aboutToShow.emit()
    assert back.isEnabled()
    back.trigger()
    menu.aboutToShow.emit()
    assert not back.isEnabled()
