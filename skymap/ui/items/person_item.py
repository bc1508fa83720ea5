"""People drawn as people: a round symbol with head and shoulders, name and role below."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from skymap.model import style
from skymap.model.geometry import PERSON_RADIUS
from skymap.model.layout import FAMILY_SPACING, PERSON_W
from skymap.model.objects import Actor, FamilyMember
from skymap.model.vocabulary import label
from skymap.ui.items.base import MapItem
from skymap.ui.painting import (
    FADED_INK,
    HIGHLIGHT,
    INK,
    MUTED,
    SELECTION,
    Appearance,
)
from skymap.ui.prepared import Prepared, draw, prepare

PRIVATE_FILL = QColor(style.PRIVATE_FILL)
HALO = QColor(252, 252, 249, 235)
"""Behind names: opaque enough that the text keeps 4.5:1 over any cloud colour (WCAG AA)."""
NEW_MARK = QColor(style.NEW_MARK)
PROFESSIONAL_FILL = QColor(style.PROFESSIONAL_FILL)
COORDINATOR = QColor(style.COORDINATOR)
CORE_TEAM = QColor(style.CORE_TEAM)
FLAGS = (QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
         | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
ANTIALIASING = QPainter.RenderHint.Antialiasing
CENTRED_TOP = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
"""(Qt's flags looked up once: each look-up and | is a Python call, for each of 2,000 people)"""
NAME_PT, SUBTITLE_PT = 15.0, 9.5
"""Point sizes of a person's name and second line at the normal text size: names are what
is read from across the table, so they are larger than the role."""
FAMILY_VIEW_NAME_PT = 22.0
"""A name's point size in the family view (which drops the roles to make room)."""
NAME_LINES = 2
"""A long name wraps onto this many lines rather than being cut to initials."""
_SYMBOLS: dict[tuple, Prepared] = {}
"""People's symbols with their badges, prepared for Qt (ui/prepared.py), by everything they
depend on: hundreds of people share a few (a 2,000-person map's first paint drew the same
paths 2,000 times from the model's neutral paths)."""


class Measure:
    """QFontMetricsF of one font that remembers the widths and elided texts it has worked
    out (the same figures: it asks QFontMetricsF once per text). Get one with `measure`."""

    __slots__ = ("_elided", "_widths", "metrics")

    def __init__(self, f: QFont) -> None:
        self.metrics = QFontMetricsF(f)
        self._widths: dict[str, float] = {}
        self._elided: dict[tuple[str, float], str] = {}

    def horizontalAdvance(self, text: str) -> float:  # noqa: N802 - QFontMetricsF's name
        width = self._widths.get(text)
        if width is None:
            if len(self._widths) > 50_000:  # (never grows without end)
                self._widths.clear()
            width = self._widths[text] = self.metrics.horizontalAdvance(text)
        return width

    def elidedText(self, text: str, mode: Qt.TextElideMode, width: float) -> str:  # noqa: N802
        if mode != Qt.TextElideMode.ElideRight:
            return self.metrics.elidedText(text, mode, width)
        elided = self._elided.get((text, width))
        if elided is None:
            if len(self._elided) > 50_000:
                self._elided.clear()
            elided = self._elided[text, width] = self.metrics.elidedText(text, mode, width)
        return elided

    def height(self) -> float:
        return self.metrics.height()


_MEASURES: dict[tuple[float, QFont], Measure] = {}
"""A Measure per font, by its size and the font (QFont compares by what it asks for; its hash
leaves the size out, so the size keeps the fonts of many sizes apart): a map's names share
their words and its roles repeat ("Lærer", "Sagsbehandler"), and each QFontMetricsF
measurement lays the text out anew (~5 µs; a 2,000-person map's first paint measured
~16,000 times)."""


def measure(f: QFont) -> Measure:
    """The Measure of font `f` (made once per font)."""
    size = f.pointSizeF()
    m = _MEASURES.get((size, f))
    if m is None:
        if len(_MEASURES) > 64:  # (every text size and fitted name size: never grows without end)
            _MEASURES.clear()
        m = _MEASURES[size, QFont(f)] = Measure(f)  # (a copy: the caller's font may change)
    return m


_LINES: dict[tuple[float, QFont, QFont | None], tuple[float, float]] = {}


def text_lines(appearance: Appearance) -> tuple[float, float, float]:
    """(scale, height of the name lines, height of the second line) at the appearance's text
    size; in the family view there is no second line."""
    scale = appearance.text_scale
    name_f = name_font(appearance)
    fonts = (name_f.pointSizeF(), name_f, None if appearance.family_view else appearance.font(SUBTITLE_PT))
    heights = _LINES.get(fonts)  # (asked for each person as a map opens)
    if heights is None:
        name = (measure(name_f).height() + 1) * NAME_LINES + 2
        sub = 0.0 if fonts[2] is None else measure(fonts[2]).height() + 2
        if len(_LINES) > 64:
            _LINES.clear()
        heights = _LINES[fonts] = (name, sub)
    return scale, heights[0], heights[1]


def name_font(appearance: Appearance):
    """A name's font: bold, and in the family view large and condensed (where the font has
    a condensed face), so that a long surname fits between its neighbours."""
    f = appearance.font(FAMILY_VIEW_NAME_PT if appearance.family_view else NAME_PT, bold=True)
    if appearance.family_view:
        f.setStretch(QFont.Stretch.Condensed)
    return f


def wrap_name(metrics: QFontMetricsF | Measure, name: str, width: float, lines: int = NAME_LINES) -> list[str]:
    """The name on as few lines as it fits (at most `lines`), broken between words; a word
    too long for a line is cut with an ellipsis only as the very last resort. Never cut to
    initials: the family must recognise every name. The full name is in the tooltip."""
    words = name.split()
    if not words:
        return [""]

    def joined(a: str, b: str) -> str:
        return f"{a}{b}" if a.endswith("-") else f"{a} {b}"

    def parts(word: str) -> list[str]:
        # a double surname (Højgaard-Christensen) too long for a line breaks after its hyphen
        if metrics.horizontalAdvance(word) <= width or "-" not in word.strip("-"):
            return [word]
        pieces = word.split("-")
        return [f"{p}-" for p in pieces[:-1]] + [pieces[-1]]

    tokens = [t for word in words for t in parts(word)]
    out: list[str] = []
    current = tokens[0]
    for word in tokens[1:]:
        if metrics.horizontalAdvance(joined(current, word)) <= width:
            current = joined(current, word)
        else:
            out.append(current)
            current = word
    out.append(current)
    if len(out) > lines:  # the rest on the last line
        rest = out[lines - 1]
        for line in out[lines:]:
            rest = joined(rest, line)
        out = out[:lines - 1] + [rest]
    return [
        line
        if metrics.horizontalAdvance(line) <= width
        else metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
        for line in out
    ]


def fit_name(metrics: QFontMetricsF, name: str, width: float) -> str:
    """The name as it fits on one line: whole, else the first lines of its wrapped form."""
    return "\n".join(wrap_name(metrics, name, width))


class PersonItem(MapItem):
    """Base of actors and family members: symbol, name, second line, badges."""

    radius = PERSON_RADIUS
    base_text_width = PERSON_W - 6
    room: float | None = None
    """The width the name may take beside its neighbours (set in the family view by
    ui/name_room.py); None: all of text_width."""
    text_factor: float = 1.0
    """The person's text at this share of the chosen text size: less where the text at that
    size would reach down over someone else's symbol (set by ui/text_room.py at a larger text
    size; never below the normal size)."""

    @property
    def text_width(self) -> float:
        """The width roles wrap in, and the most a name may take; a little wider in the
        family view, which has no roles."""
        return self.base_text_width + (10 if self.appearance.family_view else 0)

    @property
    def name_width(self) -> float:
        """The width the name wraps in: the text width, or its `room` where a neighbour's
        name would otherwise come too near."""
        return self.text_width if self.room is None else min(self.text_width, self.room)

    def set_room(self, room: float | None) -> None:
        if room != self.room:
            self.room = room
            self.update()

    name_cap: float | None = None
    """The largest point size the name is drawn at: the smallest fitted name of her cloud at a
    larger text size (ui/text_room.py), so neighbours' names are alike; None: her own."""
    role_cap: float | None = None
    """The same for the second line (the role)."""

    def set_caps(self, name: float | None, role: float | None = None) -> None:
        if (name, role) != (self.name_cap, self.role_cap):
            self.name_cap, self.role_cap = name, role
            self.update()

    def set_text_factor(self, factor: float) -> None:
        if factor != self.text_factor:
            self.text_factor = factor
            self.rescale()

    def _text_lines(self) -> tuple[float, float, float]:
        """text_lines() of the person's own fonts (its text_factor)."""
        if self.text_factor == 1.0:
            return text_lines(self.appearance)
        scale = self.appearance.text_scale
        name = (QFontMetricsF(self.name_font()).height() + 1) * NAME_LINES + 2
        if self.appearance.family_view:
            return scale, name, 0.0
        return scale, name, QFontMetricsF(self.subtitle_font()).height() + 2

    def __init__(self, obj_id: str, appearance: Appearance | None = None) -> None:
        super().__init__(obj_id, appearance)
        self.marker = ""  # e.g. "NY" on a newcomer when comparing two statuses
        self.setFlags(FLAGS)
        self.setZValue(10)
        # Drawn once into a pixmap and reused while other things move over or past it.
        self.setCacheMode(DEVICE_CACHE)
        self.setAcceptHoverEvents(True)
        self._lines = self._text_lines()
        self._fitted: dict[tuple, QFont] = {}  # (name, size, width) -> the name's fitted font
        self._text: tuple | None = None  # the laid-out name and role, and what they were laid out for
        self._bounds: tuple[bool, QRectF] | None = None  # (family view, boundingRect) as last worked out

    def rescale(self) -> None:
        """The text size changed: make room for the new text and draw again."""
        self.prepareGeometryChange()
        self._lines = self._text_lines()
        self._text = self._bounds = None
        self.update()

    def name_font(self):
        f = name_font(self.appearance)
        if self.text_factor != 1.0:
            f.setPointSizeF(f.pointSizeF() * self.text_factor)
        return f

    def subtitle_font(self):
        return self.appearance.font(SUBTITLE_PT * self.text_factor)

    def fitted_subtitle_font(self, width: float):
        """The role's font as drawn in `width`: at a larger text size a role too long for
        the line ("SSP-konsulent" at 200 %) is set smaller until it fits, never smaller than
        at the normal text size (below that it is cut with an ellipsis, as at 100 %)."""
        f = self.subtitle_font()
        least = SUBTITLE_PT
        while f.pointSizeF() * 0.96 >= least and measure(f).horizontalAdvance(self.subtitle()) > width:
            f.setPointSizeF(f.pointSizeF() * 0.96)
        return f

    def fitted_name_font(self, width: float | None = None):
        """The name's font as drawn in `width` (default: name_width): a word too long for
        the line (a long surname in the family view) makes the whole name a little smaller
        rather than cut."""
        f = self.name_font()
        width = self.name_width if width is None else width
        key = (self.name(), f.pointSizeF(), width)
        if key not in self._fitted:
            full = f.pointSizeF()
            words = self.name().split() or [""]
            # (text does not shrink in proportion to its size: hinting; so step down)
            while True:
                widths = measure(f)
                if not (max(widths.horizontalAdvance(word) for word in words) > width
                        and f.pointSizeF() > 0.6 * full):
                    break
                f.setPointSizeF(f.pointSizeF() * 0.96)
            if len(self._fitted) > 3:  # (the name or the size changed: the old ones are no use)
                self._fitted.clear()
            self._fitted[key] = f
        return QFont(self._fitted[key])

    def natural_name_width(self) -> float:
        """The widest line of the name laid out in all of text_width, as it is drawn with
        no neighbour near (ui/name_room.py compares neighbours by it)."""
        width = self.text_width
        metrics = measure(self.fitted_name_font(width))
        return max(metrics.horizontalAdvance(line) for line in wrap_name(metrics, self.name(), width))

    # subclasses provide these
    def name(self) -> str:
        raise NotImplementedError

    def subtitle(self) -> str:
        raise NotImplementedError

    def fill(self) -> str:
        raise NotImplementedError
    open_agreements = 0
    """How many open agreements of the joint plan this person has (ui/plan_marks.py)."""

    def badges(self) -> list[tuple[str, str]]:
        """(glyph, colour) of the badges on the rim (model/style.BADGES)."""
        return style.agreement_badges(self.open_agreements)
    def faded(self) -> bool:
        return False

    def boundingRect(self) -> QRectF:
        # (asked ~10 times per person as a map opens and at every repaint: worked out once)
        # Kept until `rescale` says the box changes (after prepareGeometryChange): the window
        # turns the family view on before it rescales its items, and a box that changed
        # before that would leave the scene's index holding the person where she no longer
        # is - Qt then painted or hit-tested a deleted person (a crash: family view on and
        # off, then Delete).
        bounds = self._bounds
        if bounds is None:
            r = self.radius
            scale, name_h, sub_h = self._lines
            top = r + 12 * max(1.0, min(scale, 1.5))
            bounds = self._bounds = (self.appearance.family_view,
                                     QRectF(-self.text_width / 2 - 4, -top, self.text_width + 8,
                                            top + r + name_h + sub_h + 4))
        return bounds[1]  # (the kept one, not a copy: nothing changes it)

    def shape(self) -> QPainterPath:
        # Her symbol and her label as drawn, no more: a click or double-click just below or
        # beside a short name is on the empty canvas there (a double-click below a child's
        # name in the family oval opened the child's form instead of adding a member).
        p = QPainterPath()
        r = self.radius
        p.addEllipse(QPointF(0, 0), r + 2, r + 2)
        p.addRect(self.label_rect())
        p.setFillRule(Qt.FillRule.WindingFill)  # (where the label overlaps the symbol's rim)
        return p

    def label_rect(self) -> QRectF:
        """The halo behind her name and role, as drawn (item coordinates)."""
        lines, sub, text_w, _name_w, _name_font, _sub_font, line_h = self._laid_out()
        return self._halo(text_w, line_h * len(lines) + 2, self._lines[2] if sub else 0.0)

    def _halo(self, text_w: float, name_used: float, sub_h: float) -> QRectF:
        return QRectF(-text_w / 2 - 4, self.radius + 2, text_w + 8, name_used + sub_h + 1)

    def symbol_primitives(self, grow: float = 1.0) -> list:
        """The symbol and its badges as the style's display list, in the item's coordinates
        (model/style.py; the print draws the same list for the print medium)."""
        r = self.radius
        outline = style.Pen(style.SELECTION, 3, cap=style.SCREEN.shape_cap) if self.isSelected() else None
        return (style.person_symbol(style.SCREEN, 0.0, 0.0, r, self.fill(), self.faded(), outline)
                + style.badge_primitives(style.SCREEN, 0.0, 0.0, r, self.badges(), grow))

    def set_marker(self, text: str) -> None:
        self.marker = text
        self.update()

    def text_layout(self) -> tuple[list[str], str, float, float]:
        """The name's lines and the second line as drawn, the width of the widest of them and
        of the widest name line, in the item's units. Laid out once, and again only when the
        name, role, size or width change."""
        return self._laid_out()[:4]

    def _laid_out(self) -> tuple[list[str], str, float, float, QFont, QFont, float]:
        """text_layout's figures, then the fonts of the name and the second line and the
        height of a name line: what a paint needs, found again only when the name, role,
        text size, family view or width change (the fonts follow from those)."""
        w, wrap_w = self.text_width, self.name_width
        sub_h = self._lines[2]
        appearance = self.appearance
        key = (self.name(), self.subtitle(), appearance.text_scale, appearance.family_view, w, wrap_w, sub_h,
               self.text_factor, self.name_cap, self.role_cap)
        cached = self._text
        if cached is None or cached[0] != key:
            name_font = self.fitted_name_font()
            if self.name_cap is not None and name_font.pointSizeF() > self.name_cap:
                name_font = QFont(name_font)
                name_font.setPointSizeF(self.name_cap)
            sub_font = self.fitted_subtitle_font(w) if sub_h else self.subtitle_font()
            if self.role_cap is not None and sub_font.pointSizeF() > self.role_cap:
                sub_font = QFont(sub_font)
                sub_font.setPointSizeF(self.role_cap)
            name_metrics, sub_metrics = measure(name_font), measure(sub_font)
            lines = wrap_name(name_metrics, self.name(), wrap_w)
            sub = sub_metrics.elidedText(self.subtitle(), Qt.TextElideMode.ElideRight, w) if sub_h else ""
            name_w = max(name_metrics.horizontalAdvance(line) for line in lines)
            text_w = max(name_w, sub_metrics.horizontalAdvance(sub) if sub else 0)
            self._text = cached = (key, lines, sub, text_w, name_w, name_font, sub_font, name_metrics.height() + 1)
        return cached[1:]

    def _symbol(self, grow: float) -> Prepared:
        """symbol_primitives(grow) prepared for Qt, shared with every person drawn alike."""
        key = (self.radius, self.fill(), self.faded(), self.isSelected(), tuple(self.badges()), grow,
               self.appearance.text_scale)
        drawing = _SYMBOLS.get(key)
        if drawing is None:
            if len(_SYMBOLS) > 512:  # (every text size, badge and colour: never grows without end)
                _SYMBOLS.clear()
            drawing = _SYMBOLS[key] = prepare(self.symbol_primitives(grow), self.appearance.font)
        return drawing

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(ANTIALIASING)
        r = self.radius
        scale, name_h, sub_h = self._lines
        grow = max(1.0, min(scale, 1.5))  # badges and tags grow with the text, up to a point
        if self.faded():
            painter.setOpacity(style.SCREEN.faded_opacity)
        if self.highlighted:
            painter.setPen(QPen(HIGHLIGHT, 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), r + 6, r + 6)
        if self.marker:  # a newcomer: a green ring and a small tag
            painter.setPen(QPen(NEW_MARK, 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), r + 6, r + 6)
            tag = QRectF(-r - 14 * grow, -r - 10 * grow, 30 * grow, 16 * grow)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(NEW_MARK)
            painter.drawRoundedRect(tag, 7 * grow, 7 * grow)
            painter.setPen(QColor("white"))
            painter.setFont(self.appearance.font(7, bold=True))
            painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, self.marker)
        if self.isSelected() and not self.highlighted and not self.marker:
            # a halo as well as the blue rim: what the keyboard selected is seen from across
            # the table even when the whole map is fitted small
            halo = QColor(SELECTION)
            halo.setAlpha(110)
            painter.setPen(QPen(halo, 5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), r + 6, r + 6)
        draw(painter, self._symbol(grow))
        # Names stay readable on someone who has left: only the symbol is faded.
        painter.setOpacity(1.0)
        w = self.text_width
        lines, sub, text_w, _name_w, name_font, sub_font, line_h = self._laid_out()
        name_used = line_h * len(lines) + 2
        # A soft halo behind the text keeps it readable where ties cross it (label_rect).
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(HALO)
        painter.drawRoundedRect(self._halo(text_w, name_used, sub_h if sub else 0.0), 5, 5)
        painter.setFont(name_font)
        painter.setPen(FADED_INK if self.faded() else INK)
        for i, line in enumerate(lines):
            painter.drawText(
                QRectF(-w / 2, r + 2 + i * line_h, w, line_h),
                CENTRED_TOP,
                line,
            )
        if sub:
            painter.setFont(sub_font)
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(-w / 2, r + 2 + name_used, w, sub_h),
                CENTRED_TOP,
                sub,
            )


