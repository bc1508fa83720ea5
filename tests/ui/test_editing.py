"""Drawing the map the way a user does: tools, inspector, palette, files — each undoable."""


import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest

from skymap.model.clipboard import MIME_TYPE
from skymap.model.layout import PERSON_H, PERSON_W
from skymap.model.objects import FAMILY_ID
from skymap.model.template import new_map
from skymap.model.vocabulary import ActorKind, LinkKind, Quality
from skymap.storage.mapfile import load_map, save_map
from skymap.ui.palette import MIME as PALETTE_MIME
from tests.helpers import by_name


@pytest.fixture
def window(open_example):
    win = open_example("en", fit=True)
    return win


def vp_point(window, scene_pos) -> QPoint:
    return window.view.mapFromScene(scene_pos)


def drag(window, start, end, modifier=Qt.NoModifier, before_release=None):
    vp = window.view.viewport()
    a, b = vp_point(window, start), vp_point(window, end)
    QTest.mousePress(vp, Qt.LeftButton, modifier, a)
    for i in range(1, 9):
        QTest.mouseMove(vp, a + (b - a) * i / 8)
    if before_release:
        before_release()
    QTest.mouseRelease(vp, Qt.LeftButton, modifier, b)


def pos_of(window, obj_id) -> QPointF:
    return window.scene.anchor_of(obj_id)


def test_connect_tool_draws_a_contact_and_undo_redo(window):
    doc = window.doc
    actor, member = by_name(doc, "Birgit Juhl"), by_name(doc, "Freja Nørgaard")
    assert doc.find_link(actor.id, member.id) is None
    window.set_tool("connect")
    drag(window, pos_of(window, actor.id), pos_of(window, member.id))
    link = doc.find_link(actor.id, member.id)
    assert link is not None and link.kind is LinkKind.CONTACT and link.source == actor.id
    assert link.id in window.scene.items_by_id
    window.undo_stack.undo()
    assert doc.find_link(actor.id, member.id) is None
    assert window.undo_stack.isClean()
    window.undo_stack.redo()
    assert doc.find_link(actor.id, member.id) is not None


def test_shift_drag_draws_coordination_between_professionals(window):
    doc = window.doc
    a, b = by_name(doc, "Birgit Juhl"), by_name(doc, "Anders Kirk")
    drag(window, pos_of(window, a.id), pos_of(window, b.id), Qt.ShiftModifier)
    link = doc.find_link(a.id, b.id)
    assert link is not None and link.kind is LinkKind.COORDINATION
    # the professionals did not move
    assert doc.actor(a.id).x == a.x and doc.actor(b.id).x == b.x


def test_a_tie_to_the_whole_family(window):
    doc = window.doc
    a = by_name(doc, "Anders Kirk")
    window.set_tool("connect")
    oval = window.scene.family_item.rect
    target = QPointF(oval.center().x(), oval.top() + 12)  # inside the oval, above the people
    drag(window, pos_of(window, a.id), target)
    link = doc.find_link(a.id, FAMILY_ID)
    assert link is not None and link.kind is LinkKind.CONTACT


def test_escape_cancels_a_tie_being_drawn(window):
    doc = window.doc
    a, m = by_name(doc, "Anders Kirk"), by_name(doc, "Thomas Nørgaard")
    links_before = len(doc.map.links)
    window.set_tool("connect")
    window.view.setFocus()
    drag(window, pos_of(window, a.id), pos_of(window, m.id),
         before_release=lambda: QTest.keyClick(window.view.viewport(), Qt.Key_Escape))
    assert len(doc.map.links) == links_before
    assert window.undo_stack.count() == 0
    # no rubber line is left on the canvas
    assert all(getattr(i, "obj_id", None) is not None or i is window.scene.family_item
               or i.parentItem() is not None for i in window.scene.items())


def test_inspector_edits_a_person_and_undo_restores(window, qtbot):
    doc = window.doc
    a = by_name(doc, "Anders Kirk")
    window.scene.select_only(a.id)
    insp = window.inspector
    assert insp.a_name.text() == "Anders Kirk"
    insp.a_role.setText("Læge")
    insp.a_role.editingFinished.emit()
    insp.a_coordinator.setChecked(True)
    assert doc.actor(a.id).role == "Læge"
    assert doc.actor(a.id).coordinator
    assert window.undo_stack.count() == 2
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert doc.actor(a.id) == a
    assert window.undo_stack.isClean()
    assert insp.a_role.text() == a.role  # the inspector follows the undo


