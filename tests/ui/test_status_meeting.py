"""Status meetings as a caseworker meets them (issue 21): a saved status is a record of the
meeting, not an undoable edit; a comparison follows the map; the date field takes typed dates."""

import shutil
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from skymap.storage.mapfile import load_map
from skymap.ui import modal
from tests.helpers import EXAMPLE, by_name


@pytest.fixture(autouse=True)
def danish():
    """The Danish interface, as the caseworkers have it; English again afterwards."""
    from PySide6.QtWidgets import QApplication

    from skymap.ui import i18n

    i18n.install(QApplication.instance(), "da")
    yield
    i18n.install(QApplication.instance(), "en")


@pytest.fixture
def on_disk(open_example, tmp_path):
    """The example map opened from its own file, familien.json."""
    path = tmp_path / "familien.json"
    shutil.copy(EXAMPLE, path)
    return open_example("da", path=path, fit=False), path


def undo(window):
    window.view.setFocus()
    from PySide6.QtTest import QTest

    QTest.keyClick(window.view, Qt.Key_Z, Qt.ControlModifier)


def redo(window):
    from PySide6.QtTest import QTest

    QTest.keyClick(window.view, Qt.Key_Y, Qt.ControlModifier)


def delete_person(window, name):
    from PySide6.QtTest import QTest

    window.scene.select_only(by_name(window.doc, name).id)
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_Delete)


def test_saving_a_status_saves_the_file_and_undo_leaves_it(on_disk, monkeypatch):
    window, path = on_disk
    delete_person(window, "Eva Kjær")
    assert window.undo_stack.count() == 1
    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Statusmøde 1", date(2026, 11, 29)))
    window.statuses_panel.save_button.click()
    assert window.undo_stack.count() == 1  # the map's history of real edits is as it was
    assert [s.label for s in load_map(path).snapshots] == ["Statusmøde 1"]  # in the file at once
    assert not window.is_modified()
    assert window.statusBar().currentMessage() == "Status »Statusmøde 1« gemt i familien.json."

    undo(window)  # the first Undo after saving a status undoes the delete, not the status
    assert by_name(window.doc, "Eva Kjær")
    assert [s.label for s in window.doc.map.snapshots] == ["Statusmøde 1"]
    assert window.statuses_panel.list.count() == 1
    assert window.is_modified()  # the undone delete is unsaved; the status is in the file


def test_the_menu_action_saves_a_status_too(on_disk, monkeypatch):
    window, path = on_disk
    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Opstart", date(2026, 9, 14)))
    window.act_save_status.trigger()
    assert [s.label for s in load_map(path).snapshots] == ["Opstart"]
    assert window.undo_stack.count() == 0 and not window.act_undo.isEnabled()


def test_a_status_of_a_map_without_a_file_asks_where_to_save(open_example, monkeypatch, tmp_path):
    window = open_example("da", fit=False)
    target = tmp_path / "ny.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Opstart", date(2026, 9, 14)))
    window.statuses_panel.save_button.click()
    assert [s.label for s in load_map(target).snapshots] == ["Opstart"]
    assert window.path == target and not window.is_modified()
    assert "ny.json" in window.statusBar().currentMessage()


def test_cancelling_the_save_keeps_the_status_and_says_the_file_is_not_saved(open_example, monkeypatch):
    window = open_example("da", fit=False)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Opstart", date(2026, 9, 14)))
    window.statuses_panel.save_button.click()
    assert [s.label for s in window.doc.map.snapshots] == ["Opstart"]
    assert window.is_modified() and window.isWindowModified()
    assert "ikke gemt" in window.statusBar().currentMessage()
    assert window.undo_stack.count() == 0


