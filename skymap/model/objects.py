"""The map document as pydantic v2 models: what a Skymap file holds.

Leaf objects (family members, domains, actors, links, annotations) are frozen; the
collections on `SkyMap` are changed only through `skymap.model.document.MapDocument`,
which replaces whole objects and announces each change. Positions are plain floats in
map coordinates (y grows downwards, the family at the origin).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime
from statistics import fmean
from typing import Annotated, Final, Literal

from . import _no_plugins  # noqa: F401 - before pydantic builds a model

# isort: split
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, Strict, field_validator, model_validator
from pydantic_core import PydanticCustomError

from .birth_year import FIRST_BIRTH_YEAR, LAST_BIRTH_YEAR
from .geometry import usable_outline
from .ties import ENDS, FAMILY_ID, End, tie_kind
from .vocabulary import (
    ActorKind,
    AgreementStatus,
    Consent,
    Direction,
    DomainKind,
    FamilyRole,
    Frequency,
    LinkKind,
    Quality,
)

FORMAT_NAME: Final = "skymap"
CURRENT_VERSION: Final = 6

# Types are strict: a file says 1.5 for a number, true for yes, "Anne" for a name — never
# "1.5", 1 or "yes". (A whole number is a number: 12 is read as 12.0 where a float is due.)
NAME_CONTROLS = r"\x00-\x1f\x7f-\x9f"
"""Control characters (NUL, tab, line breaks, escape ...): never in a name or label."""
TEXT_CONTROLS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
"""Control characters never in a longer text (which may hold tabs and line breaks)."""
Id = Annotated[str, Strict(), Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
Name = Annotated[str, Strict(), Field(max_length=200, pattern=f"^[^{NAME_CONTROLS}]*$")]
LongText = Annotated[str, Strict(), Field(max_length=20_000, pattern=f"^[^{TEXT_CONTROLS}]*$")]
COORD_LIMIT = 1e6
"""Every position lies within -COORD_LIMIT ... COORD_LIMIT in both directions."""
Coord = Annotated[float, Strict(), Field(ge=-COORD_LIMIT, le=COORD_LIMIT, allow_inf_nan=False)]
EXTENT_LIMIT = 1e5
"""The widest and tallest a cloud may be."""
Extent = Annotated[float, Strict(), Field(gt=0, le=EXTENT_LIMIT, allow_inf_nan=False)]
Colour = Annotated[str, Strict(), Field(pattern=r"^#[0-9a-fA-F]{6}$")]
Score = Annotated[int, Strict(), Field(ge=1, le=5)]
Fraction = Annotated[float, Strict(), Field(ge=-0.5, le=0.5, allow_inf_nan=False)]
Flag = Annotated[bool, Strict()]
RcBand = Annotated[float, Strict(), Field(ge=1, le=5, allow_inf_nan=False)]
BirthYear = Annotated[int, Strict(), Field(ge=FIRST_BIRTH_YEAR, le=LAST_BIRTH_YEAR)]  # (model/birth_year.py)


_NAME_CONTROL = re.compile(f"[{NAME_CONTROLS}]")
_TEXT_CONTROL = re.compile(f"[{TEXT_CONTROLS}]")
LONG_TEXT_FIELDS = frozenset({"notes", "note", "text"})


def without_controls(field: str, text: str) -> str:
    """`text` for the field `field` with the control characters it may not hold replaced by
    spaces (a tab pasted into a name from a spreadsheet, say)."""
    if field in LONG_TEXT_FIELDS:
        return _TEXT_CONTROL.sub(" ", text) if _TEXT_CONTROL.search(text) else text
    return _NAME_CONTROL.sub(" ", text).strip() if _NAME_CONTROL.search(text) else text


def _not_a_number(value: object) -> object:
    """A date or time is written as text ("2026-09-14"); a bare number is refused rather
    than read as seconds since 1970."""
    if isinstance(value, (bool, int, float)):
        raise PydanticCustomError("date_type", "Input should be a valid date")
    return value


Date = Annotated[date, BeforeValidator(_not_a_number)]
Timestamp = Annotated[datetime, BeforeValidator(_not_a_number)]
MAX_OUTLINE_POINTS = 64
"""The most points a drawn cloud outline may have (drawn strokes are simplified to fewer)."""


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


class Metadata(BaseModel):
    """Who and what the map is about."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: Name = ""
    family_name: Name = ""
    caseworker: Name = ""
    created: Timestamp = Field(default_factory=now_utc)
    modified: Timestamp = Field(default_factory=now_utc)
    language: Literal["da", "en"] = "da"


