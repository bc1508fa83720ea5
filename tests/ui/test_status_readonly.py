"""While an earlier status or a comparison is on screen nothing edits the map: every way in
(menu, shortcut, palette, context menu, double-click, drag, inspector, drop) is driven as a
user would, the map stays as it was, and after "Back to now" the same ways edit again.

(Before: Edit ▸ Add family member with a status shown was a segmentation fault.)
"""

from datetime import date

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QContextMenuEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit

from skymap.storage.mapfile import load_map, save_map
from skymap.ui import modal
from skymap.ui.palette import MIME as PALETTE_MIME
from tests.helpers import EXAMPLE, by_name

EDIT_ENTRIES = ("&Paste", "&Delete", "&Rename…", "Add &Professional to Selected Cloud",
                "Add Private Person to the Private Network", "Add &Family Member", "&Connect Selected", "&Tidy Up")
EDIT_KEYS = (
    (Qt.Key_F, Qt.ControlModifier | Qt.ShiftModifier),  # add family member
    (Qt.Key_P, Qt.ControlModifier | Qt.ShiftModifier),  # add professional
    (Qt.Key_R, Qt.ControlModifier | Qt.ShiftModifier),  # add private person
    (Qt.Key_V, Qt.ControlModifier),  # paste
    (Qt.Key_L, Qt.ControlModifier),  # connect selected
    (Qt.Key_T, Qt.ControlModifier),  # tidy up
    (Qt.Key_F2, Qt.NoModifier),  # rename
    (Qt.Key_Delete, Qt.NoModifier),
    (Qt.Key_S, Qt.ControlModifier | Qt.AltModifier),  # save status
)


@pytest.fixture(params=["status", "comparison"])
def shown(request, open_example, tmp_path, monkeypatch):
    """A window with a saved status and a change since, showing the status or comparing it."""
    path = tmp_path / "map.json"
    save_map(load_map(EXAMPLE), path)
    win = open_example("en", path=path)
    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Start", date(2026, 9, 14)))
    win.save_status()
    eva = by_name(win.doc, "Eva Kjær")
    win.scene.select_only(eva.id)
    win.delete_selection()  # someone left since the status
    win.statuses_panel.list.item(0).setSelected(True)
    button = win.statuses_panel.view_button if request.param == "status" else win.statuses_panel.compare_button
    button.click()
    assert win.status_view is not None
    win.kind = request.param
    win.before = win.doc.map.model_dump()
    return win


def edit_menu_actions(win):
    edit = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Edit")
    return {a.text(): a for a in edit.actions() if a.text()}


def unchanged(win) -> bool:
    return win.doc.map.model_dump() == win.before


def status_point(win, obj_id) -> QPoint:
    view = win.status_view.view
    return view.mapFromScene(win.status_view.scene.anchor_of(obj_id))


def select_in_status(win, name):
    person = by_name(win.status_view.doc, name)
    win.status_view.scene.select_only(person.id)
    return person


def back(win):
    win.statuses_panel.now_button.click()
    assert win.status_view is None


def test_edit_menu_entries_are_disabled_and_do_nothing(shown):
    win = shown
    actions = edit_menu_actions(win)
    for text in EDIT_ENTRIES:
        assert not actions[text].isEnabled(), text
        actions[text].trigger()
    assert not win.act_save_status.isEnabled() and not win.act_tidy_bar.isEnabled()
    for name in ("connect", "note", "draw_cloud"):
        assert not win.tool_actions[name].isEnabled()
    assert win.status_view is not None and unchanged(win)
    # Copy (a person selected: to paste into the map now), Select All, Undo and the views
    # stay: they do not edit the map shown.
    assert actions["Select &All"].isEnabled() and not actions["&Copy"].isEnabled()  # nobody selected
    select_in_status(win, "Mette Skov")
    assert actions["&Copy"].isEnabled() and not actions["&Delete"].isEnabled()
    back(win)
    actions = edit_menu_actions(win)
    win.scene.select_only(by_name(win.doc, "Mette Skov").id)  # (Delete and Rename… need a selection)
    assert all(actions[text].isEnabled() for text in EDIT_ENTRIES)
    members = len(win.doc.map.family)
    actions["Add &Family Member"].trigger()
    assert len(win.doc.map.family) == members + 1


def test_the_crash_path_add_family_member_from_the_menu_bar(shown):
    """The issue's steps: a status shown, Edit ▸ Add family member (it used to kill the program)."""
    act = edit_menu_actions(shown)["Add &Family Member"]
    act.activate(act.ActionEvent.Trigger)
    shown.add_from_palette("member")  # the palette's own route, had it been reachable
    assert unchanged(shown) and shown.status_view is not None


