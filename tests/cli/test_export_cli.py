"""`skymap export`: every kind of file, the PDF options, and clear refusals — in-process and in a real process."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from pypdf import PdfReader

from skymap.storage.csv_import import read_contact_list
from skymap.storage.mapfile import load_map
from tests.helpers import BAD_MAPS, EXAMPLE
from tests.helpers import run_cli as run


@pytest.fixture(autouse=True)
def _english_system(monkeypatch):
    """Messages follow the system language; pin it so the tests do not depend on the machine."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


@pytest.fixture(scope="module")
def example():
    return load_map(EXAMPLE)


def people(m) -> list[str]:
    return [f.name for f in m.family] + [a.name for a in m.actors]


def pdf_text(path: Path) -> list[str]:
    return [p.extract_text() for p in PdfReader(path).pages]


def assert_refused(code: int, out: str, err: str) -> None:
    """Exit 2 with one clear line on stderr, nothing else."""
    assert code == 2
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("skymap")
    assert out == ""


# ----- every kind of file --------------------------------------------------------------------

def _is_pdf(data: bytes) -> bool:
    return data.startswith(b"%PDF-")


def _is_svg(data: bytes) -> bool:
    return data.startswith(b"<?xml") and b"<svg" in data[:400]


def _is_png(data: bytes) -> bool:
    return data.startswith(b"\x89PNG\r\n\x1a\n")


def _is_graphml(data: bytes) -> bool:
    return data.startswith(b"<?xml") and b"<graphml" in data[:600]


def _is_csv(data: bytes) -> bool:
    return data.startswith("\ufeffnavn;type;rolle".encode("utf-8"))


@pytest.mark.parametrize(
    ("suffix", "check"),
    [(".pdf", _is_pdf), (".svg", _is_svg), (".png", _is_png), (".graphml", _is_graphml), (".csv", _is_csv)],
)
def test_export_each_kind(capsys, tmp_path, suffix, check):
    out = tmp_path / f"kort{suffix}"
    extra = ["--width", "500"] if suffix == ".png" else []
    code, stdout, err = run(capsys, "export", EXAMPLE, "-o", out, *extra)
    assert code == 0, err
    assert err == ""
    assert str(out) in stdout and "Saved" in stdout
    assert out.is_file()
    assert check(out.read_bytes())
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_uppercase_extension_is_understood(capsys, tmp_path):
    out = tmp_path / "KORT.PDF"
    code, _, err = run(capsys, "export", EXAMPLE, "-o", out)
    assert code == 0, err
    assert _is_pdf(out.read_bytes())


def test_exported_pdf_is_the_meeting_pdf(capsys, tmp_path, example):
    out = tmp_path / "møde.pdf"
    assert run(capsys, "export", EXAMPLE, "-o", out)[0] == 0
    pages = pdf_text(out)
    assert len(pages) >= 3
    assert "FORTROLIGT" in pages[0]  # the map's own language (Danish), not the system's
    assert f"side 1 af {len(pages)}" in pages[0]
    text = " ".join(" ".join(p.split()) for p in pages[1:])
    assert all(n in text for n in people(example))


def test_exported_csv_and_graphml_read_back(capsys, tmp_path, example):
    csv_out, graph_out = tmp_path / "k.csv", tmp_path / "k.graphml"
    assert run(capsys, "export", EXAMPLE, "-o", csv_out)[0] == 0
    assert run(capsys, "export", EXAMPLE, "-o", graph_out)[0] == 0
    assert [r.name for r in read_contact_list(csv_out).rows] == people(example)
    g = nx.read_graphml(graph_out)
    assert g.number_of_edges() == len(example.links)


def test_paper_a3(capsys, tmp_path):
    out = tmp_path / "a3.pdf"
    code, _, err = run(capsys, "export", EXAMPLE, "-o", out, "--paper", "a3")
    assert code == 0, err
    for page in PdfReader(out).pages:
        assert float(page.mediabox.width) == pytest.approx(1191, abs=1)
        assert float(page.mediabox.height) == pytest.approx(842, abs=1)
    svg = tmp_path / "a3.svg"
    assert run(capsys, "export", EXAMPLE, "-o", svg, "--paper", "a3")[0] == 0
    assert b'width="1191pt" height="842pt"' in svg.read_bytes()


def test_lang_en(capsys, tmp_path):
    out = tmp_path / "en.pdf"
    code, _, err = run(capsys, "export", EXAMPLE, "-o", out, "--lang", "en")
    assert code == 0, err
    pages = pdf_text(out)
    assert "CONFIDENTIAL" in pages[0] and "FORTROLIGT" not in pages[0]
    assert f"page 2 of {len(pages)}" in pages[1]
    csv_out = tmp_path / "en.csv"
    assert run(capsys, "export", EXAMPLE, "-o", csv_out, "--lang", "en")[0] == 0
    assert csv_out.read_bytes().startswith("\ufeffname,kind,role".encode("utf-8"))


