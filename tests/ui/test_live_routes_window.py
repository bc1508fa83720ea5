"""In the window, after each edit the ties are drawn through exactly the points the print
draws them through (`Routes(m)`, worked out from scratch), though the scene works out again
only the ties an edit can change (model/live_routes.py)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from bench.maps import big_map
from skymap.model.routes import Routes
from skymap.ui.items.link_item import LinkItem
from skymap.ui.main_window import MainWindow

from .test_editing import drag


def _drawn(window) -> dict[str, list[tuple[float, float]]]:
    """Each tie's points as its item draws them: its bends, or its two ends."""
    out = {}
    for item in window.scene.items():
        if isinstance(item, LinkItem) and item._ends is not None:
            out[item.link.id] = list(item._route) if item._route else list(item._ends)
    return out


def _drawn_as_printed(window, qtbot) -> None:
    expected = Routes(window.doc.map).routes
    qtbot.waitUntil(lambda: _drawn(window) == expected, timeout=3000)


def test_ties_are_drawn_as_printed_after_each_edit_in_the_window(qtbot):
    window = MainWindow(big_map(26, 60, seed=6), None, "da")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    doc, editor, scene = window.doc, window.editor, window.scene
    _drawn_as_printed(window, qtbot)
    clouds = [d.id for d in doc.map.domains]

    editor.add_actor_in(clouds[2])  # a person added: the cloud makes room
    _drawn_as_printed(window, qtbot)
    person = doc.map.actors[4]
    editor.move_to_domain(person.id, next(c for c in clouds if c != person.domain))
    _drawn_as_printed(window, qtbot)

    # a person dragged onto a tie between two others: the tie bends around her
    tie = next(link for link in doc.map.links if link.source != person.id and link.target in
               {a.id for a in doc.map.actors} and person.id != link.target)
    a, b = doc.actor(tie.source), doc.actor(tie.target)
    mover = next(x for x in doc.map.actors if x.id not in (tie.source, tie.target))
    drag(window, QPointF(mover.x, mover.y), QPointF((a.x + b.x) / 2, (a.y + b.y) / 2))
    assert (doc.actor(mover.id).x, doc.actor(mover.id).y) != (mover.x, mover.y)
    _drawn_as_printed(window, qtbot)
    assert scene._routes.worked_out < len(doc.map.links) / 2  # (not all worked out again)

    scene.select_only(doc.map.actors[7].id)  # a person deleted with Delete, her ties with her
    QTest.keyClick(window.view, Qt.Key_Delete)
    qtbot.waitUntil(lambda: len(doc.map.actors) == 26)
    _drawn_as_printed(window, qtbot)
    editor.add_tie(doc.map.actors[0].id, doc.map.actors[9].id)
    _drawn_as_printed(window, qtbot)

    for _ in range(5):  # undone, step by step, to the map as it was opened
        QTest.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
        _drawn_as_printed(window, qtbot)
    assert len(doc.map.actors) == 26 and window.undo_stack.index() == 0
    window.undo_stack.setClean()


def test_a_family_member_renamed_reroutes_the_ties_round_the_larger_oval(qtbot):
    """The family's oval is as large as its members' names (model/layout.family_oval): a new,
    longer name makes it larger, and the ties that bend round it must follow, as the print
    draws them (they kept their old bends: 'a new name changes no line')."""
    from skymap.storage.mapfile import load_map  # noqa: PLC0415
    from tests.ui.conftest import EXAMPLE  # noqa: PLC0415

    window = MainWindow(load_map(EXAMPLE), None, "da")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    _drawn_as_printed(window, qtbot)
    before = _drawn(window)
    member = next(f for f in window.doc.map.family if f.name == "Freja Nørgaard")  # (the bottom row)
    window.editor.update_one("family", member.id, name="Freja Margrethe Nørgaard-Christiansen")  # (as the inspector)
    _drawn_as_printed(window, qtbot)
    assert _drawn(window) != before  # (the name did change some tie's line)
    window.undo_stack.undo()
    _drawn_as_printed(window, qtbot)
