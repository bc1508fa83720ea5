"""The map's vocabulary: every enumeration with its Danish and English label.

Values are stable English identifiers stored in files; labels are what a person reads.
`label(value, lang)` works for every enumeration here.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal, TypeVar

LANGUAGES = ("da", "en")


class FamilyRole(StrEnum):
    """The role of a family member in the household. A daughter and a son are roles of
    their own (format version 6): a caseworker who typed "datter" or "søn" reads it back,
    not "barn"; "child" stays for a child not named either way."""

    MOTHER = "mother"
    FATHER = "father"
    CHILD = "child"
    DAUGHTER = "daughter"
    SON = "son"
    OTHER_CARER = "other_carer"
    OTHER = "other"


class ActorKind(StrEnum):
    """A person around the family: a professional or someone from the private network."""

    PROFESSIONAL = "professional"
    PRIVATE = "private"


class LinkKind(StrEnum):
    """Contact = actor ↔ family member (or the family as a whole); coordination = actor ↔ actor."""

    CONTACT = "contact"
    COORDINATION = "coordination"


class Quality(StrEnum):
    """The quality of a tie, drawn in eco-map style (never by colour alone)."""

    STRONG = "strong"
    MODERATE = "moderate"
    WEAK = "weak"
    STRAINED = "strained"
    BROKEN = "broken"
    NOT_ASSESSED = "not_assessed"
    """Nobody has said yet how good the tie is (a new tie): drawn and printed as a plain line."""


class Frequency(StrEnum):
    """How often the two meet or talk."""

    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    RARELY = "rarely"


class Direction(StrEnum):
    """Which way help or energy flows along a tie (source and target as stored)."""

    FORWARD = "forward"  # source -> target
    BACKWARD = "backward"  # target -> source
    MUTUAL = "mutual"


class RCDimension(StrEnum):
    """Gittell's seven dimensions of relational coordination, each scored 1-5."""

    FREQUENT = "frequent"
    TIMELY = "timely"
    ACCURATE = "accurate"
    PROBLEM_SOLVING = "problem_solving"
    SHARED_GOALS = "shared_goals"
    SHARED_KNOWLEDGE = "shared_knowledge"
    MUTUAL_RESPECT = "mutual_respect"


class DomainKind(StrEnum):
    """The standard domains (clouds) of the default template, plus custom."""

    SCHOOL = "school"
    JOBCENTRE = "jobcentre"
    CHILDREN_FAMILY = "children_family"
    ADULT_SOCIAL_PSYCHIATRY = "adult_social_psychiatry"
    HEALTH_CARE = "health_care"
    GP = "gp"
    HOSPITAL_PSYCHIATRY = "hospital_psychiatry"
    POLICE_SSP = "police_ssp"
    PRIVATE_NETWORK = "private_network"
    CUSTOM = "custom"


