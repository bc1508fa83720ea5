"""Help ▸ User guide shows the guide in the interface's language: the Danish guide in the
Danish interface (it showed the English one), the English guide in English; the Danish
guide names the menus as the Danish menus are written."""

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QTextBrowser

from skymap.ui import i18n

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.fixture
def danish(open_example):
    """A window speaking Danish (Edit ▸ Settings' way: at once); English again afterwards."""
    win = open_example("da")
    win.set_language("da")
    yield win
    i18n.install(QApplication.instance(), "en")


def open_guide(win, text):
    help_menu = next(a.menu() for a in win.menuBar().actions() if a.text() in ("&Hjælp", "&Help"))
    before = set(QApplication.topLevelWidgets())
    next(a for a in help_menu.actions() if a.text() == text).trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if w not in before and isinstance(w, QDialog))
    return dialog, dialog.findChild(QTextBrowser).toPlainText()


def test_the_danish_interface_shows_the_danish_guide(danish):
    win = danish
    dialog, text = open_guide(win, "&Brugervejledning")
    assert dialog.windowTitle() == "Brugervejledning"
    assert text.startswith("Brugervejledning til Skymap")
    assert "Rediger → Indstillinger…" in text and "Skymap user guide" not in text
    dialog.close()


def test_the_english_interface_shows_the_english_guide(open_example):
    win = open_example("en")
    dialog, text = open_guide(win, "&User Guide")
    assert text.startswith("Skymap user guide")
    assert "Brugervejledning" not in text
    dialog.close()


def menu_texts(menu_bar):
    texts = set()

    def walk(menu):
        for act in menu.actions():
            if act.text():
                texts.add(act.text().replace("&", ""))
            if act.menu() is not None:
                walk(act.menu())

    for act in menu_bar.actions():
        texts.add(act.text().replace("&", ""))
        walk(act.menu())
    return texts


def test_the_danish_guide_names_the_danish_menus(danish):
    win = danish
    texts = menu_texts(win.menuBar())
    guide = (DOCS / "USER_GUIDE.da.md").read_text(encoding="utf-8")
    paths = [b for b in re.findall(r"\*\*(.+?)\*\*", guide, re.DOTALL) if "→" in b]  # **Filer → Gem**
    assert len(paths) > 15
    for path in paths:
        for part in path.split("→"):
            assert " ".join(part.split()) in texts, path