class Settings(_Frozen):
    """Per-map settings. Relational-coordination banding is a setting, not a constant:
    a tie's mean score below `rc_weak_below` is weak, at or above `rc_strong_from` strong."""

    rc_weak_below: RcBand = 3.0
    rc_strong_from: RcBand = 4.0

    @model_validator(mode="after")
    def _ordered(self) -> Settings:
        if self.rc_weak_below > self.rc_strong_from:
            raise ValueError("rc_weak_below must not exceed rc_strong_from")
        return self


class FamilyMember(_Frozen):
    """A person in the family, drawn in the centre."""

    id: Id
    name: Name
    role: FamilyRole = FamilyRole.OTHER
    birth_year: BirthYear | None = None
    notes: LongText = ""
    protected: Flag = False
    """Skærmet: must not be told about or involved in the case (Barnets lov § 18, stk. 3)."""
    protected_reason: LongText = ""
    """Why; kept only in the caseworker's copy, never printed for the family."""
    x: Coord = 0.0
    y: Coord = 0.0


class Domain(_Frozen):
    """A cloud: a domain such as school or psychiatry, centred at (x, y).

    `outline` is the shape of a cloud drawn by hand, or None for the standard cloud shape:
    points as fractions of the cloud's width and height, relative to its centre (each
    coordinate in -0.5 ... 0.5). Moving the cloud moves the outline with it; resizing it
    stretches the outline to the new box."""

    id: Id
    label: Name
    kind: DomainKind = DomainKind.CUSTOM
    color: Colour = "#dde7f0"
    x: Coord = 0.0
    y: Coord = 0.0
    width: Extent = 320.0
    height: Extent = 220.0
    outline: tuple[tuple[Fraction, Fraction], ...] | None = Field(
        default=None, min_length=3, max_length=MAX_OUTLINE_POINTS
    )

    @field_validator("outline")
    @classmethod
    def _a_shape_or_none(cls, outline):
        """An outline that encloses nothing (its points on one spot or one line) is no
        drawn shape: the cloud has the standard shape (read from a file as from an edit)."""
        return outline if usable_outline(outline) is not None else None


class Actor(_Frozen):
    """A professional or a private person around the family."""

    id: Id
    name: Name
    kind: ActorKind = ActorKind.PROFESSIONAL
    role: Name = ""
    organisation: Name = ""
    domain: Id | None = None
    notes: LongText = ""
    coordinator: Flag = False
    core_team: Flag = False
    active: Flag = True
    consent: Consent | None = None
    """The family's consent to share with this professional; None = nothing recorded."""
    consent_date: Date | None = None
    consent_scope: Name = ""
    """A short note on what the consent covers ("school and PPR may share about Emil")."""
    protected: Flag = False
    """Skærmet: must not be told about or involved in the case (Barnets lov § 18, stk. 3)."""
    protected_reason: LongText = ""
    """Why; kept only in the caseworker's copy, never printed for the family."""
    x: Coord = 0.0
    y: Coord = 0.0


class RCScores(_Frozen):
    """Relational coordination of a tie: each of Gittell's seven dimensions scored 1-5."""

    frequent: Score | None = None
    timely: Score | None = None
    accurate: Score | None = None
    problem_solving: Score | None = None
    shared_goals: Score | None = None
    shared_knowledge: Score | None = None
    mutual_respect: Score | None = None

    def mean(self) -> float | None:
        """The tie's score: the mean of the dimensions that were scored, or None."""
        given = [v for v in self.model_dump().values() if v is not None]
        return fmean(given) if given else None


