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
    return seen
