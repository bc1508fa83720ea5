"""File ▸ Export As from the window writes what `skymap export` writes: one dispatcher
(skymap.export.dispatch) for both, so a Danish map's SVG and CSV speak Danish whatever
language the window speaks, and the files are the same byte for byte."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from skymap import cli
from skymap.model.template import new_map
from skymap.storage.mapfile import save_map
from skymap.ui.main_window import MainWindow


def export_as(window, text: str) -> None:
    """File ▸ Export As ▸ <text>…, as a user picks it from the menu."""
    file_menu = window.menuBar().actions()[0].menu()
    submenus = [a.menu() for a in file_menu.actions() if a.menu() is not None]
    next(a for m in submenus for a in m.actions() if a.text().startswith(text)).trigger()


@pytest.fixture
def danish_map_in_english_window(qtbot, tmp_path):
    skymap = new_map("standard", family_name="Hansen", lang="da")
    path = tmp_path / "hansen.json"
    save_map(skymap, path)
    win = MainWindow(skymap, path, "en")
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    yield win, path
    win.undo_stack.setClean()


def test_svg_of_a_danish_map_is_danish_and_the_same_as_the_command_lines(
    danish_map_in_english_window, tmp_path, monkeypatch, capsys
):
    window, path = danish_map_in_english_window
    out = tmp_path / "kort.svg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    export_as(window, "SVG")
    text = out.read_text("utf-8")
    assert "Signaturforklaring" in text and "familiekoordinator" in text
    assert "Legend" not in text and "family coordinator" not in text
    assert cli.main(["export", str(path), "-o", str(tmp_path / "cli.svg")]) == 0
    assert (tmp_path / "cli.svg").read_text("utf-8") == text


def test_csv_of_a_danish_map_has_danish_headers_and_the_same_as_the_command_lines(
    danish_map_in_english_window, tmp_path, monkeypatch, capsys
):
    window, path = danish_map_in_english_window
    out = tmp_path / "liste.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    export_as(window, "CSV")
    first = out.read_bytes().decode("utf-8-sig").splitlines()[0]
    assert first.startswith("navn;type;rolle;") and "fødselsår" in first
    assert cli.main(["export", str(path), "-o", str(tmp_path / "cli.csv")]) == 0
    assert (tmp_path / "cli.csv").read_bytes() == out.read_bytes()


def test_an_english_map_exports_english_from_a_danish_window(qtbot, tmp_path, monkeypatch):
    win = MainWindow(new_map("standard", family_name="Hansen", lang="en"), None, "da")
    qtbot.addWidget(win)
    win.show()
    out = tmp_path / "list.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    export_as(win, "CSV")
    assert out.read_bytes().decode("utf-8-sig").splitlines()[0].startswith("name,")
