"""What a big map's opening keeps instead of working it out per item (issue 17) gives the
same answers: a person's text measured per font and text, and ties' pens shared by look."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QTransform
from PySide6.QtTest import QTest

from skymap.model import style
from skymap.ui.items.link_item import LinkItem
from skymap.ui.items.person_item import measure

TEXTS = ["Mette Højgaard-Christensen", "Person 1234", "Sagsbehandler", "W", ""]


def test_measured_texts_are_qts_own_figures_for_every_size(qapp):
    """Fonts that differ only in size hash alike in PySide (QFont's hash leaves the size
    out): each size must still get its own widths, elided texts and line height."""
    fonts = []
    for size in (9.5, 15.0, 15.0 * 0.96, 22.0):
        for bold in (False, True):
            f = QFont()
            f.setPointSizeF(size)
            f.setBold(bold)
            fonts.append(f)
    for _ in range(2):  # the second time from what was kept
        for f in fonts:
            kept, qt = measure(f), QFontMetricsF(f)
            assert kept.height() == qt.height()
            for text in TEXTS:
                assert kept.horizontalAdvance(text) == qt.horizontalAdvance(text)
                for width in (40.0, 132.0):
                    assert (kept.elidedText(text, Qt.TextElideMode.ElideRight, width)
                            == qt.elidedText(text, Qt.TextElideMode.ElideRight, width))
    widths = {measure(f).horizontalAdvance(TEXTS[0]) for f in fonts}
    assert len(widths) == len(fonts)  # (no two sizes answered from one kept measure)


def test_a_font_changed_after_it_was_measured_is_measured_anew(qapp):
    f = QFont()
    f.setPointSizeF(15.0)
    before = measure(f).horizontalAdvance(TEXTS[0])
    f.setPointSizeF(30.0)  # the caller's font changes (as a name's fitted font shrinks)
    assert measure(f).horizontalAdvance(TEXTS[0]) == QFontMetricsF(f).horizontalAdvance(TEXTS[0])
    g = QFont()
    g.setPointSizeF(15.0)
    assert measure(g).horizontalAdvance(TEXTS[0]) == before


def test_a_clicked_tie_does_not_change_the_pen_it_shared(open_example):
    """Ties drawn alike share one pen; a tie clicked takes the selection's pen, and the
    others keep drawing in their own ink; after Escape it shares their pen again."""
    window = open_example("da")
    window.view.grab()
    tie = mid = None
    for item in window.scene.items():
        if isinstance(item, LinkItem) and not item.protected_end:
            point = item.mapToScene(item._built()[0].pointAtPercent(0.5))
            if window.scene.itemAt(point, QTransform()) is item:
                tie, mid = item, point
                break
    assert tie is not None and mid is not None
    other = next(i for i in window.scene.items() if isinstance(i, LinkItem) and i is not tie
                 and (i.drawn, i.link.kind, i.protected_end) == (tie.drawn, tie.link.kind, False))
    assert tie.pen_and_ink()[0] is other.pen_and_ink()[0]  # shared

    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     window.view.mapFromScene(mid))
    assert tie.isSelected()
    window.view.grab()
    assert tie.pen_and_ink()[0].color() == QColor(style.SELECTION)
    assert other.pen_and_ink()[0].color() == QColor(style.tie_ink(other.link.kind))

    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    window.view.grab()
    assert tie.pen_and_ink()[0] is other.pen_and_ink()[0]
