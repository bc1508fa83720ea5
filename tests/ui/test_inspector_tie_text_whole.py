"""The tie's ends in the inspector ("Forbindelse: Hanne Lund — Birgit Ravn") stand whole, two
lines high where they wrap, the first time a tie is selected too: a user trial saw them cut
off top and bottom then (one line high), and whole from the second tie on. The page was
shown first and filled after; its first layout left the row one line high."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from skymap.model.vocabulary import LinkKind
from skymap.storage.mapfile import load_map
from skymap.ui import i18n
from skymap.ui.main_window import MainWindow
from tests.ui.conftest import EXAMPLE


def _click_tie(window, link_id: str) -> None:
    """A left click on the tie's line, where no person or other tie lies over it."""
    view, item = window.view, window.scene.items_by_id[link_id]
    shape, box = item.shape(), item.boundingRect()
    for k in range(400):
        local = QPointF(box.left() + box.width() * (k % 20 + 0.5) / 20, box.top() + box.height() * (k // 20 + 0.5) / 20)
        at = view.mapFromScene(item.mapToScene(local))
        if shape.contains(local) and view.viewport().rect().contains(at) and view.itemAt(at) is item:
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
            return
    raise AssertionError("no free point on the tie to click")


def _whole(label) -> None:
    needed = label.heightForWidth(label.width())
    assert label.height() >= needed, (label.text(), label.geometry(), needed)
    assert label.height() >= label.sizeHint().height() or label.width() > label.sizeHint().width()


@pytest.mark.parametrize(("lang", "kind"), [("da", LinkKind.COORDINATION), ("en", LinkKind.COORDINATION),
                                          ("da", LinkKind.CONTACT)])
def test_the_ties_ends_are_whole_the_first_time_a_tie_is_selected(qtbot, lang, kind):
    i18n.install(QApplication.instance(), lang)
    try:
        window = MainWindow(load_map(EXAMPLE), None, lang)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.view.fit()
        QTest.qWait(50)
        names = {p.id: p.name for p in [*window.doc.map.actors, *window.doc.map.family]}
        ties = sorted((ln for ln in window.doc.map.links if ln.kind is kind),
                      key=lambda ln: -len(names[ln.source] + names.get(ln.target, "")))
        label = window.inspector.l_kind
        first, *others = ties
        _click_tie(window, first.id)
        QTest.qWait(50)
        assert window.scene.selected_targets() == [("links", first.id)]
        assert label.heightForWidth(label.width()) > label.fontMetrics().height() * 1.5  # (it wraps: two lines)
        _whole(label)
        other_kind = next(ln for ln in window.doc.map.links if ln.kind is not kind)
        for link in [other_kind, others[-1], *others[:2], first]:  # short and long, with and without scores
            window.scene.select_only(link.id)
            QTest.qWait(20)
            _whole(label)
        window.undo_stack.setClean()
    finally:
        i18n.install(QApplication.instance(), "en")
