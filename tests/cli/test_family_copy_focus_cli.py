"""`skymap export MAP -o F.pdf --for family --focus "Emil Nørgaard"`: the family's copy of
Emil's own view is titled "Emils netværk" / "Emil's network" on its pages and in its
metadata, as the meeting PDF of the view is (before, it kept "Familien Nørgaards eget kort")."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from tests.export.test_family_copy import everything_readable
from tests.helpers import EXAMPLE
from tests.helpers import run_cli as run


@pytest.mark.parametrize(("lang", "title", "family_title"), [
    ("da", "Emils netværk", "Familien Nørgaards eget kort"),
    ("en", "Emil's network", "The Nørgaard family's own map"),
])
def test_the_family_copy_of_a_childs_view_names_the_childs_network(capsys, tmp_path, lang, title, family_title):
    out = tmp_path / "emil.pdf"
    code, _, err = run(capsys, "export", EXAMPLE, "-o", out, "--for", "family", "--focus", "Emil Nørgaard",
                       "--lang", lang)
    assert code == 0, err
    reader = PdfReader(out)
    pages = [page.extract_text() for page in reader.pages]
    assert pages[0].splitlines()[0] == title and pages[1].splitlines()[0] == title  # the map and the plain page
    assert reader.metadata.title == title
    text = everything_readable(out.read_bytes())
    assert family_title not in text and "Sofie Nørgaard" not in text  # (only Emil's network in it)
    meeting = tmp_path / "meeting.pdf"
    assert run(capsys, "export", EXAMPLE, "-o", meeting, "--focus", "Emil Nørgaard", "--lang", lang)[0] == 0
    assert PdfReader(meeting).pages[0].extract_text().splitlines()[0] == title  # the same title as the meeting's


def test_the_family_copy_of_the_whole_map_keeps_the_familys_title(capsys, tmp_path):
    out = tmp_path / "all.pdf"
    assert run(capsys, "export", EXAMPLE, "-o", out, "--for", "family")[0] == 0
    assert PdfReader(out).metadata.title == "Familien Nørgaards eget kort"