def test_inspector_restyles_a_tie(window):
    doc = window.doc
    link = next(ln for ln in doc.map.links if ln.quality is Quality.MODERATE)
    window.scene.select_only(link.id)
    combo = window.inspector.l_quality
    combo.setCurrentIndex(combo.findData(Quality.BROKEN))
    combo.activated.emit(combo.currentIndex())
    assert doc.link(link.id).quality is Quality.BROKEN
    window.undo_stack.undo()
    assert doc.link(link.id).quality is Quality.MODERATE


def test_double_click_a_cloud_adds_a_professional_named_in_place(window, qtbot):
    doc = window.doc
    gp = doc.domain("d-gp")
    spot = QPointF(gp.x - gp.width / 2 + 50, gp.y + gp.height / 2 - 50)
    QTest.mouseDClick(window.view.viewport(), Qt.LeftButton, Qt.NoModifier, vp_point(window, spot))
    new = [a for a in doc.map.actors if a.domain == "d-gp"]
    assert len(new) == 2
    added = next(a for a in new if a.name != "Anders Kirk")
    editor = window.docview.inline
    assert editor.isVisible() and editor.target == ("actors", added.id)
    editor.fields["name"].setText("Dorte Lind")
    editor.fields["role"].setText("Sygeplejerske")
    QTest.keyClick(editor.fields["role"], Qt.Key_Return)
    assert doc.actor(added.id).name == "Dorte Lind"
    assert doc.actor(added.id).role == "Sygeplejerske"
    assert not editor.isVisible()
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert doc.actor(added.id) is None


def test_palette_click_adds_into_the_selected_cloud(window):
    doc = window.doc
    window.scene.select_only("d-police_ssp")
    window.palette_panel.buttons["professional"].click()  # (a private person: test_private_person_home.py)
    people = doc.actors_in("d-police_ssp")
    assert len(people) == 3
    newcomer = next(a for a in people if a.name not in ("Ali Hassan", "Kim Lauridsen"))
    assert newcomer.kind is ActorKind.PROFESSIONAL
    for other in people:  # placed without overlapping anyone
        if other.id != newcomer.id:
            assert abs(other.x - newcomer.x) >= PERSON_W - 2 or abs(other.y - newcomer.y) >= PERSON_H - 2
    window.docview.inline.close_editor(commit=False)


