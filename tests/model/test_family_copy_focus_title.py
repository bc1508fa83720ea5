"""The family's copy of a child's own view is titled as the meeting PDF of that view is,
"Emils netværk" / "Emil's network", not "Familien Nørgaards eget kort" (which it kept
before); a child left out of the copy (protected) never gives it its name. No Qt."""

from __future__ import annotations

from skymap.model.family_copy import family_copy, family_page, family_title
from skymap.model.focus import focus_map
from tests.helpers import by_name, example


def test_a_childs_view_gives_the_copy_the_childs_network_as_title():
    emil = focus_map(example(), "Emil Nørgaard", "da")
    assert family_title(emil, "da") == "Emils netværk" and family_title(emil, "en") == "Emil's network"
    copy = family_copy(emil)
    assert copy.meta.title == "Emils netværk"
    assert family_page(copy, "da").title == "Emils netværk" and family_page(copy, "en").title == "Emil's network"
    # titled in English (the window's --lang en): the same child
    assert family_title(focus_map(example(), "Emil Nørgaard", "en"), "da") == "Emils netværk"


def test_the_whole_map_and_a_protected_child_keep_the_familys_title():
    whole = example()
    assert family_title(whole, "da") == "Familien Nørgaards eget kort"
    m = example()
    emil = by_name(m, "Emil Nørgaard")
    m.family[m.family.index(emil)] = emil.model_copy(update={"protected": True})
    view = focus_map(m, "Emil Nørgaard", "da")
    assert family_title(view, "da") == "Familien Nørgaards eget kort"
    assert "Emil" not in family_copy(view).meta.title
