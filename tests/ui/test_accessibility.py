"""Screen readers: the map says what is selected; every main widget has an accessible name."""

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
)

from skymap.model.metrics import professionals_in_contact
from skymap.ui import i18n
from skymap.ui.items.link_item import LinkItem

TEXTS = {
    "en": {"map": "Map", "pro": "Professional", "in": "in", "ties": "ties", "member": "Family member",
           "child": "child", "contacts": "contacts", "cloud": "Cloud", "person": "person", "contact": "Contact",
           "moderate": "moderate", "note": "Note", "nothing": "Nothing selected", "selected": "selected",
           "rename": "Rename…"},
    "da": {"map": "Kort", "pro": "Fagperson", "in": "i", "ties": "forbindelser", "member": "Familiemedlem",
           "child": "barn", "contacts": "kontakter", "cloud": "Sky", "person": "person", "contact": "Kontakt",
           "moderate": "middel", "note": "Note", "nothing": "Intet valgt", "selected": "valgt",
           "rename": "Omdøb…"},
}


@pytest.fixture(params=["en", "da"])
def lang(request):
    app = QApplication.instance()
    i18n.install(app, request.param)
    yield request.param
    i18n.install(app, "en")


@pytest.fixture
def window(open_example, lang):
    win = open_example(lang, fit=True)
    win.view.setFocus()
    return win


def by_name(window, name):
    return next(a for a in window.doc.map.actors if a.name == name)


def ties(window, obj_id):
    return sum(1 for link in window.doc.map.links if obj_id in (link.source, link.target))


def click(window, scene_pos: QPointF):
    vp = window.view.viewport()
    QTest.mouseClick(vp, Qt.LeftButton, Qt.NoModifier, window.view.mapFromScene(scene_pos))


def description(window) -> str:
    """What assistive technology reads: the view's accessible interface."""
    iface = QAccessible.queryAccessibleInterface(window.view)
    assert iface.text(QAccessible.Name) == window.view.accessibleName()
    return iface.text(QAccessible.Description)


def test_map_is_named_and_says_nothing_is_selected(window, lang):
    t = TEXTS[lang]
    assert window.view.accessibleName() == t["map"]
    assert description(window).startswith(t["nothing"])


def test_keyboard_selection_of_a_person_is_described(window, lang):
    t = TEXTS[lang]
    window.scene.select_only(by_name(window, "Hanne Lund").id)
    QTest.keyClick(window.view, Qt.Key_Right)
    jonas = by_name(window, "Jonas Berg")
    expected = (f"{t['pro']}: Jonas Berg, Klasselærer (Freja), Vestbyskolen, {t['in']} Skole og dagtilbud, "
                f"{ties(window, jonas.id)} {t['ties']}")
    assert description(window) == expected
    item = window.scene.item_for(jonas.id)
    assert item.accessible_text() == expected  # the tooltip says the same


def test_keyboard_selection_of_a_cloud_is_described(window, lang):
    t = TEXTS[lang]
    seen = []
    for _ in range(60):
        QTest.keyClick(window.view, Qt.Key_Tab)
        seen.append(description(window))
        if seen[-1].startswith(f"{t['cloud']}: Egen læge"):
            break
    people = sum(1 for a in window.doc.map.actors if a.domain == "d-gp" and a.active)
    persons = {"en": "person" if people == 1 else "people", "da": "person" if people == 1 else "personer"}[lang]
    assert seen[-1] == f"{t['cloud']}: Egen læge, {people} {persons}", seen


def test_mouse_selection_of_a_family_member_is_described(window, lang):
    t = TEXTS[lang]
    emil = next(f for f in window.doc.map.family if f.name == "Emil Nørgaard")
    click(window, QPointF(emil.x, emil.y))
    assert window.scene.selected_targets() == [("family", emil.id)]
    n = len(professionals_in_contact(window.doc.map)[emil.id])  # the overview's number, one definition
    in_contact = {"en": f"in contact with {n} professionals", "da": f"i kontakt med {n} fagpersoner"}[lang]
    assert description(window) == f"{t['member']}: Emil Nørgaard, {t['child']}, {in_contact}"


