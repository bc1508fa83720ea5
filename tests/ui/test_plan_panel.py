"""The joint plan panel beside the map, used as a caseworker would: goals typed, reworded,
moved and removed; agreements made from the panel and from a person's context menu; every
step undone with Ctrl+Z; nothing changeable while a status is shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from skymap.model.messages import date_text
from skymap.model.objects import FAMILY_ID
from skymap.model.vocabulary import AgreementStatus
from skymap.storage.mapfile import load_map, save_map
from skymap.ui import modal
from tests.ui.conftest import EXAMPLE


def by_name(doc, name):
    return next(p for p in (*doc.map.actors, *doc.map.family) if p.name == name)


def edit_menu(win, name: str) -> None:
    """Edit > `name` (Undo, Delete ...)."""
    edit = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Edit")
    next(a for a in edit.actions() if a.text().replace("&", "").startswith(name)).trigger()


def undo(win) -> None:
    edit_menu(win, "Undo")


def answer_dialog(monkeypatch, fill) -> list:
    """The agreement dialog is answered by `fill(dialog)` and OK (if its OK is enabled)."""
    seen = []

    def run(dialog):
        seen.append(dialog)
        fill(dialog)
        from PySide6.QtWidgets import QDialogButtonBox

        return dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()

    monkeypatch.setattr(modal, "exec_dialog", run)
    return seen


def test_goals_are_typed_reworded_moved_and_removed_each_one_undo_step(open_example, qtbot):
    win = open_example("en")
    panel = win.plan_panel
    win.plan_dock.raise_()
    for goal in ("Emil goes to school every day", "Calm evenings at home"):
        QTest.keyClicks(panel.goal_entry, goal)
        QTest.keyClick(panel.goal_entry, Qt.Key_Return)
    qtbot.waitUntil(lambda: panel.goals.count() == 2)
    assert win.doc.map.goals == ["Emil goes to school every day", "Calm evenings at home"]
    panel.goals.setCurrentRow(1)
    QTest.mouseClick(panel.goal_up, Qt.LeftButton)
    assert win.doc.map.goals == ["Calm evenings at home", "Emil goes to school every day"]
    item = panel.goals.item(0)
    item.setText("Calm evenings and good sleep")  # (what the list's in-place editor commits)
    assert win.doc.map.goals[0] == "Calm evenings and good sleep"
    panel.goals.setCurrentRow(1)
    QTest.mouseClick(panel.goal_remove, Qt.LeftButton)
    assert win.doc.map.goals == ["Calm evenings and good sleep"]
    for expected in (["Calm evenings and good sleep", "Emil goes to school every day"],
                     ["Calm evenings at home", "Emil goes to school every day"],
                     ["Emil goes to school every day", "Calm evenings at home"], ["Emil goes to school every day"], []):
        undo(win)
        assert win.doc.map.goals == expected
        listed = len(expected)
        qtbot.waitUntil(lambda listed=listed: panel.goals.count() == listed)


def test_an_agreement_from_the_panel_with_owner_date_and_status(open_example, qtbot, monkeypatch):
    win = open_example("en")
    panel = win.plan_panel
    karin = by_name(win.doc, "Karin Holm")

    def fill(d):
        assert not d.buttons.button(QDialogButtonBox.Ok).isEnabled() and d.problem.text() == "Write what will be done."
        QTest.keyClicks(d.text, "Call PPR about the test")
        d.owner.setCurrentIndex(d.owner.findData(karin.id))
        d.has_due.setChecked(True)
        d.due.edit.clear()
        QTest.keyClicks(d.due.edit, "01.12.2026")
        QTest.keyClicks(d.note, "After the autumn holiday")

    answer_dialog(monkeypatch, fill)
    QTest.mouseClick(panel.new_button, Qt.LeftButton)
    [ag] = win.doc.map.agreements
    assert (ag.text, ag.owner, ag.due, ag.status, ag.note) == (
        "Call PPR about the test", karin.id, date(2026, 12, 1), AgreementStatus.OPEN, "After the autumn holiday")
    qtbot.waitUntil(lambda: panel.agreements.count() == 1)
    assert "Karin Holm" in panel.agreements.item(0).text() and "open" in panel.agreements.item(0).text()

    answer_dialog(monkeypatch, lambda d: d.status.setCurrentIndex(d.status.findData(AgreementStatus.DONE)))
    panel.agreements.setCurrentRow(0)
    QTest.mouseClick(panel.edit_button, Qt.LeftButton)
    assert win.doc.map.agreements[0].status is AgreementStatus.DONE
    undo(win)
    assert win.doc.map.agreements[0].status is AgreementStatus.OPEN
    panel.agreements.setCurrentRow(0)
    QTest.mouseClick(panel.remove_button, Qt.LeftButton)
    assert win.doc.map.agreements == []
    undo(win)
    assert win.doc.map.agreements == [ag]
    undo(win)
    assert win.doc.map.agreements == []


def test_new_agreement_for_a_person_from_their_context_menu(open_example, qtbot, monkeypatch):
    win = open_example("en")
    menus = []
    monkeypatch.setattr(modal, "exec_menu", lambda menu, pos: menus.append(menu))
    dialogs = answer_dialog(monkeypatch, lambda d: QTest.keyClicks(d.text, "Meet the class teacher"))
    for name in ("Hanne Lund", "Emil Nørgaard"):
        person = by_name(win.doc, name)
        point = win.view.mapFromScene(win.scene.anchor_of(person.id))
        viewport = win.view.viewport()
        QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Mouse, point, viewport.mapToGlobal(point)))
        entry = next(a for a in menus[-1].actions() if a.text() == f"New agreement for {name}…")
        entry.trigger()
        assert dialogs[-1].owner.currentData() == person.id
    assert [(a.text, a.owner) for a in win.doc.map.agreements] == [
        ("Meet the class teacher", by_name(win.doc, "Hanne Lund").id),
        ("Meet the class teacher", by_name(win.doc, "Emil Nørgaard").id)]
    assert win.plan_dock.isVisible()


def test_deleting_a_person_keeps_their_agreement_and_undo_gives_it_back(open_example, monkeypatch):
    win = open_example("en")
    answer_dialog(monkeypatch, lambda d: (QTest.keyClicks(d.text, "Family meeting"),
                                          d.owner.setCurrentIndex(d.owner.findData(FAMILY_ID))))
    QTest.mouseClick(win.plan_panel.new_button, Qt.LeftButton)
    hanne = by_name(win.doc, "Hanne Lund")
    win.doc.update("agreements", win.doc.map.agreements[0].id, owner=hanne.id)  # (set up: Hanne owns it)
    win.scene.select_only(hanne.id)
    edit_menu(win, "Delete")
    assert win.doc.actor(hanne.id) is None and win.doc.map.agreements[0].owner is None
    undo(win)
    assert win.doc.actor(hanne.id) is not None and win.doc.map.agreements[0].owner == hanne.id


def test_while_a_status_is_shown_its_plan_is_listed_and_nothing_can_be_changed(open_example, tmp_path, monkeypatch,
                                                                                 qtbot):
    path = tmp_path / "map.json"
    save_map(load_map(EXAMPLE), path)
    win = open_example("en", path=path)
    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Start", date(2026, 9, 14)))
    for goal in ("Emil goes to school", "A goal added after the status"):
        win.plan_panel.goal_entry.setText(goal)
        QTest.mouseClick(win.plan_panel.add_goal_button, Qt.LeftButton)
        if goal == "Emil goes to school":
            win.save_status()
    win.statuses_panel.list.item(0).setSelected(True)
    win.statuses_panel.view_button.click()
    panel = win.plan_panel
    qtbot.waitUntil(lambda: panel.goals.count() == 1)
    assert panel.goals.item(0).text() == "Emil goes to school"
    buttons = panel.findChildren(QPushButton)
    assert buttons and not any(b.isEnabled() for b in buttons) and not panel.goal_entry.isEnabled()
    assert not panel.goals.item(0).flags() & Qt.ItemIsEditable
    win.back_to_now()
    qtbot.waitUntil(lambda: panel.goals.count() == 2)
    assert panel.new_button.isEnabled() and panel.goal_entry.isEnabled()


def test_the_panel_speaks_danish_after_a_switch_of_language(open_example, qtbot):
    win = open_example("en")
    assert win.plan_dock.windowTitle() == "Joint plan"
    try:
        win.set_language("da")
        qtbot.waitUntil(lambda: win.plan_dock.windowTitle() == "Fælles plan")
        assert win.plan_panel.goals_toggle.text() == "Familiens mål"
        assert win.plan_panel.add_goal_button.text() == "Tilføj mål"
        assert win.plan_panel.goals.accessibleName() == "Familiens mål"  # (what a screen reader says)
    finally:
        win.set_language("en")


def test_a_person_with_open_agreements_carries_their_count_on_the_map(open_example, monkeypatch):
    from skymap.model import style

    win = open_example("en")
    hanne, emil = by_name(win.doc, "Hanne Lund"), by_name(win.doc, "Emil Nørgaard")
    item, member = win.scene.item_for(hanne.id), win.scene.item_for(emil.id)
    before = item.badges()
    assert ("1", style.AGREEMENTS) not in before and member.badges() == []
    answer_dialog(monkeypatch, lambda d: (QTest.keyClicks(d.text, "Meet"), d.owner.setCurrentIndex(
        d.owner.findData(hanne.id))))
    QTest.mouseClick(win.plan_panel.new_button, Qt.LeftButton)
    QTest.mouseClick(win.plan_panel.new_button, Qt.LeftButton)
    answer_dialog(monkeypatch, lambda d: (QTest.keyClicks(d.text, "Call"), d.owner.setCurrentIndex(
        d.owner.findData(emil.id))))
    QTest.mouseClick(win.plan_panel.new_button, Qt.LeftButton)
    assert item.badges() == [*before, ("2", style.AGREEMENTS)]
    assert member.badges() == [("1", style.AGREEMENTS)]
    # done: no longer open, no longer counted
    answer_dialog(monkeypatch, lambda d: d.status.setCurrentIndex(d.status.findData(AgreementStatus.DONE)))
    win.plan_panel.agreements.setCurrentRow(2)
    QTest.mouseClick(win.plan_panel.edit_button, Qt.LeftButton)
    assert member.badges() == []
    undo(win)
    assert member.badges() == [("1", style.AGREEMENTS)]


def test_comparing_two_statuses_says_what_changed_in_the_plan_on_the_later_date(open_example, tmp_path, monkeypatch):
    path = tmp_path / "map.json"
    save_map(load_map(EXAMPLE), path)
    win = open_example("en", path=path)
    karin = by_name(win.doc, "Karin Holm")
    from datetime import timedelta

    start, meeting = date.today() - timedelta(days=60), date.today() - timedelta(days=30)
    due = date.today() - timedelta(days=10)  # overdue today, not yet at the later meeting
    answer_dialog(monkeypatch, lambda d: (QTest.keyClicks(d.text, "Call PPR"),
                                          d.owner.setCurrentIndex(d.owner.findData(karin.id)),
                                          d.has_due.setChecked(True), d.due.edit.clear(),
                                          QTest.keyClicks(d.due.edit, due.strftime("%d.%m.%Y"))))
    QTest.mouseClick(win.plan_panel.new_button, Qt.LeftButton)
    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Start", start))
    win.save_status()
    answer_dialog(monkeypatch, lambda d: QTest.keyClicks(d.text, "Family meeting"))
    QTest.mouseClick(win.plan_panel.new_button, Qt.LeftButton)
    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Meeting 1", meeting))
    win.save_status()
    for row in range(2):
        win.statuses_panel.list.item(row).setSelected(True)
    win.statuses_panel.compare_button.click()
    lines = [win.statuses_panel.changes_list.list.item(i).text() for i in range(win.statuses_panel.changes_list.list.count())]
    assert "• New agreement: Family meeting." in lines
    assert not any("Overdue" in line for line in lines)  # on the later meeting's day it was not due yet
    win.back_to_now()
    win.statuses_panel.list.clearSelection()
    win.statuses_panel.list.item(0).setSelected(True)
    win.statuses_panel.compare_button.click()  # compared with now: overdue today
    lines = [win.statuses_panel.changes_list.list.item(i).text() for i in range(win.statuses_panel.changes_list.list.count())]
    assert f"• Overdue (due {date_text(due, 'en')}): Call PPR (Karin Holm)." in lines
    win.back_to_now()
    for row in range(2):
        win.statuses_panel.list.item(row).setSelected(True)
    win.statuses_panel.compare_button.click()
    assert [win.plan_panel.agreements.item(i).text().split(" — ")[0] for i in range(2)] == [
        "1. Call PPR", "2. Family meeting"]  # the later status's plan, listed read-only
    assert not win.plan_panel.new_button.isEnabled()


def test_the_png_of_the_canvas_carries_the_count_too(tmp_path, qapp):
    from PySide6.QtGui import QImage

    from skymap.model.document import MapDocument
    from skymap.ui.render import render_png

    doc = MapDocument(load_map(EXAMPLE))
    plain = tmp_path / "plain.png"
    render_png(doc.map, plain, width=1600, lang="en")
    doc.add_agreement("Call PPR", owner=by_name(doc, "Karin Holm").id)
    marked = tmp_path / "marked.png"
    render_png(doc.map, marked, width=1600, lang="en")

    def pixels_of(path, colour):
        image = QImage(str(path))
        return sum(image.pixelColor(x, y).name() == colour for x in range(0, image.width(), 2)
                   for y in range(0, image.height(), 2))

    from skymap.model import style

    assert pixels_of(plain, style.AGREEMENTS) == 0 < pixels_of(marked, style.AGREEMENTS)


REAL_EXEC_DIALOG = modal.exec_dialog  # (before tests/ui/conftest.py's stand-in replaces it)


def accept_the_real_dialog(monkeypatch, fill) -> None:
    """The next modal dialog is run for real (modal.exec_dialog, not the tests' stand-in) and
    answered from inside its event loop, as a user would type and press OK."""
    monkeypatch.setattr(modal, "exec_dialog", REAL_EXEC_DIALOG)

    def answer():
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # (not shown yet)
            QTimer.singleShot(20, answer)
            return
        fill(dialog)
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)

    QTimer.singleShot(0, answer)


def test_ctrl_z_right_after_adding_an_agreement_undoes_it(open_example, monkeypatch, qtbot):
    """The keys reach the window again when the agreement dialog closes: the window is
    active with the focus where it was (the panel's New button), no click on the map first."""
    win = open_example("en")
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.plan_dock.raise_()
    win.plan_panel.new_button.setFocus()
    accept_the_real_dialog(monkeypatch, lambda d: QTest.keyClicks(d.text, "Call PPR about the test"))
    QTest.mouseClick(win.plan_panel.new_button, Qt.LeftButton)
    assert [a.text for a in win.doc.map.agreements] == ["Call PPR about the test"]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)  # (the window system's events delivered)
    assert QApplication.focusWidget() is win.plan_panel.new_button
    QTest.keyClick(win, Qt.Key_Z, Qt.ControlModifier)
    assert win.doc.map.agreements == []


def test_delete_right_after_an_agreement_from_the_map_acts_on_the_map(open_example, monkeypatch, qtbot):
    """From a person's context menu on the map: after OK the focus is on the map again, so
    Delete removes the selected person and Ctrl+Z brings them back."""
    win = open_example("en")
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.view.setFocus()
    menus = []
    monkeypatch.setattr(modal, "exec_menu", lambda menu, pos: menus.append(menu))
    hanne = by_name(win.doc, "Hanne Lund")
    win.scene.select_only(hanne.id)
    point = win.view.mapFromScene(win.scene.anchor_of(hanne.id))
    viewport = win.view.viewport()
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Mouse, point, viewport.mapToGlobal(point)))
    accept_the_real_dialog(monkeypatch, lambda d: QTest.keyClicks(d.text, "Meet the class teacher"))
    next(a for a in menus[-1].actions() if a.text() == "New agreement for Hanne Lund…").trigger()
    assert [(a.text, a.owner) for a in win.doc.map.agreements] == [("Meet the class teacher", hanne.id)]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    assert QApplication.focusWidget() is win.view
    QTest.keyClick(win, Qt.Key_Delete)
    assert win.doc.actor(hanne.id) is None
    QTest.keyClick(win, Qt.Key_Z, Qt.ControlModifier)
    assert win.doc.actor(hanne.id) is not None
    QTest.keyClick(win, Qt.Key_Z, Qt.ControlModifier)
    assert win.doc.map.agreements == []


