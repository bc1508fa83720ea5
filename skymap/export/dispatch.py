"""One way to export a map to a file, chosen by the file's suffix, for the command line
(`skymap export`) and the window (File ▸ Export PDF / Export As) alike.

Both pass the same options and get the same file: the document's language is the one asked
for, else the map's own (a Danish map exports Danish headers, legend and role names
wherever it is exported from). A PNG is a picture of the canvas, drawn by Qt: this package
does not import the interface, so the caller hands in the renderer (`skymap.ui.render
.render_png`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from skymap.model.errors import SkymapError
from skymap.model.objects import SkyMap
from skymap.model.vocabulary import normalise_language

FORMATS = (".pdf", ".svg", ".png", ".graphml", ".csv")
"""What `write_export` writes, by the output file's suffix."""

PngRenderer = Callable[..., tuple[int, int]]
"""`render(skymap, out, width=..., lang=...)` -> the picture's size in pixels."""


def export_format(out: str | os.PathLike) -> str:
    """The format `out` asks for (".pdf", ".svg", ...), or a SkymapError naming those there are."""
    suffix = Path(out).suffix.lower()
    if suffix not in FORMATS:
        raise SkymapError("export_format", path=out, formats=", ".join(FORMATS))
    return suffix


def write_export(
    skymap: SkyMap,
    out: str | os.PathLike,
    *,
    fmt: str | None = None,
    lang: str | None = None,
    paper: str = "a4",
    pseudonymise: str | None = None,
    people_from: SkyMap | None = None,
    pdf_password: str | None = None,
    render_png: PngRenderer | None = None,
    png_width: int = 2400,
    **pdf_options,
) -> tuple[int, int] | None:
    """Write `skymap` to `out` in the format its suffix names (or `fmt`, one of FORMATS, for
    a name the user chose without it); for a PNG, return the size drawn (smaller than
    `png_width` for a very tall or wide map), else None.

    `lang`: the document's language (None: the map's). `pseudonymise`: "initials" or
    "roles", every name replaced (`people_from`: the whole file when `skymap` is one of its
    statuses). `pdf_password`: the PDF encrypted, never written in the clear. Further
    keywords (sections, changes_since ...) are the PDF's own (`skymap.export.pdf.write_pdf`).
    """
    suffix = export_format(out) if fmt is None else export_format(f"x{fmt}")
    lang = normalise_language(lang or skymap.meta.language)
    if suffix == ".pdf":
        from .pdf import write_pdf  # noqa: PLC0415

        options = dict(paper=paper, pseudonymise=pseudonymise, lang=lang, **pdf_options)
        if people_from is not None:
            options["people_from"] = people_from
        if pdf_password is not None:  # (made in memory and encrypted: no clear copy on disk)
            from .pdf_password import write_protected_pdf  # noqa: PLC0415

            write_protected_pdf(write_pdf, skymap, Path(out), pdf_password, **options)
        else:
            write_pdf(skymap, out, **options)
        return None
    if pdf_options:
        raise TypeError(f"PDF options for a {suffix} export: {sorted(pdf_options)}")
    if pseudonymise:
        from skymap.model.pseudonym import pseudonymise as scrub  # noqa: PLC0415

        skymap = scrub(skymap, pseudonymise, lang, people_from=people_from)
    if suffix == ".svg":
        from .svg import write_svg  # noqa: PLC0415

        write_svg(skymap, out, paper=paper, lang=lang)
    elif suffix == ".graphml":
        from .graphml import write_graphml  # noqa: PLC0415

        write_graphml(skymap, out)
    elif suffix == ".csv":
        from .csv_export import write_csv  # noqa: PLC0415

        write_csv(skymap, out, lang=lang)
    else:
        if render_png is None:
            raise TypeError("a PNG is drawn by the interface: pass render_png")
        return render_png(skymap, out, width=png_width, lang=lang)
    return None