class ActorItem(PersonItem):
    kind = "actor"
    collection = "actors"

    def __init__(self, actor: Actor, lang: str, appearance: Appearance | None = None) -> None:
        super().__init__(actor.id, appearance)
        self.lang = lang
        self.set_actor(actor)

    def refresh(self, obj: Actor) -> None:
        self.set_actor(obj)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.update()

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor
        self.setPos(actor.x, actor.y)
        self.update()

    def name(self) -> str:
        return self.actor.name

    def subtitle(self) -> str:
        return self.actor.role or self.actor.organisation

    def fill(self) -> str:
        return style.person_fill(self.actor)

    def faded(self) -> bool:
        return not self.actor.active

    _badges_of: tuple | None = None  # (actor, what else they depend on, the badges) as last worked out

    def badges(self) -> list[tuple[str, str]]:
        # the family view draws no consent mark (what the family's own copy shows)
        depends = (self.lang, self.open_agreements, not self.appearance.family_view)
        cached = self._badges_of  # (asked at every paint; an edit gives the item a new actor)
        if cached is None or cached[0] is not self.actor or cached[1] != depends:
            cached = self._badges_of = (self.actor, depends, style.person_badges(
                self.actor, self.lang, self.open_agreements, caseworker=depends[2]))
        return list(cached[2])


class MemberItem(PersonItem):
    kind = "member"
    collection = "family"
    radius = PERSON_RADIUS + 6
    base_text_width = FAMILY_SPACING - 12

    def __init__(self, member: FamilyMember, lang: str, appearance: Appearance | None = None) -> None:
        super().__init__(member.id, appearance)
        self.lang = lang
        self.set_member(member)

    def refresh(self, obj: FamilyMember) -> None:
        self.set_member(obj)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.set_member(self.member)  # its tooltip names the role

    def set_member(self, member: FamilyMember) -> None:
        self.member = member
        self.setPos(member.x, member.y)
        self.update()

    def name(self) -> str:
        return self.member.name

    def subtitle(self) -> str:
        return label(self.member.role, self.lang)

    def fill(self) -> str:
        return style.FAMILY_FILL

    def badges(self) -> list[tuple[str, str]]:
        """The protected mark, then the count of open agreements."""
        return (style.member_badges(self.member, self.lang, caseworker=not self.appearance.family_view)
                + super().badges())
