"""The overview at a larger text size on a 1366x768 laptop (a user trial, Danish and English):
at 200 % the headline read "19 professional" (its long word cut at the panel's edge), the
heading "Fagpersoner pr. familiemedlem" wrapped up over "Kontakter med familien", the counts
cut "Samarbejdsforbind…", and with the Statuses tab open the findings box showed three lines.
The text size is chosen in Edit ▸ Settings, the tab clicked with the mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea, QTabBar

from skymap.storage import settings
from skymap.storage.mapfile import load_map
from skymap.ui import i18n
from skymap.ui.main_window import MainWindow
from skymap.ui.settings_dialog import apply_app_font
from tests.ui.conftest import EXAMPLE

CELL_MARGIN = 12  # (a counts cell's padding and text margins, overview_fit.CELL_MARGIN)


@pytest.fixture(autouse=True)
def normal_text_size_after(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))  # (the choice is kept in the settings)
    yield
    apply_app_font(1.0)
    i18n.install(QApplication.instance(), "en")


def laptop(qtbot, scale: float, lang: str, kept: bool = False) -> MainWindow:
    """The example on a 1366x768 laptop at text size `scale`: chosen in Settings, or `kept`
    from the last run (the window opens with it)."""
    i18n.install(QApplication.instance(), lang)
    if kept:
        settings.set_preference("text_scale", scale)
    win = MainWindow(load_map(EXAMPLE), None, lang)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    if not kept:
        dialog = win.open_settings()  # Edit ▸ Settings ▸ Text size
        dialog.text_size.setCurrentIndex(dialog.text_size.findData(scale))
        dialog.text_size.activated.emit(dialog.text_size.currentIndex())
        dialog.close()
    qtbot.wait(100)
    QApplication.processEvents()
    return win


def visible_height(widget) -> int:
    """How much of `widget` its panel's scroll area shows."""
    area = next(a for a in widget.window().findChildren(QScrollArea) if a.isAncestorOf(widget))
    port = area.viewport()
    shown = QRect(port.mapToGlobal(port.rect().topLeft()), port.size())
    return shown.intersected(QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())).height()


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_headline_is_whole_at_200_percent(qtbot, lang):
    win = laptop(qtbot, 2.0, lang)
    headline = win.overview.headline
    qtbot.waitUntil(lambda: headline.text().startswith("19"))
    metrics = QFontMetrics(headline.font())
    room = headline.contentsRect().width()
    for word in headline.text().split():
        assert metrics.horizontalAdvance(word) <= room, (word, metrics.horizontalAdvance(word), room)
    assert headline.heightForWidth(headline.width()) <= headline.height()  # every line of it
    assert headline.heightForWidth(headline.width()) < 1.5 * metrics.lineSpacing()  # on one line
    win.undo_stack.setClean()


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("scale", [1.5, 2.0])
def test_every_count_and_heading_is_whole_and_apart(qtbot, scale, lang):
    win = laptop(qtbot, scale, lang, kept=True)
    table = win.overview.counts
    qtbot.waitUntil(lambda: table.rowCount() > 5)
    QApplication.processEvents()
    for r in range(table.rowCount()):
        item = table.item(r, 0)
        text = item.text()
        heading = table.columnSpan(r, 0) > 1
        font = item.font() if item.data(Qt.ItemDataRole.FontRole) is not None else table.font()
        metrics = QFontMetrics(font)
        room = (table.viewport().width() if heading else table.columnWidth(0)) - CELL_MARGIN
        assert max(metrics.horizontalAdvance(w) for w in text.split()) <= room, text  # no "Samarbejdsforbind…"
        lines = metrics.boundingRect(QRect(0, 0, room, 10000), Qt.TextFlag.TextWordWrap, text)
        # every line inside its own row (a heading's two lines reached up over the row above)
        assert lines.height() <= table.rowHeight(r), (text, lines.height(), table.rowHeight(r))
    win.undo_stack.setClean()


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_findings_show_five_lines_with_the_statuses_tab_open(qtbot, lang):
    win = laptop(qtbot, 2.0, lang)
    title = win.statuses_dock.windowTitle()
    bar, index = next((b, i) for b in win.findChildren(QTabBar) if b.isVisible()
                      for i in range(b.count()) if b.tabText(i) == title)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(lambda: win.statuses_panel.isVisible())
    qtbot.wait(100)
    findings = win.overview.findings
    lines = visible_height(findings.viewport()) / findings.fontMetrics().lineSpacing()
    assert lines >= 5, lines  # (3.4 before)
    win.undo_stack.setClean()


@pytest.mark.parametrize("lang", ["da", "en"])
def test_a_new_count_at_200_percent_restyles_the_headline_only_if_its_size_changes(qtbot, lang):
    """A professional added at 200 % changes the headline's count (19 -> 20): it is measured
    again, but restyled (which lays the panel out anew, ~3.7 ms) only if it needs another size;
    it stays whole and on one line."""
    from PySide6.QtCore import QEvent, QObject

    win = laptop(qtbot, 2.0, lang)
    headline = win.overview.headline
    qtbot.waitUntil(lambda: headline.text().startswith("19"))
    size = headline.font().pointSizeF()
    restyled = []

    class Restyles(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.StyleChange:
                restyled.append(headline.text())
            return False

    spy = Restyles()
    headline.installEventFilter(spy)
    cloud = max(win.doc.map.domains, key=lambda d: len(win.doc.actors_in(d.id))).id
    win.scene.select_only(cloud)
    win.palette_panel.buttons["professional"].click()  # Add professional to the selected cloud
    qtbot.waitUntil(lambda: headline.text().startswith("20"))
    QApplication.processEvents()
    headline.removeEventFilter(spy)
    assert len(restyled) == (headline.font().pointSizeF() != size), restyled
    metrics = QFontMetrics(headline.font())
    assert headline.heightForWidth(headline.width()) < 1.5 * metrics.lineSpacing()  # on one line
    win.undo_stack.setClean()
