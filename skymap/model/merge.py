"""Applying a contact list to a map: build a new map, or update one matching people by name.

The rows come from `skymap.storage.csv_import` (which reads the file); here they are
checked against each other and the map, then applied through the mutation API, so an
import is one set of ordinary edits. New people go into their cloud; people already on
the map keep their places.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .document import MapDocument
from .errors import CsvImportError
from .layout import (
    CLOUD_H,
    CLOUD_W,
    family_positions,
    members_oval,
    size_for,
    slots,
    unassigned_position,
)
from .messages import LocalText
from .objects import FAMILY_ID, Actor, Domain
from .placement import free_cloud_position, place_in_domain
from .template import DOMAIN_COLOURS, STANDARD_IDS, custom_colour
from .ties import End, ends_in, tie_between, tie_kind
from .vocabulary import (
    STANDARD_DOMAINS,
    ActorKind,
    Consent,
    DomainKind,
    FamilyRole,
    Frequency,
    LinkKind,
    Quality,
    label,
    parse_enum,
)

Problem = tuple[int, str, str, dict]
MAX_PEOPLE = 10_000
"""The most people (family and others) a map built or updated from a contact list may hold.
Far beyond a real family's network, and small enough that the map stays well inside the
64 MB a map file may be (with its ties and a few statuses) and still opens in the window."""
MAX_TIES = 50_000
"""The most ties such a map may hold, for the same reason."""
FAMILY = "family"
"""The kind of a contact-list row that is a family member."""

_KIND_SYNONYMS = {
    "familie": FAMILY,
    "family": FAMILY,
    "familiemedlem": FAMILY,
    "family member": FAMILY,
    "fagperson": "professional",
    "professionel": "professional",
    "prof": "professional",
    "privat": "private",
    "private network": "private",
    "privat netværk": "private",
    "netværk": "private",
}
_ROLE_SYNONYMS = {
    "mor": "mother",
    "mom": "mother",
    "far": "father",
    "dad": "father",
    "sønnen": "son",
    "datteren": "daughter",
    "barn": "child",
    "stedmor": "other_carer",
    "stedfar": "other_carer",
    "plejemor": "other_carer",
    "plejefar": "other_carer",
    "bedstemor": "other_carer",
    "bedstefar": "other_carer",
    "omsorgsperson": "other_carer",
}
_FREQ_SYNONYMS = {"ugentligt": "weekly", "månedligt": "monthly", "hver uge": "weekly", "hver måned": "monthly"}
_QUALITY_SYNONYMS = {"god": "strong", "stærkt": "strong", "belastende": "strained", "medium": "moderate"}
_FAMILY_WORDS = {"familien", "family", "the family", "hele familien", "whole family", "familie"}
FAMILY_WORDS = frozenset(_FAMILY_WORDS)
"""The words that, as a contact, mean the family as a whole."""
_YES = {"yes", "ja", "x", "1", "true", "sand", "y", "j"}
_NO = {"no", "nej", "0", "false", "falsk", "n", ""}


@dataclass
class ContactRow:
    """One person of a contact list, as read (names unresolved)."""

    line: int
    name: str
    headers: dict[str, str] = field(default_factory=dict, repr=False)
    kind: str | None = None  # "family", "professional", "private"; None = not given
    role: str = ""
    organisation: str = ""
    domain: str = ""
    notes: str = ""
    coordinator: bool = False
    core_team: bool = False
    active: bool = True
    frequency: Frequency | None = None
    quality: Quality | None = None
    birth_year: int | None = None
    birth_year_not_kept: bool = False
    """The list's year is one a map does not take: a member's year stays as it was."""
    consent: Consent | None = None
    consent_date: date | None = None
    protected: bool = False
    contact_with: list[str] = field(default_factory=list)
    coordinates_with: list[str] = field(default_factory=list)
    details: dict = field(default_factory=dict)
    """Per-tie (quality, frequency) by the other person's name key, from "Name [stærk/ugentlig]"."""

    def column(self, col: str) -> str:
        return self.headers.get(col, col)


