"""The command line's side of "no CPR number in a map": a text given on the command line
that would be stored (--family, --title, --caseworker, a status's label) is refused (so is
one a map cannot hold: too long, a line break); a map
that already holds one is warned about by `validate` and not exported without --allow-cpr.
The number itself is never echoed, only where it is."""

from __future__ import annotations

import re
import sys

from skymap.model.cpr import cpr_places, has_cpr
from skymap.model.errors import SkymapError
from skymap.model.messages import message
from skymap.model.objects import NAME_CONTROLS, SkyMap

NAME_LIMIT = 200
"""The longest a name or label in a map may be (objects.Name)."""
_CONTROL = re.compile(f"[{NAME_CONTROLS}]")


def refuse_in_options(args, *options: str) -> None:
    """Exit 2 (one line) if a text option that goes into the map holds a CPR-like number,
    or is not what a name in a map may be (too long, a line break or another control
    character), instead of a traceback or a file that then does not validate."""
    for option in options:
        value = getattr(args, option.lstrip("-").replace("-", "_"), None)
        if not isinstance(value, str):
            continue
        if has_cpr(value):
            raise SkymapError("cpr_in_option", option=option)
        if len(value) > NAME_LIMIT:
            raise SkymapError("option_too_long", option=option, limit=NAME_LIMIT)
        if _CONTROL.search(value):
            raise SkymapError("option_control", option=option)


def places(skymap: SkyMap) -> str:
    """Where the map holds CPR-like numbers ("actors.3.notes, meta.title"), or ""."""
    found = cpr_places(skymap.to_json_dict())
    if not found:
        return ""
    shown = ", ".join(found[:3])
    return shown + (f" (+{len(found) - 3})" if len(found) > 3 else "")


def warn_if_held(skymap: SkyMap, path: object, lang: str) -> None:
    where = places(skymap)
    if where:
        print(f"skymap: {message('cpr_in_map_warning', lang, path=path, places=where)}", file=sys.stderr)


def check_export(skymap: SkyMap, path: object, allowed: bool) -> None:
    where = places(skymap)
    if where and not allowed:
        raise SkymapError("cpr_export_refused", path=path, places=where)
