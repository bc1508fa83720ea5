"""On Linux, a missing system library of Qt's X11 plugin (libxcb-cursor0 on a fresh
Ubuntu) is named before Qt starts, with the one apt command that installs it, instead of
Qt's bare "could not load the Qt platform plugin" abort. The library lookup is injected,
so no library has to be removed to test it."""

import shutil
import subprocess
from pathlib import Path

import pytest

from skymap.cli import main
from skymap.ui import platform_check
from tests.helpers import EXAMPLE

X11 = {"DISPLAY": ":0"}


def without(*gone):
    return lambda lib: lib not in gone


def test_missing_cursor_library_is_named_with_its_apt_command():
    text = platform_check.explain(platform_check.missing_libraries(without("libxcb-cursor.so.0")), "en", has_apt=True)
    assert text.splitlines() == [
        "Skymap cannot open its window: the system library libxcb-cursor.so.0 is missing.",
        "Install it with:",
        "    sudo apt-get install libxcb-cursor0",
    ]


def test_several_missing_in_danish_one_command():
    missing = platform_check.missing_libraries(without("libxcb-cursor.so.0", "libxkbcommon-x11.so.0"))
    text = platform_check.explain(missing, "da", has_apt=True)
    assert "systembibliotekerne libxcb-cursor.so.0, libxkbcommon-x11.so.0 mangler" in text
    assert text.splitlines()[-1] == "    sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0"


def test_without_apt_the_package_is_still_named():
    text = platform_check.explain([("libxcb-cursor.so.0", "libxcb-cursor0")], "en", has_apt=False)
    assert "apt-get" not in text and "libxcb-cursor0" in text


def test_nothing_said_when_everything_loads_or_x11_is_not_used():
    assert platform_check.check_before_qt("en", X11, can_load=lambda lib: True) is None
    never = without(*(lib for lib, _ in platform_check.XCB_LIBRARIES))
    for env in ({"QT_QPA_PLATFORM": "offscreen"}, {"QT_QPA_PLATFORM": "wayland"}, {"WAYLAND_DISPLAY": "wayland-0"}):
        assert platform_check.check_before_qt("en", env, can_load=never) is None
    assert "libxcb-cursor0" in platform_check.check_before_qt("en", {"QT_QPA_PLATFORM": "xcb"}, can_load=never)
    assert not platform_check.uses_xcb(X11, platform="win32")


def test_the_real_lookup_finds_a_library_that_is_there_and_not_one_that_is_not():
    assert platform_check._can_load("libc.so.6")
    assert not platform_check._can_load("libskymap-no-such-library.so.9")


def test_opening_the_window_says_what_is_missing_instead_of_starting_qt(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(platform_check, "_can_load", without("libxcb-cursor.so.0"))
    monkeypatch.setattr(platform_check.shutil, "which", lambda name: "/usr/bin/apt-get")
    shutil.copy(EXAMPLE, tmp_path / "map.json")
    assert main([str(tmp_path / "map.json"), "--lang", "da"]) == 1
    err = capsys.readouterr().err
    assert "libxcb-cursor.so.0 mangler" in err and "sudo apt-get install libxcb-cursor0" in err
    assert "Traceback" not in err


def test_the_list_covers_what_qts_xcb_plugin_links_against():
    """Checked against the installed Qt: every library its xcb plugin needs outside Qt and
    the C runtime is in XCB_LIBRARIES (a newer Qt that needs another one fails here)."""
    import PySide6

    readelf = shutil.which("readelf")
    if readelf is None:
        pytest.skip("readelf (binutils) is not installed")
    qt = Path(PySide6.__file__).resolve().parent / "Qt"
    needed = set()
    for binary in (qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6"):
        out = subprocess.run([readelf, "-d", str(binary)], capture_output=True, text=True, check=True).stdout
        needed |= {line.split("[", 1)[1].rstrip("]") for line in out.splitlines() if "(NEEDED)" in line}
    runtime = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libgthread-2.0.so.0"}
    outside_qt = {n for n in needed if not n.startswith("libQt6")} - runtime
    assert outside_qt <= {lib for lib, _ in platform_check.XCB_LIBRARIES}


def test_no_display_is_said_as_such():
    """X11 libraries present but no DISPLAY (an SSH session): one line saying so, not Qt's
    advice to reinstall the application."""
    text = platform_check.check_before_qt("da", {}, can_load=lambda lib: True)
    assert text.startswith("Skymap kan ikke åbne sit vindue: der er ingen skærm (DISPLAY er ikke sat).")
    assert "--screenshot" in platform_check.check_before_qt("en", {"QT_QPA_PLATFORM": "xcb"}, can_load=lambda lib: True)
