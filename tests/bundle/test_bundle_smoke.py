"""The standalone program as a user gets it: dist/skymap/skymap, built by
packaging/build-linux (CI builds it after the other tests, then runs these). Each command
runs in an empty environment — no venv, no Python on PATH, no variables but HOME and a
system PATH — as from a file manager or a fresh shell. Skipped when dist/ has no bundle."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT

BUNDLE = ROOT / "dist" / "skymap"
PROGRAM = BUNDLE / ("skymap.exe" if sys.platform == "win32" else "skymap")

pytestmark = pytest.mark.skipif(not PROGRAM.is_file(), reason="no bundle in dist/ (packaging/build-linux makes it)")


def run(home, *argv, **env):
    clean = {"HOME": str(home), "PATH": "/usr/bin:/bin", **env}
    return subprocess.run([str(PROGRAM), *map(str, argv)], cwd=home, env=clean, capture_output=True, text=True,
                          timeout=180)


def test_version(tmp_path):
    from skymap import __version__

    done = run(tmp_path, "--version")
    assert done.returncode == 0 and done.stdout.strip() == f"skymap {__version__}"


def test_new_validate_export(tmp_path):
    # (a Danish file name with no locale in the environment: the program still reads and writes it)
    assert run(tmp_path, "new", "-o", "Nørgaard.skymap.json", "--family", "Nørgaard").returncode == 0
    assert json.loads((tmp_path / "Nørgaard.skymap.json").read_text(encoding="utf-8"))["format"] == "skymap"
    done = run(tmp_path, "validate", "Nørgaard.skymap.json")
    assert done.returncode == 0, done.stderr
    done = run(tmp_path, "export", "Nørgaard.skymap.json", "-o", "m.pdf")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")


def test_bad_input_is_one_line_not_a_traceback(tmp_path):
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    done = run(tmp_path, "validate", "bad.json")
    assert done.returncode == 2 and "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_screenshot_of_the_example_map_in_danish(tmp_path):
    example = tmp_path / "familien-norgaard.json"
    shutil.copy(BUNDLE / "examples" / "familien-norgaard.json", example)
    done = run(tmp_path, example, "--screenshot", "s.png", "--size", "1366x768", "--lang", "da",
               QT_QPA_PLATFORM="offscreen")
    assert done.returncode == 0, done.stderr
    assert "locale" not in done.stderr  # no warning from Qt about the missing locale
    assert (tmp_path / "s.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (tmp_path / "s.png").stat().st_size > 50_000  # a painted map, not an empty window


def test_the_bundle_carries_its_licences_and_data():
    internal = BUNDLE / "_internal"
    assert (BUNDLE / "licences" / "LGPL-3.0.txt").is_file() and (BUNDLE / "licences" / "README.txt").is_file()
    assert (internal / "skymap" / "ui" / "translations" / "skymap_da.qm").is_file()
    assert (internal / "skymap" / "export" / "fonts" / "DejaVuSans.ttf").is_file()
    assert any((internal / "resources" / "schema").glob("skymap-v*.schema.json"))
    assert (internal / "docs" / "USER_GUIDE.md").is_file()  # Help > User Guide
    assert (internal / "resources" / "icons" / "skymap-256.png").is_file()  # the window's icon
    # Qt modules Skymap does not use are left out.
    assert not list(internal.rglob("*QtWebEngine*")) and not list(internal.rglob("libQt6Qml*"))
    assert not list(internal.rglob("libQt6Network*"))


def test_install_and_uninstall_from_the_archive(tmp_path):
    """The .tar.gz as IT gets it: install.sh (into a DESTDIR, as a package build would) puts the
    program in /opt/skymap, `skymap` on the PATH, the menu entry, the icons and the map file
    type; the MIME database then maps *.skymap.json (and not other JSON) to Skymap's type;
    uninstall.sh takes it all away again."""
    import tarfile

    archives = sorted((ROOT / "dist").glob("skymap-*-linux-*.tar.gz"))
    if not archives:
        pytest.skip("no .tar.gz in dist/")
    with tarfile.open(archives[-1]) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    (unpacked,) = (tmp_path / "unpacked").iterdir()
    root = tmp_path / "root"
    env = {"PATH": "/usr/bin:/bin", "DESTDIR": str(root)}
    done = subprocess.run(["sh", str(unpacked / "install.sh")], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    program = root / "opt" / "skymap" / "skymap"
    assert subprocess.run([str(program), "--version"], capture_output=True, text=True, env={"HOME": str(tmp_path)},
                          timeout=60).stdout.startswith("skymap ")
    assert (root / "usr" / "local" / "bin" / "skymap").readlink() == Path("/opt/skymap/skymap")
    share = root / "usr" / "share"
    assert "MimeType=application/x-skymap+json;" in (share / "applications" / "skymap.desktop").read_text()
    for size in ("16x16", "32x32", "48x48", "256x256", "scalable"):
        assert list((share / "icons" / "hicolor" / size / "apps").glob("skymap.*"))
    if shutil.which("update-mime-database"):
        globs = (share / "mime" / "globs2").read_text()
        assert "application/x-skymap+json:*.skymap.json" in globs
        assert "x-skymap+json:*.json\n" not in globs
    done = subprocess.run(["sh", str(root / "opt" / "skymap" / "uninstall.sh")], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert not program.exists() and not (root / "usr" / "local" / "bin" / "skymap").is_symlink()
    assert not (share / "applications" / "skymap.desktop").exists()
    assert not list(share.rglob("skymap.png"))


def test_about_box_can_tell_every_bundled_librarys_version():
    """Help > About reads each library's version from its package metadata: it must be inside."""
    from skymap import about

    inside = {p.name.split("-")[0].lower() for p in (BUNDLE / "_internal").glob("*.dist-info")}
    for lib in about.LIBRARIES:
        if lib.distribution:
            assert lib.distribution.lower().replace("-", "_") in inside, lib.name
