"""The quick set-based check of a map's references agrees with the detailed one, on the
example map and on many randomly broken copies of it."""

from __future__ import annotations

import random

import pytest

from skymap.model import objects
from skymap.model.objects import FAMILY_ID, reference_problems
from skymap.storage.mapfile import load_map
from tests.helpers import EXAMPLE


def _detailed(family, domains, actors, links, annotations):
    saved = objects._all_well
    objects._all_well = lambda *a: False
    try:
        return reference_problems(family, domains, actors, links, annotations)
    finally:
        objects._all_well = saved


def _break(m, rnd):
    family, domains, actors, links = list(m.family), list(m.domains), list(m.actors), list(m.links)
    ids = [o.id for o in (*family, *domains, *actors, *links)] + [FAMILY_ID, "nobody"]
    what = rnd.randrange(6)
    if what == 0:  # a duplicate id
        i = rnd.randrange(len(actors))
        actors[i] = actors[i].model_copy(update={"id": rnd.choice(ids)})
    elif what == 1:  # a cloud that is not there
        i = rnd.randrange(len(actors))
        actors[i] = actors[i].model_copy(update={"domain": rnd.choice(ids)})
    elif what in (2, 3):  # a tie's end anywhere
        i = rnd.randrange(len(links))
        end = "source" if what == 2 else "target"
        links[i] = links[i].model_copy(update={end: rnd.choice(ids)})
    elif what == 4:  # a tie to itself
        i = rnd.randrange(len(links))
        links[i] = links[i].model_copy(update={"target": links[i].source})
    else:  # a tie turned into the other kind
        i = rnd.randrange(len(links))
        other = [k for k in type(links[i].kind) if k is not links[i].kind][0]
        links[i] = links[i].model_copy(update={"kind": other})
    return family, domains, actors, links, list(m.annotations)


def test_the_example_is_well():
    m = load_map(EXAMPLE)
    assert objects._all_well(m.family, m.domains, m.actors, m.links, m.annotations)


@pytest.mark.parametrize("seed", range(300))
def test_quick_and_detailed_checks_agree(seed):
    m = load_map(EXAMPLE)
    parts = _break(m, random.Random(seed))
    detailed = _detailed(*parts)
    assert objects._all_well(*parts) == (detailed == [])
    assert reference_problems(*parts) == detailed