@pytest.mark.parametrize("suffix", [".pdf", ".svg", ".graphml", ".csv"])
def test_pseudonymise_initials(capsys, tmp_path, example, suffix):
    out = tmp_path / f"anonym{suffix}"
    code, _, err = run(capsys, "export", EXAMPLE, "-o", out, "--pseudonymise", "initials")
    assert code == 0, err
    if suffix == ".pdf":
        reader = PdfReader(out)
        text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
        text += " " + " ".join(str(v) for v in reader.metadata.values())
    else:
        text = out.read_text(encoding="utf-8-sig")
    parts = {p for n in people(example) for p in re.split(r"[\s\-]+", n)}
    for name in people(example):
        assert name not in text, name
    for part in parts:
        assert not re.search(r"(?<!\w)" + re.escape(part) + r"(?!\w)", text), part
    assert "S.N." in text


def test_sections_map_gives_one_page(capsys, tmp_path):
    out = tmp_path / "kort.pdf"
    code, _, err = run(capsys, "export", EXAMPLE, "-o", out, "--sections", "map")
    assert code == 0, err
    assert len(PdfReader(out).pages) == 1


def test_sections_map_and_summary(capsys, tmp_path):
    out = tmp_path / "kort.pdf"
    code, _, err = run(capsys, "export", EXAMPLE, "-o", out, "--sections", "summary, map")
    assert code == 0, err
    pages = pdf_text(out)
    assert len(pages) == 2
    assert "Signaturforklaring" in pages[0] and pages[1].startswith("Fund")


# ----- refusals --------------------------------------------------------------------------------

def test_unknown_extension(capsys, tmp_path):
    out = tmp_path / "kort.doc"
    code, out_text, err = run(capsys, "export", EXAMPLE, "-o", out)
    assert_refused(code, out_text, err)
    assert "kort.doc" in err and ".pdf" in err and ".csv" in err
    assert not out.exists()


def test_unknown_section(capsys, tmp_path):
    out = tmp_path / "kort.pdf"
    code, out_text, err = run(capsys, "export", EXAMPLE, "-o", out, "--sections", "map,forside")
    assert_refused(code, out_text, err)
    assert "forside" in err and "contacts" in err
    assert not out.exists()


def test_missing_map(capsys, tmp_path):
    out = tmp_path / "kort.pdf"
    code, out_text, err = run(capsys, "export", tmp_path / "findes-ikke.json", "-o", out)
    assert_refused(code, out_text, err)
    assert "findes-ikke.json" in err
    assert not out.exists()


@pytest.mark.parametrize("bad", ["not_json.json", "version_newer.json", "dangling_link_target.json"])
def test_bad_map(capsys, tmp_path, bad):
    out = tmp_path / "kort.pdf"
    code, out_text, err = run(capsys, "export", BAD_MAPS / bad, "-o", out)
    assert_refused(code, out_text, err)
    assert bad in err
    assert not out.exists()


def test_output_folder_missing(capsys, tmp_path):
    out = tmp_path / "mangler" / "kort.pdf"
    code, out_text, err = run(capsys, "export", EXAMPLE, "-o", out)
    assert_refused(code, out_text, err)
    assert "kort.pdf" in err
    assert list(tmp_path.iterdir()) == []


def test_bad_option_values_are_refused_by_argparse(capsys, tmp_path):
    code, out_text, err = run(capsys, "export", EXAMPLE, "-o", tmp_path / "k.pdf", "--paper", "a5")
    assert_refused(code, out_text, err)
    assert "a5" in err
    code, out_text, err = run(capsys, "export", EXAMPLE, "-o", tmp_path / "k.pdf", "--pseudonymise", "codes")
    assert_refused(code, out_text, err)
    assert list(tmp_path.iterdir()) == []


# ----- a real process --------------------------------------------------------------------------

def test_export_in_a_real_process(tmp_path):
    out = tmp_path / "møde.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "en_GB.UTF-8", "PYTHONIOENCODING": "utf-8"}
    env.pop("LC_ALL", None)
    env.pop("LANGUAGE", None)
    done = subprocess.run(
        [sys.executable, "-m", "skymap.cli", "export", str(EXAMPLE), "-o", str(out), "--paper", "a3"],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120, cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert str(out) in done.stdout
    pages = pdf_text(out)
    assert len(pages) >= 3 and "FORTROLIGT" in pages[0]
    bad = subprocess.run(
        [sys.executable, "-m", "skymap.cli", "export", str(EXAMPLE), "-o", str(tmp_path / "kort.doc")],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120, cwd=tmp_path,
    )
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
