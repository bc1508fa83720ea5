"""File ▸ Export As ▸ The Family's Own Copy… draws no caseworker's mark on the map page: the copy
carries no consent details, so every core-team member and the coordinator wore the "?" of
"no consent recorded" there (unexplained: the family's legend rightly has no consent lines)."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from skymap.ui.main_window import MainWindow
from tests.export.consent_map import consent_map
from tests.ui.test_family_export_window import _menu_action

CONSENT_GLYPHS = ("✓", "✕", "↺", "?")


def _map_page_text(data: bytes) -> str:
    return PdfReader(io.BytesIO(data)).pages[0].extract_text()


def test_the_family_copy_map_page_has_no_consent_or_protection_marks(qtbot, monkeypatch, tmp_path):
    window = MainWindow(consent_map("en"), None, "en")
    qtbot.addWidget(window)
    for name in ("family", "meeting"):
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, _n=name, **k: (str(tmp_path / f"{_n}.pdf"), "")))
        if name == "family":
            _menu_action(window, "File", "Export As", "Family's Own Copy").trigger()
        else:
            window.export_pdf(options={})  # the meeting PDF of the same map: the marks are there
    meeting = _map_page_text((tmp_path / "meeting.pdf").read_bytes())
    assert all(g in meeting for g in CONSENT_GLYPHS), meeting  # (so the check below can fail)
    family = _map_page_text((tmp_path / "family.pdf").read_bytes())
    assert [g for g in (*CONSENT_GLYPHS, "!") if g in family] == []
    assert "Hanne Lund" in family  # a core-team member with her core-team mark, without "?"
    window.undo_stack.setClean()
