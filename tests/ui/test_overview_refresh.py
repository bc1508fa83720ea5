"""What one edit costs the window (issue 17): the overview measures the map once per burst of
edits and leaves what did not change alone; the scene rect grows without walking every item."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

import skymap.model.live_measures as live_measures
from skymap.model.live_measures import LiveMeasures
from skymap.model.vocabulary import ActorKind


@pytest.fixture
def window(open_example):
    return open_example("en", fit=True)


@pytest.fixture
def measurements(monkeypatch):
    """How many times the overview has measured the map (LiveMeasures.measure), and how many
    times it searched the coordination network for its groups and brokers (cut_vertices)."""
    calls = {"measured": 0, "searched": 0}
    real_measure, real_search = LiveMeasures.measure, live_measures.cut_vertices

    def measure(self, m):
        calls["measured"] += 1
        return real_measure(self, m)

    def search(g):
        calls["searched"] += 1
        return real_search(g)

    monkeypatch.setattr(LiveMeasures, "measure", measure)
    monkeypatch.setattr(live_measures, "cut_vertices", search)
    return calls


def test_pasting_twenty_people_measures_the_map_once(window, qtbot, measurements):
    doc = window.doc
    cloud = doc.map.domains[0].id
    while len(doc.map.actors) < 20:
        window.editor.add_actor_in(cloud, ActorKind.PROFESSIONAL)
    qtbot.wait(50)
    window.scene.clearSelection()
    people = doc.map.actors[:20]
    for person in people:
        window.scene.item_for(person.id).setSelected(True)
    window.view.setFocus()
    QTest.keyClick(window, Qt.Key_C, Qt.ControlModifier)  # Edit > Copy
    before_count, before = len(doc.map.actors), dict(measurements)

    QTest.keyClick(window, Qt.Key_V, Qt.ControlModifier)  # Edit > Paste
    qtbot.wait(200)  # anything deferred has run

    assert len(doc.map.actors) == before_count + 20
    assert measurements["measured"] - before["measured"] == 1
    assert measurements["searched"] - before["searched"] <= 1
    professionals = sum(1 for a in doc.map.actors if a.kind is ActorKind.PROFESSIONAL and a.active)
    assert window.overview.headline.text().startswith(f"{professionals} professional")


def test_a_rename_rebuilds_neither_the_counts_nor_the_findings(window, qtbot):
    qtbot.wait(50)
    counts, findings = window.overview.counts, window.overview.findings
    first_cell, first_finding = counts.item(0, 0), findings.item(0)
    said = " ".join(findings.item(i).text() for i in range(findings.count()))
    person = next(a for a in window.doc.map.actors if a.name not in said)  # (a finding may name someone)

    window.editor.update_one("actors", person.id, name="Someone Else")
    qtbot.wait(50)

    assert window.doc.actor(person.id).name == "Someone Else"
    assert counts.item(0, 0) is first_cell  # the same cells, not new ones
    assert findings.item(0) is first_finding


def test_a_cloud_making_room_keeps_every_item_in_the_scene_rect_without_walking_all_items(
        window, qtbot, monkeypatch):
    """Adding a person to a full cloud moves hundreds of things at 300 people; the scrollable
    area grows by what changed instead of by a walk over every item per change (seconds)."""
    from skymap.ui.scene import MapScene

    scene, doc = window.scene, window.doc
    cloud = doc.map.domains[0].id
    walks = [0]
    real = MapScene.itemsBoundingRect

    def counting(self):
        walks[0] += 1
        return real(self)

    # (a big map is worked zoomed in; a view still fitted measures the whole map once per edit
    # to fit it again, ui/refit.py: under a millisecond at 300 people)
    window.view.zoom_by(1.25)
    monkeypatch.setattr(MapScene, "itemsBoundingRect", counting)
    before = len(doc.actors_in(cloud))
    for _ in range(12):  # until the cloud is full and grows, pushing its neighbours
        window.editor.add_actor_in(cloud)
    qtbot.wait(50)

    assert len(doc.actors_in(cloud)) == before + 12
    assert walks[0] == 0
    rect = scene.sceneRect()
    for item in scene.map_items():
        assert rect.contains(item.sceneBoundingRect()), item


def test_a_cloud_making_room_lays_each_tie_once(window, qtbot, monkeypatch):
    """Adding a person (the palette's button, into the selected cloud) until the cloud grows
    moves clouds and people all round the map in one step; each tie is laid once, with both
    its ends where they ended up (it was laid once per end that moved: twice for most ties),
    and the cloud's count is right."""
    from skymap.ui.items.link_item import LinkItem
    from skymap.ui.scene import MapScene

    scene, doc = window.scene, window.doc
    cloud = max(doc.map.domains, key=lambda d: len(doc.actors_in(d.id))).id
    laid: dict[str, int] = {}
    real = MapScene._refresh_link

    def counting(self, link_id):
        laid[link_id] = laid.get(link_id, 0) + 1
        return real(self, link_id)

    monkeypatch.setattr(MapScene, "_refresh_link", counting)
    moved_both_ends = 0
    for _ in range(12):  # until the cloud is full and grows, pushing its neighbours
        laid.clear()
        before = {a.id: (a.x, a.y) for a in doc.map.actors}
        scene.select_only(cloud)
        window.palette_panel.buttons["professional"].click()
        moved = {a.id for a in doc.map.actors if before.get(a.id, (a.x, a.y)) != (a.x, a.y)}
        moved_both_ends += sum(1 for ln in doc.map.links if ln.source in moved and ln.target in moved)
        assert all(n == 1 for n in laid.values()), laid
    qtbot.wait(20)

    assert moved_both_ends > 0  # (the case this is about happened)
    assert scene.items_by_id[cloud]._count == sum(1 for a in doc.actors_in(cloud) if a.active)
    for link in doc.map.links:  # every tie lies where laying it again now would put it
        item = scene.item_for(link.id)
        assert isinstance(item, LinkItem)
        ends = item._ends
        real(scene, link.id)
        assert item._ends == ends, link.id


def _drag(view, start, end):
    vp = view.viewport()
    a, b = view.mapFromScene(start), view.mapFromScene(end)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for i in range(1, 9):
        QTest.mouseMove(vp, a + (b - a) * i / 8)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


def test_dragging_measures_only_what_the_drag_changed(window, qtbot, measurements):
    """Moving people about changes no measure: the overview is not measured again. Dragging
    someone into another cloud changes the clouds' counts only: they are shown at once,
    without searching the networks again; a rename in the inspector likewise."""
    doc, scene = window.doc, window.scene
    qtbot.wait(50)
    person = next(a for a in doc.map.actors if a.name == "Birgit Juhl")
    item = scene.item_for(person.id)
    calls, measured = measurements["searched"], measurements["measured"]
    _drag(window.view, item.pos(), item.pos() + type(item.pos())(0, 12))  # within its cloud
    qtbot.wait(50)
    assert doc.actor(person.id).y != person.y and doc.actor(person.id).domain == person.domain
    assert measurements["measured"] == measured  # (nothing measured at all)

    gp = doc.domain("d-gp")
    counts = window.overview.counts
    label = window.overview._measured.domain_labels["d-gp"]
    row = next(r for r in range(counts.rowCount()) if counts.item(r, 0).text() == label)
    before = int(counts.item(row, 1).text())
    _drag(window.view, scene.item_for(person.id).pos(), scene.item_for(gp.id).pos())
    qtbot.wait(50)
    assert doc.actor(person.id).domain == "d-gp"
    assert counts.item(row, 1).text() == str(before + 1)
    assert measurements["searched"] == calls  # (the networks were not searched again)

    scene.select_only(person.id)
    window.inspector.a_name.setText("Birgit Juhl-Hansen")
    window.inspector.a_name.editingFinished.emit()
    qtbot.wait(50)
    assert doc.actor(person.id).name == "Birgit Juhl-Hansen"
    assert measurements["searched"] == calls

    window.undo_stack.undo()  # (the rename)
    window.undo_stack.undo()  # (into the cloud)
    qtbot.wait(50)
    assert counts.item(row, 1).text() == str(before)
    assert measurements["searched"] == calls


def test_a_fitted_view_measures_no_bounds_after_a_rename_or_a_new_tie(window, qtbot, monkeypatch):
    """A view still fitted asks after each edit whether the map still fits (ui/refit.py);
    a rename (through the inspector's path, the editor) and a new tie change nothing that
    could move the map's edge, so no walk over every item is made; a new person is."""
    from skymap.ui.scene import MapScene

    doc = window.doc
    window.view.fit()
    qtbot.wait(20)
    assert window.view.auto_fit
    walks = [0]
    real = MapScene.itemsBoundingRect

    def counting(self):
        walks[0] += 1
        return real(self)

    monkeypatch.setattr(MapScene, "itemsBoundingRect", counting)
    a, b = doc.map.actors[0], doc.map.actors[-1]
    window.editor.update_one("actors", a.id, name="Omdøbt")
    window.editor.add_tie(a.id, b.id)
    qtbot.wait(20)
    assert walks[0] == 0
    window.editor.add_actor_in(doc.map.domains[0].id)
    qtbot.wait(20)
    assert walks[0] >= 1