class Link(_Frozen):
    """A tie. Contact: source is an actor, target a family member or FAMILY_ID.
    Coordination: source and target are actors."""

    id: Id
    kind: LinkKind
    source: Id
    target: Id
    quality: Quality = Quality.NOT_ASSESSED
    direction: Direction | None = None
    frequency: Frequency | None = None
    rc: RCScores | None = None
    note: LongText = ""


class Agreement(_Frozen):
    """An agreement of the joint plan (fælles plan): what will be done, by whom, by when."""

    id: Id
    text: LongText
    owner: Id | None = None
    """A person on the map (family member, professional or private), FAMILY_ID for the
    family as a whole, or None when no one is named yet."""
    due: Date | None = None
    status: AgreementStatus = AgreementStatus.OPEN
    note: LongText = ""


class Annotation(_Frozen):
    """A free-text note placed anywhere on the canvas."""

    id: Id
    text: LongText
    x: Coord = 0.0
    y: Coord = 0.0


def reference_problems(
    family: list[FamilyMember],
    domains: list[Domain],
    actors: list[Actor],
    links: list[Link],
    annotations: list[Annotation],
    agreements: Sequence[Agreement] = (),
) -> list[tuple[str, dict]]:
    """Every broken rule between objects, as (message key, params); empty when all is well.
    An agreement's owner is a person on the map, FAMILY_ID or None."""
    if _all_well(family, domains, actors, links, annotations, agreements):
        return []
    problems: list[tuple[str, dict]] = []
    seen: set[str] = {FAMILY_ID}
    everything: list[FamilyMember | Domain | Actor | Link | Annotation | Agreement]
    everything = [*family, *domains, *actors, *links, *annotations, *agreements]
    for obj in everything:
        if obj.id in seen:
            problems.append(("duplicate_id", {"id": obj.id}))
        seen.add(obj.id)
    domain_ids = {d.id for d in domains}
    member_ids = {m.id for m in family} | {FAMILY_ID}
    actor_ids = {a.id for a in actors}
    for a in actors:
        if a.domain is not None and a.domain not in domain_ids:
            problems.append(("dangling_domain", {"owner": a.id, "ref": a.domain}))
    for link in links:
        for end in (link.source, link.target):
            if end not in actor_ids and end not in member_ids:
                problems.append(("dangling_end", {"owner": link.id, "ref": end}))
        if problems and problems[-1][1].get("owner") == link.id:
            continue
        if link.source == link.target:
            problems.append(("self_link", {"id": link.id}))
            continue
        ends: tuple[End, End] = ("actor" if link.source in actor_ids else "family",
                                 "actor" if link.target in actor_ids else "family")
        if tie_kind(*ends) is not link.kind:
            key = "bad_coordination" if link.kind is LinkKind.COORDINATION else "bad_contact"
            problems.append((key, {"id": link.id}))
    for agreement in agreements:
        if agreement.owner is not None and agreement.owner not in actor_ids and agreement.owner not in member_ids:
            problems.append(("dangling_owner", {"owner": agreement.id, "ref": agreement.owner}))
    return problems


