"""Status meetings in the window: save a status, edit, view it, compare, back to now."""

from datetime import date

import pytest

from skymap.ui import modal
from tests.helpers import by_name


@pytest.fixture
def window(open_example):
    win = open_example("da", fit=False)
    return win


def test_take_a_status_edit_and_compare(window, monkeypatch):
    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Opstart", date(2026, 9, 14)))
    window.statuses_panel.save_button.click()
    assert [s.label for s in window.doc.map.snapshots] == ["Opstart"]
    assert window.doc.map.snapshots[0].date == date(2026, 9, 14)
    assert window.statuses_panel.list.count() == 1
    assert window.undo_stack.count() == 0  # saving a status is the record of a meeting, not an edit

    eva = by_name(window.doc, "Eva Kjær")
    window.scene.select_only(eva.id)
    window.delete_selection()
    window.editor.update_one("actors", by_name(window.doc, "Mette Skov").id, coordinator=True)
    newcomer = window.editor.add_actor_in("d-school")

    window.statuses_panel.list.item(0).setSelected(True)
    window.statuses_panel.compare_button.click()
    assert window.status_view is not None
    changes = [window.statuses_panel.changes.item(i).text() for i in range(window.statuses_panel.changes.count())]
    assert any("Eva Kjær" in c and "gået" in c for c in changes)
    assert any("familiekoordinator" in c for c in changes)
    scene = window.status_view.scene
    assert scene.items_by_id[newcomer.id].marker == "NY"  # the newcomer is marked
    ghosts = [i for i in scene.items() if getattr(i, "obj_id", None) == eva.id]
    assert ghosts and ghosts[0].opacity() < 0.5  # the one who left is a faint ghost
    # Comparing changes nothing, and the working map cannot be edited meanwhile.
    steps = window.undo_stack.count()
    window.editor.add_member(name="Nogen")
    assert window.undo_stack.count() == steps

    window.statuses_panel.now_button.click()
    assert window.status_view is None and window.center.currentWidget() is window.view
    assert by_name(window.doc, "Mette Skov").coordinator
    window.editor.add_member(name="Nogen")
    assert window.undo_stack.count() == steps + 1


def test_viewing_a_status_is_read_only_and_changes_nothing(window, monkeypatch):
    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Opstart", date(2026, 9, 14)))
    window.save_status()
    before = window.doc.map.model_dump()
    window.statuses_panel.list.item(0).setSelected(True)
    window.statuses_panel.view_button.click()
    view = window.status_view
    assert view is not None and view.editor.read_only
    assert "Opstart" in window.statuses_panel.mode.text() and window.statuses_panel.now_button.isEnabled()
    view.editor.add_member(name="X")
    assert window.doc.map.model_dump() == before
    window.back_to_now()
    assert window.doc.map.model_dump() == before


def test_the_chart_follows_the_statuses(window, monkeypatch):
    names = iter(["Opstart", "Statusmøde 1"])
    monkeypatch.setattr(modal, "ask_status", lambda *a: (next(names), date.today()))
    window.save_status()
    window.scene.select_only(by_name(window.doc, "Eva Kjær").id)
    window.delete_selection()
    window.save_status()
    window.statuses_panel.refresh()
    chart = window.statuses_panel.chart
    assert chart.labels == ["Opstart", "Statusmøde 1", "nu"]
    professionals = dict(chart.series)["Fagpersoner"]
    assert professionals == [19, 18, 18]
    picture = chart.grab().toImage()
    assert picture.width() > 100  # it draws


def test_a_duplicate_status_name_is_refused(window, monkeypatch, dialogs):
    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Opstart", date(2026, 9, 14)))
    assert window.save_status()
    assert not window.save_status()
    assert dialogs and "Opstart" in dialogs[-1][1][2]
    assert len(window.doc.map.snapshots) == 1


