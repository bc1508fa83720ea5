"""The canvas's texts meet WCAG AA on what they are drawn on, on every standard and
user-picked cloud colour; tie qualities differ in line style, not colour alone."""

import pytest
from PySide6.QtGui import QColor

from skymap.model.contrast import AA_NORMAL, blend, contrast_ratio
from skymap.model.objects import Domain, Link
from skymap.model.template import CUSTOM_COLOURS, DOMAIN_COLOURS
from skymap.model.vocabulary import LinkKind, Quality
from skymap.ui import painting
from skymap.ui.items import family_item, note_item, person_item
from skymap.ui.items.cloud_item import CloudItem
from skymap.ui.items.link_item import LinkItem, line_paths

STANDARD = list(DOMAIN_COLOURS.values()) + list(CUSTOM_COLOURS)
USER = ["#000000", "#202060", "#1565c0", "#2e7d32", "#d32f2f", "#777777", "#767676", "#808080", "#ffff00",
        "#ffffff", "#00ffff", "#ff00ff", "#5e35b1", "#8d6e63"]


def hexa(c: QColor) -> str:
    return c.name()


def over(front: QColor, back: str) -> str:
    """A translucent QColor painted over `back`."""
    return blend(front.name(), back, front.alphaF())


@pytest.mark.parametrize("colour", STANDARD + USER)
def test_cloud_label_and_count_read_on_every_colour(qapp, colour):
    item = CloudItem(Domain(id="d", label="Skole og dagtilbud", color=colour, x=0, y=0, width=300, height=200))
    back, ink = item.label_colours()
    seen = over(back, colour)
    assert contrast_ratio(hexa(ink), seen) >= AA_NORMAL
    if colour in STANDARD:
        assert ink == painting.INK  # the standard colours keep the usual dark ink
    badge = over(QColor(255, 255, 255, 210), colour)
    assert contrast_ratio(hexa(painting.MUTED), badge) >= AA_NORMAL


@pytest.mark.parametrize("under", STANDARD + USER + [painting.CANVAS.name(), family_item.FAMILY_AREA.name()])
def test_person_names_read_on_their_halo(under):
    halo = over(person_item.HALO, under)
    for ink in (painting.INK, painting.MUTED, painting.FADED_INK):  # name, role, someone who has left
        assert contrast_ratio(hexa(ink), halo) >= AA_NORMAL, (ink.name(), under)


def test_badges_family_notes_and_tie_labels_read():
    white = "#ffffff"
    for colour in (person_item.COORDINATOR, person_item.CORE_TEAM, person_item.NEW_MARK):
        assert contrast_ratio(white, colour.name()) >= AA_NORMAL
    title_back = over(QColor(255, 246, 214, 225), family_item.FAMILY_AREA.name())
    assert contrast_ratio(painting.INK.name(), title_back) >= AA_NORMAL
    assert contrast_ratio("#6b5a1e", family_item.FAMILY_AREA.name()) >= AA_NORMAL  # "double-click to add"
    assert contrast_ratio(painting.INK.name(), note_item.NOTE_FILL.name()) >= AA_NORMAL
    assert contrast_ratio("#1f2a36", "#fff3e0") >= AA_NORMAL  # "strong → weak" when comparing statuses
    assert contrast_ratio("#4a5868", "#ffffff") >= AA_NORMAL  # the chart's axis labels


def test_faded_people_keep_readable_names(qapp):
    """Someone who has left is drawn faded, but their name is painted at full opacity."""
    import inspect

    source = inspect.getsource(person_item.PersonItem.paint)
    assert source.index("setOpacity(1.0)") < source.index("QRectF(-w / 2, r + 2")


def test_tie_qualities_differ_in_line_style_not_only_colour(qapp):
    """Each quality has its own look in black and white: width, dashes, jags, crossings."""
    looks = set()
    for q in Quality:
        link = Link(id="l", kind=LinkKind.CONTACT, source="a", target="b", quality=q)
        stroke, _ = line_paths(link, (0.0, 0.0), (200.0, 0.0))
        item = LinkItem(link)
        pen, _ink = item.pen_and_ink()
        look = (len(stroke), tuple(s[0] for s in stroke), tuple(pen.dashPattern()) if pen.style() != 1 else (),
                round(pen.widthF(), 1))
        looks.add(look)
    assert len(looks) == len(Quality)
    # and not by colour: every quality of a contact is drawn in the same ink
    inks = {LinkItem(Link(id="l", kind=LinkKind.CONTACT, source="a", target="b", quality=q)).pen_and_ink()[1].name()
            for q in Quality}
    assert len(inks) == 1
