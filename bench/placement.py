"""Placement while adding and moving people, without Qt (issue 17: the whole edit has 8 ms
at 30 people and 16 ms at 300; placing the newcomer must be a small part of that).

Per sample: one call of edits.place_in_cloud (a person added to a cloud, the map kept
compact: model/keep_compact.py) or edits.move_to_cloud (a person put into another cloud),
on a map kept compact the way the program keeps it: each add's edits are applied and the
person added before the next add is planned; every third step also moves someone to
another cloud (applied too). Adds are split into those that grow or move a cloud (the
edits touch a cloud) and those that only place the newcomer (nothing else moves).

Maps: bench.maps.big_map(30, 60) and big_map(300, 1000); SEQUENCE adds into random clouds
(seeded), the same in every run.

Times are wall clock; the notes also give the process's CPU time, the steadier figure on a
machine busy with other work. (At 300 people an add that places only the newcomer may
still have weighed the ways round the family: a tall cloud's round corners or a crowded
map call for it, and the best way was the one the map already had.)

Baseline, measured in the same run on the same maps: the box-overlap tests a placement
must at least make to know whether anything overlaps — every cloud and every person's box
against every cloud's (pure Python, the same arithmetic as compact._overlap).

    python -m bench --only placement
    python -m bench.placement --profile 300     cProfile of the adds at 300 people
"""

from __future__ import annotations

import argparse
import gc
import random
import time

from bench.common import Row, median, say, spread

NAME = "placement"
SIZES = ((30, 60, 0.0015), (300, 1000, 0.003))
SEQUENCE = 40


def _apply(doc, changes) -> None:
    for collection, obj_id, fields in changes:
        doc.update(collection, obj_id, **fields)


def samples(people: int, ties: int, adds: int = SEQUENCE, seed: int = 7) -> dict[str, list[float]]:
    """Seconds per call: {"grows": [...], "stays": [...], "move": [...], "baseline": [...]}, wall
    clock, and the same with " cpu" (the process's CPU time: less disturbed by a busy machine)."""
    from bench.maps import big_map  # noqa: PLC0415
    from skymap.model import edits  # noqa: PLC0415
    from skymap.model.compact import _overlap  # noqa: PLC0415
    from skymap.model.document import MapDocument  # noqa: PLC0415

    doc = MapDocument(big_map(people, ties))
    rnd = random.Random(seed)
    out: dict[str, list[float]] = {k: [] for k in ("grows", "stays", "move", "baseline", "grows cpu", "stays cpu",
                                                    "move cpu", "baseline cpu")}

    cpu: list[float] = []

    def timed(fn):
        gc.collect()
        c0, t0 = time.process_time(), time.perf_counter()
        value = fn()
        t, c = time.perf_counter() - t0, time.process_time() - c0
        cpu.append(c)
        return value, t

    def baseline() -> int:
        clouds = [(d.x, d.y, d.width, d.height) for d in doc.map.domains]
        boxes = clouds + [(a.x, a.y + 28.0, 136.0, 120.0) for a in doc.map.actors]
        return sum(_overlap(a, b, 22.0) for a in boxes for b in clouds)

    for i in range(adds):
        d = rnd.choice(doc.map.domains).id
        (changes, [(x, y)]), seconds = timed(lambda d=d: edits.place_in_cloud(doc, d))
        kind = "grows" if any(c == "domains" for c, _i, _f in changes) else "stays"
        out[kind].append(seconds)
        out[kind + " cpu"].append(cpu[-1])
        _apply(doc, changes)
        doc.add_actor(f"Ny {i}", domain=d, x=x, y=y)
        out["baseline"].append(timed(baseline)[1])
        out["baseline cpu"].append(cpu[-1])
        if i % 3 == 2:
            a = rnd.choice(doc.map.actors)
            to = rnd.choice([c.id for c in doc.map.domains if c.id != a.domain])
            changes, seconds = timed(lambda a=a, to=to: edits.move_to_cloud(doc, a.id, to))
            out["move"].append(seconds)
            out["move cpu"].append(cpu[-1])
            _apply(doc, changes)
    return out


def run(quick: bool = False) -> list[Row]:
    rows = []
    for people, ties, limit in SIZES:
        say(f"  placement: {people} people")
        s = samples(people, ties, SEQUENCE // 2 if quick else SEQUENCE)
        base = median(s["baseline"])
        for kind, title in (("grows", "a cloud grows or moves"), ("stays", "only the newcomer placed"),
                            ("move", "move to another cloud")):
            if not s[kind]:
                continue
            what = "Add a person" if kind != "move" else "Move a person"
            rows.append(Row(
                f"Placement: {what}, {title}, {people} people (model only)",
                median(s[kind]), base, "s", f"median ≤ {limit * 1000:.1f} ms", max_value=limit + 1e-9,
                notes=[f"Skymap: {spread(s[kind])}; CPU time median {median(s[kind + ' cpu']) * 1000:.2f} ms "
                       "(edits.place_in_cloud / move_to_cloud on a map kept compact: "
                       f"each add applied before the next; {len(s['grows']) + len(s['stays'])} adds, "
                       f"{len(s['move'])} moves, big_map({people}, {ties}))",
                       f"Baseline: {spread(s['baseline'])}; CPU median {median(s['baseline cpu']) * 1000:.2f} ms "
                       "— every cloud's and person's box tested against "
                       "every cloud's (the least a placement must look at)."]))
    return rows


def profile(people: int) -> None:
    import cProfile  # noqa: PLC0415
    import pstats  # noqa: PLC0415

    ties = {p: t for p, t, _l in SIZES}.get(people, people * 3)
    prof = cProfile.Profile()
    prof.runcall(samples, people, ties)
    pstats.Stats(prof).sort_stats("cumulative").print_stats(40)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m bench.placement")
    parser.add_argument("--profile", type=int, metavar="PEOPLE")
    args = parser.parse_args()
    if args.profile:
        profile(args.profile)
    else:
        for people, ties, _limit in SIZES:
            s = samples(people, ties)
            print(people, {k: f"{median(v) * 1000:.2f} ms (n={len(v)})" for k, v in s.items() if v})
