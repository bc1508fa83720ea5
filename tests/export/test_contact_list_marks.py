"""The meeting PDF's contact list: the Marks column is wide enough for its words; since the
consent column came, 'familiekoordinator' was broken over two lines ('familiekoordinato' / 'r')."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from skymap.cli import main
from skymap.storage.mapfile import save_map
from tests.export.consent_map import consent_map


@pytest.mark.parametrize(("lang", "words"), [
    ("da", ("familiekoordinator", "kerneteam")),
    ("en", ("family coordinator", "core team")),
])
def test_the_marks_of_a_coordinator_in_the_core_team_are_whole_words(tmp_path, lang, words):
    m = consent_map(lang)
    data = m.model_dump()
    for a in data["actors"]:
        if a["coordinator"]:
            a["core_team"] = True
    path = tmp_path / "kort.json"
    save_map(type(m).model_validate(data), path)
    out = tmp_path / "kort.pdf"
    assert main(["export", str(path), "-o", str(out), "--sections", "contacts"]) == 0
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    marks = f"{words[0]}, {words[1]}"
    assert marks in text.replace("\n", " ")  # wrapped at a space at most, never inside a word
