"""Comparing two statuses names the later status, not "now" (issue 21: "7 før, 9 nu")."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from skymap.ui import modal


@pytest.fixture(autouse=True)
def danish():
    from skymap.ui import i18n

    i18n.install(QApplication.instance(), "da")
    yield
    i18n.install(QApplication.instance(), "en")


def test_two_statuses_compared_say_at_which_status_not_now(open_example, monkeypatch, qtbot, dialogs, tmp_path):
    import shutil

    from tests.ui.conftest import EXAMPLE

    path = tmp_path / "familien.json"
    shutil.copy(EXAMPLE, path)
    window = open_example("da", path=path)
    tl = window.statuses_panel
    answers = iter([("Opstart", date(2026, 9, 1)), ("Statusmøde 1", date(2026, 12, 1))])
    monkeypatch.setattr(modal, "ask_status", lambda *a: next(answers))
    tl.save_button.click()
    # a professional who coordinates with others leaves between the two meetings
    links = window.doc.map.links
    busy = next(a for a in window.doc.map.actors
                if sum(1 for ln in links if ln.kind == "coordination" and a.id in (ln.source, ln.target)) >= 1)
    window.scene.select_only(busy.id)
    window.activateWindow()
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    QTest.keyClick(window.view, Qt.Key_Delete)
    assert window.doc.get("actors", busy.id) is None
    tl.save_button.click()
    assert tl.list.count() == 2
    tl.list.item(0).setSelected(True)
    tl.list.item(1).setSelected(True)
    tl.compare_button.click()
    panel = tl.changes_list
    lines = [panel.list.item(i).text() for i in range(panel.list.count())]
    counts = [t for t in lines if t.startswith("• Samarbejdsforbindelser mellem fagpersoner")]
    assert counts and "ved »Opstart«" in counts[0] and "ved »Statusmøde 1«" in counts[0], lines
    assert not any(t.rstrip(".").endswith(" nu") for t in lines), lines
