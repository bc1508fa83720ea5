"""`skymap export --pseudonymise`: no name of anyone in the map or its statuses, in any form,
in any kind of file — the PNG's painted text and its text chunks included."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from skymap.cli import main
from skymap.model.document import MapDocument
from skymap.model.status import add_status
from skymap.model.template import new_map
from skymap.model.vocabulary import FamilyRole
from skymap.storage.mapfile import load_map, save_map
from tests.export.leaks import (
    AFTER,
    BEFORE,
    FORMS,
    build,
    leaks_in_bytes,
    leaks_in_text,
    parts,
    pdf_leaks,
    png_text_chunks,
    written,
)

FAMILY = ["Sofie Nørgaard", "Zoë Lindqvist"]
ACTORS = ["José Ramírez", "Ib Thygesen", "Fiona Steffensen"]
LEFT = ["Eva Kjær", "Åse Øster-Brøndum"]
CASEWORKER = "Mette Holmgaard"
EVERYONE = [*FAMILY, *ACTORS, *LEFT, CASEWORKER]


@pytest.fixture(autouse=True)
def _english_system(monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


def mentions():
    """Every name, and each part of it, in turn, in every written form and neighbourhood."""
    for i in itertools.count():
        name = EVERYONE[i % len(EVERYONE)]
        said = [name, *parts(name)][i % (len(parts(name)) + 1)]
        yield (BEFORE[i % len(BEFORE)] + written(said, FORMS[i % len(FORMS)]) + AFTER[i % len(AFTER)]
               + " og " + written(name, FORMS[(i + 3) % len(FORMS)]))


@pytest.fixture(scope="module")
def planted_file(tmp_path_factory) -> Path:
    m = build(FAMILY, ACTORS, LEFT, CASEWORKER, ["NFC", "NFD"] * 6, mentions())
    path = tmp_path_factory.mktemp("maps") / "planted.json"
    save_map(m, path)
    return path


def run(capsys, *argv) -> int:
    code = main([str(a) for a in argv])
    capsys.readouterr()
    return code


def file_leaks(path: Path) -> set[str]:
    data = path.read_bytes()
    if path.suffix == ".pdf":
        return pdf_leaks(data, EVERYONE)
    return leaks_in_text(data.decode("utf-8-sig"), EVERYONE) | leaks_in_bytes(data, EVERYONE)


def test_the_planted_map_carries_the_names(planted_file):
    """Without --pseudonymise the search finds them (so the checks below can fail)."""
    assert set(EVERYONE) <= leaks_in_text(planted_file.read_text(encoding="utf-8"), EVERYONE)


@pytest.mark.parametrize("mode", ["initials", "roles"])
@pytest.mark.parametrize("suffix", [".pdf", ".svg", ".graphml", ".csv"])
def test_export_pseudonymised_has_no_name(capsys, tmp_path, planted_file, mode, suffix):
    out = tmp_path / f"ud{suffix}"
    assert run(capsys, "export", planted_file, "-o", out, "--pseudonymise", mode) == 0
    assert not file_leaks(out)


@pytest.mark.parametrize("mode", ["initials", "roles"])
def test_export_pdf_with_changes_since_a_status_named_after_people(capsys, tmp_path, planted_file, mode):
    first = load_map(planted_file).snapshots[0].label
    out = tmp_path / "ændringer.pdf"
    assert run(capsys, "export", planted_file, "-o", out, "--pseudonymise", mode, "--changes-since", first) == 0
    assert not file_leaks(out)


def test_export_of_one_status_scrubs_people_who_came_later(capsys, tmp_path):
    """A status exported alone still knows the people of the whole file: Ole joined after
    both statuses, and the first status's label names him."""
    doc = MapDocument(new_map(family_name="Nørgaard"))
    doc.add_member("Sofie Nørgaard", role=FamilyRole.MOTHER)
    doc.add_actor("Eva Kjær", role="Jobkonsulent", domain="d-jobcentre")
    add_status(doc, "Før Ole Hansen kom")
    add_status(doc, "Opfølgning")
    doc.add_actor("Ole Hansen", role="Jobkonsulent", domain="d-jobcentre")
    path = tmp_path / "kort.json"
    save_map(doc.map, path)
    out = tmp_path / "status.pdf"
    assert run(capsys, "export", path, "-o", out, "--status", "Opfølgning", "--changes-since", "Før Ole Hansen kom",
               "--pseudonymise", "initials") == 0
    assert not pdf_leaks(out.read_bytes(), ["Ole Hansen", "Sofie Nørgaard", "Eva Kjær"])
    assert "Før O.H. kom" in " ".join(pdf_text_of(out).split())


def pdf_text_of(path: Path) -> str:
    from pypdf import PdfReader  # noqa: PLC0415

    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


@pytest.mark.parametrize(("mode", "pseudonyms"), [("initials", {"S.N.", "J.R.", "I.T.", "Familien N."}),
                                                  ("roles", {"mor", "barn", "Familien"})])
def test_png_paints_pseudonyms_and_carries_no_name(capsys, tmp_path, planted_file, monkeypatch, mode, pseudonyms):
    """Every text the PNG paints is caught on its way to the painter; the PNG file and its
    text chunks are searched too."""
    from PySide6.QtGui import QPainter  # noqa: PLC0415

    painted: list[str] = []
    draw_text = QPainter.drawText

    def recording_draw_text(painter, *args):
        painted.extend(a for a in args if isinstance(a, str))
        return draw_text(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", recording_draw_text)
    out = tmp_path / "kort.png"
    assert run(capsys, "export", planted_file, "-o", out, "--pseudonymise", mode, "--width", "800") == 0
    monkeypatch.undo()
    assert pseudonyms <= set(painted)
    assert not leaks_in_text("\n".join(painted), EVERYONE)
    data = out.read_bytes()
    assert not leaks_in_bytes(data, EVERYONE)
    for chunk in png_text_chunks(data):
        assert not leaks_in_bytes(chunk, EVERYONE)


def test_png_recording_sees_the_names_without_pseudonymise(capsys, tmp_path, planted_file, monkeypatch):
    from PySide6.QtGui import QPainter  # noqa: PLC0415

    painted: list[str] = []
    draw_text = QPainter.drawText

    def recording_draw_text(painter, *args):
        painted.extend(a for a in args if isinstance(a, str))
        return draw_text(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", recording_draw_text)
    assert run(capsys, "export", planted_file, "-o", tmp_path / "kort.png", "--width", "800") == 0
    monkeypatch.undo()
    assert {"Sofie Nørgaard", "José Ramírez"} <= leaks_in_text("\n".join(painted), EVERYONE)
