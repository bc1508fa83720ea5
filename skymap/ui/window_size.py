"""The window's first size: within the screen's available area, never larger than it."""

from __future__ import annotations

from PySide6.QtCore import QRect

WANTED = (1440, 900)
"""The window's size on a screen with room for it."""
FRAME = (16, 40)
"""Room left for the window's frame and title bar (which the window's size does not count)."""


def first_geometry(screen) -> QRect:
    """Where the window opens: the wanted size, or as much of the screen's available area
    as the frame leaves (a 1366x768 laptop: the whole of it, panels on screen)."""
    if screen is None:
        return QRect(0, 0, *WANTED)
    area = screen.availableGeometry()
    width = min(WANTED[0], area.width() - FRAME[0])
    height = min(WANTED[1], area.height() - FRAME[1])
    x = area.x() + max(0, (area.width() - width) // 2)
    y = area.y() + max(FRAME[1] - 8, (area.height() - height) // 2)
    return QRect(x, y, width, height)


def should_maximise(screen) -> bool:
    """Whether the window should open maximised: on a screen with less room than it wants
    (a 1366x768 laptop), where every pixel makes the names larger."""
    if screen is None:
        return False
    area = screen.availableGeometry()
    return area.width() < WANTED[0] + FRAME[0] or area.height() < WANTED[1] + FRAME[1]


def panel_width(window_width: int) -> int:
    """The right-hand panels' width: 380 px, less on a narrow window so the map keeps room
    (still as wide as the inspector's widest page needs)."""
    return 380 if window_width >= 1600 else 350


MAP_SHARE = 0.6
"""The least share of the window's width the map keeps at a larger text size (the panels
beside it grow with the text only as far as that leaves)."""


def panels_width(window_width: int, scale: float, palette: int) -> int:
    """The right-hand panels' width at text size `scale`: wider with larger text, but never
    so wide that the map keeps less than MAP_SHARE of the window beside them and the
    palette (at 200 % on a 1366-pixel laptop the panels took two thirds of it), and never
    narrower than at the normal text size."""
    usual = panel_width(window_width)
    grown = round(usual * (1 + 0.6 * max(0.0, scale - 1)))
    return max(usual, min(grown, round((1 - MAP_SHARE) * window_width) - palette))
