"""Copy and paste of people: what goes on the clipboard and what comes back from it.

A copy holds the chosen actors and the ties that stay meaningful without the rest: their
coordination ties among each other and their contacts with the family. Pasting gives every
object a fresh id; ties to family members that the target map lacks are dropped.
"""

from __future__ import annotations

import json

from pydantic import BaseModel, ValidationError

from .document import Collection, MapDocument
from .objects import Actor, Link
from .ties import end_of, ends_in, tie_kind
from .vocabulary import LinkKind

MIME_TYPE = "application/x-skymap-people"


class _Payload(BaseModel):
    format: str
    actors: list[Actor]
    links: list[Link]


def copy_people(doc: MapDocument, actor_ids: list[str]) -> str | None:
    """The clipboard text for these actors, or None when there is nobody to copy."""
    chosen = [a for a in doc.map.actors if a.id in set(actor_ids)]
    if not chosen:
        return None
    ids = {a.id for a in chosen}
    links = [
        ln
        for ln in doc.map.links
        if ln.source in ids
        and (ln.target in ids if ln.kind is LinkKind.COORDINATION else True)
    ]
    payload = {
        "format": "skymap-people",
        "actors": [a.model_dump(mode="json") for a in chosen],
        "links": [ln.model_dump(mode="json") for ln in links],
    }
    return json.dumps(payload, ensure_ascii=False)


def paste_people(
    doc: MapDocument, text: str, dx: float = 30.0, dy: float = 30.0
) -> list[tuple[Collection, Actor | Link]]:
    """New objects (("actors", Actor) ..., ("links", Link) ...) for pasting `text` into
    `doc`, shifted by (dx, dy). Text that is not a copy of people gives an empty list."""
    try:
        payload = _Payload.model_validate_json(text)
    except (ValidationError, ValueError):
        return []
    if payload.format != "skymap-people":
        return []
    taken: set[str] = set()

    def fresh(collection: Collection) -> str:
        while True:
            new = doc.new_id(collection)
            if new not in taken:
                taken.add(new)
                return new

    new_ids: dict[str, str] = {}
    ends = ends_in(doc)
    out: list[tuple[Collection, Actor | Link]] = []
    for actor in payload.actors:
        new_ids[actor.id] = fresh("actors")
        domain = actor.domain if actor.domain and doc.domain(actor.domain) is not None else None
        out.append(
            ("actors", actor.model_copy(update={"id": new_ids[actor.id], "domain": domain,
                                                "x": actor.x + dx, "y": actor.y + dy}))
        )
    for link in payload.links:
        source = new_ids.get(link.source)
        if link.kind is LinkKind.COORDINATION:
            target = new_ids.get(link.target)
        else:
            target = link.target if tie_kind("actor", end_of(link.target, *ends)) is link.kind else None
        if source is None or target is None:
            continue
        out.append(("links", link.model_copy(update={"id": fresh("links"), "source": source, "target": target})))
    return out
