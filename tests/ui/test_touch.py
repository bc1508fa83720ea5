"""Touch: two fingers pinch to zoom and move to pan."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest


EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "familien-norgaard.json"


@pytest.fixture
def window(open_example):
    win = open_example("da", fit=True)
    return win


@pytest.fixture
def screen():
    return QTest.createTouchDevice()


def test_pinch_zooms_in_and_out(window, screen):
    vp = window.view.viewport()
    c = vp.rect().center()
    z = window.view.zoom()
    QTest.touchEvent(vp, screen).press(0, c - QPoint(50, 0)).press(1, c + QPoint(50, 0)).commit()
    for step in range(1, 6):
        QTest.touchEvent(vp, screen).move(0, c - QPoint(50 + 20 * step, 0)).move(1, c + QPoint(50 + 20 * step, 0)).commit()
    QTest.touchEvent(vp, screen).release(0, c - QPoint(150, 0)).release(1, c + QPoint(150, 0)).commit()
    assert window.view.zoom() == pytest.approx(z * 3, rel=0.05)  # fingers 100 px -> 300 px apart
    QTest.touchEvent(vp, screen).press(0, c - QPoint(150, 0)).press(1, c + QPoint(150, 0)).commit()
    QTest.touchEvent(vp, screen).move(0, c - QPoint(75, 0)).move(1, c + QPoint(75, 0)).commit()
    QTest.touchEvent(vp, screen).release(0, c - QPoint(75, 0)).release(1, c + QPoint(75, 0)).commit()
    assert window.view.zoom() == pytest.approx(z * 1.5, rel=0.05)
    assert window.undo_stack.count() == 0


def test_two_fingers_moving_together_pan(window, screen):
    window.view.zoom_by(3)
    vp = window.view.viewport()
    c = vp.rect().center()
    bar = window.view.horizontalScrollBar()
    before = bar.value()
    QTest.touchEvent(vp, screen).press(0, c - QPoint(40, 0)).press(1, c + QPoint(40, 0)).commit()
    for step in range(1, 5):
        QTest.touchEvent(vp, screen).move(0, c - QPoint(40 + 30 * step, 0)).move(1, c + QPoint(40 - 30 * step, 0)).commit()
    QTest.touchEvent(vp, screen).release(0, c - QPoint(160, 0)).release(1, c - QPoint(80, 0)).commit()
    assert bar.value() > before + 60  # the map followed the fingers to the left
    assert window.view.zoom() == pytest.approx(window.view.zoom(), rel=0.01)

