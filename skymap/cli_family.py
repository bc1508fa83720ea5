"""`skymap export MAP -o OUT.pdf --for family`: the family's own copy from the command line.

The copy (export/family_pdf.py) is a PDF, never pseudonymised (it is theirs) and has no page
of changes; asking for those is refused in one line before anything is written.
"""

from __future__ import annotations

from pathlib import Path

from skymap.model.errors import SkymapError
from skymap.model.objects import SkyMap

AUDIENCES = ("meeting", "family")
"""Who an exported PDF is for: the core-team meeting (the default) or the family."""


def add_option(p) -> None:
    p.add_argument("--for", dest="audience", choices=AUDIENCES, default="meeting",
                   help="PDF: 'family' writes the family's own copy (the map and a plain-language page in "
                        "large type; no protected people or their ties, no notes, scores or findings, never "
                        "pseudonymised); default 'meeting'")


def export_family(args, skymap: SkyMap, suffix: str, lang: str, pdf_password: str | None) -> None:
    """Write the family's copy of `skymap` (the map or a status of it) to args.output."""
    if suffix != ".pdf":
        raise SkymapError("family_pdf_only", path=Path(args.output).with_suffix(".pdf"))
    if args.pseudonymise:
        raise SkymapError("family_no_pseudonym")
    if args.changes_since:
        raise SkymapError("family_no_changes")
    from skymap.export.family_pdf import write_family_pdf  # noqa: PLC0415

    options = {"paper": args.paper, "lang": lang}
    if pdf_password is not None:  # a protected map's copy is protected too (made in memory)
        from skymap.export.pdf_password import write_protected_pdf  # noqa: PLC0415

        write_protected_pdf(write_family_pdf, skymap, Path(args.output), pdf_password, **options)
    else:
        write_family_pdf(skymap, args.output, **options)
