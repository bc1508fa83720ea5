"""`skymap export MAP -o OUT.pdf --status S`: the joint plan page shows the status's plan as it
stood on the status's own date - an agreement due after that date is not "overdue" there, even
when it is past its date today (and it is overdue in the export of the map as it is now)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from skymap.model.document import MapDocument
from skymap.model.status import add_status
from skymap.storage.mapfile import load_map, save_map
from tests.helpers import EXAMPLE
from tests.helpers import run_cli as run


@pytest.fixture(autouse=True)
def _english_system(monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


def plan_text(capsys, path, out, *options: str) -> str:
    code, _out, err = run(capsys, "export", path, "-o", out, "--sections", "plan", "--lang", "en", *options)
    assert code == 0, err
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)


def test_a_statuss_plan_is_judged_on_the_statuss_date(tmp_path, capsys):
    today = date.today()
    doc = MapDocument(load_map(EXAMPLE))
    doc.map.agreements.clear()
    doc.add_agreement("Apply for a support person", owner="family", due=today - timedelta(days=30))
    add_status(doc, "Statusmøde 1", today - timedelta(days=60))
    path = tmp_path / "kort.json"
    save_map(doc.map, path)

    now = plan_text(capsys, path, tmp_path / "now.pdf")
    assert "Apply for a support person" in now and "overdue" in now  # past its date today

    then = plan_text(capsys, path, tmp_path / "then.pdf", "--status", "Statusmøde 1")
    assert "Apply for a support person" in then
    assert "overdue" not in then  # not yet due on the status's date
