"""UI tests never block on a modal dialog: message boxes are recorded and answered."""

import pytest
from PySide6.QtWidgets import QMessageBox


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

    # Custom message boxes and dialogs: answered with their default button, and recorded.
    from skymap.ui import main_window

    def box(b):
        seen.append(("box", (None, None, b.text())))
        return b.defaultButton()

    monkeypatch.setattr(main_window, "_exec_box", box)
    monkeypatch.setattr(main_window, "_exec_dialog", lambda d: seen.append(("dialog", (d,))) or False)
    return seen
