"""Before Qt starts on Linux: are the system libraries its X11 (xcb) platform plugin needs
there? Qt itself only says "could not load the Qt platform plugin xcb" and aborts; a
caseworker's IT needs to know which package is missing and how to install it.

No Qt here: this runs before QApplication exists. The libraries are looked up the way Qt's
plugin will load them (the dynamic loader, via ctypes), and the lookup can be replaced
(tests pass their own)."""

from __future__ import annotations

import ctypes
import os
import shutil
import sys
from collections.abc import Callable, Mapping

# What Qt's xcb platform plugin (libqxcb.so and libQt6XcbQpa.so.6, Qt 6.5 and later) links
# against outside Qt, and the Debian/Ubuntu package that holds each. On a fresh desktop
# install usually only libxcb-cursor0 is missing.
XCB_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-render.so.0", "libxcb-render0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-shm.so.0", "libxcb-shm0"),
    ("libxcb-sync.so.1", "libxcb-sync1"),
    ("libxcb-util.so.1", "libxcb-util1"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libxcb.so.1", "libxcb1"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxkbcommon.so.0", "libxkbcommon0"),
    ("libX11-xcb.so.1", "libx11-xcb1"),
    ("libX11.so.6", "libx11-6"),
    ("libGL.so.1", "libgl1"),
    ("libEGL.so.1", "libegl1"),
    ("libfontconfig.so.1", "libfontconfig1"),
    ("libdbus-1.so.3", "libdbus-1-3"),
    ("libglib-2.0.so.0", "libglib2.0-0"),
)

_TEXT = {
    "en": ("Skymap cannot open its window: the system library {libs} is missing.",
           "Skymap cannot open its window: the system libraries {libs} are missing.",
           "Install it with:", "Install them with:",
           "Ask IT to install the package that holds it.", "Ask IT to install the packages that hold them."),
    "da": ("Skymap kan ikke åbne sit vindue: systembiblioteket {libs} mangler.",
           "Skymap kan ikke åbne sit vindue: systembibliotekerne {libs} mangler.",
           "Installér det med:", "Installér dem med:",
           "Bed IT om at installere den pakke, der indeholder det.",
           "Bed IT om at installere de pakker, der indeholder dem."),
}


_NO_DISPLAY = {
    "en": "Skymap cannot open its window: there is no display (DISPLAY is not set). The commands work "
          "without one (skymap --help), and so does --screenshot.",
    "da": "Skymap kan ikke åbne sit vindue: der er ingen skærm (DISPLAY er ikke sat). Kommandoerne virker "
          "uden (skymap --help), og det gør --screenshot også.",
}


def _can_load(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """True when Qt will start its X11 (xcb) plugin: on Linux, unless another platform is
    asked for (offscreen, wayland …) or a Wayland session is running (Qt prefers wayland)."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def missing_libraries(can_load: Callable[[str], bool] = _can_load) -> list[tuple[str, str]]:
    """The (library, package) pairs of XCB_LIBRARIES that cannot be loaded."""
    return [(lib, pkg) for lib, pkg in XCB_LIBRARIES if not can_load(lib)]


def explain(missing: list[tuple[str, str]], lang: str, has_apt: bool) -> str:
    """The lines a person reads: what is missing and the one command that installs it."""
    one_lib, many_libs, one_cmd, many_cmd, one_it, many_it = _TEXT["da" if lang == "da" else "en"]
    many = len(missing) > 1
    libs = ", ".join(lib for lib, _ in missing)
    lines = [(many_libs if many else one_lib).format(libs=libs)]
    packages = " ".join(dict.fromkeys(pkg for _, pkg in missing))
    if has_apt:
        lines += [many_cmd if many else one_cmd, f"    sudo apt-get install {packages}"]
    else:
        lines.append(f"{many_it if many else one_it} (Debian/Ubuntu: {packages})")
    return "\n".join(lines)


def check_before_qt(lang: str, environ: Mapping[str, str] | None = None,
                    can_load: Callable[[str], bool] | None = None) -> str | None:
    """None when the window can start as far as the system libraries go; else the message
    to print instead of Qt's."""
    environ = os.environ if environ is None else environ
    if not uses_xcb(environ):
        return None
    missing = missing_libraries(can_load or _can_load)
    if missing:
        return explain(missing, lang, has_apt=shutil.which("apt-get") is not None)
    if not environ.get("DISPLAY"):  # (an SSH session, a service): Qt would only say it cannot connect
        return _NO_DISPLAY["da" if lang == "da" else "en"]
    return None
