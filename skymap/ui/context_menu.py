"""The context menu of the canvas (right click, the menu key, or press-and-hold on a touch
screen).

A command the window's menus have too (Copy, Paste, Delete, Rename…, Connect Selected, Back
to Now) is the window's own QAction (window_actions.py), shortcut, enabled state and Danish
text included: it acts on the selection, and a right click selects what it hits unless that
is already selected (scene.request_context_menu), so it acts as the Edit menu would. Only
what the menu bar cannot say is made here: entries that need the place clicked ("Add
professional here") or name a person ("New agreement for Karen…", "Show only Emil's
network"), and the ones of one kind of thing (a tie's quality); they call the same code as
the panel, palette or menu that offers them elsewhere."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from skymap.model.vocabulary import ActorKind, Direction, Quality, label


def build_menu(window, obj_id: str | None, pos: QPointF, shown=None, editable: bool = True) -> QMenu:
    """The menu for what is under `pos` (`obj_id`, or the empty canvas when None) on the map
    `shown` (a DocumentView: the working map by default, or a status shown in its place).
    Not `editable` (a status shown, a map open elsewhere): only what leaves the map as it is."""
    menu = QMenu(window)
    menu.setObjectName("canvasMenu")
    # rows a finger can hit (about 9 mm) when the menu came from a press-and-hold
    menu.setStyleSheet("QMenu#canvasMenu::item { padding: 9px 28px 9px 30px; }"
                       " QMenu#canvasMenu::separator { height: 1px; background: #c8ccd2; margin: 4px 8px; }")
    if shown is None:
        shown = window.docview
    if not editable:
        _read_only_entries(window, menu, shown, obj_id)
        return menu
    doc, editor, scene = shown.doc, shown.editor, shown.scene
    lang = window.lang
    collection = doc.collection_of(obj_id) if obj_id else None
    domain = scene.domain_at(pos)

    def add_here(kind: str) -> None:
        window.drop_from_palette(kind, pos)

    if collection in (None, "domains"):
        menu.addAction(QCoreApplication.translate("ContextMenu", "Add professional here"),
                       lambda: add_here("professional"))
        menu.addAction(QCoreApplication.translate("ContextMenu", "Add private person here"),
                       lambda: add_here("private"))
        if collection is None:
            menu.addAction(QCoreApplication.translate("ContextMenu", "Add family member here"),
                           lambda: add_here("member"))
            menu.addAction(QCoreApplication.translate("ContextMenu", "Add cloud here"), lambda: add_here("cloud"))
            menu.addAction(QCoreApplication.translate("ContextMenu", "Add note here"), lambda: add_here("note"))
            menu.addSeparator()
            _shared(menu, window.act_paste)
    if collection == "domains":
        menu.addSeparator()
        _shared(menu, window.act_rename)
        menu.addAction(QCoreApplication.translate("ContextMenu", "Tidy up this cloud"), lambda: editor.tidy([obj_id]))
        _shared(menu, window.act_delete)
    elif collection == "actors":
        assert obj_id is not None  # (a person was clicked)
        actor = doc.actor(obj_id)
        _shared(menu, window.act_rename)
        _person_entries(menu, doc, editor, scene, obj_id)
        _plan_entries(window, menu, obj_id, actor.name)
        _connect_entry(window, menu, scene)
        menu.addSeparator()
        _shared(menu, window.act_copy)
        _shared(menu, window.act_delete)
    elif collection == "family":
        assert obj_id is not None  # (a family member was clicked)
        _shared(menu, window.act_rename)
        _plan_entries(window, menu, obj_id, doc.member(obj_id).name)
        _focus_entry(window, menu, obj_id, doc.member(obj_id).name)
        _connect_entry(window, menu, scene)
        menu.addSeparator()
        _shared(menu, window.act_delete)
    elif collection == "links":
        link = doc.link(obj_id)
        # One quality and one flow per tie: radio items, the current one marked.
        quality = menu.addMenu(QCoreApplication.translate("ContextMenu", "Quality"))
        group = QActionGroup(quality)
        group.setExclusive(True)
        for q in Quality:

            def set_quality(q: Quality = q) -> None:
                editor.update_one("links", obj_id, quality=q)

            act = quality.addAction(label(q, lang), set_quality)
            act.setCheckable(True)
            act.setActionGroup(group)
            act.setChecked(link.quality is q)
        flow = menu.addMenu(QCoreApplication.translate("ContextMenu", "Flow of help"))
        group = QActionGroup(flow)
        group.setExclusive(True)
        for d in (None, *Direction):
            text = QCoreApplication.translate("ContextMenu", "none") if d is None else label(d, lang)

            def set_direction(d: Direction | None = d) -> None:
                editor.update_one("links", obj_id, direction=d)

            act = flow.addAction(text, set_direction)
            act.setCheckable(True)
            act.setActionGroup(group)
            act.setChecked(link.direction is d)
        menu.addSeparator()
        _shared(menu, window.act_delete)
    elif collection == "annotations":
        _shared(menu, window.act_rename)
        _shared(menu, window.act_delete)
    del domain
    return menu


def _person_entries(menu: QMenu, doc, editor, scene, obj_id: str) -> None:
    """Family coordinator, Core team and the kind of person, for every selected person when
    the one clicked is one of several selected (as Delete acts on them all), each entry one
    undo step for all of them. A tick is on when all have it; when only some do, it is off
    and says how many ("Core team (2 of 5)"), and ticking it gives it to all, as a
    checkbox of a mixed selection does in desktop programs (a menu has no half tick)."""
    ids = [i for collection, i in scene.selected_targets() if collection == "actors"]
    if obj_id not in ids:
        ids = [obj_id]
    actors = [a for a in (doc.actor(i) for i in ids) if a is not None]
    for field, text in (("coordinator", QCoreApplication.translate("ContextMenu", "Family coordinator")),
                        ("core_team", QCoreApplication.translate("ContextMenu", "Core team"))):
        have = sum(1 for a in actors if getattr(a, field))
        if 0 < have < len(actors):
            text = QCoreApplication.translate("ContextMenu", "%1 (%2 of %3)").replace("%1", text).replace(
                "%2", str(have)).replace("%3", str(len(actors)))
        entry = menu.addAction(text)
        entry.setObjectName(f"person_{field}")
        entry.setCheckable(True)
        entry.setChecked(have == len(actors))

        def set_all(on: bool, field: str = field) -> None:
            editor.update(editor.undo_text({field}), [("actors", a.id, {field: on}) for a in actors])

        entry.toggled.connect(set_all)
    several = len(actors) > 1
    kinds = {
        ActorKind.PRIVATE: QCoreApplication.translate("ContextMenu", "Make all private persons") if several
        else QCoreApplication.translate("ContextMenu", "Make private person"),
        ActorKind.PROFESSIONAL: QCoreApplication.translate("ContextMenu", "Make all professionals") if several
        else QCoreApplication.translate("ContextMenu", "Make professional"),
    }
    for kind, text in kinds.items():
        others = [a for a in actors if a.kind is not kind]
        if not others:
            continue

        def set_kind(kind: ActorKind = kind, others=others) -> None:
            editor.update(editor.undo_text({"kind"}), [("actors", a.id, {"kind": kind}) for a in others])

        menu.addAction(text, set_kind).setObjectName(f"person_kind_{kind.value}")


def _plan_entries(window, menu: QMenu, person_id: str, name: str) -> None:
    """A person's way into the joint plan: a new agreement they take on."""
    if window.plan_panel is None:
        return
    from skymap.ui import plan_panel  # noqa: PLC0415

    def new_agreement() -> None:
        plan_panel.show_plan(window)
        window.plan_panel.new_agreement(person_id)

    text = QCoreApplication.translate("ContextMenu", "New agreement for %1…").replace("%1", name or "?")
    menu.addAction(text, new_agreement).setObjectName("newAgreementFor")


