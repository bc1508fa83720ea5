"""Every row of the overview's counts follows the text size, both ways (Edit > Settings >
Text size): at 200 % each word of a label is whole in its cell (a word too wide is set
smaller, never cut: "Samarbejdsforbind…"), and back at 100 % every row is as it was at
the start (a trial found "Samarbejdsforbindelser" left at its 200 % size with a gap under it,
and a heading's row left 200 % high)."""

import pytest
from PySide6.QtGui import QFontMetricsF

from skymap.ui.counts_table import CountsTable
from skymap.ui.overview_fit import CELL_MARGIN


@pytest.fixture
def window(laptop_window_each_language):
    yield laptop_window_each_language
    from skymap.ui.settings_dialog import apply_app_font

    apply_app_font(1.0)


def rows(table: CountsTable) -> list[tuple[str, float, int]]:
    """Each row's label, the point size it is drawn at (its own font over the table's, as the
    item delegate resolves it) and its height."""
    out = []
    for r in range(table.rowCount()):
        item = table.item(r, 0)
        if item is not None and item.text():
            out.append((item.text(), round(item.font().resolve(table.font()).pointSizeF(), 2), table.rowHeight(r)))
    return out


def choose(window, qtbot, dialog, scale: float) -> None:
    dialog.text_size.setCurrentIndex(dialog.text_size.findData(scale))
    dialog.text_size.activated.emit(dialog.text_size.currentIndex())
    qtbot.wait(100)  # (the dialog refits itself after the event loop turns)


def test_every_overview_row_follows_the_text_size_both_ways(window, qtbot, tmp_path):
    table = window.overview.findChild(CountsTable)
    qtbot.wait(50)
    start = rows(table)
    panel = window.overview
    texts = (panel.headline, panel.findings_title, panel.findings)
    start_texts = [(w.font().pointSizeF(), w.height()) for w in texts]
    normal = table.font().pointSizeF()
    assert start and all(size == pytest.approx(normal) for _t, size, _h in start)
    dialog = window.open_settings()
    choose(window, qtbot, dialog, 2.0)
    assert table.font().pointSizeF() == pytest.approx(2 * normal)
    for r in range(table.rowCount()):
        item = table.item(r, 0)
        if item is None or not item.text():
            continue
        heading = table.columnSpan(r, 0) > 1
        room = (table.viewport().width() if heading else table.columnWidth(0)) - CELL_MARGIN
        shown = item.font().resolve(table.font())
        widest = max(QFontMetricsF(shown).horizontalAdvance(w) for w in item.text().split())
        assert widest <= room + 0.5, f"{item.text()!r} is cut at 200 %"
        assert shown.pointSizeF() > 1.4 * normal, f"{item.text()!r} did not grow"
    window.grab().save(str(tmp_path / f"overview-200-{window.lang}.png"))  # (to look at)
    choose(window, qtbot, dialog, 1.0)
    window.grab().save(str(tmp_path / f"overview-100-{window.lang}.png"))
    assert rows(table) == start  # every row's size and height as before
    assert [(w.font().pointSizeF(), w.height()) for w in texts] == start_texts  # the headline, findings
    dialog.close()
