"""The in-place form's size and place: as big as its fields want, no wider than the map where
that helps (large text, a big family: the title's keys give way, the Meets toggles wrap into
lines), under what it edits and within the map."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def place_under(form, item) -> None:
    """Under `item` (the person, cloud or note edited), centred on it, within the map (wider
    than the map all the same: its captions and the start of its fields show)."""
    view = form.view
    anchor = view.mapFromScene(item.sceneBoundingRect().center())
    x = max(4, min(anchor.x() - form.width() // 2, view.viewport().width() - form.width() - 4))
    y = min(max(4, anchor.y() + 30), view.viewport().height() - form.height() - 4)
    form.move(x, y)


def refit(form) -> None:
    """A row came or went: the form fitted again, still within the map."""
    if form.isVisible():
        fit(form)
        form.move(max(4, min(form.x(), form.view.viewport().width() - form.width() - 4)),
                  min(form.y(), max(4, form.view.viewport().height() - form.height() - 4)))


def fit(form) -> None:
    """The form's size for its fields, no wider than the map where that helps (large
    text, a big family): the title's keys give way, the Meets toggles wrap into lines."""
    room = form.view.viewport().width() - 8
    keys = form._title.findChild(QLabel, "inline_title_keys") if form._title is not None else None
    margins = form.form.contentsMargins()
    if keys is not None and form._title is not None \
            and form._title.sizeHint().width() > room - margins.left() - margins.right():
        keys.hide()
        if (title_layout := form._title.layout()) is not None:
            title_layout.invalidate()
        form._title.updateGeometry()
    measure(form)
    if form.meets is not None and form.width() > room:
        widths = {}
        for columns in range(len(form.meets.buttons) - 1, 1, -1):
            form.meets.set_columns(columns)
            widths[columns] = measure(form)
            if widths[columns] <= room:
                break
        else:
            if widths:  # none fits: the narrowest, in as few lines as that takes
                form.meets.set_columns(min(widths, key=lambda c: (widths[c], -c)))
                measure(form)


def measure(form) -> int:
    """The form laid out now (not at the next turn of the event loop, which would make it
    taller after it was placed) at the size its fields want; its width."""
    if form.meets is not None:
        form.meets.lines_layout.activate()
    form.form.invalidate()
    form.form.activate()
    form.adjustSize()
    return form.width()
