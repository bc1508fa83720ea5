"""SVG, GraphML and CSV exports, and the pseudonymisation every export can apply."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from datetime import date

import networkx as nx
import pytest

from skymap.export.csv_export import csv_text, write_csv
from skymap.export.graphml import graphml_text, write_graphml
from skymap.export.svg import svg_text, write_svg
from skymap.model.document import MapDocument
from skymap.model.errors import SaveError
from skymap.model.merge import apply_contact_list
from skymap.model.objects import FAMILY_ID, SkyMap
from skymap.model.pseudonym import initials, pseudonymise
from skymap.model.template import new_map
from skymap.model.vocabulary import ActorKind, FamilyRole, Frequency, LinkKind, Quality
from skymap.storage.csv_import import parse_contact_list, read_contact_list
from skymap.storage.mapfile import load_map
from tests.helpers import EXAMPLE

TODAY = date(2026, 9, 14)
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def example() -> SkyMap:
    return load_map(EXAMPLE)


def people(m: SkyMap) -> list[str]:
    return [f.name for f in m.family] + [a.name for a in m.actors]


def name_parts(m: SkyMap) -> set[str]:
    return {p for name in people(m) for p in re.split(r"[\s\-]+", name) if len(p) >= 2}


def word(w: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(w) + r"(?!\w)", re.IGNORECASE)


def assert_no_names(text: str, m: SkyMap) -> None:
    for name in people(m):
        assert name.lower() not in text.lower(), name
    for part in name_parts(m) | ({m.meta.family_name} if m.meta.family_name else set()):
        assert not word(part).search(text), part


def hand_built(lang: str = "da") -> SkyMap:
    """A small map with everything a contact list carries, and ties that differ per person."""
    doc = MapDocument(new_map(family_name="Ødegård", lang=lang))
    ase = doc.add_member("Åse Ødegård", role=FamilyRole.MOTHER, birth_year=1980,
                         notes="Ønsker møder om formiddagen; gerne, med tolk")
    bo = doc.add_member("Bo Ødegård", role=FamilyRole.CHILD, birth_year=2012, notes='Siger "hej"\nny linje')
    karl = doc.add_member("Karl Berg", role=FamilyRole.OTHER)
    doc.add_member("Inge Berg", role=FamilyRole.OTHER_CARER, birth_year=1950)
    leisure = doc.add_domain("Fritid", x=0.0, y=900.0)
    lene = doc.add_actor("Lene Holm", role="Klasselærer", organisation="Østerskolen", domain="d-school",
                         coordinator=True, core_team=True, notes="Ring efter kl. 14")
    per = doc.add_actor("Per Sand", role="Sagsbehandler", organisation="Børn og Familie", domain="d-children_family",
                        core_team=True)
    doc.add_actor("Mia Friis", kind=ActorKind.PRIVATE, role="Nabo", domain="d-private_network", active=False)
    ole = doc.add_actor("Ole Dahl")
    sif = doc.add_actor("Sif Lund", role="Træner", domain=leisure.id)
    # Lene's ties differ in quality and in frequency: "Navn [stærk/ugentlig]" per tie.
    doc.add_link(LinkKind.CONTACT, lene.id, ase.id, quality=Quality.STRONG, frequency=Frequency.WEEKLY)
    doc.add_link(LinkKind.CONTACT, lene.id, bo.id, quality=Quality.WEAK, frequency=Frequency.MONTHLY)
    doc.add_link(LinkKind.COORDINATION, lene.id, per.id, quality=Quality.STRAINED, frequency=Frequency.QUARTERLY)
    # Per's ties share a quality but not a frequency (one has none).
    doc.add_link(LinkKind.CONTACT, per.id, FAMILY_ID, quality=Quality.MODERATE, frequency=Frequency.MONTHLY)
    doc.add_link(LinkKind.CONTACT, per.id, bo.id, quality=Quality.MODERATE)
    doc.add_link(LinkKind.CONTACT, ole.id, karl.id, quality=Quality.BROKEN, frequency=Frequency.RARELY)
    doc.add_link(LinkKind.CONTACT, sif.id, bo.id, quality=Quality.STRAINED, frequency=Frequency.WEEKLY)
    return doc.map


# ----- SVG ---------------------------------------------------------------------------------

def svg_texts(svg: str) -> list[str]:
    root = ET.fromstring(svg.encode("utf-8"))
    assert root.tag == f"{SVG}svg"
    return [e.text or "" for e in root.iter(f"{SVG}text")]


def test_svg_is_well_formed_and_has_every_name_on_a3(example):
    svg = svg_text(example, paper="a3", today=TODAY)
    lines = svg_texts(svg)
    assert [n for n in people(example) if n not in lines] == []
    assert "FORTROLIGT" in lines
    assert "Signaturforklaring" in lines
    assert "Børn og familie" in lines


def test_svg_on_a4_names_everyone_fully_or_visibly_shortened(example):
    lines = svg_texts(svg_text(example, paper="a4", today=TODAY))
    # A long name may be set on two lines ("Thomas" / "Nørgaard") instead of being cut.
    pairs = [f"{a} {b}" for a, b in zip(lines, lines[1:])]
    for name in people(example):
        assert name in lines or name in pairs or any(
            t.endswith("…") and name.startswith(t[:-1]) and len(t) > 4 for t in lines), name
    assert "FORTROLIGT" in lines


def test_svg_size_follows_the_paper(example):
    root = ET.fromstring(svg_text(example, paper="a3", today=TODAY))
    assert root.get("width") == "1191pt" and root.get("height") == "842pt"
    root = ET.fromstring(svg_text(example, paper="a4", today=TODAY))
    assert root.get("width") == "842pt" and root.get("height") == "595pt"


def test_svg_in_english(example):
    lines = svg_texts(svg_text(example, lang="en", today=TODAY))
    assert "CONFIDENTIAL" in lines and "Legend" in lines and "FORTROLIGT" not in lines


def test_svg_escapes_markup_in_what_the_user_typed():
    doc = MapDocument(new_map(family_name="A & B <Co>"))
    doc.add_member('Ann "&" <Bo>')
    doc.add_actor("Zoë & Ærø <x>", role="R&D <lead>", domain="d-school", x=0.0, y=-440.0)
    doc.add_annotation("Note & <b>", x=10.0, y=10.0)
    lines = svg_texts(svg_text(doc.map, paper="a3", today=TODAY))
    assert 'Ann "&" <Bo>' in lines and "Zoë & Ærø <x>" in lines and "R&D <lead>" in lines


@pytest.mark.parametrize("mode", ["initials", "roles"])
def test_pseudonymised_svg_has_no_name(example, mode):
    svg = svg_text(example, paper="a3", pseudonymise=mode, today=TODAY)
    lines = svg_texts(svg)
    assert_no_names(svg, example)
    assert "FORTROLIGT" in lines and "Pseudonymiseret udgave" in " ".join(lines)
    assert ("S.N." if mode == "initials" else "mor") in lines


def test_write_svg_file(example, tmp_path):
    out = tmp_path / "kort.svg"
    write_svg(example, out, paper="a4", today=TODAY)
    assert "Sofie Nørgaard" in svg_texts(out.read_text(encoding="utf-8"))


# ----- GraphML -----------------------------------------------------------------------------

def read_graph(m: SkyMap) -> nx.Graph:
    return nx.read_graphml(io.BytesIO(graphml_text(m).encode("utf-8")))


@pytest.mark.parametrize("which", ["example", "hand_built"])
def test_graphml_has_the_maps_nodes_and_edges(example, which):
    m = example if which == "example" else hand_built()
    g = read_graph(m)
    expected_nodes = {f.id for f in m.family} | {a.id for a in m.actors}
    if any(ln.target == FAMILY_ID for ln in m.links):
        expected_nodes.add(FAMILY_ID)
    assert set(g.nodes) == expected_nodes
    assert {frozenset(e) for e in g.edges} == {frozenset((ln.source, ln.target)) for ln in m.links}
    assert g.number_of_edges() == len(m.links)


def test_graphml_without_a_family_contact_has_no_family_node():
    doc = MapDocument(new_map())
    mother = doc.add_member("Eva Hansen", role=FamilyRole.MOTHER)
    a = doc.add_actor("Jens Bo", domain="d-gp")
    doc.add_link(LinkKind.CONTACT, a.id, mother.id)
    g = read_graph(doc.map)
    assert set(g.nodes) == {mother.id, a.id}


def test_graphml_attributes(example):
    g = read_graph(example)
    domains = {d.id: d.label for d in example.domains}
    for f in example.family:
        assert g.nodes[f.id]["name"] == f.name and g.nodes[f.id]["type"] == "family_member"
    for a in example.actors:
        node = g.nodes[a.id]
        assert node["name"] == a.name
        assert node["type"] == a.kind.value
        assert node["domain"] == domains[a.domain]
    assert g.nodes[FAMILY_ID]["type"] == "family"
    for ln in example.links:
        edge = g.edges[ln.source, ln.target]
        assert edge["kind"] == ln.kind.value
        assert edge["quality"] == ln.quality.value
        assert edge["frequency"] == (ln.frequency.value if ln.frequency else "")


def test_graphml_file_and_pseudonymised(example, tmp_path):
    out = tmp_path / "netværk.graphml"
    write_graphml(pseudonymise(example, "initials"), out)
    text = out.read_text(encoding="utf-8")
    assert_no_names(text, example)
    g = nx.read_graphml(out)
    assert len(g.nodes) == len(example.family) + len(example.actors) + 1
    assert {d["name"] for _, d in g.nodes(data=True)} >= {"S.N.", "M.S."}


# ----- CSV round trip ----------------------------------------------------------------------

def people_of(m: SkyMap) -> list[tuple]:
    labels = {d.id: d.label for d in m.domains}
    return sorted((a.name, a.kind, a.role, a.organisation, labels.get(a.domain, ""), a.coordinator, a.core_team,
                   a.active, a.notes) for a in m.actors)


def family_of(m: SkyMap) -> list[tuple]:
    return sorted((f.name, f.role, f.birth_year, f.notes) for f in m.family)


def ties_of(m: SkyMap) -> list[tuple]:
    names = {f.id: f.name for f in m.family} | {a.id: a.name for a in m.actors} | {FAMILY_ID: "<the family>"}
    out = []
    for ln in m.links:
        ends = (names[ln.source], names[ln.target])
        if ln.kind is LinkKind.COORDINATION:
            ends = tuple(sorted(ends))
        out.append((ln.kind, *ends, ln.quality, ln.frequency))
    return sorted(out)


def round_trip(m: SkyMap, lang: str) -> tuple[SkyMap, str]:
    text = csv_text(m, lang=lang)
    contacts = parse_contact_list(text.encode("utf-8"))
    doc = MapDocument(new_map(lang=m.meta.language))
    apply_contact_list(doc, contacts.rows, contacts.columns, lang=m.meta.language)
    return doc.map, text


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("which", ["example", "hand_built"])
def test_csv_round_trip_keeps_people_family_and_ties(example, which, lang):
    m = example if which == "example" else hand_built(lang)
    back, _ = round_trip(m, lang)
    assert people_of(back) == people_of(m)
    assert family_of(back) == family_of(m)
    assert ties_of(back) == ties_of(m)


def test_csv_in_danish_uses_semicolons_and_danish_headers():
    text = csv_text(hand_built("da"), lang="da")
    header = text.splitlines()[0]
    assert header.split(";")[:6] == ["navn", "type", "rolle", "organisation", "område", "kontakt_med"]
    assert "fødselsår" in header and "," not in header
    lene = next(ln for ln in text.splitlines() if ln.startswith("Lene Holm;"))
    assert "Åse Ødegård [stærk/ugentlig] | Bo Ødegård [svag/månedlig]" in lene
    assert "Per Sand [belastet/kvartalsvis]" in lene
    per = next(ln for ln in text.splitlines() if ln.startswith("Per Sand;"))
    assert "familien [månedlig] | Bo Ødegård;" in per and ";middel;" in per


def test_csv_in_english_uses_commas_and_english_headers():
    text = csv_text(hand_built("en"), lang="en")
    header = text.splitlines()[0]
    assert header.split(",")[:6] == ["name", "kind", "role", "organisation", "domain", "contact_with"]
    assert ";" not in header
    lene = next(ln for ln in text.splitlines() if ln.startswith("Lene Holm,"))
    assert "Åse Ødegård [strong/weekly] | Bo Ødegård [weak/monthly]" in lene


def test_csv_file_has_a_bom_and_reads_back(example, tmp_path):
    out = tmp_path / "kontakter.csv"
    write_csv(example, out)
    data = out.read_bytes()
    assert data.startswith("\ufeffnavn;".encode("utf-8"))
    contacts = read_contact_list(out)
    assert contacts.separator == ";"
    assert [r.name for r in contacts.rows] == people(example)


def test_pseudonymised_csv_has_no_name(example):
    text = csv_text(pseudonymise(example, "roles"))
    assert_no_names(text, example)
    assert "Har selv koordineret" not in text  # notes dropped


@pytest.mark.parametrize("writer", [write_svg, write_graphml, write_csv])
def test_text_exports_to_a_missing_folder_raise_save_error(example, tmp_path, writer):
    out = tmp_path / "mangler" / "ud.fil"
    with pytest.raises(SaveError):
        writer(example, out)
    assert list(tmp_path.iterdir()) == []


# ----- pseudonymisation --------------------------------------------------------------------

def test_initials_of_a_name():
    assert initials("Sofie Nørgaard") == "S.N."
    assert initials("Anne-Mette Lund") == "A.M.L."
    assert initials("  øjvind   åberg ") == "Ø.Å."


def test_initials_mode_renames_everyone_and_numbers_repeats():
    doc = MapDocument(new_map(family_name="Lund"))
    doc.add_member("Anna Lund", role=FamilyRole.MOTHER)
    doc.add_actor("Anders Lind", domain="d-school")
    doc.add_actor("Sofie Nørgaard", domain="d-gp")
    p = pseudonymise(doc.map, "initials")
    assert [f.name for f in p.family] == ["A.L. 1"]
    assert [a.name for a in p.actors] == ["A.L. 2", "S.N."]
    assert p.meta.family_name == "L." and p.meta.title == "Familien L."


def test_roles_mode_names_people_by_their_role(example):
    p = pseudonymise(example, "roles")
    assert [f.name for f in p.family] == ["mor", "far", "barn 1", "barn 2", "barn 3"]
    by_id = {a.id: a for a in p.actors}
    peter = next(a for a in example.actors if a.name == "Peter Vinther")
    assert by_id[peter.id].name == "Familiebehandler"
    assert all(a.role == "" for a in p.actors)
    assert p.meta.caseworker == "" and p.meta.family_name == "" and p.meta.title == "Familien"
    names = [a.name for a in p.actors]
    assert len(set(names)) == len(names)  # everyone still told apart
    assert_no_names(" | ".join(names + [a.organisation for a in p.actors]), example)


def test_roles_mode_in_english_and_actor_without_role():
    doc = MapDocument(new_map(lang="en"))
    doc.add_member("Eva Hansen", role=FamilyRole.MOTHER)
    doc.add_actor("Jens Bo", domain="d-gp")
    doc.add_actor("Kaj Bo", kind=ActorKind.PRIVATE)
    p = pseudonymise(doc.map, "roles", "en")
    assert [f.name for f in p.family] == ["mother"]
    assert [a.name for a in p.actors] == ["professional", "private network"]


def test_names_are_scrubbed_out_of_roles_organisations_and_clouds(example):
    doc = MapDocument(example.model_copy(deep=True))
    doc.add_domain("Mormor Inger og Nørgaard-klanen", x=0.0, y=2000.0)
    for mode in ("initials", "roles"):
        p = pseudonymise(doc.map, mode)
        texts = [a.name for a in p.actors] + [a.role for a in p.actors] + [a.organisation for a in p.actors]
        texts += [d.label for d in p.domains] + [p.meta.title, p.meta.caseworker, p.meta.family_name]
        joined = " | ".join(texts)
        assert "Emil" not in joined and "Freja" not in joined, mode
        assert_no_names(joined, example)
    initials_map = pseudonymise(example, "initials")
    hanne = next(a for a in example.actors if a.name == "Hanne Lund")
    assert hanne.role == "Klasselærer (Emil)"
    assert next(a for a in initials_map.actors if a.id == hanne.id).role == "Klasselærer (E.)"
    roles_map = pseudonymise(example, "roles")
    assert next(a for a in roles_map.actors if a.id == hanne.id).name.startswith("Klasselærer (")
    # Text that is not a name stays.
    assert [d.label for d in roles_map.domains] == [d.label for d in example.domains]


def test_a_name_in_the_genitive_is_scrubbed_too():
    doc = MapDocument(new_map(family_name="Vestergaard"))
    doc.add_member("Emil Vestergaard", role=FamilyRole.CHILD)
    doc.add_actor("Lise Kragh", role="Dagplejer", organisation="Lises Dagpleje", domain="d-school")
    doc.add_actor("Sara Friis", role="Emils kontaktperson", domain="d-children_family")
    for mode in ("initials", "roles"):
        p = pseudonymise(doc.map, mode)
        joined = " | ".join([a.name for a in p.actors] + [a.role for a in p.actors] + [a.organisation for a in p.actors])
        assert "Emil" not in joined and "Lise" not in joined, (mode, joined)


def test_pseudonymise_drops_notes_annotations_and_statuses(example):
    doc = MapDocument(example.model_copy(deep=True))
    doc.add_annotation("Sofie har ringet om Emil", x=0.0, y=0.0)
    link = doc.map.links[0]
    doc.update("links", link.id, note="Aftalt med Thomas")
    p = pseudonymise(doc.map, "initials")
    assert p.annotations == [] and p.snapshots == []
    assert all(f.notes == "" and f.birth_year is None for f in p.family)
    assert all(a.notes == "" for a in p.actors)
    assert all(ln.note == "" for ln in p.links)
    # The network itself is untouched.
    assert [(ln.source, ln.target, ln.kind, ln.quality) for ln in p.links] == [
        (ln.source, ln.target, ln.kind, ln.quality) for ln in doc.map.links
    ]


def test_pseudonymise_leaves_the_original_untouched(example):
    before = example.model_dump(mode="json")
    for mode in ("initials", "roles"):
        p = pseudonymise(example, mode)
        assert p is not example
    assert example.model_dump(mode="json") == before
    assert example.family[0].name == "Sofie Nørgaard"


def test_unknown_pseudonymisation_is_refused(example):
    with pytest.raises(ValueError):
        pseudonymise(example, "codes-of-my-own")
