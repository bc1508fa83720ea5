"""Words into lines for the PDF: the map's names and the contact list's cells."""

from skymap.export.painter import text_width, wrap_words
from skymap.export.pdf import _lines


def test_words_wrap_at_spaces_within_the_width():
    text = "Emil Nørgaard (middel), Sofie Nørgaard (middel), Alma Nørgaard (stærk)"
    lines = wrap_words(text, 8, 90)
    assert len(lines) > 1 and " ".join(lines) == text
    assert all(text_width(line, 8) <= 90 for line in lines)


def test_an_overlong_word_stays_whole_on_the_map_but_is_broken_in_a_table_cell():
    word = "Børne-og-ungdomspsykiatrisk-afdeling"
    assert wrap_words(word, 8, 40) == [word]
    broken = wrap_words(f"ved {word} nu", 8, 40, break_long=True)
    assert "".join(broken).replace(" ", "") == f"ved{word}nu"
    assert all(text_width(line, 8) <= 40 for line in broken)


def test_a_table_cell_is_plain_text_with_line_breaks():
    assert _lines("", 50) == ""
    assert _lines("kort", 50) == "kort"
    cell = _lines("Klasselærer for Emil og Freja på Vestbyskolen", 60)
    assert "\n" in cell and cell.replace("\n", " ") == "Klasselærer for Emil og Freja på Vestbyskolen"
