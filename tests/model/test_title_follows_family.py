"""A title never typed is the family's: a user trial set the family name ("Holm") in the
inspector of a new map and got a PDF titled "Nyt kort". The rule lives in the model
(model/title.py, MapDocument.update_meta) and needs no Qt and no format change."""

from __future__ import annotations

import pytest

from skymap.model.document import MapDocument
from skymap.model.steps import Fields
from skymap.model.template import new_map
from skymap.model.title import shown_title


@pytest.mark.parametrize(("lang", "titled"), [("da", "Familien Holm"), ("en", "The Holm family")])
def test_a_new_maps_title_follows_the_family_name_set_later(lang, titled):
    doc = MapDocument(new_map(lang=lang))
    assert doc.map.meta.title == ("Nyt kort" if lang == "da" else "New map")
    step = Fields(doc, "meta", {"family_name": "Holm"})  # what the inspector's command does
    step.do()
    assert doc.map.meta.title == titled
    step.undo()  # one step: the name and the title back together
    assert (doc.map.meta.family_name, doc.map.meta.title) == ("", "Nyt kort" if lang == "da" else "New map")
    step.do()
    assert doc.map.meta.title == titled


def test_the_family_title_follows_a_renamed_family_and_a_cleared_one():
    doc = MapDocument(new_map(family_name="Holm", lang="da"))
    assert doc.map.meta.title == "Familien Holm"
    doc.update_meta(family_name="Holm-Jensen")
    assert doc.map.meta.title == "Familien Holm-Jensen"
    doc.update_meta(family_name="")
    assert doc.map.meta.title == "Nyt kort"


def test_a_typed_title_stays():
    doc = MapDocument(new_map(lang="da"))
    doc.update_meta(title="Netværksmøde efterår")
    doc.update_meta(family_name="Holm")
    assert doc.map.meta.title == "Netværksmøde efterår"
    assert shown_title(doc.map.meta) == "Netværksmøde efterår"


def test_a_map_saved_with_the_untouched_title_is_shown_titled_after_its_family():
    """A file written before the rule: "Nyt kort" stored beside the family name."""
    m = new_map(lang="da")
    m.meta = m.meta.model_copy(update={"family_name": "Holm"})
    assert m.meta.title == "Nyt kort"
    assert shown_title(m.meta) == "Familien Holm"
    assert shown_title(m.meta.model_copy(update={"title": "New map"})) == "Familien Holm"
    english = m.meta.model_copy(update={"language": "en", "title": ""})
    assert shown_title(english) == "The Holm family"
    assert shown_title(new_map(lang="da").meta, "en") == "New map"  # no family: the words around it
