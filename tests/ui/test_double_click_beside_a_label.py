"""A double-click just below (or beside) a person's name is a double-click on the empty
canvas there: in the family's oval a new family member, in a cloud a new person of that
cloud. Only a double-click on her round symbol or on her drawn name label edits her.

A trial double-clicked a little below a child's one-line name in the family view to add a
family member there, and the form opened on the child: the person's hit area reached a
whole text box below and beside her name, however short the name drawn was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from skymap.ui.items.person_item import PersonItem
from skymap.ui.text_room import text_box
from tests.helpers import by_name

WORDS = {"en": {"member": "New family member", "professional": "New professional", "edit": "Edit {}"},
         "da": {"member": "Nyt familiemedlem", "professional": "Ny fagperson", "edit": "Rediger {}"}}


@pytest.fixture
def window(laptop_window_each_language):
    return laptop_window_each_language  # (tests/ui/conftest.py: English and Danish, 1366x768)


def double_click(window, scene_pos: QPointF) -> QPointF:
    """A double-click at the screen pixel of `scene_pos`; the scene point that pixel is."""
    at = window.view.mapFromScene(scene_pos)
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    return window.view.mapToScene(at)


def form_title(window) -> str:
    form = window.docview.inline
    assert form.isVisible()
    return form.findChild(QLabel, "inline_title").accessibleName()


def below_the_label(window, item: PersonItem) -> QPointF:
    """Half way between the bottom of the drawn label and of the room kept for her text, in the
    middle: empty canvas a little below her name."""
    label, column = text_box(item), text_column(item)
    assert column.bottom() - label.bottom() > 8 / window.view.transform().m11(), "no room below the label"
    return QPointF(item.pos().x(), (label.bottom() + column.bottom()) / 2)


def others_hit(window, spot: QPointF, besides: PersonItem) -> list:
    return [i for i in window.scene.items(spot) if isinstance(i, PersonItem) and i is not besides]


def text_column(item: PersonItem) -> QRectF:
    """The room kept for her name and role under her symbol (scene coordinates): as wide as
    any name may be drawn and as high as two lines of name and a role, whatever hers take."""
    _scale, name_h, sub_h = item._lines
    r = item.radius
    return QRectF(-item.text_width / 2, r, item.text_width, name_h + sub_h + 2).translated(item.pos())


def beside_the_label(window, item: PersonItem) -> QPointF | None:
    """A point of empty oval in the room kept for her text, at least 3 screen pixels from
    her symbol and her drawn label and off everyone else: below her name, else beside it."""
    pixel = 1 / window.view.transform().m11()
    label = text_box(item).adjusted(-3 * pixel, -3 * pixel, 3 * pixel, 3 * pixel)
    column, centre, reach = text_column(item), item.pos(), item.radius + 2 + 3 * pixel
    steps = 30
    spots = [QPointF(column.left() + column.width() * i / steps, column.top() + column.height() * j / steps)
             for j in range(steps - 1, 0, -1) for i in range(1, steps)]
    for p in spots:
        if (not label.contains(p) and (p - centre).manhattanLength() > 1.5 * reach
                and window.scene.family_item.hits(p) and not others_hit(window, p, item)):
            return p
    return None


def test_a_double_click_below_a_family_members_name_adds_a_family_member(window):
    words = WORDS[window.lang]
    window.act_family_view.trigger()
    spot, who = next((s, m) for m in window.doc.map.family
                     if (s := beside_the_label(window, window.scene.item_for(m.id))) is not None)
    family = len(window.doc.map.family)
    double_click(window, spot)
    assert len(window.doc.map.family) == family + 1, f"the double-click edited {who.name} instead"
    assert form_title(window) == words["member"]
    new = window.doc.get(*window.docview.inline.target)
    assert new.id != who.id and window.scene.family_item.hits(QPointF(new.x, new.y))


def test_a_double_click_below_a_professionals_name_in_a_cloud_adds_a_person_there(window):
    words = WORDS[window.lang]
    jonas = by_name(window.doc, "Jonas Berg")
    item = window.scene.item_for(jonas.id)
    assert len(item.text_layout()[0]) == 1
    spot = below_the_label(window, item)
    assert window.scene.domain_at(spot) == jonas.domain and not others_hit(window, spot, item)
    people = len(window.doc.map.actors)
    double_click(window, spot)
    assert len(window.doc.map.actors) == people + 1, "the double-click edited Jonas Berg instead"
    assert form_title(window) == words["professional"]
    assert window.doc.get(*window.docview.inline.target).domain == jonas.domain


@pytest.mark.parametrize("where", ["symbol", "label"])
def test_a_double_click_on_her_symbol_or_her_name_still_edits_her(window, where):
    window.act_family_view.trigger()
    emil = by_name(window.doc, "Emil Nørgaard")
    item = window.scene.item_for(emil.id)
    label = text_box(item)
    spot = item.pos() if where == "symbol" else QPointF(label.center().x(), label.bottom() - 4)
    family = len(window.doc.map.family)
    double_click(window, spot)
    assert len(window.doc.map.family) == family
    assert form_title(window) == WORDS[window.lang]["edit"].format("Emil Nørgaard")
