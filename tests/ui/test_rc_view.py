"""Relational coordination in the window: File ▸ Import, View ▸ Relational Coordination, the
band limits, and ties drawn by their band."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from skymap.model.vocabulary import Quality
from skymap.ui import rc_view

SCORES = ("fra;til;hyppig;rettidig;præcis;problemløsende;fælles_mål;fælles_viden;gensidig_respekt\n"
          "Hanne Lund;Mette Skov;2;2;3;2;1;2;3\n"          # 15/7 = 2.14, a tie that exists
          "Jonas Berg;Sara Friis;4;4;4;4;4;4;4\n")         # 4.0, a tie that does not exist yet


@pytest.fixture
def window(open_example):
    return open_example("da", fit=False)


@pytest.fixture
def scores(tmp_path):
    path = tmp_path / "scores.csv"
    path.write_text(SCORES, encoding="utf-8")
    return path


def actor(window, name):
    return next(a for a in window.doc.map.actors if a.name == name)


def pair(window, a, b):
    return window.doc.find_link(actor(window, a).id, actor(window, b).id)


def test_import_through_the_file_menu_is_one_undo_step(window, scores, monkeypatch):
    monkeypatch.setattr(rc_view, "_ask_scores_file", lambda parent: str(scores))
    links_before = len(window.doc.map.links)
    window.act_import_rc.trigger()
    assert pair(window, "Hanne Lund", "Mette Skov").rc.mean() == pytest.approx(15 / 7)
    assert pair(window, "Jonas Berg", "Sara Friis").rc.mean() == 4.0
    assert len(window.doc.map.links) == links_before + 1
    assert not window.undo_stack.isClean()
    window.undo_stack.undo()  # one step takes all of it back
    assert pair(window, "Hanne Lund", "Mette Skov").rc is None
    assert pair(window, "Jonas Berg", "Sara Friis") is None
    assert window.undo_stack.isClean()


def test_a_refused_file_says_the_line_and_changes_nothing(window, tmp_path, monkeypatch, dialogs):
    bad = tmp_path / "bad.csv"
    bad.write_text("fra;til;hyppig\nHanne Lund;Mette Skov;3\nHanne Lund;Sofie Nørgaard;3\n", encoding="utf-8")
    monkeypatch.setattr(rc_view, "_ask_scores_file", lambda parent: str(bad))
    before = window.doc.map.model_dump()
    window.act_import_rc.trigger()
    warnings = [args for kind, args in dialogs if kind == "warning"]
    assert len(warnings) == 1
    text = warnings[0][2]
    assert "linje 3" in text and "Sofie Nørgaard" in text and "familiemedlem" in text and "Traceback" not in text
    assert window.doc.map.model_dump() == before and window.undo_stack.count() == 0


def test_the_view_from_the_menu_shows_mean_dimensions_weakest_and_matrix(window, scores, monkeypatch, qtbot):
    monkeypatch.setattr(rc_view, "_ask_scores_file", lambda parent: str(scores))
    window.act_import_rc.trigger()
    QApplication.processEvents()
    window.act_rc_view.trigger()
    view = window.rc_view
    qtbot.waitExposed(view)
    # (15/7 + 4) / 2 = 3.07
    assert view.mean.text() == "Relationel koordinering: netværkets gennemsnit er 3,1 (middel) over 2 scorede forbindelser."
    dims = {view.dims.item(r, 0).text(): view.dims.item(r, 1).text() for r in range(view.dims.rowCount())}
    assert dims["fælles mål"] == "2,5" and dims["hyppig kommunikation"] == "3,0"  # (1+4)/2, (2+4)/2
    assert view.weakest.item(0, 0).text() == "Hanne Lund – Mette Skov" and view.weakest.item(0, 2).text() == "svag"
    headers = [view.matrix.horizontalHeaderItem(c).text() for c in range(view.matrix.columnCount())]
    assert headers == ["Skole og dagtilbud", "Børn og familie"]
    assert view.matrix.item(0, 1).text() == "3,1 (middel)"  # both ties run between the two clouds
    # both are in the core team: their weak tie is a finding (lowest: 1 shared goals; 2 frequent, first of the 2s)
    assert view.findings.text() == ("• Samarbejdet mellem Hanne Lund og Mette Skov i kerneteamet er svagt (2,1): "
                                    "fælles mål og hyppig kommunikation lavest.")


def test_band_limits_are_undoable_and_redraw_the_ties(window, scores, monkeypatch, qtbot):
    monkeypatch.setattr(rc_view, "_ask_scores_file", lambda parent: str(scores))
    window.act_import_rc.trigger()
    window.act_rc_view.trigger()
    view = window.rc_view
    tie = pair(window, "Hanne Lund", "Mette Skov")
    item = window.scene.item_for(tie.id)
    assert item.drawn is Quality.WEAK  # 2.14 < 3.0
    view.weak_below.setValue(2.0)
    view.weak_below.editingFinished.emit()
    assert window.doc.map.settings.rc_weak_below == 2.0
    QApplication.processEvents()
    assert item.drawn is Quality.MODERATE
    assert view.weakest.item(0, 2).text() == "middel"
    window.undo_stack.undo()
    QApplication.processEvents()
    assert window.doc.map.settings.rc_weak_below == 3.0 and item.drawn is Quality.WEAK
    assert view.weak_below.value() == 3.0


def test_the_view_speaks_english_after_a_language_switch(window, qtbot):
    QApplication.processEvents()
    qtbot.keyClick(window, Qt.Key_K, Qt.ControlModifier | Qt.ShiftModifier)
    view = window.rc_view
    assert view.isVisible()
    window.set_language("en")
    assert view.windowTitle() == "Relational coordination"
    assert view.mean.text() == "No coordination tie has a relational-coordination score yet."


def test_statuses_show_the_means_over_time_and_in_the_comparison(window, scores, tmp_path, monkeypatch):
    from datetime import date

    from skymap.ui import modal


    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Opstart", date(2026, 9, 14)))
    first = tmp_path / "first.csv"
    first.write_text("from;to;frequent;shared_goals\nHanne Lund;Mette Skov;2;1\n", encoding="utf-8")
    monkeypatch.setattr(rc_view, "_ask_scores_file", lambda parent: str(first))
    window.act_import_rc.trigger()
    window.statuses_panel.save_button.click()
    monkeypatch.setattr(rc_view, "_ask_scores_file", lambda parent: str(scores))
    window.act_import_rc.trigger()
    window.act_rc_view.trigger()
    view = window.rc_view
    QApplication.processEvents()
    headers = [view.dims.horizontalHeaderItem(c).text() for c in range(view.dims.columnCount())]
    assert headers == ["Dimension", "Opstart", "nu"]
    rows = {view.dims.item(r, 0).text(): (view.dims.item(r, 1).text(), view.dims.item(r, 2).text())
            for r in range(view.dims.rowCount())}
    assert rows["Netværkets gennemsnit"] == ("1,5", "3,1")  # (2+1)/2 then; (15/7 + 4)/2 now
    assert rows["fælles mål"] == ("1,0", "2,5") and rows["præcis kommunikation"] == ("–", "3,5")
    # Status ▸ compare with now: the comparison says the mean and the dimensions then and now
    window.statuses_panel.list.item(0).setSelected(True)
    window.statuses_panel.compare_button.click()
    changes = [window.statuses_panel.changes.item(i).text() for i in range(window.statuses_panel.changes.count())]
    assert "• Relationel koordinering, netværkets gennemsnit: 1,5 før, 3,1 nu." in changes
    assert "• fælles mål: 1,0 → 2,5" in changes


def test_the_windows_pdf_with_a_changes_page_has_the_relational_coordination_page(window, scores, monkeypatch,
                                                                                    tmp_path):
    from datetime import date

    from pypdf import PdfReader

    from skymap.ui import modal
    from skymap.ui.export_dialog import ExportOptionsDialog

    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Opstart", date(2026, 9, 14)))
    window.save_status()
    monkeypatch.setattr(rc_view, "_ask_scores_file", lambda parent: str(scores))
    window.act_import_rc.trigger()
    dialog = ExportOptionsDialog(window, statuses=window.status_labels())
    dialog.changes.setCurrentIndex(1)
    for key in ("contacts", "summary"):
        dialog.section_boxes[key].setChecked(False)
    out = tmp_path / "møde.pdf"
    assert window.export_pdf(str(out), dialog.options())
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "Relationel koordinering siden »Opstart«" in text
    assert "Netværkets gennemsnit: – før, 3,1 nu." in text  # nothing scored at Opstart


def test_the_over_time_tab_draws_the_mean_and_dimensions_per_status(window, scores, monkeypatch):
    from datetime import date

    from skymap.ui import modal

    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Opstart", date(2026, 9, 14)))
    window.act_rc_view.trigger()
    view = window.rc_view
    assert view.trend.labels == []  # no status yet: the tab says how to get the chart
    window.save_status()
    monkeypatch.setattr(rc_view, "_ask_scores_file", lambda parent: str(scores))
    window.act_import_rc.trigger()
    QApplication.processEvents()
    view.tabs.setCurrentIndex(1)
    assert view.trend.labels == ["Opstart", "nu"]
    assert view.trend.names()[0] == "Netværkets gennemsnit: 3,1"
    assert view.trend.series[5] == ("fælles mål", [None, 2.5])  # after the mean and four dimensions
    assert not view.trend.grab().isNull()
    window.set_language("da")
    try:
        assert view.tabs.tabText(1) == "Over tid" and view.windowTitle() == "Relationel koordinering"
    finally:
        window.set_language("en")
