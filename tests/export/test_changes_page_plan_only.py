"""The meeting PDF with a changes page and the Joint plan page, when only the plan changed
since the status (an agreement done): the changes page said "Intet er ændret." while the
plan page beside it said what changed. It now says the map is unchanged and where the
plan's changes are. Made as a caseworker does it on the command line."""

from __future__ import annotations

import shutil

import pytest
from pypdf import PdfReader

from tests.helpers import EXAMPLE, run_cli


@pytest.mark.parametrize(("lang", "nothing", "said"), [
    ("da", "Intet er ændret.", "Intet er ændret på kortet; ændringerne i den fælles plan står på planens side."),
    ("en", "Nothing has changed.", "Nothing has changed on the map; the changes in the joint plan are on its page."),
])
def test_a_plan_only_change_is_not_called_nothing(tmp_path, capsys, lang, nothing, said):
    path = tmp_path / "familien.json"
    shutil.copy(EXAMPLE, path)
    assert run_cli(capsys, "plan", path, "--agree", "Ring til PPR", "--owner", "Hanne Lund")[0] == 0
    assert run_cli(capsys, "status", path, "--add", "Opstart", "--date", "2026-09-14")[0] == 0
    assert run_cli(capsys, "plan", path, "--done", "1")[0] == 0
    out = tmp_path / "meeting.pdf"
    assert run_cli(capsys, "export", path, "-o", out, "--changes-since", "Opstart", "--lang", lang)[0] == 0
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    changes = next(p for p in pages if p.startswith(("Ændringer siden", "Changes since")))
    assert nothing not in changes
    assert said in changes
    plan = next(p for p in pages if "Ring til PPR" in p and p is not changes)  # the plan page says what changed
    assert "Ring til PPR (Hanne Lund)" in plan
