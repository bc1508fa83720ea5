"""File ▸ Export and Print while a child's own view is shown write what is on the screen:
Emil's network, as `skymap export --focus "Emil Nørgaard"` does (before, the window's
Export and Print wrote the whole map whatever the screen showed). The options dialog offers
"Only Emil's network (as on the screen)", ticked; unticked, the whole map is written."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog

from skymap.model.focus import focus_of, member_map
from skymap.ui.export_dialog import ExportOptionsDialog
from skymap.ui.render import render_png
from tests.ui.test_family_export_window import _menu_action


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages).split())


def by_name(doc, name):
    return next(p for p in (*doc.map.actors, *doc.map.family) if p.name == name)


@pytest.fixture
def emils_view(open_example):
    """The example map in an English window with "Show only Emil's network" chosen from the View menu."""
    win = open_example("en")
    emil = by_name(win.doc, "Emil Nørgaard")
    win.scene.select_only(emil.id)
    _menu_action(win, "View", "Show Only the Selected Member's Network").trigger()
    assert win.focus_view is not None
    focus = focus_of(win.doc.map, emil.id)
    shown = [p.name for p in (*win.doc.map.actors, *win.doc.map.family) if p.id in focus.people]
    hidden = [p.name for p in (*win.doc.map.actors, *win.doc.map.family)
              if p.id not in focus.people and p.name != win.doc.map.meta.caseworker]  # (named in every header)
    assert len(shown) > 3 and "Sofie Nørgaard" in hidden
    return win, shown, hidden


@pytest.fixture
def options_dialog(monkeypatch):
    """The export options dialog answered with OK; `seen["tick"]` (if set) ticks the child's box so."""
    seen: dict = {}

    def run(dialog):
        seen["dialog"] = dialog
        if "tick" in seen and dialog.focus_box is not None:
            dialog.focus_box.setChecked(seen["tick"])
        seen["options"] = dialog.options()
        return ExportOptionsDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportOptionsDialog, "exec", run)
    return seen


def save_as(monkeypatch, out) -> list:
    asked: list = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: asked.append(a[2]) or (str(out), "")))
    return asked


def named(text: str, names) -> list[str]:
    return [n for n in names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text)]


def test_export_pdf_of_a_childs_view_holds_only_that_network(emils_view, options_dialog, monkeypatch, tmp_path):
    win, shown, hidden = emils_view
    out = tmp_path / "emil.pdf"
    asked = save_as(monkeypatch, out)
    _menu_action(win, "File", "Export PDF").trigger()
    box = options_dialog["dialog"].focus_box
    assert box is not None and box.isChecked() and box.text() == "Only Emil's network (as on the screen)"
    assert asked[0].endswith("-Emil.pdf")  # (beside the whole map's PDF, not over it)
    text = pdf_text(out.read_bytes())
    assert "Emils netværk" in text  # (the map's language: a Danish map)
    assert named(text, hidden) == [] and set(named(text, shown)) == set(shown)
    assert win.statusBar().currentMessage() == f"Exported Emil's network to {out}"
    assert win.focus_view is not None  # (the view on screen stays as it was)


def test_unticked_the_whole_map_is_exported(emils_view, options_dialog, monkeypatch, tmp_path):
    win, shown, hidden = emils_view
    out = tmp_path / "all.pdf"
    save_as(monkeypatch, out)
    options_dialog["tick"] = False
    _menu_action(win, "File", "Export PDF").trigger()
    text = pdf_text(out.read_bytes())
    assert "Sofie Nørgaard" in text and "Emils netværk" not in text
    assert win.statusBar().currentMessage() == f"Exported to {out}"


def test_the_dialog_offers_no_child_when_the_whole_map_is_shown(open_example, options_dialog, monkeypatch, tmp_path):
    win = open_example("en")
    save_as(monkeypatch, tmp_path / "all.pdf")
    _menu_action(win, "File", "Export PDF").trigger()
    assert options_dialog["dialog"].focus_box is None and "focus" not in options_dialog["options"]
    assert "Sofie Nørgaard" in pdf_text((tmp_path / "all.pdf").read_bytes())


def test_print_of_a_childs_view_prints_only_that_network(emils_view, options_dialog, monkeypatch, tmp_path):
    win, shown, hidden = emils_view
    out = tmp_path / "printed.pdf"

    def printer(dialog):
        chosen = dialog.printer()
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(out))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", printer)
    _menu_action(win, "File", "Print").trigger()
    assert options_dialog["dialog"].focus_box.isChecked()
    text = pdf_text(out.read_bytes())
    assert "Emils netværk" in text
    assert named(text, hidden) == [] and "Emil Nørgaard" in text and len(named(text, shown)) >= 3


def test_export_as_svg_and_png_of_a_childs_view(emils_view, monkeypatch, tmp_path):
    win, shown, hidden = emils_view
    svg = tmp_path / "emil.svg"
    save_as(monkeypatch, svg)
    _menu_action(win, "File", "Export As", "SVG").trigger()
    text = svg.read_text("utf-8")
    assert named(text, hidden) == [] and set(named(text, shown)) == set(shown)
    assert win.statusBar().currentMessage() == f"Exported Emil's network to {svg}"
    png = tmp_path / "emil.png"
    save_as(monkeypatch, png)
    _menu_action(win, "File", "Export As", "PNG").trigger()
    expected, whole = tmp_path / "expected.png", tmp_path / "whole.png"
    render_png(member_map(win.doc.map, by_name(win.doc, "Emil Nørgaard").id, "en"), expected, width=2400, lang="en")
    render_png(win.doc.map, whole, width=2400, lang="en")
    picture = QImage(str(png))
    assert picture == QImage(str(expected)) and picture != QImage(str(whole))
