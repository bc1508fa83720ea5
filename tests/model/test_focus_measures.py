"""The overview's figures while a child's own view is shown are the figures of that view
(focus.shown_map): the professionals the member meets, only that member's row, findings
about nobody outside it; the whole map when no view is shown. No Qt."""

from __future__ import annotations

from skymap.model.findings import findings
from skymap.model.focus import focus_of, member_map, shown_map
from skymap.model.metrics import compute
from tests.helpers import by_name, example


def test_the_figures_of_a_childs_view_count_only_that_network():
    m = example()
    emil = by_name(m, "Emil Nørgaard")
    whole, shown = compute(m, with_betweenness=False), compute(shown_map(m, emil.id), with_betweenness=False)
    met = focus_of(m, emil.id).people - {emil.id}
    assert set(shown.professional_ids) | set(shown.private_ids) == {a.id for a in m.actors if a.id in met and a.active}
    assert len(shown.professional_ids) < len(whole.professional_ids)
    assert list(shown.per_member) == [emil.id] and shown.per_member[emil.id] == whole.per_member[emil.id]
    assert shown.coordination_links < whole.coordination_links and shown.contact_links < whole.contact_links
    outside = {p.id for p in (*m.actors, *m.family)} - focus_of(m, emil.id).people
    assert all(not set(f.ids) & outside for f in findings(shown_map(m, emil.id), shown))
    # the same figures as the view printed (export --focus)
    assert compute(member_map(m, emil.id), with_betweenness=False).as_dict() == shown.as_dict()


def test_no_view_or_a_member_gone_is_the_whole_map():
    m = example()
    assert shown_map(m, None) is m and shown_map(m, "m-gone") is m