def test_removing_a_status_asks_first_and_is_saved(on_disk, monkeypatch, dialogs):
    window, path = on_disk
    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Opstart", date(2026, 9, 14)))
    window.statuses_panel.save_button.click()
    window.statuses_panel.list.item(0).setSelected(True)
    window.statuses_panel.remove_button.click()  # answered with the default button: Cancel
    assert dialogs[-1][0] == "box" and "Opstart" in dialogs[-1][1][2]
    assert [s.label for s in window.doc.map.snapshots] == ["Opstart"]

    def press_remove(box):
        dialogs.append(("box", (None, None, box.text())))
        return next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.DestructiveRole)

    monkeypatch.setattr(modal, "exec_box", press_remove)
    window.statuses_panel.list.item(0).setSelected(True)
    window.statuses_panel.remove_button.click()
    assert window.doc.map.snapshots == [] and window.statuses_panel.list.count() == 0
    assert load_map(path).snapshots == []
    assert window.undo_stack.count() == 0
    assert window.statusBar().currentMessage() == "Status »Opstart« fjernet fra familien.json."


def changes_listed(window):
    lines = window.statuses_panel.changes
    return [lines.item(i).text() for i in range(lines.count())]


def quality_tags(window):
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    return [i.text() for i in window.status_view.scene.items() if isinstance(i, QGraphicsSimpleTextItem)
            and "→" in i.text()]


def test_a_comparison_with_now_takes_no_undo_and_shows_the_map_after_one(on_disk, monkeypatch):
    """Compared with now the map cannot be changed (the banner says so): Ctrl+Z and Ctrl+Y do
    nothing there (they removed a person out of sight, then blanked the overview). Back to
    now they work, and the next comparison shows the map as it is then."""
    window, _path = on_disk
    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Opstart", date(2026, 9, 14)))
    window.statuses_panel.save_button.click()
    delete_person(window, "Eva Kjær")
    window.editor.update_one("links", "l-20a654d6", quality="strained")  # Mette Skov – Peter Vinther

    window.statuses_panel.list.item(0).setSelected(True)
    window.statuses_panel.compare_button.click()
    assert "Opstart" in window.statuses_panel.mode.text()
    assert quality_tags(window) == ["stærk → belastet"]
    assert any("1 er gået" in c for c in changes_listed(window))
    before = window.doc.map.model_dump()

    from PySide6.QtTest import QTest

    for target in (window, window.status_view.view):
        QTest.keyClick(target, Qt.Key_Z, Qt.ControlModifier)
    assert window.doc.map.model_dump() == before
    for target in (window, window.status_view.view):
        QTest.keyClick(target, Qt.Key_Y, Qt.ControlModifier)
    assert window.doc.map.model_dump() == before
    assert window.status_view is not None and "Opstart" in window.statuses_panel.mode.text()
    assert quality_tags(window) == ["stærk → belastet"]
    assert window.overview_dock.widget() is window.status_view.panels[0]

    window.act_back_to_now.trigger()
    undo(window)  # the tie is strong again
    undo(window)  # Eva Kjær is back
    window.statuses_panel.list.item(0).setSelected(True)
    window.statuses_panel.compare_button.click()
    assert quality_tags(window) == []
    assert not any("gået" in c for c in changes_listed(window))
    window.act_back_to_now.trigger()
    redo(window)
    redo(window)
    assert window.doc.link("l-20a654d6").quality == "strained"


def test_a_comparison_closes_when_its_status_is_removed(on_disk, monkeypatch):
    window, _path = on_disk
    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Opstart", date(2026, 9, 14)))
    window.statuses_panel.save_button.click()
    monkeypatch.setattr(modal, "exec_box", lambda box: next(
        b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.DestructiveRole))
    window.statuses_panel.list.item(0).setSelected(True)
    window.statuses_panel.compare_button.click()
    assert window.status_view is not None
    window.statuses_panel.list.item(0).setSelected(True)
    window.statuses_panel.remove_button.click()
    assert window.status_view is None and window.statuses_panel.mode.text() == ""
    assert window.statuses_panel.changes.count() == 0