def parse_kind(text: str) -> str | None:
    key = " ".join(text.strip().lower().split())
    if key in _KIND_SYNONYMS:
        return _KIND_SYNONYMS[key]
    found = parse_enum(ActorKind, text)
    return found.value if found else None


def parse_flag(text: str, default: bool = False) -> bool | None:
    key = text.strip().lower()
    if key == "":
        return default
    if key in _YES:
        return True
    if key in _NO:
        return False
    return None


def parse_frequency(text: str) -> Frequency | None:
    return parse_enum(Frequency, text, _FREQ_SYNONYMS)


def parse_quality(text: str) -> Quality | None:
    return parse_enum(Quality, text, _QUALITY_SYNONYMS)


def parse_family_role(text: str) -> FamilyRole | None:
    """The family role a word names ("mor", "søn", "datter", "bedstemor", "child" ...), or None."""
    return parse_enum(FamilyRole, text, _ROLE_SYNONYMS)


def family_role(text: str) -> FamilyRole:
    return parse_family_role(text) or FamilyRole.OTHER


def name_key(name: str) -> str:
    """How names are compared: case and spacing do not matter."""
    return " ".join(name.split()).casefold()


@dataclass
class ImportReport:
    """What a contact list did to a map: the names added, updated and removed, the number of
    new ties, and the ties removed (an update with `remove_missing`: a tie between two
    listed people that the list no longer has) as the names of their two ends."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    new_ties: int = 0
    removed_ties: int = 0
    removed_tie_names: list[tuple[str | LocalText, str | LocalText]] = field(default_factory=list)

    def removed_tie_pairs(self, lang: str) -> list[tuple[str, str]]:
        """The removed ties' two names each, in `lang` ("the whole family")."""
        return [(_text(a, lang), _text(b, lang)) for a, b in self.removed_tie_names]


def _text(name: str | LocalText, lang: str) -> str:
    return name.text(lang) if isinstance(name, LocalText) else name


def apply_contact_list(
    doc: MapDocument,
    rows: list[ContactRow],
    columns: set[str],
    remove_missing: bool = False,
    lang: str | None = None,
    path: object = "",
) -> ImportReport:
    """Apply contact-list rows to `doc`. Checks everything first; on any problem raises
    CsvImportError and leaves the map untouched."""
    problems: list[Problem] = []
    existing: dict[str, tuple[str, str]] = {}
    for m in doc.map.family:
        existing.setdefault(name_key(m.name), ("family", m.id))
    for a in doc.map.actors:
        existing.setdefault(name_key(a.name), ("actors", a.id))
    listed = {name_key(r.name): r for r in rows}
    check_size(doc, rows, listed, existing, remove_missing, path)

    def kind_of(key: str) -> End | None:
        """"family" or "actor" for a name in the list or (when updating) on the map."""
        if key in listed:
            row = listed[key]
            if row.kind is None and key in existing:
                return "family" if existing[key][0] == "family" else "actor"
            return "family" if row.kind == FAMILY else "actor"
        if key in existing and not remove_missing:
            return "family" if existing[key][0] == "family" else "actor"
        return None

    for row in rows:
        row_kind = kind_of(name_key(row.name))
        if row_kind == "family" and row.coordinates_with:
            column = row.column("coordinates_with")
            problems.append((row.line, column, "csv_family_ties", {"column": column}))
        for other in row.contact_with:
            if name_key(other) in _FAMILY_WORDS and row_kind == "actor":
                continue
            other_kind = kind_of(name_key(other))
            if other_kind is None:
                problems.append((row.line, row.column("contact_with"), "csv_unknown_person", {"name": other}))
            elif LinkKind.CONTACT not in (tie_kind(row_kind, other_kind), tie_kind(other_kind, row_kind)):
                key = "csv_not_family" if row_kind == "actor" else "csv_not_actor"
                problems.append((row.line, row.column("contact_with"), key, {"name": other}))
        for other in row.coordinates_with:
            other_kind = kind_of(name_key(other))
            if other_kind is None:
                problems.append((row.line, row.column("coordinates_with"), "csv_unknown_person", {"name": other}))
            elif tie_kind("actor", other_kind) is not LinkKind.COORDINATION:  # (a family row: said above)
                problems.append((row.line, row.column("coordinates_with"), "csv_not_actor", {"name": other}))
            elif name_key(other) == name_key(row.name):
                problems.append((row.line, row.column("coordinates_with"), "csv_self_tie", {}))
    if problems:
        raise CsvImportError("csv_problems", problems=problems, path=path)

    report = ImportReport()
    lang = lang or doc.map.meta.language
    with doc.hold():
        _apply(doc, rows, columns, remove_missing, lang, existing, listed, report)
    return report


