"""Load and save 10,000 people (a stress case, not a real family): big_map(10000, 20000).

Load: `load_map` (read, parse, migrate, validate into the model) against `json.load` of
the same file plus building plain dicts of it (every object copied into a dict, each
collection indexed by id). Target: at most 3x the baseline.
Save: `save_map` (text, temporary file, fsync, atomic rename) against `json.dump` of the
same data with the same formatting (indent 2, UTF-8 kept) into a plain file.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from bench.common import Row, alternate, median, say, spread

NAME = "loadsave"
COLLECTIONS = ("family", "domains", "actors", "links", "annotations", "snapshots")


def run(quick: bool = False) -> list[Row]:
    from bench.maps import big_map
    from skymap.storage.mapfile import load_map, save_map

    n = 3 if quick else 9
    with tempfile.TemporaryDirectory(prefix="skymap-bench-") as tmp:
        tmp = Path(tmp)
        path = tmp / "big-10000.json"
        say("  load/save: generating 10,000 people")
        skymap = big_map(10000, 20000)
        save_map(skymap, path, backup=False)
        size_mb = path.stat().st_size / 1e6

        def plain_load():
            with open(path, encoding="utf-8") as fh:
                raw = json.load(fh)
            return {c: {o["id"]: dict(o) for o in raw.get(c, [])} for c in COLLECTIONS}

        say("  load/save: loading")
        load, base_load = alternate(lambda: load_map(path), plain_load, n)

        with open(path, encoding="utf-8") as fh:
            raw = json.load(fh)
        out = tmp / "saved.json"
        plain_out = tmp / "plain.json"

        def save():
            out.unlink(missing_ok=True)
            save_map(skymap, out)

        def plain_save():
            with open(plain_out, "w", encoding="utf-8") as fh:
                json.dump(raw, fh, ensure_ascii=False, indent=2)

        say("  load/save: saving")
        saving, base_save = alternate(save, plain_save, n)
        os.sync()
    size = f"{size_mb:.1f} MB file, {len(skymap.actors)} people, {len(skymap.links)} ties"
    return [
        Row("Load 10,000 people: load_map", median(load), median(base_load), "s", "≤ 3×", max_ratio=3.0,
            notes=[f"Skymap: load_map ({size}); {spread(load)}.",
                   f"Baseline: json.load + plain dicts indexed by id; {spread(base_load)}."]),
        Row("Save 10,000 people: save_map", median(saving), median(base_save), "s",
            notes=[f"Skymap: save_map to a new file (atomic: temporary file, fsync, rename); {spread(saving)}.",
                   f"Baseline: json.dump(indent=2) to a plain file, no fsync; {spread(base_save)}."]),
    ]


if __name__ == "__main__":
    from bench.__main__ import main

    sys.exit(main(["--only", NAME, *sys.argv[1:]]))