def test_edit_shortcuts_do_nothing(shown):
    win = shown
    select_in_status(win, "Mette Skov")
    QTest.keyClick(win.status_view.view, Qt.Key_C, Qt.ControlModifier)  # Copy from the status works
    for target in (win, win.status_view.view):
        for key, modifiers in EDIT_KEYS:
            select_in_status(win, "Mette Skov")
            QTest.keyClick(target, key, modifiers)
        for key in (Qt.Key_C, Qt.Key_N, Qt.Key_D):  # the drawing tools
            QTest.keyClick(target, key)
    assert unchanged(win) and win.status_view is not None
    assert win.scene.tool_name() == "select"
    assert not win.status_view.inline.isVisible() and not win.docview.inline.isVisible()
    back(win)
    members = len(win.doc.map.family)
    QTest.keyClick(win, Qt.Key_F, Qt.ControlModifier | Qt.ShiftModifier)
    assert len(win.doc.map.family) == members + 1
    win.docview.inline.close_editor(commit=False)
    # The person copied from the status pastes into the map now.
    actors = len(win.doc.map.actors)
    QTest.keyClick(win.view, Qt.Key_V, Qt.ControlModifier)
    assert len(win.doc.map.actors) == actors + 1 and win.doc.map.actors[-1].name == "Mette Skov"
    mette = win.doc.map.actors[-1]
    win.scene.select_only(mette.id)
    QTest.keyClick(win.view, Qt.Key_Delete)
    assert win.doc.actor(mette.id) is None


def test_the_palette_neither_clicks_nor_drops(shown):
    win = shown
    assert not win.palette_panel.isEnabled() and not win.statuses_panel.save_button.isEnabled()
    for button in win.palette_panel.buttons.values():
        QTest.mouseClick(button, Qt.LeftButton)
    QTest.mouseClick(win.palette_panel.draw_button, Qt.LeftButton)
    assert win.scene.tool_name() == "select"
    for view in (win.status_view.view, win.view):  # the map shown, and the one behind it
        mime = QMimeData()
        mime.setData(PALETTE_MIME, b"member")
        event = QDropEvent(QPointF(view.viewport().rect().center()), Qt.CopyAction, mime, Qt.LeftButton,
                           Qt.NoModifier)
        view.dropEvent(event)
        assert not event.isAccepted()
    assert unchanged(win) and win.status_view is not None
    back(win)
    assert win.palette_panel.isEnabled() and win.statuses_panel.save_button.isEnabled()
    members = len(win.doc.map.family)
    QTest.mouseClick(win.palette_panel.buttons["member"], Qt.LeftButton)
    assert len(win.doc.map.family) == members + 1
    win.docview.inline.close_editor(commit=False)
    mime = QMimeData()
    mime.setData(PALETTE_MIME, b"note")
    event = QDropEvent(QPointF(win.view.viewport().rect().center()), Qt.CopyAction, mime, Qt.LeftButton,
                       Qt.NoModifier)
    win.view.dropEvent(event)
    assert event.isAccepted() and len(win.doc.map.annotations) == 1


def test_the_context_menu_offers_only_what_does_not_edit(shown, monkeypatch):
    win = shown
    menus = []
    monkeypatch.setattr(modal, "exec_menu", lambda menu, pos: menus.append(menu))
    status = win.status_view
    viewport = status.view.viewport()
    mette = by_name(status.doc, "Mette Skov")
    tie = status.doc.map.links[0]
    points = [status_point(win, mette.id), status.view.mapFromScene(status.scene.anchor_of(tie.source) * 0.5
                                                                    + status.scene.anchor_of(tie.target) * 0.5),
              QPoint(3, 3)]
    for point in points:
        QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Mouse, point,
                                                           viewport.mapToGlobal(point)))
    assert len(menus) == 3
    texts = [[a.text() for a in m.actions() if a.text()] for m in menus]
    assert texts[0] == ["&Copy", "&Back to Now"]  # on a person: the Edit and Status menus' own entries
    assert menus[0].actions() == [win.act_copy, win.act_back_to_now]
    assert all(t[-1] == "&Back to Now" and set(t) <= {"&Copy", "&Back to Now"} for t in texts)
    menus[0].actions()[0].trigger()  # Copy: nothing changes
    assert unchanged(win)
    next(a for a in menus[-1].actions() if a.text() == "&Back to Now").trigger()
    assert win.status_view is None
    # Back at now: the full menu, and it edits.
    point = win.view.mapFromScene(win.scene.anchor_of(mette.id))
    QApplication.sendEvent(win.view.viewport(), QContextMenuEvent(QContextMenuEvent.Mouse, point,
                                                                  win.view.viewport().mapToGlobal(point)))
    delete = next(a for a in menus[-1].actions() if a.text() == "&Delete")
    delete.trigger()
    assert win.doc.actor(mette.id) is None


