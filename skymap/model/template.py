"""Templates for a new map: the standard nine clouds around the family, or nothing."""

from __future__ import annotations

from .layout import CLOUD_H, CLOUD_W, ring_positions
from .objects import Domain, Metadata, SkyMap
from .title import default_title
from .vocabulary import DomainKind, label, normalise_language

TEMPLATES = ("standard", "empty")

# Calm, light colours that differ in hue and lightness, so neighbours stay apart for
# colour-blind eyes too; text on them keeps a high contrast.
DOMAIN_COLOURS: dict[DomainKind, str] = {
    DomainKind.SCHOOL: "#f7e6b5",
    DomainKind.CHILDREN_FAMILY: "#f6d5c8",
    DomainKind.HEALTH_CARE: "#cdeae2",
    DomainKind.GP: "#d3e3f5",
    DomainKind.HOSPITAL_PSYCHIATRY: "#e4d8f0",
    DomainKind.ADULT_SOCIAL_PSYCHIATRY: "#ecdcc9",
    DomainKind.JOBCENTRE: "#dbe8c6",
    DomainKind.POLICE_SSP: "#d9dde5",
    DomainKind.PRIVATE_NETWORK: "#f4d9e8",
}
CUSTOM_COLOURS = ("#e0ecd8", "#f2e2d2", "#d8e4ec", "#eadff0", "#f0ead2")

# Clockwise from the top: domains that work with the children near each other, adults'
# services on the other side, the private network closest to the family's own side.
STANDARD_ORDER: tuple[DomainKind, ...] = (
    DomainKind.SCHOOL,
    DomainKind.CHILDREN_FAMILY,
    DomainKind.HEALTH_CARE,
    DomainKind.GP,
    DomainKind.HOSPITAL_PSYCHIATRY,
    DomainKind.ADULT_SOCIAL_PSYCHIATRY,
    DomainKind.JOBCENTRE,
    DomainKind.POLICE_SSP,
    DomainKind.PRIVATE_NETWORK,
)

STANDARD_IDS: dict[DomainKind, str] = {kind: f"d-{kind.value}" for kind in STANDARD_ORDER}


def standard_domains(lang: str = "da") -> list[Domain]:
    """The nine standard clouds laid out around the family, labelled in `lang`."""
    return [
        Domain(
            id=STANDARD_IDS[kind],
            label=label(kind, lang),
            kind=kind,
            color=DOMAIN_COLOURS[kind],
            x=round(x, 1),
            y=round(y, 1),
            width=CLOUD_W,
            height=CLOUD_H,
        )
        for kind, (x, y) in zip(STANDARD_ORDER, ring_positions(len(STANDARD_ORDER)))
    ]


def new_map(template: str = "standard", family_name: str = "", lang: str = "da", title: str = "") -> SkyMap:
    """A new map from a template ("standard": nine clouds; "empty": none)."""
    if template not in TEMPLATES:
        raise ValueError(f"unknown template {template!r}")
    lang = normalise_language(lang)
    if not title:
        title = default_title(family_name, lang)
    meta = Metadata(title=title, family_name=family_name, language=lang)
    domains = standard_domains(lang) if template == "standard" else []
    return SkyMap(meta=meta, domains=domains)


def custom_colour(index: int) -> str:
    return CUSTOM_COLOURS[index % len(CUSTOM_COLOURS)]
