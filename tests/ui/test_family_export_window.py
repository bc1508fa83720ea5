"""File ▸ Export As ▸ The Family's Own Copy… in the window writes the family's own copy: found in
the menu as a user finds it, and holding no protected person, note or score."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from skymap.ui.main_window import MainWindow
from tests.export.consent_map import PROTECTED_ACTOR, consent_map
from tests.export.test_family_copy import everything_readable, leaks


def _menu_action(window, *path):
    actions = window.menuBar().actions()
    for i, part in enumerate(path):
        found = [a for a in actions if part in a.text().replace("&", "")]
        assert found, (part, [a.text() for a in actions])
        if i == len(path) - 1:
            return found[0]
        actions = found[0].menu().actions()
    return None


def test_export_as_for_the_family_writes_the_family_copy(qtbot, monkeypatch, tmp_path):
    window = MainWindow(consent_map("en"), None, "en")
    qtbot.addWidget(window)
    out = tmp_path / "for-them"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: asked.append(a[2]) or (str(out), "")))
    _menu_action(window, "File", "Export As", "Family's Own Copy").trigger()
    written = tmp_path / "for-them.pdf"
    assert written.exists() and asked[0].endswith("-family.pdf")
    text = everything_readable(written.read_bytes())
    assert leaks(text) == [] and "The Nørgaard family's own map" in text and PROTECTED_ACTOR not in text
    assert "family's copy is saved" in window.statusBar().currentMessage()
    window.undo_stack.setClean()


def test_the_menu_item_speaks_danish_and_a_cancelled_dialog_writes_nothing(qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from skymap.ui import i18n  # noqa: PLC0415

    i18n.install(QApplication.instance(), "da")
    try:
        window = MainWindow(consent_map("da"), None, "da")
        qtbot.addWidget(window)
        action = _menu_action(window, "Filer", "Eksportér som", "Familiens eget kort")
        assert action.text() == "&Familiens eget kort (uden skærmede personer)…"
        action.trigger()  # the file dialog answers "cancel" (conftest)
        assert list(tmp_path.iterdir()) == []
        window.undo_stack.setClean()
    finally:
        i18n.install(QApplication.instance(), "en")


def test_the_family_copy_is_offered_a_clean_file_name_beside_the_map(qtbot, monkeypatch, tmp_path):
    """A map saved as hojgaard.skymap.json: File > Export As > The Family's Own Copy offers
    hojgaard-familien.pdf (hojgaard-family.pdf in English), not hojgaard.skymap-familien.pdf."""
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from skymap.ui import i18n  # noqa: PLC0415

    for lang, menu, word in (("da", ("Filer", "Eksportér som", "Familiens eget kort"), "familien"),
                             ("en", ("File", "Export As", "Family's Own Copy"), "family")):
        i18n.install(QApplication.instance(), lang)
        try:
            window = MainWindow(consent_map(lang), tmp_path / "hojgaard.skymap.json", lang)
            qtbot.addWidget(window)
            asked: list[str] = []
            monkeypatch.setattr(QFileDialog, "getSaveFileName",
                                staticmethod(lambda *a, seen=asked, **k: seen.append(a[2]) or ("", "")))
            _menu_action(window, *menu).trigger()
            assert asked == [str(tmp_path / f"hojgaard-{word}.pdf")]
            window.undo_stack.setClean()
        finally:
            i18n.install(QApplication.instance(), "en")
