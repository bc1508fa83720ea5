"""What the standalone bundle is made from (packaging/): the licence folder holds a text
for every bundled library and the LGPL notice, the desktop entry and the map file type
agree and leave other JSON files alone, the version is one everywhere. (The bundle itself
is built and smoke-tested by .ci/run: packaging/build-linux, then dist/skymap/skymap.)"""

import configparser
import sys
import tomllib
import xml.etree.ElementTree as ET
from fnmatch import fnmatch

from skymap import __version__, about
from tests.helpers import ROOT

sys.path.insert(0, str(ROOT / "packaging"))
import collect_licences  # noqa: E402

MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def test_licence_folder_has_every_library_and_the_lgpl_notice(tmp_path):
    missing = collect_licences.collect(tmp_path / "licences")
    assert missing == []
    readme = (tmp_path / "licences" / "README.txt").read_text(encoding="utf-8")
    for lib in about.LIBRARIES:
        assert lib.name in readme and lib.licence in readme and lib.source in readme
    assert "may replace them" in readme
    lgpl = (tmp_path / "licences" / "LGPL-3.0.txt").read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in lgpl and "Version 3" in lgpl
    assert (tmp_path / "licences" / "GPL-3.0.txt").is_file()  # the LGPL-3.0 refers to it
    assert any((tmp_path / "licences" / "ReportLab").rglob("LICENSE*"))


def test_desktop_entry_and_file_type_agree_and_leave_other_json_alone():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "packaging" / "linux" / "skymap.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "skymap %f" and desktop["Icon"] == "skymap"
    mime = ET.parse(ROOT / "packaging" / "linux" / "skymap-mime.xml").getroot().find(f"{MIME}mime-type")
    assert desktop["MimeType"].rstrip(";") == mime.get("type")
    globs = [g.get("pattern") for g in mime.findall(f"{MIME}glob")]
    assert any(fnmatch("norgaard.skymap.json", g) for g in globs)
    assert not any(fnmatch("package.json", g) for g in globs)  # other JSON files stay with their program
    assert mime.find(f"{MIME}sub-class-of").get("type") == "application/json"  # the content is JSON


def test_one_version_everywhere(capsys):
    from skymap.cli import main

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["version"] == __version__
    try:
        main(["--version"])
    except SystemExit:
        pass
    assert capsys.readouterr().out.strip() == f"skymap {__version__}"


def test_the_bundle_holds_what_skymap_reads_at_run_time():
    """The spec's data files exist (a renamed folder would make the bundle lack it)."""
    spec = (ROOT / "packaging" / "skymap.spec").read_text(encoding="utf-8")
    for folder in ("skymap/ui/translations", "skymap/export/fonts", "resources/schema", "resources/examples",
                   "resources/icons", "docs/images"):
        assert f'"{folder}"' in spec
        assert any((ROOT / folder).iterdir())
    for size in (16, 32, 48, 256):
        assert (ROOT / "resources" / "icons" / f"skymap-{size}.png").is_file()
    assert (ROOT / "resources" / "icons" / "skymap.ico").is_file()
