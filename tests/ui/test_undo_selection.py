"""Undoing a delete selects what came back (a keyboard user keeps their place)."""

def test_undo_of_a_delete_selects_the_people_again(open_example):
    win = open_example("da")
    doc, scene = win.doc, win.scene
    a, b = doc.map.actors[0].id, doc.map.actors[1].id
    scene.clearSelection()
    scene.item_for(a).setSelected(True)
    scene.item_for(b).setSelected(True)
    win.delete_selection()  # Delete
    assert doc.get("actors", a) is None and doc.get("actors", b) is None
    assert scene.selectedItems() == []
    win.undo_stack.undo()
    assert {i.obj_id for i in scene.selectedItems()} == {a, b}
    win.undo_stack.redo()  # gone again: nothing selected
    assert scene.selectedItems() == []


def test_undo_of_something_else_leaves_the_selection_alone(open_example):
    win = open_example("da")
    doc, scene = win.doc, win.scene
    a, b = doc.map.actors[0].id, doc.map.actors[1].id
    win.editor.update("Rename", [("actors", a, {"name": "Ny Navn"})])
    scene.select_only(b)
    win.undo_stack.undo()
    assert [i.obj_id for i in scene.selectedItems()] == [b]
