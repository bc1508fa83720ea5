"""The screen and the print draw the one style of model/style.py.

Three checks, each of which fails when the window or the print stops drawing from the style:
- the window's tie and person items paint exactly the style's screen display list (pixels);
- the PDF/SVG map page hands the painter exactly the style's print display list (calls);
- a coarse picture of every tie kind and quality, drawn by the window's item and by the
  print, shows the same thing: its colour, dashed or not, straight, crossed or jagged, and
  an arrow head at the same ends.
"""

import itertools

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QStyleOptionGraphicsItem

from skymap.export import map_page
from skymap.export.painter import draw_primitives as draw_on_page
from skymap.model import style
from skymap.model.objects import Actor, FamilyMember, Link, SkyMap
from skymap.model.vocabulary import ActorKind, Direction, LinkKind, Quality
from skymap.ui.items.link_item import LinkItem
from skymap.ui.items.person_item import ActorItem
from skymap.ui.painting import draw_primitives as draw_on_screen
from skymap.ui.painting import font

TIES = list(itertools.product(Quality, LinkKind, [None, *Direction]))


def canvas(w: int, h: int) -> tuple[QImage, QPainter]:
    image = QImage(w, h, QImage.Format_ARGB32)
    image.fill(QColor(style.CANVAS))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
    return image, painter


class QtPage:
    """The export painter's interface on a QPainter (page points), to see the print's ties."""

    def __init__(self, painter: QPainter) -> None:
        self.p = painter

    def path(self, segs, stroke=None, fill=None, width=1.0, dash=None, opacity=1.0, cap=1) -> None:
        from skymap.ui.painting import qpath

        if stroke:
            pen = QPen(QColor(stroke), width)
            pen.setCapStyle(Qt.RoundCap)
            pen.setJoinStyle(Qt.RoundJoin)
            if dash:
                pen.setDashPattern([d / width for d in dash])
            self.p.setPen(pen)
        else:
            self.p.setPen(Qt.NoPen)
        self.p.setBrush(QColor(fill) if fill else Qt.NoBrush)
        self.p.drawPath(qpath(segs))


class Recorder:
    """An export painter that only writes down what it is asked to draw."""

    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def path(self, segs, stroke=None, fill=None, width=1.0, dash=None, opacity=1.0, cap=1) -> None:
        self.calls.append(("path", tuple(segs), stroke, fill, round(width, 6),
                           tuple(round(d, 6) for d in dash) if dash else None))

    def rect(self, *args, **kwargs) -> None:
        self.calls.append(("rect",))

    def text(self, x, y, text, size, bold=False, colour="#1f2a36", anchor="start") -> None:
        self.calls.append(("text", text, round(size, 6), bold, colour, anchor))


def contains_run(calls: list, expected: list) -> bool:
    n = len(expected)
    return any(calls[i:i + n] == expected for i in range(len(calls) - n + 1))


# ----- the window draws the style's screen list ------------------------------------------
@pytest.mark.parametrize("quality,kind,direction", TIES)
def test_the_tie_item_paints_the_styles_screen_list(qapp, quality, kind, direction):
    link = Link(id="l", kind=kind, source="a", target="b", quality=quality, direction=direction)
    item = LinkItem(link)
    route = [(0.0, 0.0), (140.0, 50.0), (300.0, 0.0)]
    item.set_route(route)
    drawn, painter = canvas(360, 140)
    painter.translate(30, 50)
    item.paint(painter, QStyleOptionGraphicsItem())
    painter.end()
    expected, painter = canvas(360, 140)
    painter.translate(30, 50)
    draw_on_screen(painter, style.tie_primitives(style.SCREEN, quality, route, direction, style.tie_ink(kind)))
    painter.end()
    assert drawn == expected


@pytest.mark.parametrize("coordinator,core_team,active,selected",
                         list(itertools.product([False, True], repeat=4)))