def test_back_to_now_is_only_offered_away_from_now(on_disk, monkeypatch):
    window, _path = on_disk
    assert not window.statuses_panel.now_button.isEnabled() and not window.act_back_to_now.isEnabled()
    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Opstart", date(2026, 9, 14)))
    window.statuses_panel.save_button.click()
    window.statuses_panel.list.item(0).setSelected(True)
    window.statuses_panel.view_button.click()
    assert window.statuses_panel.now_button.isEnabled() and window.act_back_to_now.isEnabled()
    window.act_back_to_now.trigger()
    assert window.status_view is None
    assert not window.statuses_panel.now_button.isEnabled() and not window.act_back_to_now.isEnabled()


@pytest.fixture
def save_dialog(qtbot):
    from skymap.ui.statuses_panel import SaveStatusDialog

    dialog = SaveStatusDialog("Statusmøde 1")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # typed keys go where the focus is
    return dialog


def type_date(qtbot, dialog, text):
    field = dialog.date.edit
    field.setFocus()
    qtbot.keyClick(field, Qt.Key_A, Qt.ControlModifier)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key_Tab)  # typing done: on to the buttons


@pytest.mark.parametrize("typed", ["28022027", "28.02.2027", "28.2.2027", "2027-02-28", "28-02-2027", "28/02/2027"])
def test_a_typed_date_is_the_date(qtbot, save_dialog, typed):
    type_date(qtbot, save_dialog, typed)
    assert save_dialog.values() == ("Statusmøde 1", date(2027, 2, 28))
    assert save_dialog.date.text() == "28.02.2027"  # shown in the usual form once typed
    assert save_dialog.buttons.button(save_dialog.buttons.StandardButton.Ok).isEnabled()


def test_a_short_date_and_the_english_interface(qtbot):
    from PySide6.QtWidgets import QApplication

    from skymap.ui import i18n
    from skymap.ui.statuses_panel import SaveStatusDialog

    i18n.install(QApplication.instance(), "en")
    dialog = SaveStatusDialog("Status meeting 1")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # typed keys go where the focus is
    type_date(qtbot, dialog, "1.3.2027")
    assert dialog.values()[1] == date(2027, 3, 1) and dialog.date.text() == "01/03/2027"
    type_date(qtbot, dialog, "2027-02-28")
    assert dialog.values()[1] == date(2027, 2, 28)


