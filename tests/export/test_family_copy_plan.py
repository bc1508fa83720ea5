"""The family's own copy holds what was agreed with them ("Det har vi aftalt" / "What we
agreed"): their goals, the open agreements as who does what by when, the done ones; never a
dropped agreement, a note, an agreement of a protected or ended person, nor a protected name.
Made through `skymap export --for family` and through File ▸ Export As in the window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QFileDialog

from skymap.cli import main
from skymap.model.objects import FAMILY_ID, SkyMap
from skymap.storage.mapfile import save_map
from tests.export.consent_map import PROTECTED_ACTOR, PROTECTED_MEMBER, consent_map
from tests.export.test_family_copy import everything_readable, leaks

NOT_FOR_THEM = ("OPGIVETAFTALE", "AFTALENOTE", "SKÆRMETAFTALE", "AFSLUTTETAFTALE", "Thomas", "Karin")


def planned_map(lang: str) -> SkyMap:
    """The consent map with a joint plan: goals, open (dated, undated, the family's, no one's),
    done, dropped, one owned by the protected professional, one by someone who has ended, one
    goal naming the protected father."""
    m = consent_map(lang)
    ids = {p.name: p.id for p in m.people()}
    data = m.model_dump()
    data["actors"] = [dict(a, active=False) if a["name"] == "Ole Brandt" else a for a in data["actors"]]
    data["goals"] = ["Emil kommer i skole hver dag", "Vi spiser aftensmad sammen", "Thomas flytter hjem igen"]
    data["agreements"] = [
        {"id": "g1", "text": "Ringe til PPR", "owner": ids["Hanne Lund"], "due": date(2026, 12, 15),
         "status": "open", "note": "AFTALENOTE mor var ked af det"},
        {"id": "g2", "text": "Lave en morgenplan", "owner": FAMILY_ID, "due": None, "status": "open"},
        {"id": "g3", "text": "Finde en fritidsklub", "owner": None, "due": date(2027, 1, 8), "status": "open"},
        {"id": "g4", "text": "Søge om aflastning", "owner": ids["Mette Skov"], "status": "done"},
        {"id": "g5", "text": "OPGIVETAFTALE holde møde med", "owner": ids["Sofie Nørgaard"], "status": "dropped"},
        {"id": "g6", "text": "SKÆRMETAFTALE udredning", "owner": ids[PROTECTED_ACTOR], "status": "open"},
        {"id": "g7", "text": "AFSLUTTETAFTALE besøg", "owner": ids["Ole Brandt"], "status": "open"},
        {"id": "g8", "text": "Ringe til Thomas om weekenden", "owner": ids["Sofie Nørgaard"], "status": "open"},
    ]
    return SkyMap.model_validate(data)


def assert_what_we_agreed(text: str, lang: str) -> None:
    flat = " ".join(text.split())  # lines wrap in the PDF
    assert leaks(flat) == [] and PROTECTED_MEMBER not in flat
    assert [w for w in NOT_FOR_THEM if w in flat] == []
    assert "Emil kommer i skole hver dag" in flat and "Vi spiser aftensmad sammen" in flat
    if lang == "da":
        assert "Det har vi aftalt" in flat and "Jeres mål" in flat and "Hvem gør hvad" in flat
        assert "Hanne Lund (Vestbyskolen): Ringe til PPR – senest 15. december 2026" in flat
        assert "I selv: Lave en morgenplan" in flat
        assert "Finde en fritidsklub – hvem der gør det, er ikke aftalt endnu – senest 8. januar 2027" in flat
        assert "Det er gjort: Søge om aflastning." in flat
    else:
        assert "What we agreed" in flat and "Your goals" in flat and "Who does what" in flat
        assert "Hanne Lund (Vestbyskolen): Ringe til PPR – by 15 December 2026" in flat
        assert "You yourselves: Lave en morgenplan" in flat
        assert "Finde en fritidsklub – who does it is not agreed yet – by 8 January 2027" in flat
        assert "Done already: Søge om aflastning." in flat
    # the dated agreements come first, in date order
    assert flat.index("Ringe til PPR") < flat.index("Finde en fritidsklub") < flat.index("Lave en morgenplan")


@pytest.mark.parametrize("lang", ["da", "en"])
def test_skymap_export_for_family_prints_what_was_agreed(tmp_path, capsys, lang):
    path = tmp_path / "kort.json"
    save_map(planned_map(lang), path)
    out = tmp_path / "familien.pdf"
    assert main(["export", str(path), "-o", str(out), "--for", "family"]) == 0
    assert_what_we_agreed(everything_readable(out.read_bytes()), lang)


def test_the_meeting_pdf_of_the_same_map_holds_what_the_family_copy_leaves_out(tmp_path, capsys):
    """The caseworker's PDF of the same map shows the dropped and protected agreements: the
    checks above could fail."""
    path = tmp_path / "kort.json"
    save_map(planned_map("da"), path)
    out = tmp_path / "moede.pdf"
    assert main(["export", str(path), "-o", str(out)]) == 0
    flat = " ".join(everything_readable(out.read_bytes()).split())
    assert {"OPGIVETAFTALE", "SKÆRMETAFTALE", "Thomas"} <= {w for w in NOT_FOR_THEM if w in flat}


def test_a_map_without_a_plan_has_no_what_we_agreed(tmp_path, capsys):
    path = tmp_path / "kort.json"
    save_map(consent_map("da"), path)
    out = tmp_path / "familien.pdf"
    assert main(["export", str(path), "-o", str(out), "--for", "family"]) == 0
    text = everything_readable(out.read_bytes())
    assert "Det har vi aftalt" not in text and "Jeres mål" not in text


@pytest.mark.parametrize("lang", ["da", "en"])
def test_export_as_family_copy_in_the_window_prints_what_was_agreed(qtbot, monkeypatch, tmp_path, lang):
    from skymap.ui.main_window import MainWindow  # noqa: PLC0415
    from tests.ui.test_family_export_window import _menu_action  # noqa: PLC0415

    window = MainWindow(planned_map(lang), None, "en")
    qtbot.addWidget(window)
    out = tmp_path / "for-them.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    _menu_action(window, "File", "Export As", "Family's Own Copy").trigger()
    assert_what_we_agreed(everything_readable(out.read_bytes()), lang)
    window.undo_stack.setClean()



@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_people_heading_never_stands_alone_at_a_pages_foot(tmp_path, lang):
    """With a short plan the heading of the people around the family fell at the foot of the page
    and its first cloud went over to the next: the heading keeps its first cloud with it."""
    from pypdf import PdfReader  # noqa: PLC0415

    from skymap.model.messages import message  # noqa: PLC0415
    from skymap.storage.mapfile import load_map  # noqa: PLC0415
    from tests.helpers import EXAMPLE  # noqa: PLC0415

    plan = {"goals": ["Emil trives i skolen"],
            "agreements": [{"id": "a1", "text": "Ringe til PPR", "owner": FAMILY_ID, "status": "open"},
                           {"id": "a2", "text": "Søge om aflastning", "owner": FAMILY_ID, "status": "open"}]}
    src = tmp_path / "kort.json"
    save_map(SkyMap.model_validate({**load_map(EXAMPLE).model_dump(), **plan}), src)
    out = tmp_path / "familie.pdf"
    assert main(["export", str(src), "-o", str(out), "--for", "family", "--lang", lang]) == 0
    heading = message("fam_people", lang)
    pages = [[ln.strip() for ln in page.extract_text().splitlines() if ln.strip()] for page in PdfReader(out).pages]
    found = [n for n, lines in enumerate(pages) if heading in lines]
    assert found, heading
    lines = pages[found[0]]
    after = lines[lines.index(heading) + 1:]
    assert len([ln for ln in after if ln.startswith("•")]) >= 1, lines[-5:]  # a cloud's people follow it
