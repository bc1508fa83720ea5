"""File ▸ Export As names the family's copy as the rest of Skymap does ("Familiens eget kort",
"The Family's Own Copy"), not "Til familien (enkle ord, intet skærmet)…"; its status tip
says what is in it and what is left out, in Danish and English."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from skymap.ui import i18n

WORDS = {
    "da": ("&Familiens eget kort (uden skærmede personer)…", "hverdagssprog", "uden skærmede personer"),
    "en": ("The &Family's Own Copy (no protected people)…", "plain words", "no protected people"),
}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_export_as_names_the_familys_own_copy(open_example, lang):
    i18n.install(QApplication.instance(), lang)
    try:
        window = open_example(lang)
        file_menu = window.menuBar().actions()[0].menu()
        export_as = next(a.menu() for a in file_menu.actions() if a.menu() is not None
                         and a.menu() is not window.recent_menu)
        entry = next(a for a in export_as.actions() if a is window.act_export_family)
        text, plain, left_out = WORDS[lang]
        assert entry.text() == text
        assert plain in entry.statusTip() and left_out in entry.statusTip()
    finally:
        i18n.install(QApplication.instance(), "en")