def test_a_date_that_is_not_one_is_said_and_not_saved(qtbot, save_dialog):
    type_date(qtbot, save_dialog, "31.02.2027")
    ok = save_dialog.buttons.button(save_dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled() and save_dialog.hint.isVisible()
    assert "28.02.2027" in save_dialog.hint.text() and "Skriv" in save_dialog.hint.text()
    qtbot.keyClick(save_dialog.date.edit, Qt.Key_Return)
    assert save_dialog.isVisible()  # Enter does not save a wrong date
    type_date(qtbot, save_dialog, "14.09.2026")
    assert ok.isEnabled() and not save_dialog.hint.isVisible()
    assert save_dialog.values()[1] == date(2026, 9, 14)


def test_the_calendar_shows_whole_weekday_names_and_picks_a_day(qtbot, save_dialog):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QCalendarWidget, QTableView

    type_date(qtbot, save_dialog, "01.03.2027")
    qtbot.mouseClick(save_dialog.date.button, Qt.LeftButton)
    calendar = save_dialog.date.calendar
    qtbot.waitUntil(calendar.isVisible)
    assert calendar.horizontalHeaderFormat() == QCalendarWidget.ShortDayNames
    table = calendar.findChild(QTableView)
    names = [table.model().index(0, c).data() for c in range(7)]
    assert names[0] == "man."  # Monday first, in Danish
    widest = max(table.fontMetrics().horizontalAdvance(n) for n in names)
    assert min(table.columnWidth(c) for c in range(7)) > widest + 4  # nothing cut to "m…"
    cell = next(table.model().index(r, c) for r in range(1, 7) for c in range(7)
                if str(table.model().index(r, c).data()) == "15")
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=table.visualRect(cell).center())
    assert save_dialog.date.date() == QDate(2027, 3, 15)
    assert save_dialog.date.text() == "15.03.2027"


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_comparison_has_its_list_beside_the_map_and_the_figures_under_it(open_example, monkeypatch, size):
    """What changed stands beside the map (the map keeps its height: test_comparison_room.py);
    the figures over time open under the map from the button under the list, with room."""
    from PySide6.QtCore import Qt

    from skymap.ui.figures_chart import STYLES

    window = open_example("da", fit=False)
    window.resize(*size)
    names = iter(["Opstart", "Statusmøde 1"])
    monkeypatch.setattr(modal, "ask_status", lambda *a: (next(names), date(2026, 9, 14)))
    window.statuses_panel.save_button.click()
    delete_person(window, "Eva Kjær")
    window.statuses_panel.save_button.click()
    assert not window.changes_dock.isVisible() and not window.what_changed_dock.isVisible()  # at now
    window.statuses_panel.list.item(0).setSelected(True)
    window.statuses_panel.compare_button.click()
    assert window.what_changed_dock.isVisible() and not window.changes_dock.isVisible()
    assert window.dockWidgetArea(window.what_changed_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    listed = window.statuses_panel.changes_list
    assert listed.title.text() == "Hvad er ændret fra »Opstart« (14.09.2026) til nu"
    changes = listed.list
    row = changes.fontMetrics().lineSpacing()
    assert changes.viewport().height() >= 6 * row  # not two lines

    listed.figures_button.click()  # the figures over time, under the map
    assert window.changes_dock.isVisible()
    chart = window.statuses_panel.changes_panel.chart
    assert chart.width() >= 320 and chart.height() >= 200
    assert len(chart.series) == 8
    rects = chart.label_rects()  # each line named at its end, no two names on top of each other
    assert all(not a.intersects(b) for k, a in enumerate(rects) for b in rects[k + 1:])
    assert all(chart.rect().contains(r.toRect()) for r in rects)
    assert len(set(STYLES)) == len(STYLES)  # every line its own dash pattern and marker

    window.act_back_to_now.trigger()
    assert not window.what_changed_dock.isVisible()
    assert window.changes_dock.isVisible()  # asked for: it stays until closed
    window.changes_dock.close()
    window.statuses_panel.figures_button.click()  # the figures over time, at now too
    assert window.changes_dock.isVisible() and window.statuses_panel.chart.labels == ["Opstart", "Statusmøde 1", "nu"]


def test_the_whole_round_through_the_real_dialog(on_disk, qtbot):
    """Gem status… → the dialog → type the date in Danish → Enter: saved with that date, in the file."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from skymap.ui.statuses_panel import SaveStatusDialog

    window, path = on_disk
    seen = []

    def fill():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SaveStatusDialog):
            QTimer.singleShot(20, fill)
            return
        seen.append(dialog.name.text())
        field = dialog.date.edit
        field.setFocus()
        QTest.keyClick(field, Qt.Key_A, Qt.ControlModifier)
        QTest.keyClicks(field, "28022027")
        QTest.keyClick(field, Qt.Key_Return)

    QTimer.singleShot(0, fill)
    window.statuses_panel.save_button.click()
    assert seen == ["Opstart"]  # the first status proposes its usual name
    snaps = load_map(path).snapshots
    assert [(s.label, s.date) for s in snaps] == [("Opstart", date(2027, 2, 28))]


def test_a_future_date_is_said_but_allowed(qtbot, save_dialog):
    """Issue 21: a date in the future was taken without a word."""
    from PySide6.QtCore import QDate

    ok = save_dialog.buttons.button(save_dialog.buttons.StandardButton.Ok)
    assert not save_dialog.future.isVisible()  # today
    later = QDate.currentDate().addDays(40)
    type_date(qtbot, save_dialog, later.toString("dd.MM.yyyy"))
    assert save_dialog.future.isVisible() and save_dialog.future.text() == "Datoen ligger i fremtiden."
    assert ok.isEnabled() and save_dialog.values()[1] == later.toPython()  # allowed
    type_date(qtbot, save_dialog, QDate.currentDate().addDays(-3).toString("dd.MM.yyyy"))
    assert not save_dialog.future.isVisible()