def test_the_person_item_paints_the_styles_symbol_and_badges(qapp, coordinator, core_team, active, selected):
    actor = Actor(id="a", name="Kim Lauridsen", kind=ActorKind.PRIVATE, coordinator=coordinator,
                  core_team=core_team, active=active)
    item = ActorItem(actor, "da")
    scene = QGraphicsScene()
    scene.addItem(item)
    item.setSelected(selected)
    r = item.radius
    top = int(r + 14)  # the symbol and its badges; the name below is not the style's
    drawn, painter = canvas(80, top + int(r))
    painter.translate(40, top)
    item.paint(painter, QStyleOptionGraphicsItem())
    painter.end()
    expected, painter = canvas(80, top + int(r))
    painter.translate(40, top)
    if not active:
        painter.setOpacity(style.SCREEN.faded_opacity)
    outline = style.Pen(style.SELECTION, 3, cap="square") if selected else None
    draw_on_screen(painter, style.person_symbol(style.SCREEN, 0, 0, r, style.PRIVATE_FILL, not active, outline)
                   + style.badge_primitives(style.SCREEN, 0, 0, r, style.person_badges(actor, "da")), font)
    painter.end()
    if selected:  # the screen's own selection halo (a ring at r + 6) is not the style's: look inside it
        inside = [(x, y) for x in range(drawn.width()) for y in range(drawn.height())
                  if (x - 40) ** 2 + (y - top) ** 2 <= (r + 2) ** 2]
        assert [drawn.pixel(x, y) for x, y in inside] == [expected.pixel(x, y) for x, y in inside]
    else:
        assert drawn == expected


# ----- the print draws the style's print list ---------------------------------------------
def every_kind_of_map() -> SkyMap:
    m = SkyMap()
    m.family.append(FamilyMember(id="f1", name="Sofie", x=0, y=0))
    flags = list(itertools.product([False, True], repeat=3))
    for i, (coordinator, core_team, active) in enumerate(flags):
        m.actors.append(Actor(id=f"a{i}", name=f"Person {i}", x=-500 + 140 * i, y=-400 - 60 * (i % 2),
                              coordinator=coordinator, core_team=core_team, active=active))
    for i, (quality, kind, direction) in enumerate(TIES):
        source = f"a{i % len(flags)}"
        target = "f1" if kind is LinkKind.CONTACT else f"a{(i + 3) % len(flags)}"
        m.links.append(Link(id=f"l{i}", kind=kind, source=source, target=target, quality=quality,
                            direction=direction))
    return SkyMap.model_validate(m.model_dump())


def test_the_pdf_page_draws_the_styles_print_list_for_every_tie_badge_and_person():
    m = every_kind_of_map()
    page = Recorder()
    map_page.draw_map(page, m, map_page.Box(20, 60, 800, 480), "da")
    ended = style.ended_ties(m)  # someone no longer involved at either end: grey
    for link in m.links:
        ink = style.PRINT.ended_tie_ink if link.id in ended else style.tie_ink(link.kind)
        expected = Recorder()
        draw_on_page(expected, style.tie_primitives(style.PRINT, link.quality, [(0, 0), (100, 0)], link.direction,
                                                    ink))
        kinds = [c[2:] for c in expected.calls]  # colours, widths, dashes: the coordinates are the map's
        assert contains_run([c[2:] for c in page.calls], kinds), link
    for a in m.actors:
        expected = Recorder()
        draw_on_page(expected, style.person_symbol(style.PRINT, 0, 0, 10, style.person_fill(a), not a.active)
                     + style.badge_primitives(style.PRINT, 0, 0, 10, style.person_badges(a, "da")))
        looks = [c[2:] if c[0] == "path" else c[1:2] + c[3:] for c in expected.calls]
        seen = [c[2:] if c[0] == "path" else c[1:2] + c[3:] for c in page.calls]
        assert contains_run(seen, looks), a
    legend = Recorder()
    map_page.draw_legend(legend, map_page.Box(0, 0, 200, 400), "en")
    glyphs = [c[1] for c in legend.calls if c[0] == "text"]
    assert all(b.text("en") in glyphs for b in style.BADGES)


