"""skymap export MAP -o OUT.pdf --for family --lang en of a Danish map: the map page's title
and the PDF's title are English like the rest of the copy (they were "Familien Nørgaards eget
kort" above an English legend and an English plain-language page)."""

from __future__ import annotations

import shutil

from pypdf import PdfReader

from tests.helpers import EXAMPLE, run_cli


def test_the_family_copy_in_english_of_a_danish_map_is_titled_in_english(tmp_path, capsys):
    path = tmp_path / "familien.json"
    shutil.copy(EXAMPLE, path)
    out = tmp_path / "theirs.pdf"
    assert run_cli(capsys, "export", path, "-o", out, "--for", "family", "--lang", "en")[0] == 0
    reader = PdfReader(out)
    first = " ".join(reader.pages[0].extract_text().split())
    assert "The Nørgaard family's own map" in first and "eget kort" not in first
    assert reader.metadata.title == "The Nørgaard family's own map"
    # and in the map's own language, Danish as before
    assert run_cli(capsys, "export", path, "-o", out, "--for", "family")[0] == 0
    assert "Familien Nørgaards eget kort" in PdfReader(out).pages[0].extract_text()
