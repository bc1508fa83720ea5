"""Test setup: every test runs headless, with its own settings and data folders."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
os.environ.setdefault("SKYMAP_SCRYPT_N", "1024")  # protected maps: cheap keys in tests (real cost: 2**15)

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tests.helpers import ROOT

EXAMPLES = ROOT / "resources" / "examples"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path_factory, monkeypatch):
    """Keep settings, recent files and autosaves of tests out of the user's folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    yield


def pytest_sessionfinish(session, exitstatus):
    """Empty the clipboard while Qt is still alive: copy/paste tests leave data there, and
    Qt (PySide6 6.11) crashes at interpreter exit if it still holds it."""
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        QGuiApplication.clipboard().clear()