def check_size(doc: MapDocument, rows: list[ContactRow], listed: dict, existing: dict, remove_missing: bool,
               path: object = "") -> None:
    """Refuse, before anything is placed, a list that would make the map larger than
    MAX_PEOPLE people or MAX_TIES ties."""
    people = len(listed) + (0 if remove_missing else sum(1 for k in existing if k not in listed))
    if people > MAX_PEOPLE:
        raise CsvImportError("csv_too_many_people", path=path, people=people, limit=MAX_PEOPLE)
    ties = sum(len(r.contact_with) + len(r.coordinates_with) for r in rows) + len(doc.map.links)
    if ties > MAX_TIES:
        raise CsvImportError("csv_too_many_ties", path=path, ties=ties, limit=MAX_TIES)


def _apply(doc, rows, columns, remove_missing, lang, existing, listed, report) -> None:
    ids: dict[str, str] = {k: v[1] for k, v in existing.items()}
    placed_new: dict[str | None, list[str]] = {}
    new_members = []

    # People first.
    for row in rows:
        k = name_key(row.name)
        kind = row.kind
        if k in existing:
            collection, obj_id = existing[k]
            if kind is not None and (kind == FAMILY) != (collection == "family"):
                # Someone changed sides (family <-> actor): replace them.
                doc.remove(collection, obj_id)
                del ids[k]
            else:
                changes = _row_changes(doc, row, columns, collection, lang)
                old = doc.get(collection, obj_id)
                if doc.update(collection, obj_id, **changes):
                    report.updated.append(row.name)
                    if collection == "actors" and "domain" in changes and changes["domain"] != old.domain:
                        placed_new.setdefault(changes["domain"], []).append(obj_id)
                continue
        if kind == FAMILY:
            member = doc.add_member(row.name, role=family_role(row.role), birth_year=row.birth_year, notes=row.notes,
                                    protected=row.protected)
            ids[k] = member.id
            new_members.append(member.id)
        else:
            fields = _row_changes(doc, row, columns, "actors", lang)
            fields.setdefault("kind", ActorKind.PROFESSIONAL)
            actor = doc.add_actor(row.name, **fields)
            ids[k] = actor.id
            placed_new.setdefault(actor.domain, []).append(actor.id)
        report.added.append(row.name)

    if remove_missing:
        for k, (collection, obj_id) in existing.items():
            if k not in listed and doc.get(collection, obj_id) is not None:
                report.removed.append(doc.get(collection, obj_id).name)
                doc.remove(collection, obj_id)

    # Then ties.
    wanted: set[tuple[str, str, LinkKind]] = set()
    for row in rows:
        me = ids[name_key(row.name)]
        is_member = doc.member(me) is not None
        for other in row.contact_with:
            other_id = FAMILY_ID if name_key(other) in _FAMILY_WORDS and not is_member else ids[name_key(other)]
            tie = tie_between(me, other_id, *ends_in(doc))  # the professional first
            if tie is None:  # (checked before anything was changed)
                continue
            _kind, source, target = tie
            wanted.add((source, target, LinkKind.CONTACT))
            _ensure_link(doc, LinkKind.CONTACT, source, target, row, report, row.details.get(name_key(other)))
        for other in row.coordinates_with:
            target = ids[name_key(other)]
            wanted.add((me, target, LinkKind.COORDINATION))
            wanted.add((target, me, LinkKind.COORDINATION))
            _ensure_link(doc, LinkKind.COORDINATION, me, target, row, report, row.details.get(name_key(other)))
    if remove_missing:
        listed_ids = {ids[name_key(r.name)] for r in rows}
        for link in list(doc.map.links):
            if link.source not in listed_ids:
                continue
            tie_column = "contact_with" if link.kind is LinkKind.CONTACT else "coordinates_with"
            if tie_column in columns and (link.source, link.target, link.kind) not in wanted:
                report.removed_tie_names.append((_end_name(doc, link.source), _end_name(doc, link.target)))
                doc.remove("links", link.id)
                report.removed_ties += 1

    if not existing and (doc.map.actors or doc.map.family):
        _place_family(doc, new_members)
        for domain_id, actor_ids in placed_new.items():
            _place_actors(doc, domain_id, actor_ids)
        compact(doc)  # a map made from the list: arranged compact around the family
        return
    # an update of an open map: the newcomers placed as when they are added by hand, the
    # map kept compact around them (model/keep_compact.py)
    _place_actors(doc, None, placed_new.pop(None, []))
    from .keep_compact import settle_in  # noqa: PLC0415

    settle_in(doc, [i for ids_ in placed_new.values() for i in ids_] + new_members)


