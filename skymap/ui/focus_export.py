"""File ▸ Export and Print while a child's own view is shown: what is on the screen.

While the map shows only Emil's network (focus_view.py), File ▸ Export PDF and Print offer
"Only Emil's network (as on the screen)" in the options dialog, ticked; File ▸ Export As
(SVG, PNG, GraphML, CSV, The Family's Own Copy) writes Emil's network, as `skymap export --focus`
does, and the status bar says so. The map written is the model's cut (model/focus.member_map:
the member, the people they meet, the ties among them, the agreements of those people and of
the whole family), titled "Emils netværk" / "Emil's network" in the document's language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from skymap.model.focus import member_map, network_title
from skymap.model.objects import SkyMap


def focused_member(window):
    """The family member whose own view is on screen (the working map's), else None."""
    focus = window.focus_view
    if focus is None or focus.stopped or focus.docview is not window.docview or window.status_view is not None:
        return None
    return window.doc.member(focus.member_id)


def title(window) -> str | None:
    """ "Emils netværk" / "Emil's network" in the interface's language, or None (no child's view)."""
    member = focused_member(window)
    return network_title(member.name, window.lang) if member is not None else None


def shown_map(window, lang: str | None, focus: bool = True) -> tuple[SkyMap, dict]:
    """The map to write and the keywords to write it with: the child's view on screen cut
    out of the working map (unless `focus` is False), else the working map. `lang`: the
    document's language (its title); the whole file goes along as `people_from`, so a
    pseudonymised copy also scrubs names of people outside the view written in its text."""
    member = focused_member(window) if focus else None
    if member is None:
        return window.doc.map, {}
    return member_map(window.doc.map, member.id, lang), {"people_from": window.doc.map}


def file_name(window, name: str, anonymous: bool) -> str:
    """A file dialog's suggestion for the child's view: "…/norgaard-Emil.pdf" beside the
    map's own "norgaard.pdf" (not over it); a pseudonymised file is not named after anyone."""
    member = focused_member(window)
    if member is None or anonymous or not member.name.split():
        return name
    path = Path(name)
    return str(path.with_name(f"{path.stem}-{member.name.split()[0]}{path.suffix}"))


def exported_text(window, path: str) -> str | None:
    """The status bar's sentence after an export of a child's view, else None."""
    shown = title(window)
    if shown is None:
        return None
    return QCoreApplication.translate("FocusExport", "Exported %1 to %2").replace("%1", shown).replace("%2", path)
