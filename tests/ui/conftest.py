"""UI tests never block on a modal dialog: message boxes are recorded and answered."""

import pytest
from PySide6.QtWidgets import QMessageBox

from skymap.ui import modal
from tests.helpers import EXAMPLE  # (also imported from here by older tests)


@pytest.fixture(autouse=True)
def still_layer_checked(request, tmp_path):
    """Every repaint of a map view that puts its kept picture of the still layer back
    (ui/still_layer.py) is checked against a full repaint of the same frame: a change below
    the people that did not announce itself would show here, in whatever test met it."""
    from skymap.ui.view import MapView

    MapView.verify_still_layer = True
    MapView.still_layer_mismatches.clear()
    yield
    MapView.verify_still_layer = False
    found = list(MapView.still_layer_mismatches)
    MapView.still_layer_mismatches.clear()
    for i, (shown, expected) in enumerate(found[:3]):
        shown.save(str(tmp_path / f"still-layer-{i}-shown.png"))
        expected.save(str(tmp_path / f"still-layer-{i}-expected.png"))
    assert not found, f"{len(found)} repaint(s) from the kept still layer differ from a full repaint ({tmp_path})"


@pytest.fixture(autouse=True)
def mouse_let_go():
    """No mouse button is held down after a test. QTest.mouseDClick (Qt 6) leaves Qt's
    application-wide button state at LeftButton, as if the button were still down: in the
    next test a right-click then ended with the left button "still down", so the map's scene
    kept the right-clicked person as its mouse grabber and the next left click went to her
    instead of the person clicked (test_family_view_after_a_long_editing_session, after
    test_double_click_adds_and_renames_nothing). A release on a widget that is not shown
    clears that state and reaches no window."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    yield
    app = QApplication.instance()
    if app is None or app.mouseButtons() == Qt.MouseButton.NoButton:
        return
    nobody = QWidget()
    for button in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton, Qt.MouseButton.MiddleButton):
        if app.mouseButtons() & button:
            QTest.mouseRelease(nobody, button, Qt.KeyboardModifier.NoModifier, QPoint(1, 1))
    nobody.deleteLater()
    assert app.mouseButtons() == Qt.MouseButton.NoButton


@pytest.fixture(autouse=True)
def dialogs(monkeypatch):
    """Every QMessageBox call is recorded in `dialogs` and answered without showing it
    (Discard for questions, so closing a window at teardown never waits)."""
    seen: list[tuple[str, tuple]] = []

    def fake(kind, answer):
        def _box(*args, **kwargs):
            seen.append((kind, args))
            return answer

        return _box

    monkeypatch.setattr(QMessageBox, "question", fake("question", QMessageBox.Discard))
    monkeypatch.setattr(QMessageBox, "warning", fake("warning", QMessageBox.Ok))
    monkeypatch.setattr(QMessageBox, "critical", fake("critical", QMessageBox.Ok))
    monkeypatch.setattr(QMessageBox, "information", fake("information", QMessageBox.Ok))
    # A file dialog nobody answered is cancelled (saving a status saves the file: Save As).
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))

    # Custom message boxes and dialogs: answered with their default button, and recorded.
    def box(b):
        seen.append(("box", (None, None, b.text())))
        return b.defaultButton()

    monkeypatch.setattr(modal, "exec_box", box)
    monkeypatch.setattr(modal, "exec_dialog", lambda d: seen.append(("dialog", (d,))) or False)
    # Context menus: recorded with their entries, never shown.
    monkeypatch.setattr(modal, "exec_menu",
                        lambda m, pos: seen.append(("menu", ([a.text() for a in m.actions()], pos))))
    return seen


@pytest.fixture
def open_example(qtbot):
    """Open the example map in a shown main window: `open_example("da")`. Windows are
    marked saved at teardown so closing them never asks."""
    from skymap.storage.mapfile import load_map
    from skymap.ui.main_window import MainWindow

    made = []

    def _open(lang: str = "da", path=None, fit: bool = True):
        win = MainWindow(load_map(EXAMPLE), path, lang)
        qtbot.addWidget(win)
        win.resize(1400, 900)
        win.show()
        qtbot.waitExposed(win)
        if fit:
            win.view.fit()
        made.append(win)
        return win

    yield _open
    for win in made:
        win.undo_stack.setClean()
        win.restored = False


@pytest.fixture(params=["en", "da"])
def example_window_each_language(request, open_example):
    """The example map in a shown, active window with the keys on the map, once in English and
    once in Danish (the interface's translation installed, English again afterwards)."""
    from PySide6.QtWidgets import QApplication

    from skymap.ui import i18n

    i18n.install(QApplication.instance(), request.param)
    window = open_example(request.param)
    window.activateWindow()
    window.view.setFocus()
    yield window
    i18n.install(QApplication.instance(), "en")


@pytest.fixture
def laptop_window_each_language(example_window_each_language, qtbot):
    """The example window of each language at 1366x768, active, with the keys on the map (for
    tests that type into the in-place form)."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    win = example_window_each_language
    win.resize(1366, 768)
    QTest.qWaitForWindowActive(win)
    win.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.view)
    return win
