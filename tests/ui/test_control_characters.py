"""Names and files from the window: a tab or line break pasted into a name in the inspector
becomes a space, so the map stays one that saves and loads (the file format refuses control
characters in names); a CSV export the map cannot carry says why and writes nothing."""

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


def test_exporting_a_contact_list_the_map_cannot_carry_says_why_and_writes_nothing(open_example, tmp_path,
                                                                                    monkeypatch, dialogs):
    from PySide6.QtWidgets import QFileDialog, QMenu

    window = open_example("da")
    doc = window.doc
    first, second = doc.map.actors[0], doc.map.actors[1]
    window.editor.update_one("actors", second.id, name=first.name)  # two people of one name
    out = tmp_path / "liste.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    export_as = next(a.menu() for a in window.menuBar().actions()[0].menu().actions()
                     if isinstance(a.menu(), QMenu) and a.menu().actions()
                     and any("CSV" in x.text() for x in a.menu().actions()))
    next(a for a in export_as.actions() if "CSV" in a.text()).trigger()
    warnings = [args for kind, args in dialogs if kind == "warning"]
    assert warnings and f'to personer hedder "{first.name}"' in warnings[-1][2]
    assert "\n" not in warnings[-1][2]
    assert not out.exists()
