"""The window given what attacked the release (issue 20): a named pipe chosen in File ▸
Open, a map with a drawn outline that encloses nothing, a cloud without a name, a person a
million units away. Each opens or is refused with one line, and each export writes a file."""

from __future__ import annotations

import json
import os

import pytest
from PySide6.QtWidgets import QFileDialog

from skymap.model.template import new_map
from skymap.storage.mapfile import dumps_map
from skymap.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    win = MainWindow(new_map("standard", family_name="Hansen", lang="en"), None, "en")
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    yield win
    win.undo_stack.setClean()


def choose_in_open_dialog(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def choose_in_save_dialog(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))


def export_as(window, text: str) -> None:
    menus = [a.menu() for a in window.menuBar().actions()[0].menu().actions() if a.menu()]
    next(a for m in menus for a in m.actions() if a.text().startswith(text)).trigger()  # File ▸ Export As


def write_map(path, **changes):
    data = json.loads(dumps_map(new_map("standard", family_name="Hansen", lang="en")))
    for key, value in changes.items():
        data["domains"][0][key] = value
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_file_open_refuses_a_named_pipe_in_one_line(window, tmp_path, monkeypatch, dialogs):
    fifo = tmp_path / "map.json"
    os.mkfifo(fifo)
    choose_in_open_dialog(monkeypatch, fifo)
    window.act_open.trigger()  # (would wait for a writer for ever if the pipe were opened)
    warnings = [args[2] for kind, args in dialogs if kind == "warning"]
    assert len(warnings) == 1 and "is not a regular file" in warnings[0] and "\n" not in warnings[0]
    assert window.path is None


def test_file_open_shows_a_map_whose_outline_encloses_nothing(window, tmp_path, monkeypatch, dialogs):
    path = write_map(tmp_path / "flat.json", outline=[[0, 0], [0, 0], [0, 0]])
    choose_in_open_dialog(monkeypatch, path)
    window.act_open.trigger()
    assert window.path == path and not [d for d in dialogs if d[0] == "warning"]
    assert window.doc.map.domains[0].outline is None
    out = tmp_path / "flat.png"
    choose_in_save_dialog(monkeypatch, out)
    export_as(window, "PNG")
    assert out.read_bytes()[:4] == b"\x89PNG"


def test_a_cloud_without_a_name_exports_from_the_window(window, tmp_path, monkeypatch, dialogs):
    path = write_map(tmp_path / "nameless.json", label="   ")
    choose_in_open_dialog(monkeypatch, path)
    window.act_open.trigger()
    assert window.path == path
    for suffix, text in ((".svg", "SVG"), (".png", "PNG")):
        out = tmp_path / f"nameless{suffix}"
        choose_in_save_dialog(monkeypatch, out)
        export_as(window, text)
        assert out.exists() and out.stat().st_size > 100
    assert window.export_pdf(str(tmp_path / "nameless.pdf"), options={"paper": "a4", "lang": "en"})
    assert (tmp_path / "nameless.pdf").read_bytes().startswith(b"%PDF")


def test_a_map_a_million_units_tall_exports_a_bounded_png_and_says_so(window, tmp_path, monkeypatch, dialogs):
    data = json.loads(dumps_map(new_map("standard", family_name="Hansen", lang="en")))
    data["actors"].append({"id": "far", "name": "Far away", "x": 0.0, "y": 1000000.0})
    path = tmp_path / "tall.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    choose_in_open_dialog(monkeypatch, path)
    window.act_open.trigger()
    out = tmp_path / "tall.png"
    choose_in_save_dialog(monkeypatch, out)
    export_as(window, "PNG")
    from PySide6.QtGui import QImage

    from skymap.ui.render import MAX_PIXELS, MAX_SIDE

    image = QImage(str(out))
    assert 0 < image.width() * image.height() <= MAX_PIXELS and image.height() <= MAX_SIDE
    said = [args[2] for kind, args in dialogs if kind == "information"]
    assert said and "made smaller" in said[-1] and f"{image.width()}×{image.height()}" in said[-1]


@pytest.mark.parametrize("number", ["010190\u20131234", "01.01.90-1234", "010190\u200b1234", "O1O19O-1234"])
def test_a_cpr_number_typed_with_another_dash_is_caught(window, qtbot, dialogs, number):
    """Typed into the inspector's name field (keys, then Return): the warning box comes and
    the number is taken out (its default), however it was written."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from skymap.model.vocabulary import ActorKind

    actor_id = window.editor.add_actor(0.0, 300.0, ActorKind.PROFESSIONAL, name="Hanne").id
    window.scene.select_only(actor_id)
    field = window.inspector.a_name
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, "Hanne Lund ")
    field.insert(number)  # (pasted: an en dash or a zero-width space is not on the keyboard)
    QTest.keyClick(field, Qt.Key_Return)
    boxes = [args[2] for kind, args in dialogs if kind == "box"]
    assert len(boxes) == 1 and "CPR" in boxes[0]
    assert window.doc.actor(actor_id).name == "Hanne Lund"


@pytest.mark.parametrize("key", ["a\nb", "\u001b[2J\u001b[31mX", "k" * 10**6])
def test_file_open_of_a_map_with_a_nasty_key_says_one_short_line(window, tmp_path, monkeypatch, dialogs, key):
    data = json.loads(dumps_map(new_map("standard", lang="en")))
    data[key] = 1
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    choose_in_open_dialog(monkeypatch, path)
    window.act_open.trigger()
    warnings = [args[2] for kind, args in dialogs if kind == "warning"]
    assert len(warnings) == 1
    text = warnings[0]
    assert "\n" not in text and "\x1b" not in text and len(text) < 400
    assert window.path is None


def test_the_windows_csv_export_keeps_formulas_as_text(window, tmp_path, monkeypatch, dialogs):
    from skymap.model.vocabulary import ActorKind

    window.editor.add_actor(0.0, 300.0, ActorKind.PROFESSIONAL, domain=window.doc.map.domains[0].id,
                            name='=HYPERLINK("http://evil.example","Klik")')
    out = tmp_path / "liste.csv"
    choose_in_save_dialog(monkeypatch, out)
    export_as(window, "CSV")
    text = out.read_bytes().decode("utf-8-sig")
    assert '"\'=HYPERLINK(""http://evil.example"",""Klik"")"' in text
    assert "\n=" not in text and ",=" not in text
