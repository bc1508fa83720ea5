"""File ▸ Import Contact List… and a CSV dropped on the window: a preview of who is added,
changed and removed before anything changes; an update is one undo step; or a new map."""


import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from skymap.ui import import_dialog
from tests.helpers import EXAMPLE_CSV as CSV


@pytest.fixture
def window(open_example, qtbot):
    win = open_example("en", fit=True)
    win.activateWindow()
    win.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is win.view)
    return win


@pytest.fixture
def changed_list(tmp_path):
    """The example's contact list with one new professional and one changed role."""
    text = CSV.read_text(encoding="utf-8")
    lines = text.splitlines()
    header = lines[0].split(";")
    hanne = next(i for i, line in enumerate(lines) if line.startswith("Hanne Lund;"))
    cells = lines[hanne].split(";")
    cells[header.index("rolle")] = "Klasselærer og AKT"
    lines[hanne] = ";".join(cells)
    new = [""] * len(header)
    new[0], new[header.index("type")], new[header.index("rolle")] = "Nina Bak", "fagperson", "Tandlæge"
    new[header.index("område")], new[header.index("kontakt_med")] = "Sundhed og omsorg", "Emil Nørgaard"
    lines.append(";".join(new))
    path = tmp_path / "kontakter.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.Ok)


def test_import_from_the_menu_previews_then_updates_in_one_step(window, changed_list, monkeypatch, qtbot):
    monkeypatch.setattr(import_dialog, "ask_path", lambda _w: str(changed_list))
    doc = window.doc
    before = doc.map.model_dump()
    QTest.keyClick(window, Qt.Key_I, Qt.ControlModifier)  # File ▸ Import Contact List…
    dialog = window.import_dialog
    qtbot.waitUntil(dialog.isVisible)
    added = [dialog.lists["added"].item(i).text() for i in range(dialog.lists["added"].count())]
    changed = [dialog.lists["updated"].item(i).text() for i in range(dialog.lists["updated"].count())]
    assert added == ["Nina Bak"] and "Hanne Lund" in changed
    assert doc.map.model_dump() == before  # nothing changed before Import
    QTest.mouseClick(ok_button(dialog), Qt.LeftButton)
    nina = next(a for a in doc.map.actors if a.name == "Nina Bak")
    assert nina.role == "Tandlæge" and doc.domain(nina.domain).label == "Sundhed og omsorg"
    assert next(a for a in doc.map.actors if a.name == "Hanne Lund").role == "Klasselærer og AKT"
    assert any(ln.source == nina.id for ln in doc.map.links)
    window.undo_stack.undo()  # one step
    assert doc.map.model_dump() == before


def test_import_can_make_a_new_map_with_the_familys_name(window, changed_list, monkeypatch, qtbot):
    monkeypatch.setattr(import_dialog, "ask_path", lambda _w: str(changed_list))
    window.act_import.trigger()
    dialog = window.import_dialog
    QTest.mouseClick(dialog.new_map, Qt.LeftButton, Qt.NoModifier, QPoint(8, dialog.new_map.height() // 2))
    assert dialog.new_map.isChecked()
    assert dialog.lists["added"].count() > 20
    QTest.keyClicks(dialog.family, "Nørgaard")
    QTest.mouseClick(ok_button(dialog), Qt.LeftButton)
    assert window.path is None and window.doc.map.meta.title == "The Nørgaard family"
    assert any(a.name == "Nina Bak" for a in window.doc.map.actors)


def test_a_dropped_csv_opens_the_preview_and_a_bad_one_says_why(window, tmp_path, changed_list, dialogs, qtbot):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(changed_list))])
    event = QDropEvent(QPointF(200, 200), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    window.view.dropEvent(event)  # (as the other drop tests: no drag can start on the offscreen platform)
    qtbot.waitUntil(lambda: getattr(window, "import_dialog", None) is not None and window.import_dialog.isVisible())
    window.import_dialog.reject()
    bad = tmp_path / "bad.csv"
    bad.write_text("navn;kontakt_med\nHanne Lund;Ingen Kendt\n", encoding="utf-8")
    window.import_contacts(str(bad))
    dialog = window.import_dialog
    # the list names someone nobody is: the preview says so, and Import is off
    assert not ok_button(dialog).isEnabled() and "Ingen Kendt" in dialog.summary.text()


@pytest.fixture
def fewer_ties_list(tmp_path):
    """The example's contact list with six ties gone: Anders Kirk's four contacts, Peter
    Vinther's contact with the whole family, and Louise Thor's and Morten Lykke's coordination."""
    lines = CSV.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(";")
    for name, column in (("Anders Kirk", "kontakt_med"), ("Peter Vinther", "kontakt_med"),
                         ("Louise Thor", "samarbejder_med"), ("Morten Lykke", "samarbejder_med")):
        row = next(i for i, line in enumerate(lines) if line.startswith(name + ";"))
        cells = lines[row].split(";")
        cells[header.index(column)] = ""
        lines[row] = ";".join(cells)
    path = tmp_path / "kontakter.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def installed():
    """installed("da"): the interface's translations in that language, English again afterwards."""
    from skymap.ui import i18n

    yield lambda lang: i18n.install(QApplication.instance(), lang)
    i18n.install(QApplication.instance(), "en")


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "Ties removed: 6 (Peter Vinther – the whole family, Anders Kirk – Sofie Nørgaard, Anders Kirk – Emil "
           "Nørgaard, Anders Kirk – Freja Nørgaard, Anders Kirk – Alma Nørgaard and 1 more)."),
    ("da", "Forbindelser fjernet: 6 (Peter Vinther – hele familien, Anders Kirk – Sofie Nørgaard, Anders Kirk – Emil "
           "Nørgaard, Anders Kirk – Freja Nørgaard, Anders Kirk – Alma Nørgaard og 1 mere)."),
])
def test_the_preview_names_the_ties_an_update_removes(open_example, fewer_ties_list, installed, monkeypatch, qtbot,
                                                     lang, expected):
    installed(lang)
    window = open_example(lang)
    monkeypatch.setattr(import_dialog, "ask_path", lambda _w: str(fewer_ties_list))
    doc = window.doc
    before = doc.map.model_dump()
    window.act_import.trigger()  # File ▸ Import Contact List…
    dialog = window.import_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.summary.text().count("\n") == 0  # nothing is removed while people and ties are kept
    QTest.mouseClick(dialog.remove_missing, Qt.LeftButton, Qt.NoModifier, QPoint(8, dialog.remove_missing.height() // 2))
    assert dialog.remove_missing.isChecked()
    assert dialog.summary.text().splitlines()[-1] == expected
    QTest.mouseClick(ok_button(dialog), Qt.LeftButton)
    assert len(doc.map.links) == len(before["links"]) - 6
    window.undo_stack.undo()  # one step
    assert doc.map.model_dump() == before