def test_double_click_adds_and_renames_nothing(shown):
    win = shown
    status = win.status_view
    viewport = status.view.viewport()
    gp = status.doc.domain("d-gp")
    spot = QPointF(gp.x - gp.width / 2 + 50, gp.y + gp.height / 2 - 50)  # the cloud's empty corner
    family = status.view.mapFromScene(status.scene.family_item.sceneBoundingRect().center())
    people = len(status.doc.map.actors), len(status.doc.map.family)
    for point in (status.view.mapFromScene(spot), family, status_point(win, by_name(status.doc, "Mette Skov").id)):
        QTest.mouseDClick(viewport, Qt.LeftButton, Qt.NoModifier, point)
    assert not status.inline.isVisible() and not win.docview.inline.isVisible()
    assert (len(status.doc.map.actors), len(status.doc.map.family)) == people
    assert unchanged(win)
    back(win)
    actors = len(win.doc.map.actors)
    QTest.mouseDClick(win.view.viewport(), Qt.LeftButton, Qt.NoModifier, win.view.mapFromScene(spot))
    assert len(win.doc.map.actors) == actors + 1 and win.docview.inline.isVisible()


def test_nothing_on_the_shown_map_can_be_dragged_or_resized(shown):
    win = shown
    status = win.status_view
    viewport = status.view.viewport()
    mette = by_name(status.doc, "Mette Skov")
    item = status.scene.items_by_id[mette.id]
    start_pos = item.pos()
    a = status_point(win, mette.id)
    QTest.mousePress(viewport, Qt.LeftButton, Qt.NoModifier, a)
    for i in range(1, 9):
        QTest.mouseMove(viewport, a + QPoint(15 * i, 10 * i))
    QTest.mouseRelease(viewport, Qt.LeftButton, Qt.NoModifier, a + QPoint(120, 80))
    assert item.pos() == start_pos and status.doc.actor(mette.id).x == mette.x
    cloud = status.scene.items_by_id["d-jobcentre"]
    status.scene.select_only("d-jobcentre")
    assert not cloud.handle.isVisible()  # no resize handle
    assert unchanged(win)
    back(win)
    item = win.scene.items_by_id[mette.id]
    a = win.view.mapFromScene(win.scene.anchor_of(mette.id))
    QTest.mousePress(win.view.viewport(), Qt.LeftButton, Qt.NoModifier, a)
    for i in range(1, 9):
        QTest.mouseMove(win.view.viewport(), a + QPoint(15 * i, 10 * i))
    QTest.mouseRelease(win.view.viewport(), Qt.LeftButton, Qt.NoModifier, a + QPoint(120, 80))
    assert win.doc.actor(mette.id).x != mette.x  # it moves again
    win.scene.select_only("d-jobcentre")
    assert win.scene.items_by_id["d-jobcentre"].handle.isVisible()


def test_the_inspector_shows_the_status_read_only(shown):
    win = shown
    status = win.status_view
    mette = select_in_status(win, "Mette Skov")
    panel = win.inspector_dock.widget().widget()
    assert panel is status.inspector  # what was there then
    name = panel.findChild(QLineEdit, "actorName")
    assert name.text() == "Mette Skov" and name.isReadOnly()
    coordinator = panel.findChild(QCheckBox, "actorCoordinator")
    assert not coordinator.isEnabled()
    name.setFocus()
    QTest.keyClicks(name, "X")
    QTest.keyClick(name, Qt.Key_Return)
    QTest.mouseClick(coordinator, Qt.LeftButton)
    assert status.doc.actor(mette.id).name == "Mette Skov"
    assert unchanged(win)
    # The working map's inspector is read-only meanwhile too.
    assert win.inspector.read_only
    back(win)
    assert win.inspector_dock.widget().widget() is win.inspector and not win.inspector.read_only
    win.scene.select_only(mette.id)
    name = win.inspector.findChild(QLineEdit, "actorName")
    assert not name.isReadOnly()
    name.setFocus()
    name.selectAll()
    QTest.keyClicks(name, "Mette Skov Hansen")
    QTest.keyClick(name, Qt.Key_Return)
    assert win.doc.actor(mette.id).name == "Mette Skov Hansen"


