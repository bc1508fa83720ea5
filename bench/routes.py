"""The ties' bends after an edit (model/live_routes.py): the routes brought up to date after
adding, moving or deleting one person (and undoing it), against working every route out
from scratch (`Routes(m)`, what the screen did before and the print still does), measured on
the same map states in the same run.

Targets (issue 17's edit within 8 ms at 30 people): ≤ 1 ms at 30 people / 60 ties, ≤ 3 ms at
79 people (80 with one added: the most that is routed, ROUTED_UP_TO) / 150 ties.

    python -m bench.routes [--quick]
"""

from __future__ import annotations

import gc
import random
import sys
import time

from bench.common import Row, median, say, spread

NAME = "routes"
KINDS = ("add a person", "move a person to another cloud", "delete a person", "undo")


def _timed(fn) -> float:
    gc.collect()
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def measure(actors: int, ties: int, edits: int, seed: int = 3) -> dict[str, tuple[list[float], list[float], int]]:
    """For each kind of edit: (seconds of LiveRoutes.update, seconds of Routes(m), ties
    worked out again in all), on the same states of a bench.maps.big_map."""
    from bench.maps import big_map
    from skymap.model import edits as planned
    from skymap.model.document import MapDocument
    from skymap.model.live_routes import LiveRoutes
    from skymap.model.objects import Actor
    from skymap.model.routes import Routes
    from skymap.model.steps import Add, Remove, Update

    rnd = random.Random(seed)
    doc = MapDocument(big_map(actors, ties))
    live = LiveRoutes(doc.map)
    out: dict[str, tuple[list[float], list[float], int]] = {k: ([], [], 0) for k in KINDS}

    def record(kind: str) -> None:
        inc, scratch, worked = out[kind]
        inc.append(_timed(lambda: live.update(doc.map)))
        scratch.append(_timed(lambda: Routes(doc.map)))
        out[kind] = (inc, scratch, worked + live.worked_out)

    for n in range(edits):
        kind = KINDS[n % 3]
        clouds = [d.id for d in doc.map.domains]
        if kind == "add a person":
            domain = rnd.choice(clouds)
            room, [(x, y)] = planned.place_in_cloud(doc, domain)
            actor = Actor(id=doc.new_id("actors"), name="Ny", domain=domain, x=x, y=y)
            steps = [Update(doc, room), Add(doc, [("actors", actor)])]
        elif kind == "move a person to another cloud":
            person = rnd.choice(doc.map.actors)
            steps = [Update(doc, planned.move_to_cloud(doc, person.id, rnd.choice(
                [c for c in clouds if c != person.domain])))]
        else:
            steps = [Remove(doc, [("actors", rnd.choice(doc.map.actors).id)])]
        for step in steps:
            step.do()
        record(kind)
        for step in reversed(steps):
            step.undo()
        record("undo")
    return out


def run(quick: bool = False) -> list[Row]:
    rows = []
    edits = 12 if quick else 60
    for actors, ties, target in ((30, 60, 0.001), (75, 150, 0.003)):
        people = actors + 4
        say(f"  routes: {people} people, {ties} ties")
        for kind, (inc, scratch, worked) in measure(actors, ties, edits).items():
            rows.append(Row(
                f"Ties' bends after an edit ({kind}), {people} people / {ties} ties",
                median(inc), median(scratch), "s", f"median < {target * 1000:.0f} ms", max_value=target,
                notes=[f"Skymap: LiveRoutes.update(map) after the edit, working out again only the ties whose "
                       f"route can change ({worked / len(inc):.1f} of {ties} on average); {spread(inc)}.",
                       f"Baseline: Routes(map), every route worked out from scratch on the same state (what "
                       f"the screen did before; the print still does); {spread(scratch)}."],
            ))
    return rows


if __name__ == "__main__":
    from bench.common import fmt, fmt_ratio

    for row in run(quick="--quick" in sys.argv):
        print(f"{row.figure}: {fmt(row.skymap, row.unit)} vs {fmt(row.baseline, row.unit)} "
              f"({fmt_ratio(row.ratio)}); {row.notes[0]}")