def _all_well(family, domains, actors, links, annotations, agreements=()) -> bool:
    """The common case, checked quickly with sets: no broken rule at all. (When this says
    no, reference_problems looks at each object to say what is wrong.)"""
    ids = [o.id for o in family] + [o.id for o in domains] + [o.id for o in actors] + [o.id for o in links] \
        + [o.id for o in annotations] + [o.id for o in agreements]
    id_set = set(ids)
    if len(id_set) != len(ids) or FAMILY_ID in id_set:
        return False
    domain_ids = {d.id for d in domains}
    if not {a.domain for a in actors if a.domain is not None} <= domain_ids:
        return False
    actor_ids = {a.id for a in actors}
    family_ends = {m.id for m in family} | {FAMILY_ID}
    # the tie rule (model/ties.py) in set form: each kind's sources and targets among the
    # ids its ends may be
    ends_of = {"actor": actor_ids, "family": family_ends}
    for kind, (source, target) in ENDS.items():
        if not ({ln.source for ln in links if ln.kind is kind} <= ends_of[source]
                and {ln.target for ln in links if ln.kind is kind} <= ends_of[target]):
            return False
    owners = {ag.owner for ag in agreements if ag.owner is not None}
    return not any(ln.source == ln.target for ln in links) and owners <= actor_ids | family_ends


def _raise_on_problems(content: SkyMap | MapContent) -> None:
    problems = reference_problems(content.family, content.domains, content.actors, content.links, content.annotations,
                                  content.agreements)
    if problems:
        key, params = problems[0]
        raise PydanticCustomError("skymap_reference", "{key}: {params}", {"key": key, "params": params})


class MapContent(BaseModel):
    """What a status (snapshot) keeps of a map: its people, clouds and ties."""

    model_config = ConfigDict(extra="forbid")

    family: list[FamilyMember] = Field(default_factory=list)
    domains: list[Domain] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    links: list[Link] = Field(default_factory=list)
    annotations: list[Annotation] = Field(default_factory=list)
    goals: list[Name] = Field(default_factory=list)
    """The family's goals in their own words, in the family's order."""
    agreements: list[Agreement] = Field(default_factory=list)

    @model_validator(mode="after")
    def _references(self) -> MapContent:
        _raise_on_problems(self)
        return self

    def people(self) -> list[FamilyMember | Actor]:
        """Everyone: the family members, then the professionals and private persons."""
        return [*self.family, *self.actors]


class Snapshot(_Frozen):
    """A named, dated, read-only status of the map ("Opstart", "Statusmøde 1" ...)."""

    id: Id
    label: Name
    date: Date
    taken: Timestamp = Field(default_factory=now_utc)
    content: MapContent


class SkyMap(BaseModel):
    """A whole Skymap file: the working map, its metadata and settings, and its statuses."""

    model_config = ConfigDict(extra="forbid")

    format: Literal["skymap"] = FORMAT_NAME
    version: Literal[6] = CURRENT_VERSION
    meta: Metadata = Field(default_factory=Metadata)
    settings: Settings = Field(default_factory=Settings)
    family: list[FamilyMember] = Field(default_factory=list)
    domains: list[Domain] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    links: list[Link] = Field(default_factory=list)
    annotations: list[Annotation] = Field(default_factory=list)
    goals: list[Name] = Field(default_factory=list)
    """The family's goals in their own words, in the family's order."""
    agreements: list[Agreement] = Field(default_factory=list)
    snapshots: list[Snapshot] = Field(default_factory=list)

    @model_validator(mode="after")
    def _references(self) -> SkyMap:
        _raise_on_problems(self)
        seen: set[str] = set()
        for snap in self.snapshots:
            if snap.id in seen:
                raise PydanticCustomError(
                    "skymap_reference", "{key}: {params}", {"key": "duplicate_id", "params": {"id": snap.id}}
                )
            seen.add(snap.id)
        return self

    def people(self) -> list[FamilyMember | Actor]:
        """Everyone: the family members, then the professionals and private persons."""
        return [*self.family, *self.actors]

    def content(self) -> MapContent:
        """The working map's people, clouds and ties (a deep copy)."""
        return MapContent.model_validate(
            {k: [o if isinstance(o, str) else o.model_dump() for o in getattr(self, k)]  # goals are texts
             for k in MapContent.model_fields}
        )

    def to_json_dict(self) -> dict:
        """The map as a plain dict in file form (enums as strings, dates ISO)."""
        return self.model_dump(mode="json", exclude_none=False)