def test_a_dropped_map_file_opens_and_leaves_the_status(shown, tmp_path):
    win = shown
    other = tmp_path / "other.json"
    save_map(load_map(EXAMPLE), other)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    view = win.status_view.view
    event = QDropEvent(QPointF(view.viewport().rect().center()), Qt.CopyAction, mime, Qt.LeftButton,
                       Qt.NoModifier)
    view.dropEvent(event)
    assert win.status_view is None and win.path == other  # opened, nothing edited
    assert win.palette_panel.isEnabled() and not win.inspector.read_only


def test_a_new_language_keeps_the_map_read_only(shown):
    win = shown
    win.set_language("da")
    assert win.status_view is not None
    actions = {a.text(): a for a in win.edit_actions}
    assert actions and not any(a.isEnabled() for a in actions.values())
    QTest.keyClick(win, Qt.Key_F, Qt.ControlModifier | Qt.ShiftModifier)
    assert unchanged(win)
    win.set_language("en")


def test_undo_changes_nothing_out_of_sight_behind_a_shown_status(shown, qtbot):
    """Ctrl+Z with an earlier status or a comparison (with now too) on screen undid in the
    working map: a person left it out of sight, the right column shrank, Ctrl+Y then left
    the overview blank. Undo and Redo (menu, keys, toolbar) are closed there, as the banner
    says; after Back to now they work again."""
    undo_acts = [shown.act_undo, shown.toolbar_undo_redo[0]]
    redo_acts = [shown.act_redo, shown.toolbar_undo_redo[1]]
    assert shown.undo_stack.canUndo()
    assert not any(a.isEnabled() for a in undo_acts + redo_acts)
    QTest.keyClick(shown, Qt.Key_Z, Qt.ControlModifier)
    QTest.keyClick(shown.status_view.view, Qt.Key_Z, Qt.ControlModifier)
    assert unchanged(shown)  # Eva is still gone
    assert shown.status_view is not None
    edit = next(a.menu() for a in shown.menuBar().actions() if a.text() == "&Edit")
    menu_undo = next(a for a in edit.actions() if a.text().startswith("&Undo"))
    menu_undo.trigger()
    shown.toolbar_undo_redo[0].trigger()
    assert unchanged(shown)
    shown.back_to_now()
    QTest.keyClick(shown, Qt.Key_Z, Qt.ControlModifier)
    assert any(a.name == "Eva Kjær" for a in shown.doc.map.actors)
    shown.statuses_panel.list.item(0).setSelected(True)
    button = shown.statuses_panel.view_button if shown.kind == "status" else shown.statuses_panel.compare_button
    button.click()
    shown.before = shown.doc.map.model_dump()  # a redo waits on the stack: closed as well
    assert shown.undo_stack.canRedo() and not any(a.isEnabled() for a in redo_acts)
    QTest.keyClick(shown, Qt.Key_Y, Qt.ControlModifier)
    QTest.keyClick(shown, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert unchanged(shown)
    shown.back_to_now()
    assert shown.act_undo.isEnabled() == shown.undo_stack.canUndo()
    assert shown.act_redo.isEnabled() == shown.undo_stack.canRedo() and shown.act_redo.isEnabled()
    QTest.keyClick(shown, Qt.Key_Y, Qt.ControlModifier)
    assert not any(a.name == "Eva Kjær" for a in shown.doc.map.actors)


def test_undo_stays_closed_behind_a_status_after_a_language_switch(shown, qtbot):
    """A user trial switched the language (Settings) and later pressed Ctrl+Z with a status
    shown: the working map's last step was undone out of sight. Undo and Redo are the
    window's own actions now and ask, whenever triggered, whether the working map is on
    screen (QUndoStack's own actions enabled themselves with the stack)."""
    shown.set_language("da")
    shown.set_language("en")
    steps = shown.undo_stack.index()
    QTest.keyClick(shown, Qt.Key_Z, Qt.ControlModifier)
    QTest.keyClick(shown.status_view.view, Qt.Key_Z, Qt.ControlModifier)
    for act in (shown.act_undo, shown.toolbar_undo_redo[0]):
        act.setEnabled(True)  # (as QUndoStack's own action re-enabled itself with the stack)
        act.trigger()  # the action asks again whether the working map is on screen
    assert shown.undo_stack.index() == steps
    shown.back_to_now()
    assert not any(a.name == "Eva Kjær" for a in shown.doc.map.actors)  # still gone: nothing undone
    assert shown.act_undo.isEnabled() and shown.act_undo.text().startswith("&Undo ")
    QTest.keyClick(shown, Qt.Key_Z, Qt.ControlModifier)  # the one Ctrl+Z: no ambiguous keys
    assert any(a.name == "Eva Kjær" for a in shown.doc.map.actors)