def _end_name(doc: MapDocument, obj_id: str) -> str | LocalText:
    """The name of a tie's end: a person's, or "the whole family" in the reader's language."""
    if obj_id == FAMILY_ID:
        return LocalText("fam_whole_family")
    person = doc.get("actors", obj_id) or doc.get("family", obj_id)
    return person.name if person is not None else "?"


def compact(doc: MapDocument) -> None:
    """The whole map tidied compact around the family (as Edit ▸ Tidy Up does)."""
    from .compact import tidy_map  # noqa: PLC0415

    clouds, actors, members = tidy_map(doc.map)
    for domain_id, (x, y, w, h) in clouds.items():
        doc.update("domains", domain_id, x=x, y=y, width=w, height=h)
    doc.move({**actors, **members})


def make_room(doc: MapDocument) -> None:
    """Move clouds (with their people) that now overlap each other or the family: the
    clouds of each side of the family packed again (compact.repack), so the map stays
    compact."""
    from .compact import repack  # noqa: PLC0415

    moves = repack(doc.map.domains, members_oval(doc.map.family))
    positions: dict[str, tuple[float, float]] = {}
    for domain_id, (x, y) in moves.items():
        d = doc.domain(domain_id)
        if d is None:  # (the moves are of the map's own clouds)
            continue
        dx, dy = x - d.x, y - d.y
        positions[domain_id] = (x, y)
        for a in doc.actors_in(domain_id):
            positions[a.id] = (round(a.x + dx, 1), round(a.y + dy, 1))
    if positions:
        doc.move(positions)


def _row_changes(doc: MapDocument, row: ContactRow, columns: set[str], collection: str, lang: str) -> dict:
    if collection == "family":
        changes: dict = {}
        if "role" in columns:
            changes["role"] = family_role(row.role)
        if "birth_year" in columns and not row.birth_year_not_kept:
            changes["birth_year"] = row.birth_year
        if "notes" in columns:
            changes["notes"] = row.notes
        if "protected" in columns:
            changes["protected"] = row.protected
        return changes
    changes = {}
    if row.kind in ("professional", "private"):
        changes["kind"] = ActorKind(row.kind)
    for col in ("role", "organisation", "notes", "coordinator", "core_team", "active", "consent", "consent_date",
                "protected"):
        if col in columns:
            changes[col] = getattr(row, col)
    if "domain" in columns:
        changes["domain"] = _domain_for(doc, row.domain, lang) if row.domain else None
    return changes


