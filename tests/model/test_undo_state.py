"""Random edits, then undo all of them: the map is the one we started with; redo all: the
map is the one we ended with. A Hypothesis state machine drives the same model steps the
undo commands run (model/steps.py) with the plans the editor makes (model/edits.py):
adding, removing, moving and renaming people, family members and clouds; moving a person
to a cloud; ties; Tidy Up of the map or of one cloud; the map's details and settings; a
status kept and removed. No Qt.

Each user action is one undo step made of model steps (adding a person into a cloud: the
cloud grows, then the person is added), as the editor pushes them; undoing in the middle
and then editing drops what could have been redone, as the undo stack does.
"""

from __future__ import annotations

import itertools
from datetime import date

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from skymap.model import edits, steps
from skymap.model.document import MapDocument
from skymap.model.objects import FAMILY_ID, Actor, Domain, FamilyMember, Link
from skymap.model.status import new_status
from tests.helpers import example

NAMES = st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), max_size=12)
COORDS = st.floats(-3000, 3000, allow_nan=False).map(lambda v: round(v, 1))


class _Doc(MapDocument):
    """Ids counted, not random: Hypothesis replays a failing example exactly."""

    def __init__(self, skymap) -> None:
        super().__init__(skymap)
        self._count = itertools.count()

    def new_id(self, collection):
        return f"{collection[0]}-h{next(self._count)}"