def test_mouse_selection_of_a_person_and_a_tie(window, lang):
    t = TEXTS[lang]
    karin = by_name(window, "Karin Holm")
    click(window, QPointF(karin.x, karin.y))
    assert description(window).startswith(f"{t['pro']}: Karin Holm, PPR-psykolog")
    # a tie: click a point along it where nothing else lies on top
    for link_item in (i for i in window.scene.items_by_id.values() if isinstance(i, LinkItem)):
        link = link_item.link
        a, b = window.scene.anchor_of(link.source), window.scene.anchor_of(link.target)
        for k in range(3, 8):
            p = a + (b - a) * (k / 10)
            if window.scene.items(p) and window.scene.items(p)[0] is link_item:
                break
        else:
            continue
        break
    click(window, p)
    assert window.scene.selected_targets() == [("links", link.id)]
    text = description(window)
    kind = t["contact"] if link.kind.value == "contact" else ("Samarbejde" if lang == "da" else "Coordination")
    assert text.startswith(f"{kind}: ") and " — " in text
    assert link_item.accessible_text() == text


def test_a_note_and_several_things(window, lang):
    t = TEXTS[lang]
    note = window.editor.add_note(-1500, -1500)
    window.editor.update_one("annotations", note.id, text="Ring til skolen")
    window.view.centerOn(-1500, -1500)
    click(window, QPointF(-1500, -1500))
    assert description(window) == f"{t['note']}: Ring til skolen"
    window.scene.item_for(by_name(window, "Karin Holm").id).setSelected(True)
    assert description(window) == f"2 {t['selected']}: Ring til skolen, Karin Holm"  # in reading order


def test_description_follows_a_rename_and_notifies(window, lang, monkeypatch):
    sent = []
    monkeypatch.setattr(window.view, "_notify", lambda kind: sent.append(kind))
    karin = by_name(window, "Karin Holm")
    window.scene.select_only(karin.id)
    assert QAccessible.DescriptionChanged in sent and QAccessible.Focus in sent  # the view has the focus
    window.editor.update_one("actors", karin.id, name="Karin Holst")
    assert "Karin Holst" in description(window)


def test_main_widgets_have_accessible_names(window, lang):
    assert window.view.accessibleName()
    for button in window.palette_panel.buttons.values():
        assert button.accessibleName() == button.text() and button.text()
    for dock in (window.palette_dock, window.overview_dock, window.inspector_dock, window.statuses_dock):
        assert dock.windowTitle()
        assert QAccessible.queryAccessibleInterface(dock).text(QAccessible.Name)
    for button in window.toolbar.findChildren(QToolButton):
        if button.defaultAction() is not None:
            assert button.text(), button
    for panel in (window.overview, window.inspector, window.statuses_panel, window.palette_panel):
        assert panel.accessibleName()
    assert window.overview.findings.accessibleName()
    # every field of every inspector page, and every list
    fields = (window.inspector.findChildren(QLineEdit) + window.inspector.findChildren(QComboBox)
              + window.inspector.findChildren(QSpinBox) + window.inspector.findChildren(QPlainTextEdit)
              + window.statuses_panel.findChildren(QListWidget))
    fields = [f for f in fields if not isinstance(f.parent(), (QComboBox, QSpinBox))]  # inner editors
    assert len(fields) > 15
    for field in fields:
        assert field.accessibleName(), field.objectName()
    for button in window.inspector.findChildren(QAbstractButton) + window.statuses_panel.findChildren(QAbstractButton):
        assert button.text() or button.accessibleName(), button.objectName()


def test_tooltips_say_the_description(window, lang, monkeypatch):
    """Hovering shows the same sentence a screen reader hears (and a ghost keeps its own)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QGraphicsSceneHelpEvent, QToolTip

    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda pos, text, *a: shown.append(text))
    karin = by_name(window, "Karin Holm")
    event = QGraphicsSceneHelpEvent(QEvent.GraphicsSceneHelp)
    event.setScenePos(QPointF(karin.x, karin.y))
    window.scene.helpEvent(event)
    assert shown == [window.scene.item_for(karin.id).accessible_text()]
    assert shown[0].endswith(TEXTS[lang]["ties"]) and "Karin Holm" in shown[0]


def test_every_control_in_the_window_has_a_name_a_screen_reader_reads(window, lang):
    """Buttons, fields, lists and the map: each has an accessible name (its text, its form
    label or one given); only Qt's own inner parts (a spin box's editor, a combo box's popup
    list, the overflow arrows) are left out."""
    from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QGraphicsView, QWidget

    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QAbstractItemView,
             QGraphicsView)
    checked = 0
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, kinds) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QAbstractItemView) and widget.parent().metaObject().className() == "QComboBoxPrivateContainer":
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        assert iface is not None and iface.text(QAccessible.Name), (type(widget).__name__, widget.objectName())
        checked += 1
    assert checked > 40