_LABELS: dict[StrEnum, tuple[str, str]] = {
    FamilyRole.MOTHER: ("mor", "mother"),
    FamilyRole.FATHER: ("far", "father"),
    FamilyRole.CHILD: ("barn", "child"),
    FamilyRole.DAUGHTER: ("datter", "daughter"),
    FamilyRole.SON: ("søn", "son"),
    FamilyRole.OTHER_CARER: ("anden omsorgsperson", "other carer"),
    FamilyRole.OTHER: ("andet familiemedlem", "other family member"),
    ActorKind.PROFESSIONAL: ("fagperson", "professional"),
    ActorKind.PRIVATE: ("privat netværk", "private network"),
    LinkKind.CONTACT: ("kontakt", "contact"),
    LinkKind.COORDINATION: ("samarbejde", "coordination"),
    Quality.STRONG: ("stærk", "strong"),
    Quality.MODERATE: ("middel", "moderate"),
    Quality.WEAK: ("svag", "weak"),
    Quality.STRAINED: ("belastet", "strained"),
    Quality.BROKEN: ("brudt", "broken"),
    Quality.NOT_ASSESSED: ("ikke vurderet", "not assessed"),
    Frequency.WEEKLY: ("ugentlig", "weekly"),
    Frequency.MONTHLY: ("månedlig", "monthly"),
    Frequency.QUARTERLY: ("kvartalsvis", "quarterly"),
    Frequency.RARELY: ("sjældent", "rarely"),
    Direction.FORWARD: ("fremad", "forward"),
    Direction.BACKWARD: ("bagud", "backward"),
    Direction.MUTUAL: ("gensidig", "mutual"),
    RCDimension.FREQUENT: ("hyppig kommunikation", "frequent communication"),
    RCDimension.TIMELY: ("rettidig kommunikation", "timely communication"),
    RCDimension.ACCURATE: ("præcis kommunikation", "accurate communication"),
    RCDimension.PROBLEM_SOLVING: ("problemløsende kommunikation", "problem-solving communication"),
    RCDimension.SHARED_GOALS: ("fælles mål", "shared goals"),
    RCDimension.SHARED_KNOWLEDGE: ("fælles viden", "shared knowledge"),
    RCDimension.MUTUAL_RESPECT: ("gensidig respekt", "mutual respect"),
    DomainKind.SCHOOL: ("Skole og dagtilbud", "School and day care"),
    DomainKind.JOBCENTRE: ("Jobcenter", "Job centre"),
    DomainKind.CHILDREN_FAMILY: ("Børn og familie", "Children and family"),
    DomainKind.ADULT_SOCIAL_PSYCHIATRY: ("Voksen og socialpsykiatri", "Adults and social psychiatry"),
    DomainKind.HEALTH_CARE: ("Sundhed og omsorg", "Health and care"),
    DomainKind.GP: ("Egen læge", "GP"),
    DomainKind.HOSPITAL_PSYCHIATRY: ("Hospital og psykiatri", "Hospital and psychiatry"),
    DomainKind.POLICE_SSP: ("Politi og SSP", "Police and SSP"),
    DomainKind.PRIVATE_NETWORK: ("Privat netværk og civilsamfund", "Private network and civil society"),
    DomainKind.CUSTOM: ("Andet område", "Other domain"),
}

STANDARD_DOMAINS: tuple[DomainKind, ...] = tuple(k for k in DomainKind if k is not DomainKind.CUSTOM)


def normalise_language(lang: str | None) -> Literal["da", "en"]:
    """Return "da" or "en" for any language tag ("da_DK.UTF-8" -> "da", None -> "en")."""
    if lang and lang.strip().lower()[:2] == "da":
        return "da"
    return "en"


def label(value: StrEnum, lang: str = "en") -> str:
    """The human label of an enumeration value in "da" or "en"."""
    da, en = _LABELS[value]
    return da if normalise_language(lang) == "da" else en


_E = TypeVar("_E", bound=StrEnum)


def parse_enum(enum: type[_E], text: str, extra: dict[str, str] | None = None) -> _E | None:
    """Match free text to an enum value by its value or its Danish/English label.

    Case-insensitive and tolerant of surrounding space, "-" vs "_" vs " ".
    `extra` maps further synonyms (already lower-case) to values. Returns None if unknown.
    """
    def norm(s: str) -> str:
        return " ".join(s.strip().lower().replace("_", " ").replace("-", " ").split())

    key = norm(text)
    if not key:
        return None
    for member in enum:
        candidates = {norm(member.value)}
        if member in _LABELS:
            candidates.update(norm(lbl) for lbl in _LABELS[member])
        if key in candidates:
            return member
    if extra and key in extra:  # synonyms are written normalised
        return enum(extra[key])
    return None


class Consent(StrEnum):
    """What a professional may share about the family, as the family said it (samtykke)."""

    GIVEN = "given"
    REFUSED = "refused"  # not given
    WITHDRAWN = "withdrawn"


_LABELS.update({
    Consent.GIVEN: ("givet", "given"),
    Consent.REFUSED: ("afvist", "refused"),
    Consent.WITHDRAWN: ("trukket tilbage", "withdrawn"),
})


class AgreementStatus(StrEnum):
    """Where an agreement of the joint plan stands."""

    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"
