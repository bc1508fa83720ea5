"""The overview's findings list at 1366x768 shows every finding whole, in Danish and English:
each row wraps and is as high as its text needs, nothing is elided or reaches past the list's
right edge, and the whole sentence is the row's tooltip and its accessible text (a user trial
found findings ending in "…"). Checked in a shown window, also after the panel is made
narrower and wider, on the example map and on one whose findings are long."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyleOptionViewItem

from skymap.model.findings import findings
from skymap.model.objects import Link
from skymap.model.vocabulary import LinkKind
from skymap.storage.mapfile import load_map
from skymap.ui import i18n
from skymap.ui.main_window import MainWindow
from tests.ui.conftest import EXAMPLE


def long_findings_map():
    """The example with long names on the people the findings list, and a chain of three
    between the school and social services (the trial's "only link" map)."""
    m = load_map(EXAMPLE)
    long_names = {"Jonas Berg": "Jonas Vestergaard-Kristiansen", "Lise Dam": "Lise Marie Dam-Frederiksen",
                  "Sara Friis": "Sara Friis Østergaard-Holm", "Hanne Lund": "Hanne Lund-Bertelsen Skovgaard"}
    m.actors = [a.model_copy(update={"name": long_names.get(a.name, a.name)}) for a in m.actors]
    by_name = {a.name: a.id for a in m.actors}
    m.links.append(Link(id="l-trial", kind=LinkKind.COORDINATION, source=by_name["Karin Holm"],
                        target=by_name["Sara Friis Østergaard-Holm"]))
    return m


def open_at_1366(qtbot, m, lang):
    i18n.install(QApplication.instance(), lang)
    win = MainWindow(m, None, lang)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.overview.measured)
    qtbot.wait(250)  # (a list that wraps lays its rows out again 0.1 s after a resize)
    return win


def rows_that_do_not_fit(lw) -> list[str]:
    """Rows whose text needs more height than the row has at its width, or whose row reaches
    past what the list shows."""
    out = []
    shown = lw.viewport().width()
    for i in range(lw.count()):
        item = lw.item(i)
        rect = lw.visualItemRect(item)
        index = lw.indexFromItem(item)
        option = QStyleOptionViewItem()
        lw.initViewItemOption(option)
        lw.itemDelegate().initStyleOption(option, index)
        option.rect = QRect(0, 0, rect.width(), 100_000)
        needed = lw.itemDelegate().sizeHint(option, index)
        if needed.height() > rect.height() or rect.right() >= shown or rect.width() < 40:
            out.append((item.text()[:30], rect.x(), rect.width(), rect.height(), needed.height(), shown))
    return out


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("which", ["example", "long"])
def test_every_finding_is_whole_in_the_list(qtbot, lang, which):
    m = load_map(EXAMPLE) if which == "example" else long_findings_map()
    win = open_at_1366(qtbot, m, lang)
    lw = win.overview.findings
    said = [f.text(lang) for f in findings(m)]
    assert [lw.item(i).text()[2:] for i in range(lw.count())] == said  # ("⚠ " / "• " before each)
    assert lw.wordWrap() and lw.textElideMode() == Qt.TextElideMode.ElideNone
    # a row taller than a short list is scrolled through by the pixel, not skipped past
    assert lw.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerPixel
    for i, text in enumerate(said):
        item = lw.item(i)
        assert item.toolTip().split("\n\n")[0] == text
        assert item.data(Qt.ItemDataRole.AccessibleTextRole) == text
    if which == "long":
        assert any(len(t) > 120 for t in said) and not any("…" in t for t in said)
        assert sum("går gennem" in t or "goes through" in t for t in said) >= 1
    assert rows_that_do_not_fit(lw) == []
    dock = win.overview_dock
    for width in (300, 470, 340):  # the user drags the panel narrower, wider
        win.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
        qtbot.wait(250)
        assert rows_that_do_not_fit(lw) == [], width
    win.undo_stack.setClean()
    i18n.install(QApplication.instance(), "en")

