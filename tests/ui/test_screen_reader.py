"""What a screen reader hears: the map and the overview give a family member the same
number (one definition, model.metrics.professionals_in_contact); the map is a named canvas,
not a "layered pane"; the overview's counts are rows a reader steps through; the window
starts with the keyboard focus on the map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from skymap.model.metrics import compute, professionals_in_contact
from skymap.storage.mapfile import load_map
from skymap.ui import i18n
from tests.ui.conftest import EXAMPLE

WORDS = {"en": ("Map", "in contact with {n} professionals", "father", "Counts", "Private network"),
         "da": ("Kort", "i kontakt med {n} fagpersoner", "far", "Optælling", "Privat netværk")}


@pytest.fixture(params=["en", "da"])
def lang(request):
    app = QApplication.instance()
    i18n.install(app, request.param)
    yield request.param
    i18n.install(app, "en")


@pytest.fixture
def window(open_example, lang, qtbot):
    win = open_example(lang, fit=True)
    qtbot.waitUntil(lambda: win.overview.measured)  # (measured right after the map's first paint)
    return win


def member(window, name):
    return next(f for f in window.doc.map.family if f.name == name)


def test_one_definition_in_the_model():
    m = load_map(EXAMPLE)
    thomas = next(f for f in m.family if f.name == "Thomas Nørgaard")
    direct = {ln.source for ln in m.links if ln.target == thomas.id}
    assert len(direct) == 1  # one tie drawn to Thomas himself ...
    assert len(professionals_in_contact(m)[thomas.id]) == 2  # ... and one with the whole family
    assert professionals_in_contact(m) == compute(m, with_betweenness=False).per_member


def test_the_map_and_the_overview_say_the_same_number_for_thomas(window, lang):
    _map, in_contact, father, *_ = WORDS[lang]
    thomas = member(window, "Thomas Nørgaard")
    window.view.setFocus()
    QTest.mouseClick(window.view.viewport(), Qt.LeftButton, Qt.NoModifier,
                     window.view.mapFromScene(QPointF(thomas.x, thomas.y)))
    assert window.scene.selected_targets() == [("family", thomas.id)]
    said = QAccessible.queryAccessibleInterface(window.view).text(QAccessible.Description)
    assert said.endswith(in_contact.format(n=2)), said
    assert f"Thomas Nørgaard ({father}): {in_contact.format(n=2)}" in window.overview.counts.spoken_rows()


def test_every_family_member_has_one_number(window, lang):
    in_contact = WORDS[lang][1]
    rows = window.overview.counts.spoken_rows()
    for f in window.doc.map.family:
        n = len(professionals_in_contact(window.doc.map)[f.id])
        window.scene.select_only(f.id)
        assert window.view.accessibleDescription().endswith(in_contact.format(n=n))
        assert any(r.startswith(f"{f.name} (") and r.endswith(in_contact.format(n=n)) for r in rows), rows


def test_the_map_is_a_named_canvas(window, lang):
    iface = QAccessible.queryAccessibleInterface(window.view)
    assert iface.role() == QAccessible.Canvas  # not a scroll area's "layered pane" / "filler"
    assert iface.text(QAccessible.Name) == WORDS[lang][0]
    assert iface.text(QAccessible.Description)  # what is selected, or how to start
    assert window.view.viewport().accessibleName() == WORDS[lang][0]


def test_the_counts_are_rows_a_screen_reader_steps_through(window, lang):
    _map, _in_contact, _father, counts_name, private = WORDS[lang]
    table = window.overview.counts
    iface = QAccessible.queryAccessibleInterface(table)
    assert iface.role() == QAccessible.Table and iface.text(QAccessible.Name) == counts_name
    private_count = compute(window.doc.map, with_betweenness=False).private_ids
    cells = [iface.child(i).text(QAccessible.Name) for i in range(iface.childCount())]
    assert f"{private}: {len(private_count)}" in cells
    # Tab-reachable and stepped through with the arrow keys, each row spoken whole
    table.setFocus()
    table.setCurrentCell(0, 0)
    heard = []
    for _ in range(table.rowCount()):
        heard.append(table.currentItem().data(Qt.AccessibleTextRole))
        QTest.keyClick(table, Qt.Key_Down)
    assert heard == table.spoken_rows() and len(heard) >= 8
    assert table.height() >= sum(table.rowHeight(r) for r in range(table.rowCount()))  # no inner scrolling


def test_the_window_starts_with_the_focus_on_the_map(open_example, qtbot, lang):
    win = open_example(lang)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    assert QApplication.focusWidget() is win.view
    assert win.focusWidget() is win.view
