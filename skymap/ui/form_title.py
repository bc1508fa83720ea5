"""The title line of the in-place form: whether it adds someone new ("New professional") or
edits someone already on the map ("Edit Lise Bak"), and what Enter and Esc do there (what
Esc then says in the status bar: form_cancel.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from skymap.model.vocabulary import ActorKind

TITLE_WIDTH = 300
"""The widest a name in the title may make it (px); a longer one is cut with an ellipsis."""


def _new_text(collection: str, obj) -> str:
    if collection == "family":
        return QCoreApplication.translate("FormTitle", "New family member")
    if getattr(obj, "kind", None) is ActorKind.PRIVATE:
        return QCoreApplication.translate("FormTitle", "New private person")
    return QCoreApplication.translate("FormTitle", "New professional")


def title_text(collection: str, obj, new: bool) -> str:
    """'New professional' (private person, family member) for someone just added, else
    'Edit <name>'."""
    if new:
        return _new_text(collection, obj)
    return QCoreApplication.translate("FormTitle", "Edit %1").replace("%1", obj.name.strip() or "…")


def hint_text(new: bool) -> str:
    if new:
        return QCoreApplication.translate("FormTitle", "Enter: keep · Esc: cancel the new person")
    return QCoreApplication.translate("FormTitle", "Enter: keep · Esc: no change")


def title_row(title: str, hint: str) -> QWidget:
    """Bold title on the left, the keys in grey on the right: one line, no taller than a caption."""
    row = QWidget()
    row.setObjectName("inline_title_row")
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 2)
    layout.setSpacing(12)
    label = QLabel()
    label.setObjectName("inline_title")
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    label.setText(QFontMetrics(font).elidedText(title, Qt.TextElideMode.ElideRight, TITLE_WIDTH))
    if label.text() != title:
        label.setToolTip(title)
    label.setAccessibleName(title)
    keys = QLabel(hint)
    keys.setObjectName("inline_title_keys")
    keys.setStyleSheet("color: #5f6b76;")
    keys.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    keys.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    layout.addWidget(label)
    layout.addStretch(1)
    layout.addWidget(keys)
    return row


def meets_caption(text: str) -> QLabel:
    """'Meets' with its keys under it in grey (the number is on each toggle: Alt+that number)."""
    keys = QCoreApplication.translate("FormTitle", "Alt+number")
    caption = QLabel(f"{text}<br><span style='color:#5f6b76; font-size:small'>{keys}</span>")
    caption.setTextFormat(Qt.TextFormat.RichText)
    caption.setObjectName("inline_meets_caption")
    caption.setToolTip(QCoreApplication.translate(
        "FormTitle", "Alt+1 … Alt+9 switch a family member on or off, Alt+0 the whole family"))
    caption.setMinimumHeight(34)
    caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return caption
