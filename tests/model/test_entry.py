"""Fast entry, without Qt: a typed list becomes people; typed names find people; the role
suggestions of each cloud."""

from skymap.model.entry import Entry, is_list, parse_line, parse_list, resolve_name, resolve_names
from skymap.model.objects import Actor, Domain, MapContent, SkyMap, Snapshot
from skymap.model.roles import common_roles, role_suggestions, typed_roles
from skymap.model.template import new_map
from skymap.model.vocabulary import STANDARD_DOMAINS, DomainKind


def test_every_way_of_writing_a_line():
    assert parse_line("Lise Holm, klasselærer") == Entry("Lise Holm", "klasselærer")
    assert parse_line("Lise Holm - klasselærer") == Entry("Lise Holm", "klasselærer")
    assert parse_line("Lise Holm – klasselærer") == Entry("Lise Holm", "klasselærer")
    assert parse_line("Lise Holm—klasselærer") == Entry("Lise Holm", "klasselærer")
    assert parse_line("Lise Holm\tklasselærer") == Entry("Lise Holm", "klasselærer")
    assert parse_line("  Lise Holm  ") == Entry("Lise Holm")
    assert parse_line("Hans-Jørgen Bak") == Entry("Hans-Jørgen Bak")  # a hyphen in a name stays
    assert parse_line("Lise Holm, klasselærer, Bakkeskolen") == Entry("Lise Holm", "klasselærer", "Bakkeskolen")
    assert parse_line("• Lise Holm, lærer") == Entry("Lise Holm", "lærer")
    assert parse_line("2. Lise Holm") == Entry("Lise Holm")
    assert parse_line("   ") is None
    assert parse_line("Lise,") == Entry("Lise")


def test_a_list_skips_blank_lines_and_keeps_its_order():
    text = "Lise Holm, klasselærer\n\n  \r\nJens Bo - pædagog\nKaren\n"
    assert parse_list(text) == [Entry("Lise Holm", "klasselærer"), Entry("Jens Bo", "pædagog"), Entry("Karen")]
    assert is_list(text) and not is_list("Lise Holm\n\n")
    assert len(parse_list("x\n" * 1000)) == 200
    assert len(parse_line("a" * 500).name) == 200  # a name the file format accepts


PEOPLE = [Actor(id="a1", name="Lise Holm"), Actor(id="a2", name="Jens Bo"), Actor(id="a3", name="Jens Dahl"),
          Actor(id="a4", name="Karen Lise Ravn")]


def test_a_typed_name_finds_the_one_person_it_means():
    assert resolve_name("lise holm", PEOPLE).id == "a1"  # exact, without case
    assert resolve_name("Lise", PEOPLE).id == "a1"  # the only name that starts so
    assert resolve_name("Dahl", PEOPLE).id == "a3"  # a surname
    assert resolve_name("Jens", PEOPLE) is None  # two people: no guessing
    assert resolve_name("Ravn", PEOPLE).id == "a4"
    assert resolve_name("Ole", PEOPLE) is None
    assert resolve_name("Lise", PEOPLE, exclude="a1").id == "a4"  # not oneself
    found, unknown = resolve_names("Lise, Jens Bo;  , Ole, lise", PEOPLE)
    assert [a.id for a in found] == ["a1", "a2"] and unknown == ["Ole"]


def test_every_standard_cloud_has_roles_in_both_languages():
    for kind in STANDARD_DOMAINS:
        da, en = common_roles(kind, "da"), common_roles(kind, "en")
        assert len(da) >= 3 and len(da) == len(en), kind
    assert "klasselærer" in common_roles(DomainKind.SCHOOL, "da")
    assert "class teacher" in common_roles(DomainKind.SCHOOL, "en")
    assert "jobkonsulent" in common_roles(DomainKind.JOBCENTRE, "da")
    assert common_roles(DomainKind.CUSTOM, "da") == []


def test_a_role_typed_before_is_offered_again_in_clouds_of_its_kind():
    m = new_map("standard", lang="da")
    school = next(d for d in m.domains if d.kind is DomainKind.SCHOOL)
    other = Domain(id="d-x", label="Fritid", kind=DomainKind.CUSTOM)
    m.domains.append(other)
    m.actors += [Actor(id="a1", name="A", role="Lærer i 4.b", domain=school.id),
                 Actor(id="a2", name="B", role="klasselærer", domain=school.id),
                 Actor(id="a3", name="C", role="Fodboldtræner", domain=other.id)]
    suggestions = role_suggestions(m, school, "da")
    assert suggestions[0] == "klasselærer" and suggestions.count("klasselærer") == 1
    assert "Lær i 4.b" not in suggestions and "Lærer i 4.b" in suggestions
    assert "Fodboldtræner" not in suggestions
    assert role_suggestions(m, other, "da") == ["Fodboldtræner"]
    # a role kept only in a saved status is still offered
    m.snapshots.append(Snapshot(id="s1", label="Opstart", date="2026-01-01",
                                content=MapContent(domains=m.domains, actors=[
                                    Actor(id="a9", name="D", role="Mentor i 9.a", domain=school.id)])))
    assert "Mentor i 9.a" in typed_roles(m, school)
    assert isinstance(m, SkyMap)
