"""The one export dispatcher (skymap.export.dispatch) that the command line and the window
share: the format follows the file's suffix, the language the map's unless asked, and a
format it does not know is refused before anything is written. No Qt here."""

from __future__ import annotations

import pytest

from skymap.export.dispatch import FORMATS, export_format, write_export
from skymap.model.errors import SkymapError
from skymap.model.template import new_map


def test_the_suffix_chooses_the_format_and_an_unknown_one_is_refused(tmp_path):
    assert export_format(tmp_path / "KORT.SVG") == ".svg"
    with pytest.raises(SkymapError) as err:
        write_export(new_map("standard", lang="da"), tmp_path / "kort.docx")
    assert "docx" in err.value.message("en") and ", ".join(FORMATS) in err.value.message("en")
    assert list(tmp_path.iterdir()) == []


def test_the_language_is_the_maps_unless_asked(tmp_path):
    danish = new_map("standard", family_name="Hansen", lang="da")
    write_export(danish, tmp_path / "da.csv")
    write_export(danish, tmp_path / "en.csv", lang="en")
    assert (tmp_path / "da.csv").read_text("utf-8-sig").startswith("navn;")
    assert (tmp_path / "en.csv").read_text("utf-8-sig").startswith("name,")
    write_export(danish, tmp_path / "kort.svg")
    assert "Signaturforklaring" in (tmp_path / "kort.svg").read_text("utf-8")


def test_a_name_without_the_suffix_is_written_in_the_format_given(tmp_path):
    write_export(new_map("standard", lang="da"), tmp_path / "til-mødet", fmt=".pdf")
    assert (tmp_path / "til-mødet").read_bytes().startswith(b"%PDF")


def test_a_png_needs_the_interfaces_renderer_and_pdf_options_only_go_to_a_pdf(tmp_path):
    m = new_map("standard", lang="da")
    with pytest.raises(TypeError):
        write_export(m, tmp_path / "kort.png")
    with pytest.raises(TypeError):
        write_export(m, tmp_path / "kort.svg", sections=["map"])
    drawn = []
    size = write_export(
        m,
        tmp_path / "kort.png",
        png_width=800,
        render_png=lambda skymap, out, width, lang: drawn.append((width, lang)) or (width, 600),
    )
    assert size == (800, 600) and drawn == [(800, "da")]
