"""What every item that draws a model object offers the scene and the rest of the window.

The contract is small: an item knows the id and kind of the model object it draws
(`obj_id`, `kind`, `collection`), shows that object anew when the model changes it
(`refresh`), says whether a point is on it (`hits`, its selection shape), can be
highlighted (a finding, a search), draws its text with the window's `appearance`
(text size, family view), redraws when the text size or the language changes
(`rescale`, `set_language`), and describes itself to screen readers (`accessible_text`).
Items never write to the model: gestures go to the scene, which calls the Editor.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsItem

from skymap.model.document import Collection
from skymap.ui import still_layer
from skymap.ui.painting import Appearance


class MapItem(QGraphicsItem):
    """Base of the cloud, family, person, tie and note items."""

    kind = ""
    """"domain", "family", "actor", "member", "link" or "note"."""
    collection: Collection | None = None
    """The SkyMap collection the object lives in ("domains", "actors", ...); None for the family."""
    in_still_layer = False
    """Drawn below the people (a cloud, the family, a tie): the view keeps a picture of those
    between repaints (ui/still_layer.py), so each change of how it looks is announced."""

    def __init__(self, obj_id: str, appearance: Appearance | None = None) -> None:
        super().__init__()
        self.obj_id = obj_id
        self.highlighted = False
        self.appearance = appearance or Appearance()
        """The text size and family view it draws with (the window's, through the scene)."""

    # Every way our code changes how an item looks passes here (Qt's own changes from C++ -
    # a selection, the focus - are followed by the scene and the view): the views end a
    # gesture, and a change of the still layer is marked where the item stands.
    def _changing(self) -> None:
        still_layer.touched(self)
        if self.in_still_layer:
            still_layer.changed(self)

    def update(self, *args) -> None:
        self._changing()
        super().update(*args)

    def prepareGeometryChange(self) -> None:  # noqa: N802 - Qt's name
        self._changing()
        super().prepareGeometryChange()

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        self._changing()
        super().setVisible(visible)

    def setOpacity(self, opacity: float) -> None:  # noqa: N802 - Qt's name
        self._changing()
        super().setOpacity(opacity)

    def setZValue(self, z: float) -> None:  # noqa: N802 - Qt's name
        self._changing()
        super().setZValue(z)

    def stackBefore(self, sibling: QGraphicsItem) -> None:  # noqa: N802 - Qt's name
        self._changing()
        super().stackBefore(sibling)

    def setPos(self, *args) -> None:  # noqa: N802 - Qt's name
        self._changing()
        super().setPos(*args)

    def refresh(self, obj) -> None:
        """Show `obj`, the model's new state of the object this item draws."""
        raise NotImplementedError

    def hits(self, scene_pos: QPointF) -> bool:
        """Whether `scene_pos` is on the item (its selection shape, not its bounding box)."""
        return self.shape().contains(self.mapFromScene(scene_pos))

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def rescale(self) -> None:
        """The text size or the family view changed: make room for the new text, redraw."""
        self.update()

    def set_language(self, lang: str) -> None:
        """The window speaks `lang` now (a badge's glyph, a member's role)."""

    def accessible_text(self) -> str:
        """What a screen reader (and the tooltip) says about this item."""
        from skymap.ui.describe import describe_item  # noqa: PLC0415

        return describe_item(self.scene(), self)
