"""The canvas items' shared contract (ui/items/base.py) and the scene's lookups, and the text
size as state of a window's Appearance rather than of the process."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from skymap.model.objects import FAMILY_ID
from skymap.ui.document_view import DocumentView
from skymap.ui.items.base import MapItem
from skymap.ui.items.person_item import ActorItem
from skymap.ui.painting import Appearance
from tests.helpers import by_name, example


def model_ties_at(skymap, obj_id):
    return {link.id for link in skymap.links if obj_id in (link.source, link.target)}


def test_every_model_object_has_one_item_that_knows_it(open_example):
    win = open_example("en")
    scene, m = win.docview.scene, win.doc.map
    for collection in ("domains", "actors", "family", "links", "annotations"):
        for obj in getattr(m, collection):
            item = scene.item_for(obj.id)
            assert isinstance(item, MapItem) and item.obj_id == obj.id and item.collection == collection
    assert scene.item_for(FAMILY_ID) is scene.family_item and scene.family_item.collection is None
    assert len(scene.map_items()) == 1 + sum(len(getattr(m, c)) for c in
                                             ("domains", "actors", "family", "links", "annotations"))
    for person in (*m.actors, *m.family):
        assert scene.links_at(person.id) == model_ties_at(m, person.id)


def test_the_scene_follows_a_new_tie_a_rename_and_their_undo(open_example, qtbot):
    win = open_example("en")
    scene, doc = win.docview.scene, win.doc
    a, b = by_name(doc, "Ali Hassan"), by_name(doc, "Birgit Juhl")
    before = scene.links_at(a.id)
    link = win.editor.add_tie(a.id, b.id)
    assert scene.links_at(a.id) == before | {link.id} and link.id in scene.links_at(b.id)
    assert scene.item_for(link.id).link == link
    win.editor.update_one("actors", a.id, name="Ali H.")
    assert scene.item_for(a.id).name() == "Ali H."  # refreshed from the model
    win.activateWindow()
    win.view.setFocus()
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)
    QTest.keyClick(win.view, Qt.Key_Z, Qt.ControlModifier)  # the rename
    assert scene.item_for(a.id).name() == "Ali Hassan"
    QTest.keyClick(win.view, Qt.Key_Z, Qt.ControlModifier)  # the tie
    assert scene.links_at(a.id) == before and scene.item_for(link.id) is None


def test_two_maps_can_be_shown_at_two_text_sizes(qapp):
    """No process-wide text size: each view draws with the Appearance it was given."""
    normal = DocumentView(example(), None, "en", None, Appearance())
    large = DocumentView(example(), None, "en", None, Appearance(text_scale=2.0))
    person = example().actors[0].id
    small_item, large_item = normal.scene.item_for(person), large.scene.item_for(person)
    assert isinstance(small_item, ActorItem)
    assert large_item.name_font().pointSizeF() == 2 * small_item.name_font().pointSizeF()
    assert large_item.boundingRect().height() > small_item.boundingRect().height()
    large.scene.appearance.family_view = True
    large.apply_text_scale()
    assert large_item.text_width > small_item.text_width  # the family view's wider names
    for view in (normal, large):
        view.dispose()
