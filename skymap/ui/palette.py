"""The palette: drag a new professional, private person, family member, cloud or note onto
the canvas — or click it to add one (keyboard and touch friendly)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QDrag, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

MIME = "application/x-skymap-new"
KINDS = ("professional", "private", "member", "cloud", "note")


class PaletteButton(QToolButton):
    def __init__(self, kind: str, text: str, icon: QIcon) -> None:
        super().__init__()
        self.kind = kind
        self.setText(text)
        self.setIcon(icon)
        self.setIconSize(QSize(28, 28))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setMinimumHeight(44)  # a finger's width
        self.setSizePolicy(self.sizePolicy().horizontalPolicy().Expanding, self.sizePolicy().verticalPolicy())
        self.setAccessibleName(text)
        self._press: QPoint | None = None

    def mousePressEvent(self, event) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._press is not None and (event.position().toPoint() - self._press).manhattanLength() > 8:
            self._press = None
            self.setDown(False)
            drag = QDrag(self)
            mime = QMimeData()
            mime.setData(MIME, self.kind.encode())
            drag.setMimeData(mime)
            drag.setPixmap(self.icon().pixmap(36, 36))
            drag.exec(Qt.DropAction.CopyAction)
            return
        super().mouseMoveEvent(event)


class Palette(QWidget):
    add_requested = Signal(str)  # kind, added where it belongs (model/new_person.py)
    draw_requested = Signal(bool)  # the cloud-drawing tool on or off

    def __init__(self, icons: dict[str, QIcon], parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        self.buttons: dict[str, PaletteButton] = {}
        for kind in KINDS:
            button = PaletteButton(kind, "", icons[kind])
            button.clicked.connect(lambda _c=False, k=kind: self.add_requested.emit(k))
            layout.addWidget(button)
            self.buttons[kind] = button
        # Not something to drag in: a tool. Pressed, the next loop drawn on the map is a cloud.
        self.draw_button = QToolButton()
        self.draw_button.setIcon(draw_icon("draw_cloud"))
        self.draw_button.setIconSize(QSize(28, 28))
        self.draw_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.draw_button.setMinimumHeight(44)  # a finger's width
        self.draw_button.setSizePolicy(self.draw_button.sizePolicy().horizontalPolicy().Expanding,
                                       self.draw_button.sizePolicy().verticalPolicy())
        self.draw_button.setCheckable(True)
        self.draw_button.toggled.connect(self.draw_requested.emit)
        layout.addSpacing(6)
        layout.addWidget(self.draw_button)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the language now installed."""
        self.setAccessibleName(self.tr("Palette"))
        texts = {
            "professional": self.tr("Professional"),
            "private": self.tr("Private person"),
            "member": self.tr("Family member"),
            "cloud": self.tr("Cloud"),
            "note": self.tr("Note"),
        }
        for kind, button in self.buttons.items():
            button.setText(texts[kind])
            button.setAccessibleName(texts[kind])
            button.setToolTip(self.tr("Drag onto the map, or click to add"))
        self.draw_button.setText(self.tr("Draw cloud"))
        self.draw_button.setAccessibleName(self.tr("Draw cloud"))
        self.draw_button.setToolTip(self.tr("Draw a loop on the map with the mouse, a pen or a finger: it becomes "
                                            "a new cloud (D)"))

    def set_drawing(self, on: bool) -> None:
        """Show whether the cloud-drawing tool is on (it is also chosen from the menu and by key)."""
        if self.draw_button.isChecked() != on:
            self.draw_button.blockSignals(True)
            self.draw_button.setChecked(on)
            self.draw_button.blockSignals(False)

    def set_text_scale(self, scale: float) -> None:
        """Icons and buttons grow with the text. From 150 % the words go under the icons, so
        that the palette does not take the map's width (at 200 % beside the icons it was 275
        pixels of a 1366-pixel laptop's width)."""
        under = scale >= 1.5
        icon = round(28 * (1.25 if under else scale))
        for button in [*self.buttons.values(), self.draw_button]:
            button.setIconSize(QSize(icon, icon))
            button.setMinimumHeight(round(44 * max(1.0, scale)))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon if under
                                      else Qt.ToolButtonStyle.ToolButtonTextBesideIcon)


DRAWN_ICON = ((-0.5, 0.1), (-0.3, -0.4), (0.1, -0.5), (0.5, -0.2), (0.35, 0.3), (0.0, 0.5), (-0.35, 0.4))


def draw_icon(kind: str) -> QIcon:
    """Small pictures drawn with the same shapes as the canvas."""
    from PySide6.QtGui import QColor, QPen  # noqa: PLC0415

    from skymap.model.geometry import circle_path, cloud_path, person_path  # noqa: PLC0415
    from skymap.ui.painting import FAMILY_FILL, INK, MUTED, qpath  # noqa: PLC0415

    # Drawn at three times its 56-point design size, so it stays sharp when the text size
    # grows and on high-DPI screens.
    pm = QPixmap(56 * 3, 56 * 3)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(3, 3)
    if kind == "cloud":
        p.setPen(QPen(MUTED, 2))
        p.setBrush(QColor("#d3e3f5"))
        p.drawPath(qpath(cloud_path(28, 28, 52, 40, bump=14)))
    elif kind == "draw_cloud":  # a drawn loop and the pen drawing it
        p.setPen(QPen(MUTED, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.setBrush(QColor("#e3f0d5"))
        p.drawPath(qpath(cloud_path(24, 30, 42, 34, bump=12, outline=DRAWN_ICON)))
        p.setPen(QPen(INK, 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(38, 34, 52, 12)
        p.setPen(QPen(INK, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(36, 38, 38, 34)
    elif kind == "note":
        p.setPen(QPen(QColor("#c9b24a"), 2))
        p.setBrush(QColor("#fff8c4"))
        p.drawRoundedRect(8, 10, 40, 36, 4, 4)
        p.setPen(QPen(MUTED, 2))
        for y in (20, 28, 36):
            p.drawLine(14, y, 42, y)
    else:
        fill = {"professional": QColor("white"), "private": QColor("#fde9d9"), "member": FAMILY_FILL}[kind]
        p.setPen(QPen(INK, 2))
        p.setBrush(fill)
        p.drawPath(qpath(circle_path(28, 28, 24)))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(MUTED)
        p.drawPath(qpath(person_path(28, 28, 24)))
    p.end()
    return QIcon(pm)