def drop(window, mime: QMimeData, scene_pos: QPointF) -> None:
    pos = QPointF(vp_point(window, scene_pos))
    event = QDropEvent(pos, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    window.view.dropEvent(event)


def test_dropping_a_professional_from_the_palette_into_a_cloud(window):
    doc = window.doc
    cloud = doc.domain("d-jobcentre")
    mime = QMimeData()
    mime.setData(PALETTE_MIME, b"professional")
    drop(window, mime, QPointF(cloud.x, cloud.y + cloud.height / 2 - 30))
    assert len(doc.actors_in("d-jobcentre")) == 4
    window.docview.inline.close_editor(commit=False)
    mime = QMimeData()
    mime.setData(PALETTE_MIME, b"cloud")
    drop(window, mime, QPointF(1400, 0))
    assert len(doc.map.domains) == 10
    window.docview.inline.close_editor(commit=False)


def test_resize_handle_changes_the_cloud_size(window):
    doc = window.doc
    cloud = doc.domain("d-gp")
    item = window.scene.item_for(cloud.id)
    window.scene.select_only(cloud.id)
    handle = item.handle.scenePos()
    drag(window, handle, handle + QPointF(40, 30))
    resized = doc.domain(cloud.id)
    assert resized.width == pytest.approx(cloud.width + 40, abs=2)
    assert resized.height == pytest.approx(cloud.height + 30, abs=2)
    # the corner follows the pointer; the opposite (upper left) corner stays put
    assert resized.x - resized.width / 2 == pytest.approx(cloud.x - cloud.width / 2, abs=1)
    assert resized.y - resized.height / 2 == pytest.approx(cloud.y - cloud.height / 2, abs=1)
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert doc.domain(cloud.id) == cloud


def test_copy_and_paste_people_with_their_ties(window):
    doc = window.doc
    a, b = by_name(doc, "Louise Thor"), by_name(doc, "Morten Lykke")
    window.scene.clearSelection()
    window.scene.item_for(a.id).setSelected(True)
    window.scene.item_for(b.id).setSelected(True)
    window.copy_selection()
    window.paste()
    copies = [x for x in doc.map.actors if x.name in ("Louise Thor", "Morten Lykke") and x.id not in (a.id, b.id)]
    assert len(copies) == 2
    ids = {c.id for c in copies}
    assert any(ln.kind is LinkKind.COORDINATION and {ln.source, ln.target} == ids for ln in doc.map.links)
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert all(doc.actor(i) is None for i in ids)


def test_pasting_foreign_clipboard_text_does_nothing(window):
    from PySide6.QtGui import QGuiApplication

    mime = QMimeData()
    mime.setData(MIME_TYPE, b"{not json")
    QGuiApplication.clipboard().setMimeData(mime)
    window.paste()
    assert window.undo_stack.count() == 0


def test_tidy_up_is_one_step_and_leaves_no_overlaps(window):
    doc = window.doc
    # (the example is stored tidy: two people dropped on one spot first)
    a, b = doc.map.actors[0], doc.map.actors[1]
    doc.move({a.id: (b.x + 5, b.y + 5)})
    before = doc.map.model_dump()
    window.editor.tidy()
    assert window.undo_stack.count() == 1
    for d in doc.map.domains:
        people = doc.actors_in(d.id)
        for i, p in enumerate(people):
            assert d.x - d.width / 2 < p.x < d.x + d.width / 2
            assert d.y - d.height / 2 < p.y < d.y + d.height / 2
            for q in people[i + 1:]:
                assert abs(p.x - q.x) >= PERSON_W - 1 or abs(p.y - q.y) >= PERSON_H - 1
    window.undo_stack.undo()
    assert doc.map.model_dump() == before


def test_deleting_a_cloud_keeps_its_people_and_undo_puts_it_back(window):
    doc = window.doc
    people = [a.id for a in doc.actors_in("d-gp")]
    window.scene.select_only("d-gp")
    window.delete_selection()
    assert doc.domain("d-gp") is None
    assert all(doc.actor(p).domain is None for p in people)
    window.undo_stack.undo()
    assert doc.domain("d-gp") is not None
    assert all(doc.actor(p).domain == "d-gp" for p in people)


def test_clicking_a_finding_highlights_its_people(window, qtbot):
    panel = window.overview
    qtbot.waitUntil(lambda: panel.measured)  # (measured right after the map's first paint)
    row = next(i for i in range(panel.findings.count()) if "work with no other" in panel.findings.item(i).text())
    item = panel.findings.item(row)
    rect = panel.findings.visualItemRect(item)
    QTest.mouseClick(panel.findings.viewport(), Qt.LeftButton, Qt.NoModifier, rect.center())
    highlighted = {i for i, it in window.scene.items_by_id.items() if getattr(it, "highlighted", False)}
    isolated = {a.id for a in window.doc.map.actors if a.name in ("Jonas Berg", "Lise Dam", "Eva Kjær")}
    assert isolated <= highlighted
    assert by_name(window.doc, "Mette Skov").id not in highlighted


def test_undo_everything_returns_to_the_saved_map(window):
    doc = window.doc
    original = doc.map.model_dump()
    window.scene.select_only("d-gp")
    window.palette_panel.buttons["professional"].click()
    window.docview.inline.close_editor(commit=False)
    window.editor.add_member(name="Baby")
    window.editor.tidy()
    window.scene.select_only(by_name(doc, "Mette Skov").id)
    window.delete_selection()
    assert window.isWindowModified() and "[*]" in window.windowTitle()
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    assert doc.map.model_dump() == original
    assert window.undo_stack.isClean() and not window.isWindowModified()


def test_save_and_reopen_gives_the_same_map(window, tmp_path):
    doc = window.doc
    window.editor.add_member(name="Ny Baby")
    window.editor.add_note(500, 500, "Husk mødet")
    out = tmp_path / "kort.json"
    assert window.save_to(out)
    assert window.undo_stack.isClean() and not window.isWindowModified()
    assert "kort.json" in window.windowTitle()
    saved = doc.map.model_dump()
    assert load_map(out).model_dump() == saved
    window.set_document(new_map(), None)
    assert window.file_open(out)
    assert window.doc.map.model_dump() == saved
    assert any(n.text == "Husk mødet" for n in window.doc.map.annotations)


def test_a_bad_file_is_refused_with_a_message_and_the_map_stays(window, tmp_path, dialogs):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "skymap", "version": 99}', encoding="utf-8")
    before = window.doc.map.model_dump()
    assert not window.file_open(bad)
    assert window.doc.map.model_dump() == before
    kind, args = dialogs[-1]
    assert kind == "warning" and "newer" in args[2]