# ----- a coarse picture of each tie, both ways --------------------------------------------
def features(image: QImage, y: int, x0: int, x1: int) -> dict:
    """What a reader sees of a horizontal tie from x0 to x1 at row y."""
    bg = QColor(style.CANVAS)

    def ink(x, yy):
        c = image.pixelColor(x, yy)
        return abs(c.red() - bg.red()) + abs(c.green() - bg.green()) + abs(c.blue() - bg.blue()) > 90

    def extent(x):  # how far above and below the row there is ink in this column
        rows = [dy for dy in range(-30, 31) if ink(x, y + dy)]
        return max((abs(dy) for dy in rows), default=None)

    length = x1 - x0
    middle = [extent(x) for x in range(x0 + length // 5, x1 - length // 5)]
    covered = sum(e is not None for e in middle) / len(middle)
    off = sum(e is not None and e > 7 for e in middle) / len(middle)
    darkest = min(((image.pixelColor(x, y + dy), x) for x in range(x0 + length // 5, x1 - length // 5, 3)
                   for dy in range(-2, 3)), key=lambda cx: cx[0].lightness())[0]

    def near(hexcolour):
        c = QColor(hexcolour)
        return abs(c.red() - darkest.red()) + abs(c.green() - darkest.green()) + abs(c.blue() - darkest.blue())

    head = [max((extent(x) or 0) for x in xs) > 8 for xs in (range(x0 + 5, x0 + 20), range(x1 - 20, x1 - 5))]
    return {
        "ink": min((style.CONTACT_INK, style.COORDINATION_INK), key=near),
        "dashed": covered < 0.9,
        "line": "straight" if off == 0 else "crossed" if off < 0.2 else "jagged",
        "heads": head,
    }


def screen_picture(quality, kind, direction) -> QImage:
    item = LinkItem(Link(id="l", kind=kind, source="a", target="b", quality=quality, direction=direction))
    item.set_ends(QPointF(0, 0), QPointF(300, 0), 0, 0)
    scene = QGraphicsScene()
    scene.setBackgroundBrush(QColor(style.CANVAS))
    scene.addItem(item)
    image, painter = canvas(680, 160)
    scene.render(painter, QRectF(0, 0, 680, 160), QRectF(-20, -40, 340, 80))  # two pixels a map unit
    painter.end()
    return image


def print_picture(quality, kind, direction) -> QImage:
    image, painter = canvas(680, 160)
    painter.translate(40, 80)
    painter.scale(4, 4)  # four pixels a point: a tie 150 points long on paper
    map_page.tie_stroke(QtPage(painter), quality, (0, 0), (150, 0), style.tie_ink(kind), direction)
    painter.end()
    return image


@pytest.mark.parametrize("quality,kind,direction",
                         [(q, k, d) for q, k, d in TIES if d in (None, Direction.FORWARD, Direction.MUTUAL)])
def test_each_tie_looks_alike_on_screen_and_on_paper(qapp, quality, kind, direction):
    screen = features(screen_picture(quality, kind, direction), 80, 40, 640)
    paper = features(print_picture(quality, kind, direction), 80, 40, 640)
    assert screen == paper
    # and the pictures say what the tie is (so that agreeing means something)
    assert screen["ink"] == style.tie_ink(kind)
    assert screen["dashed"] == (quality is Quality.WEAK)
    assert screen["line"] == {Quality.STRAINED: "jagged", Quality.BROKEN: "crossed"}.get(quality, "straight")
    assert screen["heads"] == [direction is Direction.MUTUAL, direction in (Direction.FORWARD, Direction.MUTUAL)]


def test_the_coarse_comparison_sees_a_drift(qapp, monkeypatch):
    """Had the print kept its own table (a weak tie solid on paper), the comparison fails."""
    weak = Quality.WEAK
    before = features(print_picture(weak, LinkKind.CONTACT, None), 80, 40, 640)
    monkeypatch.setattr(style, "PRINT", style.Medium(**{**style.PRINT.__dict__, "weak_dash": ()}))
    after = features(print_picture(weak, LinkKind.CONTACT, None), 80, 40, 640)
    assert before["dashed"] and not after["dashed"]
    assert after != features(screen_picture(weak, LinkKind.CONTACT, None), 80, 40, 640)
