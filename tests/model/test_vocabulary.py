"""The vocabulary (Danish and English labels) and the standard template's clouds."""

from __future__ import annotations

import itertools

import pytest

from skymap.model.template import STANDARD_IDS, new_map, standard_domains
from skymap.model.vocabulary import (
    STANDARD_DOMAINS,
    ActorKind,
    Direction,
    DomainKind,
    FamilyRole,
    Frequency,
    LinkKind,
    Quality,
    RCDimension,
    label,
    normalise_language,
    parse_enum,
)

ENUMS = [FamilyRole, ActorKind, LinkKind, Quality, Frequency, Direction, RCDimension, DomainKind]
MEMBERS = [m for e in ENUMS for m in e]


@pytest.mark.parametrize("member", MEMBERS, ids=lambda m: f"{type(m).__name__}.{m.name}")
def test_every_value_has_a_danish_and_an_english_label(member):
    da, en = label(member, "da"), label(member, "en")
    assert da.strip() and en.strip()
    assert da == da.strip() and en == en.strip()


@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e.__name__)
def test_labels_are_distinct_within_an_enum(enum):
    for lang in ("da", "en"):
        labels = [label(m, lang).lower() for m in enum]
        assert len(set(labels)) == len(labels), (lang, labels)


@pytest.mark.parametrize(
    "member, da, en",
    [
        (Quality.STRONG, "stærk", "strong"),
        (Quality.STRAINED, "belastet", "strained"),
        (Quality.BROKEN, "brudt", "broken"),
        (DomainKind.GP, "Egen læge", "GP"),
        (DomainKind.CHILDREN_FAMILY, "Børn og familie", "Children and family"),
        (DomainKind.SCHOOL, "Skole og dagtilbud", "School and day care"),
        (DomainKind.JOBCENTRE, "Jobcenter", "Job centre"),
        (DomainKind.ADULT_SOCIAL_PSYCHIATRY, "Voksen og socialpsykiatri", "Adults and social psychiatry"),
        (DomainKind.HEALTH_CARE, "Sundhed og omsorg", "Health and care"),
        (DomainKind.HOSPITAL_PSYCHIATRY, "Hospital og psykiatri", "Hospital and psychiatry"),
        (DomainKind.POLICE_SSP, "Politi og SSP", "Police and SSP"),
        (DomainKind.PRIVATE_NETWORK, "Privat netværk og civilsamfund", "Private network and civil society"),
        (ActorKind.PRIVATE, "privat netværk", "private network"),
        (ActorKind.PROFESSIONAL, "fagperson", "professional"),
        (LinkKind.COORDINATION, "samarbejde", "coordination"),
        (Frequency.MONTHLY, "månedlig", "monthly"),
        (Frequency.RARELY, "sjældent", "rarely"),
        (RCDimension.ACCURATE, "præcis kommunikation", "accurate communication"),
        (RCDimension.PROBLEM_SOLVING, "problemløsende kommunikation", "problem-solving communication"),
        (RCDimension.SHARED_GOALS, "fælles mål", "shared goals"),
        (FamilyRole.MOTHER, "mor", "mother"),
    ],
)
def test_labels_match_the_design_vocabulary(member, da, en):
    assert label(member, "da") == da
    assert label(member, "en") == en


def test_danish_labels_use_real_danish_letters_not_ascii_stand_ins():
    for member in MEMBERS:
        text = label(member, "da").lower()
        for stand_in in ("ae", "oe", "aa"):
            assert stand_in not in text, (member, text)


@pytest.mark.parametrize("tag, expected", [("da", "da"), ("da_DK.UTF-8", "da"), ("DA", "da"), ("en_GB", "en"),
                                           ("de_DE", "en"), (None, "en"), ("", "en")])
def test_language_tags(tag, expected):
    assert normalise_language(tag) == expected


def test_label_accepts_a_locale_tag():
    assert label(Quality.STRONG, "da_DK.UTF-8") == "stærk"
    assert label(Quality.STRONG, "fr") == "strong"


PARSE_CASES = [pytest.param(m, id=f"{type(m).__name__}.{m.name}") for m in MEMBERS
]


@pytest.mark.parametrize("member", PARSE_CASES)
def test_parse_enum_matches_value_and_both_labels_in_any_case(member):
    enum = type(member)
    for text in (member.value, label(member, "da"), label(member, "en")):
        assert parse_enum(enum, text) is member
        assert parse_enum(enum, text.upper()) is member
        assert parse_enum(enum, f"  {text.title()}  ") is member


def test_parse_enum_tolerates_underscores_hyphens_and_spaces():
    assert parse_enum(RCDimension, "problem solving") is RCDimension.PROBLEM_SOLVING
    assert parse_enum(RCDimension, "PROBLEM-SOLVING") is RCDimension.PROBLEM_SOLVING
    assert parse_enum(DomainKind, "children-family") is DomainKind.CHILDREN_FAMILY
    assert parse_enum(DomainKind, "skole   og dagtilbud") is DomainKind.SCHOOL


def test_parse_enum_unknown_and_synonyms():
    assert parse_enum(Quality, "fantastisk") is None
    assert parse_enum(Quality, "") is None
    assert parse_enum(Quality, "   ") is None
    assert parse_enum(Quality, "god", {"god": "strong"}) is Quality.STRONG
    # A label of another enum is not a match.
    assert parse_enum(Quality, "ugentlig") is None


# ----- the standard template ---------------------------------------------------------------

FAMILY_AREA = (-250.0, -120.0, 250.0, 120.0)


def rect(d):
    return (d.x - d.width / 2, d.y - d.height / 2, d.x + d.width / 2, d.y + d.height / 2)


def overlap(r1, r2) -> bool:
    return r1[0] < r2[2] and r2[0] < r1[2] and r1[1] < r2[3] and r2[1] < r1[3]


@pytest.mark.parametrize("lang", ["da", "en"])
def test_standard_template_has_the_nine_domains_labelled_in_the_maps_language(lang):
    skymap = new_map("standard", family_name="Nørgaard", lang=lang)
    assert skymap.meta.language == lang
    domains = skymap.domains
    assert len(domains) == 9
    assert {d.kind for d in domains} == set(STANDARD_DOMAINS)
    assert DomainKind.CUSTOM not in {d.kind for d in domains}
    for d in domains:
        assert d.label == label(d.kind, lang)
        assert d.id == STANDARD_IDS[d.kind]
    assert len({d.id for d in domains}) == 9
    assert len({d.color.lower() for d in domains}) == 9
    expected_title = "Familien Nørgaard" if lang == "da" else "The Nørgaard family"
    assert skymap.meta.title == expected_title
    assert skymap.meta.family_name == "Nørgaard"


def test_standard_clouds_do_not_overlap_each_other_or_the_family():
    domains = new_map("standard").domains
    for a, b in itertools.combinations(domains, 2):
        assert not overlap(rect(a), rect(b)), (a.label, b.label)
    for d in domains:
        assert not overlap(rect(d), FAMILY_AREA), d.label
        assert d.width >= 240 and d.height >= 160  # room for a few people each


def test_standard_domains_in_english_and_untitled_maps():
    assert [d.label for d in standard_domains("en")][0] == "School and day care"
    assert new_map(lang="en").meta.title == "New map"
    assert new_map(lang="da").meta.title == "Nyt kort"
    assert new_map(lang="da_DK.UTF-8").meta.language == "da"
    assert new_map(title="Min titel").meta.title == "Min titel"


def test_empty_template_and_unknown_template():
    assert new_map("empty").domains == []
    with pytest.raises(ValueError):
        new_map("fancy")