def test_a_status_shown_judges_its_agreements_on_its_own_date_and_now_on_today(open_example, tmp_path, monkeypatch,
                                                                                qtbot):
    """An agreement due a month ago, in a status saved two months ago, was not overdue on the
    status's day: shown from the Statuses panel it is not red; back at now it is."""
    from datetime import timedelta

    from skymap.ui.plan_list import STATE, WHEN

    path = tmp_path / "map.json"
    save_map(load_map(EXAMPLE), path)
    win = open_example("en", path=path)
    today = date.today()
    win.doc.add_agreement("Call PPR", owner=FAMILY_ID, due=today - timedelta(days=30))
    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Start", today - timedelta(days=60)))
    win.save_status()
    panel = win.plan_panel
    win.plan_dock.raise_()
    qtbot.waitUntil(lambda: panel.agreements.count() == 1)
    assert panel.agreements.item(0).data(STATE) == "overdue"  # (today)
    win.statuses_dock.raise_()
    win.statuses_panel.list.item(0).setSelected(True)
    QTest.mouseClick(win.statuses_panel.view_button, Qt.LeftButton)
    assert win.status_view is not None
    win.plan_dock.raise_()
    qtbot.waitUntil(lambda: panel.agreements.count() == 1)
    item = panel.agreements.item(0)
    assert item.data(STATE) == "open" and not item.data(WHEN).endswith("!")
    assert "overdue" not in item.text()
    QTest.mouseClick(win.statuses_panel.now_button, Qt.LeftButton)
    assert win.status_view is None
    qtbot.waitUntil(lambda: panel.agreements.count() == 1 and panel.agreements.item(0).data(STATE) == "overdue")
    assert panel.agreements.item(0).data(WHEN).endswith(" !")


