"""People drawn as people: a round symbol with head and shoulders, name and role below."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from skymap.model.geometry import PERSON_RADIUS, circle_path, person_path
from skymap.model.layout import PERSON_W
from skymap.model.objects import Actor, FamilyMember
from skymap.model.vocabulary import ActorKind, label
from skymap.ui.painting import FADED_INK, FAMILY_FILL, HIGHLIGHT, INK, MUTED, SELECTION, font, qpath, text_scale

PRIVATE_FILL = QColor("#fde9d9")
HALO = QColor(252, 252, 249, 235)
"""Behind names: opaque enough that the text keeps 4.5:1 over any cloud colour (WCAG AA)."""
NEW_MARK = QColor("#2e7d32")
PROFESSIONAL_FILL = QColor("#ffffff")
COORDINATOR = QColor("#2e7d32")
CORE_TEAM = QColor("#5e35b1")
NAME_PT, SUBTITLE_PT = 10.5, 9.0
"""Point sizes of a person's name and second line at the normal text size."""


def text_lines() -> tuple[float, float, float]:
    """(scale, height of the name line, height of the second line) at the current text size."""
    scale = text_scale()
    name = QFontMetricsF(font(NAME_PT, bold=True)).height() + 2
    sub = QFontMetricsF(font(SUBTITLE_PT)).height() + 2
    # At the normal size keep the room the layout was made for.
    return scale, max(19.0 * scale, name), max(17.0 * scale, sub)


def fit_name(metrics: QFontMetricsF, name: str, width: float) -> str:
    """The name as it fits: whole, else with the last name as an initial ("Sofie N."),
    else cut short with an ellipsis. The full name is in the tooltip and the inspector."""
    if metrics.horizontalAdvance(name) <= width:
        return name
    words = name.split()
    if len(words) >= 2:
        for first in (" ".join(words[:-1]), words[0]):
            short = f"{first} {words[-1][0]}."
            if metrics.horizontalAdvance(short) <= width:
                return short
    return metrics.elidedText(name, Qt.ElideRight, width)


