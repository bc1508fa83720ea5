"""The inspector of a professional fits the right-hand panel on a 1366x768 laptop, Danish
and English: with the consent rows it was 100 px wider than the panel, so the protected box
read "Skærmet: må ikke orienteres e" and Tab into it slid the labels out of sight."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from skymap.storage.mapfile import load_map
from skymap.ui import i18n
from skymap.ui.main_window import MainWindow
from tests.ui.conftest import EXAMPLE


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_professionals_inspector_is_no_wider_than_its_panel(qtbot, lang):
    i18n.install(QApplication.instance(), lang)
    try:
        window = MainWindow(load_map(EXAMPLE), None, lang)
        qtbot.addWidget(window)
        window.resize(1366, 740)
        window.show()
        qtbot.waitExposed(window)
        hanne = next(a for a in window.doc.map.actors if a.name == "Hanne Lund")
        window.scene.select_only(hanne.id)  # (a click on her selects her the same way)
        QTest.qWait(50)
        area = window.inspector_dock.widget()
        page = area.widget()
        assert window.inspector.a_consent.protected.isVisible()
        assert page.minimumSizeHint().width() <= area.viewport().width(), (
            page.minimumSizeHint().width(), area.viewport().width())
        box = window.inspector.a_consent.protected
        right = box.mapTo(area.viewport(), box.rect().topRight()).x()
        assert right <= area.viewport().width()  # the whole box text in sight
        window.undo_stack.setClean()
    finally:
        i18n.install(QApplication.instance(), "en")