def test_ctrl_z_in_the_empty_goal_line_undoes_the_goal_just_added_and_ctrl_y_redoes_it(open_example, qtbot):
    """The new-goal line took Ctrl+Z for its own text undo even when it was empty: the goal
    just added with Enter stayed. Empty, the keys go to the window's Undo and Redo; with its
    own text typed, Ctrl+Z still undoes the typing."""
    win = open_example("en")
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.plan_dock.raise_()
    entry = win.plan_panel.goal_entry
    QTest.mouseClick(entry, Qt.LeftButton)
    QTest.keyClicks(entry, "Calm evenings at home")
    QTest.keyClick(entry, Qt.Key_Return)
    assert win.doc.map.goals == ["Calm evenings at home"] and entry.text() == "" and entry.hasFocus()
    QTest.keyClick(entry, Qt.Key_Z, Qt.ControlModifier)
    assert win.doc.map.goals == []
    QTest.keyClick(entry, Qt.Key_Y, Qt.ControlModifier)
    assert win.doc.map.goals == ["Calm evenings at home"]
    QTest.keyClicks(entry, "Sleep")
    QTest.keyClick(entry, Qt.Key_Z, Qt.ControlModifier)  # the line's own typing is undone, not the goal
    assert entry.text() == "" and win.doc.map.goals == ["Calm evenings at home"]
    QTest.keyClick(entry, Qt.Key_Z, Qt.ControlModifier)  # (empty again: the window's Undo)
    assert win.doc.map.goals == []
