"""Export: the meeting PDF of the example map and of the 300-person map, timed inside
the process (write_pdf into memory) and as the whole `skymap export MAP -o OUT.pdf`
command, against Graphviz drawing the same graph with the same positions
(`neato -n2 -Tpdf`, the field's standard renderer) as a whole command.

Targets at 300 people: the export inside the process no slower than Graphviz's whole
run; the whole `skymap export` command within 3x of it.

The DOT for Graphviz is written here from the map: one node per family member and per
person (label = name, pos = the map position in points, y turned up, pinned with "!"),
one node for the family at the centre of its members, one edge per tie; the page is
scaled to A4 landscape like Skymap's. Graphviz draws one page; Skymap's PDF also has the
contact list and the summary (the map page alone is reported too, for comparison).
"""

from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path

from bench.common import EXAMPLE, Row, child_env, median, repeat, run_command, say, spread, which

NAME = "export"
GRAPHVIZ_MISSING = "graphviz not available (neato is not on PATH; `apt-get install graphviz`)"


def _quote(text: str) -> str:
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def write_dot(skymap, path: Path) -> None:
    from skymap.model.objects import FAMILY_ID

    lines = ["graph skymap {", '  graph [size="11.69,8.27"];', "  node [shape=ellipse, fontsize=10];"]
    for person in [*skymap.family, *skymap.actors]:
        lines.append(f'  {_quote(person.id)} [label={_quote(person.name)}, pos="{person.x:.1f},{-person.y:.1f}!"];')
    if skymap.family:
        fx = sum(m.x for m in skymap.family) / len(skymap.family)
        fy = sum(m.y for m in skymap.family) / len(skymap.family)
    else:
        fx = fy = 0.0
    lines.append(f'  {_quote(FAMILY_ID)} [label={_quote(skymap.meta.family_name or "Familien")}, '
                 f'pos="{fx:.1f},{-fy:.1f}!"];')
    for link in skymap.links:
        lines.append(f"  {_quote(link.source)} -- {_quote(link.target)};")
    lines.append("}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run(quick: bool = False) -> list[Row]:
    from bench.maps import big_map
    from skymap.export.pdf import write_pdf
    from skymap.storage.mapfile import load_map, save_map

    n_in, n_cmd, n_dot = (2, 2, 3) if quick else (5, 5, 10)
    neato = which("neato")
    if neato is None:
        say(f"  {GRAPHVIZ_MISSING}")
    skymap_cmd = _skymap_command()
    rows = []
    with tempfile.TemporaryDirectory(prefix="skymap-bench-") as tmp:
        tmp = Path(tmp)
        env = child_env(tmp)
        big = tmp / "big-300.json"
        save_map(big_map(300, 1000), big, backup=False)
        for label, path, targets in (("example map", EXAMPLE, False), ("300 people, 1,000 ties", big, True)):
            skymap = load_map(path)
            say(f"  export: {label}")

            def in_process(sections=("map", "contacts", "summary"), skymap=skymap):
                write_pdf(skymap, io.BytesIO(), sections=sections)

            inside = repeat(in_process, n_in)
            map_only = repeat(lambda: in_process(("map",)), n_in) if targets else None
            out = tmp / "out.pdf"
            command = [run_command([*skymap_cmd, "export", str(path), "-o", str(out)], env, "skymap export")
                       for _ in range(n_cmd + 1)][1:]
            graphviz = None
            if neato is not None:
                dot = tmp / "graph.dot"
                write_dot(skymap, dot)
                graphviz = [run_command([neato, "-n2", "-Tpdf", str(dot), "-o", str(tmp / "graph.pdf")], env,
                                        "neato") for _ in range(n_dot + 1)][1:]
            base = median(graphviz) if graphviz else None
            nodes = len(skymap.family) + len(skymap.actors) + 1
            base_note = (f"Baseline: `neato -n2 -Tpdf` on the same graph ({nodes} "
                         f"nodes, {len(skymap.links)} edges, same positions) as a whole command; {spread(graphviz)}."
                         if graphviz else f"Baseline: {GRAPHVIZ_MISSING}.")
            pages = _pages(tmp / "out.pdf")
            rows.append(Row(
                f"Export PDF, {label}: write_pdf in the process",
                median(inside), base, "s", "≤ 1× Graphviz" if targets else "—", max_ratio=1.0 if targets else None,
                notes=[f"Skymap: write_pdf(map, BytesIO()), all sections ({pages} pages), after one warm-up "
                       f"call; {spread(inside)}.", base_note],
            ))
            if map_only:
                rows.append(Row(
                    f"Export PDF, {label}: map page only, in the process",
                    median(map_only), base, "s",
                    notes=[f"For comparison with Graphviz's single page: write_pdf(..., sections=['map']); "
                           f"{spread(map_only)}."],
                ))
            rows.append(Row(
                f"Export PDF, {label}: whole `skymap export` command",
                median(command), base, "s", "≤ 3× Graphviz" if targets else "—",
                max_ratio=3.0 if targets else None,
                notes=[f"Skymap: `skymap export MAP -o OUT.pdf` as a fresh process, start to exit; {spread(command)}."],
            ))
    return rows


def _skymap_command() -> list[str]:
    """The installed `skymap` script of this Python (not a version manager's shim in front
    of it, such as pyenv's, which adds its own start-up)."""
    import sysconfig

    script = Path(sysconfig.get_path("scripts")) / "skymap"
    if script.is_file():
        return [str(script)]
    found = which("skymap")
    return [found] if found else [sys.executable, "-m", "skymap.cli"]


def _pages(pdf: Path) -> str:
    """The number of pages (counted roughly from the file), for the notes."""
    import re

    try:
        counts = [int(c) for c in re.findall(rb"/Count (\d+)", pdf.read_bytes())]
    except OSError:
        return "?"
    return str(max(counts)) if counts else "?"


if __name__ == "__main__":
    from bench.__main__ import main

    sys.exit(main(["--only", NAME, *sys.argv[1:]]))