def test_the_exported_pdf_can_show_the_changes_since_a_status(window, monkeypatch, tmp_path):
    from pypdf import PdfReader

    from skymap.ui.export_dialog import ExportOptionsDialog

    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Opstart", date(2026, 9, 14)))
    window.save_status()
    window.scene.select_only(by_name(window.doc, "Eva Kjær").id)
    window.delete_selection()
    dialog = ExportOptionsDialog(window, statuses=window.status_labels())
    dialog.changes.setCurrentIndex(1)
    for key in ("contacts", "summary"):
        dialog.section_boxes[key].setChecked(False)
    options = dialog.options()
    assert options["changes_since"] == "Opstart"
    out = tmp_path / "møde.pdf"
    assert window.export_pdf(str(out), options)
    pages = PdfReader(out).pages
    assert len(pages) == 2
    assert "Eva Kjær" in pages[1].extract_text()


def test_the_save_status_dialog_proposes_a_name_and_today(window):
    from skymap.ui.statuses_panel import SaveStatusDialog

    dialog = SaveStatusDialog("Statusmøde 1", window)
    assert dialog.values() == ("Statusmøde 1", date.today())
    dialog.name.setText("  Statusmøde 2 ")
    assert dialog.values()[0] == "Statusmøde 2"


def test_the_statuses_figures_measure_only_now_after_an_edit(window, monkeypatch, qtbot):
    """After each burst of edits the statuses panel shows the figures again; a status is the
    map as it was, so only "now" is measured (each status was measured again every time)."""
    import skymap.model.status as status

    names = iter(["Opstart", "Statusmøde 1", "Statusmøde 2"])
    monkeypatch.setattr(modal, "ask_status", lambda *a: (next(names), date.today()))
    for _ in range(3):
        window.save_status()
    window.statuses_panel.figures_button.click()  # the figures over time in front
    assert window.changes_dock.isVisible()
    measured = []
    real = status.counts
    monkeypatch.setattr(status, "counts", lambda content: measured.append(content) or real(content))

    window.scene.select_only(by_name(window.doc, "Eva Kjær").id)
    window.delete_selection()  # (through the window, as the Delete key)
    qtbot.waitUntil(lambda: bool(measured), timeout=3000)  # the panel's refresh, soon after the edit
    qtbot.wait(50)

    assert measured == [window.doc.map]  # now, and no status again
    chart = window.statuses_panel.chart
    assert chart.labels == ["Opstart", "Statusmøde 1", "Statusmøde 2", "nu"]
    assert dict(chart.series)["Fagpersoner"] == [19, 19, 19, 18]
    assert "19" in window.statuses_panel.list.item(0).text()


def test_the_figures_over_time_are_measured_only_when_shown(window, monkeypatch, qtbot):
    """Opening and editing a map does not measure its figures for a chart nobody sees (a
    big map took a good part of a second to open for it); "Figures over time" measures the
    map as it is when it is clicked."""
    import skymap.model.status as status

    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Opstart", date.today()))
    window.save_status()
    measured = []
    real = status.counts
    monkeypatch.setattr(status, "counts", lambda content: measured.append(content) or real(content))
    assert not window.changes_dock.isVisible()

    window.scene.select_only(by_name(window.doc, "Eva Kjær").id)
    window.delete_selection()
    qtbot.wait(600)  # the statuses panel's refresh after the edit has run
    assert measured == []

    window.statuses_panel.figures_button.click()
    assert window.changes_dock.isVisible()
    assert measured == [window.doc.map]  # now, as it is after the edit
    chart = window.statuses_panel.chart
    assert chart.labels == ["Opstart", "nu"]
    assert dict(chart.series)["Fagpersoner"] == [19, 18]


def test_moving_people_about_does_not_measure_the_statuses_figures(window, monkeypatch, qtbot):
    """No figure reads where people stand: after a drag the statuses panel is left alone
    (it measured the map again 300 ms after every drag)."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtTest import QTest

    import skymap.model.status as status

    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Opstart", date.today()))
    window.save_status()
    window.view.fit()
    measured = []
    real = status.counts
    monkeypatch.setattr(status, "counts", lambda content: measured.append(content) or real(content))
    person = by_name(window.doc, "Eva Kjær")
    vp = window.view.viewport()
    a = window.view.mapFromScene(window.scene.item_for(person.id).pos())
    b = window.view.mapFromScene(window.scene.item_for(person.id).pos() + QPointF(0, 12))
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for i in range(1, 5):
        QTest.mouseMove(vp, a + (b - a) * i / 4)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
    qtbot.wait(500)  # longer than the panel waits after an edit

    assert window.doc.actor(person.id).y != person.y  # (it moved)
    assert measured == []
