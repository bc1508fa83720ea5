"""A tab or line break pasted into a name in the inspector becomes a space: the map stays
one that saves and loads (the file format refuses control characters in names)."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from skymap.storage.mapfile import load_map, save_map


def test_a_pasted_tab_in_a_name_becomes_a_space_and_the_map_saves(open_example, tmp_path):
    window = open_example("en")
    doc = window.doc
    a = next(x for x in doc.map.actors if x.name == "Anders Kirk")
    window.scene.select_only(a.id)
    field = window.inspector.a_name
    field.setFocus()
    field.selectAll()
    field.insert("Anders\tKirk\x00")  # what a paste from a spreadsheet cell can bring
    QTest.keyClick(field, Qt.Key_Return)
    assert doc.actor(a.id).name == "Anders Kirk"  # trailing space stripped by the inspector
    path = tmp_path / "kort.json"
    save_map(doc.map, path)
    assert load_map(path).actors == doc.map.actors
