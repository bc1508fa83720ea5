"""A professional who stops is marked no longer active in the inspector; the comparison
with an earlier status then says who has ended (and, ticked again, who is active again)."""

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from skymap.ui import modal
from tests.helpers import by_name


@pytest.fixture
def window(open_example):
    return open_example("da", fit=True)


def click_person(window, actor):
    vp = window.view.viewport()
    QTest.mouseClick(vp, Qt.LeftButton, Qt.NoModifier, window.view.mapFromScene(actor.x, actor.y))


def click_box(box):
    box.parentWidget().ensurePolished()
    QTest.mouseClick(box, Qt.LeftButton, Qt.NoModifier, QPoint(8, box.height() // 2))


def change_lines(window):
    """The sentences of the window's list of changes (without their bullets)."""
    return [window.statuses_panel.changes.item(i).text().lstrip("•").strip()
            for i in range(window.statuses_panel.changes.count())]


def compare_with_first_status(window):
    window.statuses_panel.list.clearSelection()
    window.statuses_panel.list.item(0).setSelected(True)
    window.statuses_panel.compare_button.click()
    assert window.status_view is not None


def test_unticking_active_in_the_inspector_is_listed_as_ended(window, monkeypatch):
    names = iter(["Opstart", "Statusmøde 1"])
    monkeypatch.setattr(modal, "ask_status", lambda *a: (next(names), date(2026, 9, 14)))
    window.statuses_panel.save_button.click()
    karin = by_name(window.doc, "Karin Holm")
    click_person(window, karin)
    assert window.scene.selected_targets() == [("actors", karin.id)]
    box = window.inspector.a_active
    assert box.isChecked() and box.objectName() == "actorActive"
    click_box(box)
    assert not window.doc.actor(karin.id).active  # the click reached the map

    compare_with_first_status(window)
    lines = change_lines(window)
    assert "Karin Holm (PPR-psykolog, Skole og dagtilbud) er ophørt." in lines
    assert "Antallet af fagpersoner er gået fra 19 til 18." in lines
    from skymap.model.status import diff  # noqa: PLC0415

    assert diff(window.doc.map.snapshots[0].content, window.doc.map.content()).as_dict()["ended"] == ["Karin Holm"]

    # Months later she is back: ticked again, the comparison with the newer status says so.
    window.statuses_panel.now_button.click()
    window.statuses_panel.save_button.click()
    click_person(window, karin)
    click_box(window.inspector.a_active)
    assert window.doc.actor(karin.id).active
    window.statuses_panel.refresh()
    second = next(i for i in range(window.statuses_panel.list.count())
                  if "Statusmøde 1" in window.statuses_panel.list.item(i).text())
    window.statuses_panel.list.clearSelection()
    window.statuses_panel.list.item(second).setSelected(True)
    window.statuses_panel.compare_button.click()
    assert "Karin Holm (PPR-psykolog, Skole og dagtilbud) er aktiv igen." in change_lines(window)
