"""File ▸ Import Contact List… (Ctrl+I) with a list in which a birth year is one a map does not
take: the preview says it in one red line in the words the family member's form uses ("Et
fødselsår skal være mellem 1900 og 2100: 3000 blev ikke gemt."), with the person's name and
line; Import stays on, and imports everything else in the file (it refused the whole list in
words of its own). Danish and English, 1366x768."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from skymap.model.document import MapDocument
from skymap.model.merge import apply_contact_list
from skymap.storage.csv_import import parse_contact_list
from skymap.storage.mapfile import load_map
from skymap.ui import import_dialog
from tests.helpers import EXAMPLE, EXAMPLE_CSV

LINE = {"da": "Et fødselsår skal være mellem 1900 og 2100: {} blev ikke gemt.",
        "en": "A birth year must be between 1900 and 2100: {} was not kept."}
EMIL = "Emil Nørgaard;familie;barn;;;;;;;;;2011;"


def _lists(tmp_path) -> tuple:
    """The example's contact list with Emil's birth year typed as 3000, a new child born in
    1800, a new professional and a changed role; and the same list with the years right."""
    text = EXAMPLE_CSV.read_text(encoding="utf-8")
    assert EMIL in text
    text = text.replace("Hanne Lund;fagperson;Klasselærer (Emil)", "Hanne Lund;fagperson;Klasselærer og AKT")
    text = text.rstrip("\n") + "\nIda Nørgaard;familie;barn;;;;;;;;;1800;Født for tidligt\n"
    text += "Nina Bak;fagperson;Tandlæge;;Sundhed og omsorg;Emil Nørgaard;;;;;;;\n"
    wrong = text.replace(EMIL, EMIL.replace("2011", "3000"))
    path = tmp_path / "kontakter.csv"
    path.write_text(wrong, encoding="utf-8")
    right = text.replace(";1800;", ";;")
    return path, wrong, right


def test_a_birth_year_not_kept_is_said_and_the_rest_of_the_list_comes_in(laptop_window_each_language, tmp_path,
                                                                          monkeypatch, qtbot):
    window = laptop_window_each_language
    lang = window.lang
    path, wrong, right = _lists(tmp_path)
    lines = wrong.splitlines()
    emil_line = next(i for i, t in enumerate(lines, 1) if t.startswith("Emil Nørgaard;"))
    ida_line = next(i for i, t in enumerate(lines, 1) if t.startswith("Ida Nørgaard;"))
    monkeypatch.setattr(import_dialog, "ask_path", lambda _w: str(path))
    QTest.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # File ▸ Import Contact List…
    dialog = window.import_dialog
    qtbot.waitUntil(dialog.isVisible)
    said = dialog.findChild(QLabel, "importNotKept")
    word = {"da": "linje", "en": "line"}[lang]
    assert said.isVisible()
    assert said.text().splitlines() == [f"Emil Nørgaard, {word} {emil_line}: " + LINE[lang].format("3000"),
                                        f"Ida Nørgaard, {word} {ida_line}: " + LINE[lang].format("1800")]
    assert dialog.rect().contains(said.geometry())  # whole, in the dialog
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
    doc = window.doc
    family = {m.name: m for m in doc.map.family}
    assert family["Emil Nørgaard"].birth_year == 2011  # kept, as the form keeps it
    assert family["Ida Nørgaard"].birth_year is None and family["Ida Nørgaard"].notes == "Født for tidligt"
    # nothing else in the file lost: the map is what the list with no wrong year makes of it
    expected = MapDocument(load_map(EXAMPLE))
    contacts = parse_contact_list(right.encode("utf-8"))
    apply_contact_list(expected, contacts.rows, contacts.columns, lang=expected.map.meta.language)

    def people(m):
        return sorted((p.name, p.role, getattr(p, "organisation", ""), getattr(p, "birth_year", None), p.notes)
                      for p in [*m.family, *m.actors])

    def ties(m):
        names = {p.id: p.name for p in [*m.family, *m.actors]}
        return sorted((names.get(t.source, t.source), names.get(t.target, t.target), t.kind) for t in m.links)

    assert people(doc.map) == people(expected.map) and ties(doc.map) == ties(expected.map)
    assert any(a.name == "Nina Bak" and a.role == "Tandlæge" for a in doc.map.actors)
    window.undo_stack.setClean()