class PersonItem(QGraphicsItem):
    """Base of actors and family members: symbol, name, second line, badges."""

    radius = PERSON_RADIUS
    text_width = PERSON_W - 6

    def __init__(self, obj_id: str) -> None:
        super().__init__()
        self.obj_id = obj_id
        self.highlighted = False
        self.marker = ""  # e.g. "NY" on a newcomer when comparing two statuses
        self.setFlags(
            QGraphicsItem.ItemIsSelectable | QGraphicsItem.ItemIsMovable | QGraphicsItem.ItemIsFocusable
        )
        self.setZValue(10)
        # Drawn once into a pixmap and reused while other things move over or past it.
        self.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self.setAcceptHoverEvents(True)
        self._lines = text_lines()

    def rescale(self) -> None:
        """The text size changed: make room for the new text and draw again."""
        self.prepareGeometryChange()
        self._lines = text_lines()
        self.update()

    def name_font(self):
        return font(NAME_PT, bold=True)

    def subtitle_font(self):
        return font(SUBTITLE_PT)

    # subclasses provide these
    def name(self) -> str: ...
    def subtitle(self) -> str: ...
    def fill(self) -> QColor: ...
    def badges(self) -> list[tuple[str, QColor]]:
        return []
    def faded(self) -> bool:
        return False

    def boundingRect(self) -> QRectF:
        r = self.radius
        scale, name_h, sub_h = self._lines
        top = r + 12 * max(1.0, min(scale, 1.5))
        return QRectF(-self.text_width / 2 - 4, -top, self.text_width + 8, top + r + name_h + sub_h + 4)

    def shape(self) -> QPainterPath:
        p = QPainterPath()
        r = self.radius
        _scale, name_h, sub_h = self._lines
        p.addEllipse(QPointF(0, 0), r + 2, r + 2)
        p.addRect(QRectF(-self.text_width / 2, r, self.text_width, name_h + sub_h + 2))
        return p

    def set_marker(self, text: str) -> None:
        self.marker = text
        self.update()

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def accessible_text(self) -> str:
        """What a screen reader (and the tooltip) says about this item."""
        from skymap.ui.describe import describe_item  # noqa: PLC0415

        return describe_item(self.scene(), self)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.Antialiasing)
        r = self.radius
        scale, name_h, sub_h = self._lines
        grow = max(1.0, min(scale, 1.5))  # badges and tags grow with the text, up to a point
        if self.faded():
            painter.setOpacity(0.45)
        if self.highlighted:
            painter.setPen(QPen(HIGHLIGHT, 4))
            painter.setBrush(Qt.NoBrush)
            painter.drawEllipse(QPointF(0, 0), r + 6, r + 6)
        if self.marker:  # a newcomer: a green ring and a small tag
            painter.setPen(QPen(NEW_MARK, 4))
            painter.setBrush(Qt.NoBrush)
            painter.drawEllipse(QPointF(0, 0), r + 6, r + 6)
            tag = QRectF(-r - 14 * grow, -r - 10 * grow, 30 * grow, 16 * grow)
            painter.setPen(Qt.NoPen)
            painter.setBrush(NEW_MARK)
            painter.drawRoundedRect(tag, 7 * grow, 7 * grow)
            painter.setPen(QColor("white"))
            painter.setFont(font(7, bold=True))
            painter.drawText(tag, Qt.AlignCenter, self.marker)
        if self.isSelected() and not self.highlighted and not self.marker:
            # a halo as well as the blue rim: what the keyboard selected is seen from across
            # the table even when the whole map is fitted small
            halo = QColor(SELECTION)
            halo.setAlpha(110)
            painter.setPen(QPen(halo, 5))
            painter.setBrush(Qt.NoBrush)
            painter.drawEllipse(QPointF(0, 0), r + 6, r + 6)
        outline = SELECTION if self.isSelected() else INK
        pen = QPen(outline, 3 if self.isSelected() else 1.5)
        if self.faded():
            pen.setStyle(Qt.DashLine)
        painter.setPen(pen)
        painter.setBrush(self.fill())
        painter.drawPath(qpath(circle_path(0, 0, r)))
        painter.setPen(Qt.NoPen)
        painter.setBrush(MUTED)
        painter.drawPath(qpath(person_path(0, 0, r)))
        # badges on the rim: coordinator (K/C) right, core team left
        for i, (text, colour) in enumerate(self.badges()):
            centre = QPointF(r * 0.8 if i == 0 else -r * 0.8, -r * 0.75)
            painter.setPen(QPen(QColor("white"), 1.5))
            painter.setBrush(colour)
            b = 11 * grow
            painter.drawEllipse(centre, b, b)
            painter.setPen(QColor("white"))
            painter.setFont(font(6.5, bold=True))
            painter.drawText(QRectF(centre.x() - b, centre.y() - b, 2 * b, 2 * b), Qt.AlignCenter, text)
        # Names stay readable on someone who has left: only the symbol is faded.
        painter.setOpacity(1.0)
        w = self.text_width
        name_font, sub_font = self.name_font(), self.subtitle_font()
        name_metrics, sub_metrics = QFontMetricsF(name_font), QFontMetricsF(sub_font)
        name = fit_name(name_metrics, self.name(), w)
        sub = sub_metrics.elidedText(self.subtitle(), Qt.ElideRight, w)
        # A soft halo behind the text keeps it readable where ties cross it.
        text_w = max(name_metrics.horizontalAdvance(name), sub_metrics.horizontalAdvance(sub) if sub else 0)
        painter.setPen(Qt.NoPen)
        painter.setBrush(HALO)
        painter.drawRoundedRect(QRectF(-text_w / 2 - 4, r + 2, text_w + 8, name_h + sub_h + 1 if sub else name_h + 1),
                                5, 5)
        painter.setFont(name_font)
        painter.setPen(FADED_INK if self.faded() else INK)
        painter.drawText(QRectF(-w / 2, r + 2, w, name_h), Qt.AlignHCenter | Qt.AlignTop, name)
        if sub:
            painter.setFont(sub_font)
            painter.setPen(MUTED)
            painter.drawText(QRectF(-w / 2, r + 2 + name_h, w, sub_h), Qt.AlignHCenter | Qt.AlignTop, sub)


class ActorItem(PersonItem):
    kind = "actor"

    def __init__(self, actor: Actor, lang: str) -> None:
        super().__init__(actor.id)
        self.lang = lang
        self.set_actor(actor)

    def set_actor(self, actor: Actor) -> None:
        self.actor = actor
        self.setPos(actor.x, actor.y)
        self.update()

    def name(self) -> str:
        return self.actor.name

    def subtitle(self) -> str:
        return self.actor.role or self.actor.organisation

    def fill(self) -> QColor:
        return PRIVATE_FILL if self.actor.kind is ActorKind.PRIVATE else PROFESSIONAL_FILL

    def faded(self) -> bool:
        return not self.actor.active

    def badges(self) -> list[tuple[str, QColor]]:
        out = []
        if self.actor.coordinator:  # familiekoordinator / family coordinator
            out.append(("FK" if self.lang == "da" else "FC", COORDINATOR))
        if self.actor.core_team:  # kerneteam / core team
            out.append(("KT" if self.lang == "da" else "CT", CORE_TEAM))
        return out


class MemberItem(PersonItem):
    kind = "member"
    radius = PERSON_RADIUS + 6
    text_width = 160.0

    def __init__(self, member: FamilyMember, lang: str) -> None:
        super().__init__(member.id)
        self.lang = lang
        self.set_member(member)

    def set_member(self, member: FamilyMember) -> None:
        self.member = member
        self.setPos(member.x, member.y)
        self.update()

    def name(self) -> str:
        return self.member.name

    def subtitle(self) -> str:
        return label(self.member.role, self.lang)

    def fill(self) -> QColor:
        return FAMILY_FILL
