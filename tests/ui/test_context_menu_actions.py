"""The map's context menu offers the window's own actions (Copy, Paste, Delete, Rename…,
Connect Selected, Back to Now): the same QAction objects as the Edit and Status menus, so
their shortcut, enabled state and Danish text cannot drift apart. The menu is the real
one, opened by a click and the menu key or a right click, and an entry is picked with the
keyboard while it is up. Every entry of every kind of thing works in Danish and English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from skymap.model import clipboard
from skymap.ui import modal
from tests.helpers import by_name

REAL_EXEC_MENU = modal.exec_menu  # (taken before tests/ui/conftest.py answers menus for every test)

TEXTS = {  # the shared entries as the menus write them
    "en": {"delete": "&Delete", "rename": "&Rename…", "copy": "&Copy", "connect": "&Connect Selected"},
    "da": {"delete": "&Slet", "rename": "&Omdøb…", "copy": "&Kopiér", "connect": "Forbind &valgte"},
}


@pytest.fixture
def win(example_window_each_language):
    return example_window_each_language  # (tests/ui/conftest.py: English and Danish)


def point_of(window, obj_id) -> QPoint:
    return window.view.mapFromScene(window.scene.anchor_of(obj_id))


def click(window, obj_id, modifier=Qt.NoModifier) -> None:
    QTest.mouseClick(window.view.viewport(), Qt.LeftButton, modifier, point_of(window, obj_id))


def right_click(window, point: QPoint) -> None:
    """A right click on the map as the system delivers it: the press and release, then the
    context-menu event (which QTest does not make by itself; Windows sends it on release)."""
    viewport = window.view.viewport()
    QTest.mouseClick(viewport, Qt.RightButton, Qt.NoModifier, point)
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                       viewport.mapToGlobal(point)))


def edit_menu(window) -> QMenu:
    text = {"en": "&Edit", "da": "&Rediger"}[window.lang]
    return next(a.menu() for a in window.menuBar().actions() if a.text() == text)


def through_real_menu(monkeypatch, open_it, choose) -> dict:
    """Open the real context menu with `open_it()`; while it is up, `choose(menu)` returns
    the entry to pick (with the keyboard: made current, then Return) or None to close it.
    Returns what the menu held: its actions and which of them were enabled."""
    monkeypatch.setattr(modal, "exec_menu", REAL_EXEC_MENU)
    seen: dict = {}

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            return
        try:
            seen["actions"] = list(menu.actions())
            seen["enabled"] = {a: a.isEnabled() for a in menu.actions()}
            action = choose(menu)
        except Exception as err:  # noqa: BLE001 - reported after the menu is closed
            seen["error"] = err
            action = None
        if action is None:
            menu.close()
            return
        menu.setActiveAction(action)
        QTest.keyClick(menu, Qt.Key_Return)

    QTimer.singleShot(0, pick)
    open_it()
    if "error" in seen:
        raise seen["error"]
    assert "actions" in seen, "no context menu opened"
    return seen


def by_text(menu: QMenu, text: str):
    return next(a for a in menu.actions() if a.text() == text)


def test_a_selected_persons_menu_holds_the_edit_menus_own_actions_and_deletes_in_one_step(win, monkeypatch):
    texts = TEXTS[win.lang]
    karin = by_name(win.doc, "Karin Holm")
    click(win, karin.id)
    before, steps = win.doc.map.model_dump(), win.undo_stack.count()
    seen = through_real_menu(monkeypatch, lambda: QTest.keyClick(win.view, Qt.Key_Menu),
                             lambda menu: by_text(menu, texts["delete"]))
    shared = {texts[key]: getattr(win, f"act_{key}") for key in ("delete", "rename", "copy")}
    for text, action in shared.items():
        entry = next(a for a in seen["actions"] if a.text() == text)
        assert entry is action and action in edit_menu(win).actions()  # one QAction, in both menus
        assert seen["enabled"][entry] and action.isShortcutVisibleInContextMenu()
    assert win.act_delete.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    assert win.act_rename.shortcut() == QKeySequence(Qt.Key_F2)
    assert win.act_connect not in seen["actions"]  # one person selected: nothing to connect
    assert win.doc.actor(karin.id) is None
    assert win.undo_stack.count() == steps + 1  # one undo step
    win.undo_stack.undo()
    assert win.doc.map.model_dump() == before


def test_with_two_people_selected_the_menu_acts_on_both_as_the_edit_menu_does(win, monkeypatch):
    texts = TEXTS[win.lang]
    karin, lise = by_name(win.doc, "Karin Holm"), by_name(win.doc, "Lise Dam")
    click(win, karin.id)
    click(win, lise.id, Qt.ControlModifier)
    assert {obj_id for _, obj_id in win.scene.selected_targets()} == {karin.id, lise.id}
    before, steps = win.doc.map.model_dump(), win.undo_stack.count()
    seen = through_real_menu(
        monkeypatch,
        lambda: right_click(win, point_of(win, lise.id)),
        lambda menu: by_text(menu, texts["delete"]))
    enabled = seen["enabled"]
    assert not enabled[win.act_rename] and not win.act_rename.isEnabled()  # Rename… names one thing
    assert enabled[win.act_delete] and enabled[win.act_copy] and enabled[win.act_connect]
    assert win.doc.actor(karin.id) is None and win.doc.actor(lise.id) is None  # both, as Delete in the Edit menu
    assert win.undo_stack.count() == steps + 1
    win.undo_stack.undo()
    assert win.doc.map.model_dump() == before


def test_connect_selected_from_the_menu_of_one_of_two_selected_people(win, monkeypatch):
    texts = TEXTS[win.lang]
    karin, lise = by_name(win.doc, "Karin Holm"), by_name(win.doc, "Lise Dam")
    assert not any({ln.source, ln.target} == {karin.id, lise.id} for ln in win.doc.map.links)
    click(win, karin.id)
    click(win, lise.id, Qt.ControlModifier)
    steps = win.undo_stack.count()
    through_real_menu(monkeypatch, lambda: QTest.keyClick(win.view, Qt.Key_Menu),
                      lambda menu: by_text(menu, texts["connect"]))
    assert any({ln.source, ln.target} == {karin.id, lise.id} for ln in win.doc.map.links)
    assert win.undo_stack.count() == steps + 1


def test_the_shared_entries_follow_the_selection_in_the_menu_bar_too(win):
    karin = by_name(win.doc, "Karin Holm")
    win.scene.clearSelection()
    assert not win.act_delete.isEnabled() and not win.act_rename.isEnabled() and not win.act_copy.isEnabled()
    click(win, karin.id)
    assert win.act_delete.isEnabled() and win.act_rename.isEnabled() and win.act_copy.isEnabled()
    tie = next(ln for ln in win.doc.map.links if karin.id in (ln.source, ln.target))
    win.scene.select_only(tie.id)
    assert win.act_delete.isEnabled() and not win.act_rename.isEnabled() and not win.act_copy.isEnabled()
    win.read_only = True  # (the map open in another Skymap)
    from skymap.ui import edit_gate

    edit_gate.apply(win)
    assert not win.act_delete.isEnabled()
    win.read_only = False
    edit_gate.apply(win)
    assert win.act_delete.isEnabled()


# ----- every entry of every kind of thing, in Danish and English ------------------------------

def _targets(window) -> dict:
    """One of each kind of thing, and the empty canvas (None)."""
    doc = window.doc
    note = window.editor.add_note(60, 60)
    karin = by_name(doc, "Karin Holm")
    return {
        "canvas": None,
        "cloud": karin.domain,
        "professional": karin.id,
        "member": by_name(doc, "Emil Nørgaard").id,
        "tie": next(ln.id for ln in doc.map.links if karin.id in (ln.source, ln.target)),
        "note": note.id,
    }


def _entries(menu: QMenu) -> list[tuple[str, ...]]:
    """The path of texts to every entry that does something (into submenus)."""
    out = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            out += [(action.text(), *path) for path in _entries(action.menu())]
        else:
            out.append((action.text(),))
    return out


def _find(menu: QMenu, path: tuple[str, ...]):
    action = by_text(menu, path[0])
    return action if len(path) == 1 else _find(action.menu(), path[1:])


def _open_menu(window, monkeypatch, obj_id) -> QMenu:
    """The context menu of `obj_id` as the keyboard opens it (selected, then the menu key),
    or of the empty canvas (a right click in the view's corner, where nothing is)."""
    menus = []
    monkeypatch.setattr(modal, "exec_menu", lambda menu, pos: menus.append(menu))
    if obj_id is None:
        window.scene.clearSelection()
        right_click(window, QPoint(8, 8))
    else:
        window.scene.select_only(obj_id)
        QTest.keyClick(window.view, Qt.Key_Menu)
        # the menu is the selected thing's (a slanted tie's too, not what is at the middle)
        assert [i for _, i in window.scene.selected_targets()] == [obj_id]
    assert menus, f"no menu for {obj_id}"
    return menus[-1]


def _clipboard() -> bytes:
    mime = QGuiApplication.clipboard().mimeData()
    return bytes(mime.data(clipboard.MIME_TYPE)) if mime is not None else b""


def test_every_entry_of_every_context_menu_works(win, monkeypatch, dialogs):
    """Each entry does something a user can see (an undo step, the in-place editor, the
    clipboard, a dialog, a member's own view) and an edit is exactly one undo step that
    undo takes back."""
    targets = _targets(win)
    win.undo_stack.setClean()
    lise = by_name(win.doc, "Lise Dam")
    texts = set()
    for kind, obj_id in targets.items():
        entries = _entries(_open_menu(win, monkeypatch, obj_id))
        assert entries, kind
        if kind == "tie":
            assert len({p[0] for p in entries if len(p) == 2}) == 2  # its quality and flow of help
        for path in entries:
            win.scene.select_only(lise.id)
            win.copy_selection()  # (something to paste, and Copy of another person changes it)
            copied = _clipboard()
            action = _find(_open_menu(win, monkeypatch, obj_id), path)
            texts.add(path[-1])
            if action.isCheckable() and action.isChecked() and action.actionGroup() is not None:
                continue  # the tie's quality or flow it already has
            before, index, seen = win.doc.map.model_dump(), win.undo_stack.index(), len(dialogs)
            assert action.isEnabled(), (kind, path)
            action.trigger()
            edited = win.undo_stack.index() - index
            effects = {
                "edit": edited == 1,
                "editor": win.docview.inline.target is not None,
                "clipboard": _clipboard() != copied,
                "dialog": len(dialogs) > seen,
                "focus": win.focus_view is not None,
            }
            assert edited in (0, 1), (kind, path)
            tidy = path[-1] in ("Tidy up this cloud", "Ryd op i denne sky")  # (nothing to do when tidy)
            assert any(effects.values()) or tidy, (kind, path)
            win.docview.inline.close_editor(commit=False)
            if win.focus_view is not None:
                from skymap.ui.focus_view import end_focus

                end_focus(win)
            while win.undo_stack.index() > index:
                win.undo_stack.undo()
            assert win.doc.map.model_dump() == before, (kind, path)
            win.plan_dock.hide()
    # the texts are the language's own
    if win.lang == "da":
        assert not texts & {"&Delete", "&Rename…", "&Copy", "&Paste", "Add professional here",
                            "Family coordinator", "Core team", "Quality", "Flow of help"}
        assert {"&Slet", "&Omdøb…", "&Kopiér", "&Indsæt", "Tilføj fagperson her"} <= texts
    else:
        assert {"&Delete", "&Rename…", "&Copy", "&Paste", "Add professional here"} <= texts