def test_dropping_a_map_file_opens_it(window, tmp_path):
    other = new_map(family_name="Jensen", lang="en")
    path = tmp_path / "jensen.json"
    save_map(other, path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop(window, mime, QPointF(0, 0))
    assert window.doc.map.meta.family_name == "Jensen"
    assert window.path == path


def test_zoom_keys_and_fit(window):
    z = window.view.zoom()
    QTest.keyClick(window.view, Qt.Key_Plus, Qt.ControlModifier)
    assert window.view.zoom() > z
    window.view.fit()
    assert window.view.zoom() == pytest.approx(z, rel=0.01)


def test_note_tool_places_a_note(window):
    window.set_tool("note")
    QTest.mouseClick(window.view.viewport(), Qt.LeftButton, Qt.NoModifier, vp_point(window, QPointF(600, 400)))
    notes = window.doc.map.annotations
    assert len(notes) == 1
    editor = window.docview.inline
    editor.fields["text"].setPlainText("Mormor henter Alma")
    editor.close_editor(commit=True)
    assert window.doc.map.annotations[0].text == "Mormor henter Alma"
    assert window.scene.tool_name() == "select"


def _menu_action(menu, text):
    for act in menu.actions():
        if act.text().replace("&", "") == text:
            return act
        if act.menu() is not None:
            found = _menu_action(act.menu(), text)
            if found is not None:
                return found
    return None


def test_context_menu_of_a_person_marks_the_family_coordinator(window, qtbot):
    from skymap.ui.context_menu import build_menu

    doc = window.doc
    actor = by_name(doc, "Mette Skov")
    menu = build_menu(window, actor.id, pos_of(window, actor.id))
    _menu_action(menu, "Family coordinator").trigger()
    assert doc.actor(actor.id).coordinator
    qtbot.waitUntil(lambda: any(
        "Mette Skov is the family coordinator" in window.overview.findings.item(i).text()
        for i in range(window.overview.findings.count())), timeout=2000)
    window.undo_stack.undo()
    assert not doc.actor(actor.id).coordinator


def test_context_menu_of_a_tie_sets_quality_and_flow(window):
    from skymap.ui.context_menu import build_menu

    doc = window.doc
    link = doc.map.links[0]
    menu = build_menu(window, link.id, QPointF(0, 0))
    _menu_action(menu, "strained").trigger()
    assert doc.link(link.id).quality is Quality.STRAINED
    menu = build_menu(window, link.id, QPointF(0, 0))
    _menu_action(menu, "mutual").trigger()
    assert doc.link(link.id).direction.value == "mutual"


def test_context_menu_on_empty_canvas_adds_a_cloud_there(window):
    from skymap.ui.context_menu import build_menu

    menu = build_menu(window, None, QPointF(1500, 900))
    _menu_action(menu, "Add cloud here").trigger()
    window.docview.inline.close_editor(commit=False)
    new = window.doc.map.domains[-1]
    assert (new.x, new.y) == (1500, 900)


def test_right_click_asks_for_the_menu_of_the_item_under_the_pointer(window, monkeypatch):
    asked = []
    monkeypatch.setattr(window, "show_context_menu", lambda *a: asked.append(a))
    window.scene.context_menu_requested.disconnect()
    window.scene.context_menu_requested.connect(window.show_context_menu)
    actor = by_name(window.doc, "Anders Kirk")
    from PySide6.QtGui import QContextMenuEvent

    point = vp_point(window, pos_of(window, actor.id))
    event = QContextMenuEvent(QContextMenuEvent.Mouse, point, window.view.viewport().mapToGlobal(point))
    QApplication_send(window.view.viewport(), event)
    assert asked and asked[0][0] == actor.id
    assert window.scene.selected_targets() == [("actors", actor.id)]


def QApplication_send(widget, event):
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(widget, event)


def test_middle_button_pans_the_view(window):
    window.view.zoom_by(3)
    bar = window.view.horizontalScrollBar()
    before = bar.value()
    vp = window.view.viewport()
    start = vp.rect().center()
    QTest.mousePress(vp, Qt.MiddleButton, Qt.NoModifier, start)
    QTest.mouseMove(vp, start + QPoint(-120, 0))
    QTest.mouseRelease(vp, Qt.MiddleButton, Qt.NoModifier, start + QPoint(-120, 0))
    assert bar.value() > before
    assert window.undo_stack.count() == 0


def test_moving_several_selected_people_is_one_step(window):
    doc = window.doc
    a, b = by_name(doc, "Jens Mølgaard"), by_name(doc, "Camilla Rye")
    window.scene.clearSelection()
    window.scene.item_for(a.id).setSelected(True)
    window.scene.item_for(b.id).setSelected(True)
    drag(window, pos_of(window, a.id), pos_of(window, a.id) + QPointF(0, 40))
    na, nb = doc.actor(a.id), doc.actor(b.id)
    assert na.y - a.y == pytest.approx(nb.y - b.y) and na.y != a.y
    assert na.x - a.x == pytest.approx(nb.x - b.x)
    assert window.undo_stack.count() == 1


def test_export_pdf_from_the_window(window, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "møde.pdf"
    assert window.export_pdf(str(out), {"paper": "a3", "pseudonymise": "initials", "sections": ["map", "summary"]})
    reader = PdfReader(out)
    assert len(reader.pages) == 2
    text = "".join(p.extract_text() for p in reader.pages)
    assert "Sofie Nørgaard" not in text and "S.N." in text


def test_export_dialog_collects_the_choices(window):
    from skymap.ui.export_dialog import ExportOptionsDialog

    dialog = ExportOptionsDialog(window)
    dialog.paper_buttons["a3"].setChecked(True)
    dialog.names_buttons["roles"].setChecked(True)
    dialog.section_boxes["contacts"].setChecked(False)
    dialog.section_boxes["plan"].setChecked(False)
    assert dialog.options() == {"paper": "a3", "pseudonymise": "roles", "sections": ["map", "summary"], "lang": "da"}
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.options()["lang"] == "en"
    for box in dialog.section_boxes.values():
        box.setChecked(False)
    from PySide6.QtWidgets import QDialogButtonBox

    assert not dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()


def test_the_pdf_is_in_the_maps_language_unless_the_other_is_chosen(open_example, tmp_path, monkeypatch):
    """An English interface on a Danish family's map prints in Danish by default; the
    export dialog offers English."""
    from pypdf import PdfReader

    from skymap.ui.export_dialog import ExportOptionsDialog

    win = open_example("en")
    seen = {}

    def answer(dialog):
        seen["default"] = dialog.language.currentData()
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        return True

    monkeypatch.setattr(ExportOptionsDialog, "exec", lambda self: ExportOptionsDialog.Accepted if answer(self) else 0)
    out = tmp_path / "meeting.pdf"
    assert win.export_pdf(str(out))
    assert seen["default"] == win.doc.map.meta.language == "da"
    text = PdfReader(str(out)).pages[0].extract_text()
    assert "CONFIDENTIAL" in text and "FORTROLIGT" not in text


def test_print_sends_every_page_to_the_printer(window, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.ScreenResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert window.print_map(printer, {"paper": "a4", "pseudonymise": None, "sections": ["map", "contacts"]})
    reader = PdfReader(out)
    assert len(reader.pages) >= 2
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape


@pytest.mark.parametrize("suffix, magic", [(".svg", b"<?xml"), (".png", b"\x89PNG"), (".graphml", b"<?xml"),
                                           (".csv", "\ufeffnavn".encode())])
def test_export_other_formats_from_the_window(window, tmp_path, suffix, magic):
    out = tmp_path / f"kort{suffix}"
    assert window.export_other(suffix, str(out))
    assert out.read_bytes().startswith(magic)


def test_the_cloud_under_a_dragged_person_is_marked_as_drop_target(window):
    doc = window.doc
    actor = by_name(doc, "Birgit Juhl")
    gp = doc.domain("d-gp")
    seen = []
    drag(window, pos_of(window, actor.id), window.scene.item_for(gp.id).pos(),
         before_release=lambda: seen.append(window.scene.item_for(gp.id).drop_target))
    assert seen == [True]
    assert not window.scene.item_for(gp.id).drop_target  # cleared on release


def test_double_click_in_the_private_network_adds_a_private_person(window):
    doc = window.doc
    private = next(d for d in doc.map.domains if d.kind.value == "private_network")
    before = {a.id for a in doc.actors_in(private.id)}
    cloud = window.scene.item_for(private.id)
    spot = next(QPointF(private.x + dx, private.y + dy) for dy in (90, 70, 50, -60) for dx in (0, -120, 120, 60)
                if [type(i).__name__ for i in window.scene.items(QPointF(private.x + dx, private.y + dy))
                    if i.isVisible() and i is not cloud and getattr(i, "obj_id", None)] == []
                and cloud.contains(cloud.mapFromScene(QPointF(private.x + dx, private.y + dy))))
    QTest.mouseDClick(window.view.viewport(), Qt.LeftButton, Qt.NoModifier, vp_point(window, spot))
    added = [a for a in doc.actors_in(private.id) if a.id not in before]
    assert len(added) == 1 and added[0].kind.value == "private"
