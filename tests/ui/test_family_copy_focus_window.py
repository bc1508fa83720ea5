"""File ▸ Export As ▸ The Family's Own Copy… while Emil's own view is shown writes a copy
titled "Emils netværk" — as the meeting PDF of the view — on its pages and in its metadata
(before, it kept the family's title "Familien Nørgaards eget kort"). The copy is in the map's
language (the example is Danish) from a Danish or an English window."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from tests.helpers import by_name
from tests.ui.test_family_export_window import _menu_action

WORDS = {"en": ("View", "Show Only the Selected Member's Network", "File", "Export As", "Family's Own Copy",
                "Show the Whole Map"),
         "da": ("Vis", "Vis kun det valgte familiemedlems netværk", "Filer", "Eksportér som",
                "Familiens eget kort", "Vis hele kortet")}
TITLE, WHOLE_TITLE = "Emils netværk", "Familien Nørgaards eget kort"


def test_the_family_copy_of_a_childs_view_is_titled_with_the_childs_network(example_window_each_language,
                                                                              monkeypatch, tmp_path):
    win = example_window_each_language
    view, focus, file, export_as, family, whole = WORDS[win.lang]
    win.scene.select_only(by_name(win.doc, "Emil Nørgaard").id)
    _menu_action(win, view, focus).trigger()
    assert win.focus_view is not None
    out = tmp_path / "emil.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    _menu_action(win, file, export_as, family).trigger()
    reader = PdfReader(out)
    assert reader.metadata.title == TITLE
    assert [page.extract_text().splitlines()[0] for page in reader.pages[:2]] == [TITLE, TITLE]
    assert WHOLE_TITLE not in "\n".join(page.extract_text() for page in reader.pages)
    _menu_action(win, view, whole).trigger()  # the whole map again: the family's title again
    again = tmp_path / "all.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(again), "")))
    _menu_action(win, file, export_as, family).trigger()
    assert PdfReader(again).metadata.title == WHOLE_TITLE
