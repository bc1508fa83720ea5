"""The base of every drawing tool (ui/interactions.py, ui/connect_tool.py): one interaction
object with start, end and cancel, to which the scene hands its mouse and key events."""

from __future__ import annotations

from PySide6.QtCore import Qt


class Interaction:
    """A tool. Handlers return True when they used the event."""

    name = "base"

    def __init__(self, scene) -> None:
        self.scene = scene

    def start(self) -> None: ...

    def end(self) -> None: ...

    def cancel(self) -> None:
        """Esc: drop what is under way; a tool other than select with nothing under way is
        left for select and move (the window switches, its check mark too)."""
        self.end()
        self.scene.tool_finished.emit()

    def busy(self) -> bool:
        """A gesture is under way that press-and-hold must not turn into a menu (a tie
        being drawn)."""
        return False

    def mouse_press(self, event) -> bool:
        return False

    def mouse_move(self, event) -> bool:
        return False

    def mouse_release(self, event) -> bool:
        return False

    def key_press(self, event) -> bool:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return True
        return False