def _shared(menu: QMenu, action: QAction) -> None:
    """One of the window's actions, its shortcut shown (some styles hide them in context menus)."""
    action.setShortcutVisibleInContextMenu(True)
    menu.addAction(action)


def _connect_entry(window, menu: QMenu, scene) -> None:
    """Edit ▸ Connect Selected, when the person right-clicked is one of two selected people."""
    people = [obj_id for collection, obj_id in scene.selected_targets() if collection in ("actors", "family")]
    if len(people) == 2:
        _shared(menu, window.act_connect)


def _focus_entry(window, menu: QMenu, member_id: str, name: str) -> None:
    """A child's own view: only this member's network on the map."""
    from skymap.model.focus import network_title  # noqa: PLC0415
    from skymap.ui import focus_view  # noqa: PLC0415

    text = QCoreApplication.translate("ContextMenu", "Show only %1")
    text = text.replace("%1", network_title(name or "?", window.lang))
    menu.addAction(text, lambda: focus_view.show_focus(window, member_id)).setObjectName("focusMember")


def _read_only_entries(window, menu: QMenu, shown, obj_id: str | None) -> None:
    """Copy a person (from an earlier status too, to paste into the map now) and the way
    back to the working map."""
    if obj_id is not None and shown.doc.collection_of(obj_id) == "actors":
        _shared(menu, window.act_copy)
    if window.status_view is not None:
        _shared(menu, window.act_back_to_now)