class UndoRedo(RuleBasedStateMachine):
    """The map, the undo steps done so far and the map after each of them."""

    @initialize()
    def start(self) -> None:
        self.doc = _Doc(example())
        self.done: list[list] = []  # one entry per user action: its model steps, in order
        self.states = [self._state()]  # states[i]: the map after the first i actions
        self.tidied = False
        self.labels = itertools.count(1)  # a status's label is never taken twice

    def _state(self):
        return self.doc.map.model_dump(mode="json")

    def _do(self, *action) -> None:
        action = [step for step in action if step is not None]
        for step in action:
            step.do()
        self.done.append(action)
        self.states.append(self._state())

    def _ids(self, collection: str) -> list[str]:
        return [o.id for o in getattr(self.doc.map, collection)]

    # ----- people and family members ---------------------------------------------------
    @precondition(lambda self: self.doc.map.domains)
    @rule(data=st.data(), name=NAMES)
    def add_person_in_cloud(self, data, name) -> None:
        domain_id = data.draw(st.sampled_from(self._ids("domains")))
        plan, [(x, y)] = edits.place_in_cloud(self.doc, domain_id)
        actor = Actor(id=self.doc.new_id("actors"), name=name, domain=domain_id, x=x, y=y)
        self._do(steps.Update(self.doc, plan) if plan else None, steps.Add(self.doc, [("actors", actor)]))

    @rule(name=NAMES, x=COORDS, y=COORDS)
    def add_person_on_canvas(self, name, x, y) -> None:
        self._do(steps.Add(self.doc, [("actors", Actor(id=self.doc.new_id("actors"), name=name, x=x, y=y))]))

    @rule(name=NAMES)
    def add_family_member(self, name) -> None:
        room, (x, y) = edits.place_member(self.doc)
        member = FamilyMember(id=self.doc.new_id("family"), name=name, x=x, y=y)
        self._do(steps.Add(self.doc, [("family", member)]), steps.Update(self.doc, room))

    @rule(name=NAMES, x=COORDS, y=COORDS)
    def add_family_member_by_hand(self, name, x, y) -> None:
        member = FamilyMember(id=self.doc.new_id("family"), name=name, x=x, y=y)
        add = steps.Add(self.doc, [("family", member)])
        add.do()  # the room the family needs is planned with the newcomer in it, as the editor does
        room = steps.Update(self.doc, edits.room_for_family(self.doc))
        add.undo()
        self._do(add, room)

    @precondition(lambda self: self.doc.map.actors or self.doc.map.family)
    @rule(data=st.data(), x=COORDS, y=COORDS)
    def move_someone(self, data, x, y) -> None:
        collection = data.draw(st.sampled_from([c for c in ("actors", "family") if getattr(self.doc.map, c)]))
        obj_id = data.draw(st.sampled_from(self._ids(collection)))
        self._do(steps.Update(self.doc, [(collection, obj_id, {"x": x, "y": y})]))

    @precondition(lambda self: self.doc.map.actors or self.doc.map.family or self.doc.map.domains)
    @rule(data=st.data(), name=NAMES)
    def rename(self, data, name) -> None:
        collection = data.draw(st.sampled_from([c for c in ("actors", "family", "domains")
                                                if getattr(self.doc.map, c)]))
        obj_id = data.draw(st.sampled_from(self._ids(collection)))
        field = "label" if collection == "domains" else "name"
        self._do(steps.Update(self.doc, [(collection, obj_id, {field: name})]))

    @precondition(lambda self: self.doc.map.actors)
    @rule(data=st.data())
    def move_to_cloud(self, data) -> None:
        actor_id = data.draw(st.sampled_from(self._ids("actors")))
        domain_id = data.draw(st.sampled_from([None, *self._ids("domains")]))
        self._do(steps.Update(self.doc, edits.move_to_cloud(self.doc, actor_id, domain_id)))

    @precondition(lambda self: self.doc.map.actors or self.doc.map.family or self.doc.map.domains
                  or self.doc.map.links)
    @rule(data=st.data())
    def delete_selection(self, data) -> None:
        """Delete one to three things at once (people with their ties, a cloud, a tie)."""
        targets = [(c, obj_id) for c in ("actors", "family", "domains", "links") for obj_id in self._ids(c)]
        chosen = data.draw(st.lists(st.sampled_from(targets), min_size=1, max_size=3, unique=True))
        self._do(steps.Remove(self.doc, chosen))

    # ----- clouds and ties ---------------------------------------------------------------
    @rule(label=NAMES, x=COORDS, y=COORDS)
    def add_cloud(self, label, x, y) -> None:
        domain = Domain(id=self.doc.new_id("domains"), label=label, x=x, y=y)
        self._do(steps.Add(self.doc, [("domains", domain)]))

    @precondition(lambda self: self.doc.map.domains)
    @rule(data=st.data(), x=COORDS, y=COORDS)
    def move_cloud(self, data, x, y) -> None:
        domain_id = data.draw(st.sampled_from(self._ids("domains")))
        self._do(steps.Update(self.doc, [("domains", domain_id, {"x": x, "y": y})]))

    @precondition(lambda self: self.doc.map.actors)
    @rule(data=st.data())
    def draw_tie(self, data) -> None:
        ends = [*self._ids("actors"), *self._ids("family"), FAMILY_ID]
        tie = edits.new_tie(self.doc, data.draw(st.sampled_from(ends)), data.draw(st.sampled_from(ends)))
        if tie is not None:
            kind, source, target = tie
            link = Link(id=self.doc.new_id("links"), kind=kind, source=source, target=target)
            self._do(steps.Add(self.doc, [("links", link)]))

    @precondition(lambda self: not self.tidied)  # once a run: the whole map's arrangement is the costly one
    @rule()
    def tidy_up(self) -> None:
        self.tidied = True
        self._do(steps.Update(self.doc, edits.tidy(self.doc)))

    @precondition(lambda self: self.doc.map.domains)
    @rule(data=st.data())
    def tidy_one_cloud(self, data) -> None:
        self._do(steps.Update(self.doc, edits.tidy(self.doc, [data.draw(st.sampled_from(self._ids("domains")))])))

    # ----- the map's details, settings and statuses ----------------------------------------
    @rule(title=NAMES, weak=st.sampled_from([1.0, 2.5, 3.0]), strong=st.sampled_from([3.0, 4.0, 5.0]))
    def details_and_settings(self, title, weak, strong) -> None:
        self._do(steps.Fields(self.doc, "meta", {"title": title}),
                 steps.Fields(self.doc, "settings", {"rc_weak_below": weak, "rc_strong_from": strong}))

    @rule(day=st.integers(1, 28))
    def keep_status(self, day) -> None:
        snap = new_status(self.doc, f"Status {next(self.labels)}", date(2026, 2, day))
        self._do(steps.Add(self.doc, [("snapshots", snap)]))

    @precondition(lambda self: self.doc.map.snapshots)
    @rule(data=st.data())
    def remove_status(self, data) -> None:
        self._do(steps.Remove(self.doc, [("snapshots", data.draw(st.sampled_from(self._ids("snapshots"))))]))

    # ----- undo and redo ---------------------------------------------------------------------
    @precondition(lambda self: self.done)
    @rule()
    def undo_the_last(self) -> None:
        """Undo one step; the next edit then drops it, as the undo stack does."""
        for step in reversed(self.done.pop()):
            step.undo()
        self.states.pop()
        assert self._state() == self.states[-1]

    @rule()
    def undo_all_then_redo_all(self) -> None:
        for i in range(len(self.done), 0, -1):
            for step in reversed(self.done[i - 1]):
                step.undo()
            assert self._state() == self.states[i - 1], f"undoing step {i} of {len(self.done)}"
        for i, action in enumerate(self.done, start=1):
            for step in action:
                step.do()
            assert self._state() == self.states[i], f"redoing step {i} of {len(self.done)}"

    @invariant()
    def the_map_is_still_valid(self) -> None:
        type(self.doc.map).model_validate(self.doc.map.model_dump())

    def teardown(self) -> None:
        if hasattr(self, "doc"):
            self.undo_all_then_redo_all()


UndoRedo.TestCase.settings = settings(max_examples=20, stateful_step_count=15, deadline=None,
                                      suppress_health_check=[HealthCheck.too_slow])
test_random_edits_undo_to_the_start_and_redo_to_the_end = UndoRedo.TestCase
