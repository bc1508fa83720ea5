"""The interface speaks Danish: every string of the code is in the Danish catalogue."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from skymap.model.template import new_map
from skymap.ui import i18n
from skymap.ui.main_window import MainWindow
from tests.helpers import ROOT

TS = ROOT / "resources" / "translations" / "skymap_da.ts"


def sources(ts: Path) -> set[tuple[str, str]]:
    tree = ET.parse(ts)
    return {
        (ctx.findtext("name"), msg.findtext("source"))
        for ctx in tree.getroot().iter("context")
        for msg in ctx.iter("message")
        if msg.find("translation").get("type") not in ("obsolete", "vanished")
    }


def test_every_entry_is_translated():
    tree = ET.parse(TS)
    unfinished = [m.findtext("source") for m in tree.getroot().iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert not unfinished, f"untranslated: {unfinished}"


def test_catalogue_covers_every_string_in_the_code(tmp_path):
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    if not Path(lupdate).exists() and not shutil.which("pyside6-lupdate"):
        pytest.skip("pyside6-lupdate not installed")
    fresh = tmp_path / "fresh.ts"
    files = [str(p) for p in (ROOT / "skymap" / "ui").rglob("*.py")]
    subprocess.run([lupdate, *files, "-ts", str(fresh)], check=True, capture_output=True)
    missing = sources(fresh) - sources(TS)
    assert not missing, (
        f"strings without a Danish translation: {sorted(missing)}; run pyside6-lupdate and translate them"
    )


def test_built_catalogue_translates(qapp):
    tr = QTranslator()
    assert tr.load(str(i18n.TRANSLATIONS / "skymap_da.qm"))
    assert tr.translate("MainWindow", "&File") == "&Filer"
    assert tr.translate("OverviewPanel", "%n professional(s)", "", 1) == "%n fagperson"
    assert tr.translate("OverviewPanel", "%n professional(s)", "", 19) == "%n fagpersoner"


@pytest.mark.parametrize("lang, file_menu, findings", [("da", "&Filer", "Fund"), ("en", "&File", "Findings")])
def test_window_speaks_the_chosen_language(qtbot, lang, file_menu, findings):
    app = QApplication.instance()
    i18n.install(app, lang)
    try:
        win = MainWindow(new_map(lang=lang), None, lang)
        qtbot.addWidget(win)
        menus = [a.text() for a in win.menuBar().actions()]
        assert menus[0] == file_menu
        assert win.overview.findings_title.text() == findings
        assert all("Ø" not in m for m in menus)  # sanity: no mangled characters
    finally:
        i18n.install(app, "en")
