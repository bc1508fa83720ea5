"""The common roles of each standard domain, in Danish and English, offered as the user
types a person's role; and the roles a user typed before in this map.

Roles a user types that are not in the list need no storage of their own: they are the
roles of the people already in the map (and in its saved statuses), so they are offered
again in the same map, in clouds of the same kind.
"""

from __future__ import annotations

from .messages import pick
from .objects import Domain, MapContent, SkyMap
from .vocabulary import DomainKind

COMMON_ROLES: dict[DomainKind, tuple[tuple[str, str], ...]] = {
    DomainKind.SCHOOL: (
        ("klasselærer", "class teacher"), ("lærer", "teacher"), ("pædagog", "pedagogue"),
        ("PPR-psykolog", "PPR psychologist"), ("skolesocialrådgiver", "school social worker"),
        ("skoleleder", "head teacher"), ("AKT-lærer", "behaviour support teacher"),
        ("inklusionsvejleder", "inclusion adviser"), ("støttepædagog", "support pedagogue"),
        ("SFO-leder", "after-school club leader"), ("talepædagog", "speech therapist"),
        ("UU-vejleder", "youth guidance counsellor"), ("dagplejer", "childminder"),
        ("daginstitutionsleder", "day-care manager"),
    ),
    DomainKind.JOBCENTRE: (
        ("jobkonsulent", "job consultant"), ("sagsbehandler", "case manager"), ("mentor", "mentor"),
        ("virksomhedskonsulent", "employer consultant"), ("ydelsessagsbehandler", "benefits caseworker"),
        ("rehabiliteringskoordinator", "rehabilitation coordinator"), ("uddannelsesvejleder", "education adviser"),
    ),
    DomainKind.CHILDREN_FAMILY: (
        ("socialrådgiver", "social worker"), ("sagsbehandler", "caseworker"),
        ("familiebehandler", "family therapist"), ("familiekonsulent", "family consultant"),
        ("kontaktperson", "contact person"), ("støttekontaktperson", "support contact person"),
        ("plejefamilie", "foster family"),
        ("aflastningsfamilie", "respite family"), ("teamleder", "team leader"),
    ),
    DomainKind.ADULT_SOCIAL_PSYCHIATRY: (
        ("bostøttemedarbejder", "housing support worker"), ("støttekontaktperson", "support contact person"),
        ("socialrådgiver", "social worker"), ("misbrugsbehandler", "addiction counsellor"),
        ("hjemmevejleder", "home support worker"), ("sagsbehandler", "caseworker"),
        ("værge", "guardian"),
    ),
    DomainKind.HEALTH_CARE: (
        ("sundhedsplejerske", "health visitor"), ("hjemmesygeplejerske", "home nurse"),
        ("fysioterapeut", "physiotherapist"), ("ergoterapeut", "occupational therapist"),
        ("tandlæge", "dentist"), ("hjemmehjælper", "home help"), ("psykolog", "psychologist"),
        ("diætist", "dietitian"), ("jordemoder", "midwife"),
    ),
    DomainKind.GP: (
        ("praktiserende læge", "general practitioner"), ("praksissygeplejerske", "practice nurse"),
        ("lægesekretær", "medical secretary"), ("vagtlæge", "out-of-hours doctor"),
    ),
    DomainKind.HOSPITAL_PSYCHIATRY: (
        ("børne- og ungepsykiater", "child and adolescent psychiatrist"), ("psykiater", "psychiatrist"),
        ("psykolog", "psychologist"), ("kontaktsygeplejerske", "contact nurse"), ("overlæge", "consultant"),
        ("hospitalssocialrådgiver", "hospital social worker"), ("sygeplejerske", "nurse"),
        ("børnelæge", "paediatrician"),
    ),
    DomainKind.POLICE_SSP: (
        ("SSP-konsulent", "SSP consultant"), ("forebyggelsesbetjent", "prevention officer"),
        ("politibetjent", "police officer"), ("kriminalforsorgen", "probation officer"),
        ("gadeplansmedarbejder", "street outreach worker"), ("bisidder", "support person"),
    ),
    DomainKind.PRIVATE_NETWORK: (
        ("mormor", "maternal grandmother"), ("morfar", "maternal grandfather"),
        ("farmor", "paternal grandmother"), ("farfar", "paternal grandfather"),
        ("moster", "maternal aunt"), ("faster", "paternal aunt"), ("onkel", "uncle"),
        ("nabo", "neighbour"), ("ven", "friend"), ("veninde", "friend"), ("træner", "coach"),
        ("spejderleder", "scout leader"), ("frivillig", "volunteer"), ("præst", "priest"),
    ),
}


def common_roles(kind: DomainKind, lang: str = "da") -> list[str]:
    """The common roles of a standard domain in `lang` (none for a custom cloud)."""
    return [pick(pair, lang) for pair in COMMON_ROLES.get(kind, ())]


def typed_roles(m: SkyMap, domain: Domain | None) -> list[str]:
    """The roles already written in this map for people in `domain` or in clouds of its
    kind (a custom cloud: that cloud only), in the working map and its statuses."""
    def same(d: Domain) -> bool:
        if domain is None:
            return False
        return d.id == domain.id or (domain.kind is not DomainKind.CUSTOM and d.kind is domain.kind)

    seen: dict[str, str] = {}
    contents: list[SkyMap | MapContent] = [m, *(s.content for s in m.snapshots)]
    for content in contents:
        clouds = {d.id for d in content.domains if same(d)}
        if domain is not None:
            clouds.add(domain.id)
        for actor in content.actors:
            role = " ".join(actor.role.split())
            if role and (actor.domain in clouds) and role.casefold() not in seen:
                seen[role.casefold()] = role
    return sorted(seen.values(), key=str.casefold)


def role_suggestions(m: SkyMap, domain: Domain | None, lang: str = "da") -> list[str]:
    """What the role field offers in `domain`: the domain's common roles in `lang`, then the
    roles typed before in this map, without repeats (compared without case)."""
    out: list[str] = []
    seen: set[str] = set()
    kind = domain.kind if domain is not None else DomainKind.CUSTOM
    for role in (*common_roles(kind, lang), *typed_roles(m, domain)):
        if role.casefold() not in seen:
            seen.add(role.casefold())
            out.append(role)
    return out