def _ensure_link(doc: MapDocument, kind: LinkKind, source: str, target: str, row: ContactRow, report,
                 details=None) -> None:
    quality, frequency = details or (None, None)
    fields = {}
    if (frequency or row.frequency) is not None:
        fields["frequency"] = frequency or row.frequency
    if (quality or row.quality) is not None:
        fields["quality"] = quality or row.quality
    link = doc.find_link(source, target, kind)
    if link is None:
        doc.add_link(kind, source, target, **fields)
        report.new_ties += 1
    elif fields:
        doc.update("links", link.id, **fields)


def _domain_for(doc: MapDocument, text: str, lang: str) -> str:
    """The id of the cloud a label names: an existing cloud, a standard one, or a new one."""
    wanted = name_key(text)
    for d in doc.map.domains:
        if name_key(d.label) == wanted:
            return d.id
    kind = next(
        (k for k in STANDARD_DOMAINS if wanted in (name_key(label(k, "da")), name_key(label(k, "en")), k.value)), None
    )
    if kind is not None:
        for d in doc.map.domains:
            if d.kind is kind:
                return d.id
    x, y = free_cloud_position(doc.map)
    if kind is not None:
        domain_id = STANDARD_IDS[kind] if doc.domain(STANDARD_IDS[kind]) is None else doc.new_id("domains")
        d = Domain(id=domain_id, label=label(kind, lang), kind=kind, color=DOMAIN_COLOURS[kind], x=x, y=y)
    else:
        customs = sum(1 for d in doc.map.domains if d.kind is DomainKind.CUSTOM)
        d = Domain(id=doc.new_id("domains"), label=text.strip(), color=custom_colour(customs), x=x, y=y)
    doc.add("domains", d.model_copy(update={"width": CLOUD_W, "height": CLOUD_H}))
    return d.id


def _place_family(doc: MapDocument, new_ids: list[str]) -> None:
    if not new_ids:
        return
    if len(new_ids) == len(doc.map.family):
        positions = family_positions(len(new_ids))
    else:
        last = max((m.x for m in doc.map.family if m.id not in new_ids), default=0.0)
        positions = [(last + (i + 1) * 110.0, 0.0) for i in range(len(new_ids))]
    doc.move(dict(zip(new_ids, positions)))


def _place_actors(doc: MapDocument, domain_id: str | None, new_ids: list[str]) -> None:
    """Put newcomers in free places of their cloud, growing it if needed; the people
    already there keep their places. A cloud of only newcomers is arranged in a grid."""
    if domain_id is None:
        start = sum(1 for a in doc.map.actors if a.domain is None) - len(new_ids)
        doc.move({a: unassigned_position(start + i) for i, a in enumerate(new_ids)})
        return
    domain = doc.domain(domain_id)
    if domain is None:  # (a row's cloud is made before its people are placed)
        return
    members: list[Actor] = doc.actors_in(domain_id)
    keep = [a for a in members if a.id not in new_ids]
    if not keep:
        width, height = size_for(len(members), domain)
        if (width, height) != (domain.width, domain.height):
            doc.update("domains", domain_id, width=width, height=height)
            domain = doc.domain(domain_id) or domain  # (the grown cloud)
        doc.move({a.id: s for a, s in zip(members, slots(domain, len(members)))})
        return
    occupied = [(a.x, a.y) for a in keep]
    positions = {}
    grown = domain
    for actor_id in new_ids:
        grown, spot = place_in_domain(grown, occupied)
        occupied.append(spot)
        positions[actor_id] = spot
    if (grown.width, grown.height, grown.y) != (domain.width, domain.height, domain.y):
        doc.update("domains", domain_id, width=grown.width, height=grown.height, y=grown.y)
    doc.move(positions)
