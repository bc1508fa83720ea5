"""What is exported as a contact list must import again: any valid map, written as CSV and
read back by `skymap import`, gives the same people, clouds and ties (as far as a contact
list carries them: no positions, colours, flow of help, RC scores or tie notes; text
trimmed at the ends). A map a contact list cannot carry is refused up front, clearly."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from skymap.cli import main
from skymap.export.csv_export import cannot_carry, csv_text, write_csv
from skymap.model.document import MapDocument
from skymap.model.errors import SkymapError
from skymap.model.merge import apply_contact_list, name_key
from skymap.model.objects import FAMILY_ID, Actor, Domain, FamilyMember, Link, SkyMap
from skymap.model.template import new_map
from skymap.model.vocabulary import STANDARD_DOMAINS, ActorKind, FamilyRole, Frequency, LinkKind, Quality, label
from skymap.storage.csv_import import parse_contact_list
from skymap.storage.mapfile import save_map

# Letters and the punctuation that matters to a CSV or to the cells' own syntax.
NAME_CHARS = "abcdeæøåABCÆØÅ éü-.'\",;[]|\u00a0"
plain_names = st.text(alphabet="abcæøåABCÆØÅ ", min_size=1, max_size=10).filter(str.strip)
names = st.one_of(plain_names, plain_names, st.text(alphabet=NAME_CHARS, min_size=0, max_size=12))
texts = st.text(alphabet=NAME_CHARS + "\t\n\r0123456789", max_size=30)
STANDARD_LABELS = [label(k, lang) for k in STANDARD_DOMAINS for lang in ("da", "en")]
labels = st.one_of(st.sampled_from(STANDARD_LABELS), names)


@st.composite
def maps(draw) -> SkyMap:
    lang = draw(st.sampled_from(["da", "en"]))
    domains = [Domain(id=f"d-{i}", label=draw(labels)) for i in range(draw(st.integers(0, 3)))]
    family = [FamilyMember(id=f"m-{i}", name=draw(names), role=draw(st.sampled_from(list(FamilyRole))),
                           birth_year=draw(st.none() | st.integers(1900, 2100)), notes=draw(texts))
              for i in range(draw(st.integers(0, 3)))]
    actors = [Actor(id=f"a-{i}", name=draw(names), kind=draw(st.sampled_from(list(ActorKind))), role=draw(names),
                    organisation=draw(names), domain=draw(st.sampled_from([None, *[d.id for d in domains]])),
                    notes=draw(texts), coordinator=draw(st.booleans()), core_team=draw(st.booleans()),
                    active=draw(st.booleans()))
              for i in range(draw(st.integers(0, 5)))]
    contact_pairs = [(a.id, t) for a in actors for t in [FAMILY_ID, *[f.id for f in family]]]
    coordination_pairs = [(a.id, b.id) for i, a in enumerate(actors) for b in actors[i + 1:]]
    links = []
    for kind, pairs in ((LinkKind.CONTACT, contact_pairs), (LinkKind.COORDINATION, coordination_pairs)):
        chosen = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=6)) if pairs else []
        for source, target in chosen:
            if kind is LinkKind.COORDINATION and draw(st.booleans()):
                source, target = target, source
            links.append(Link(id=f"l-{len(links)}", kind=kind, source=source, target=target,
                              quality=draw(st.sampled_from(list(Quality))),
                              frequency=draw(st.none() | st.sampled_from(list(Frequency)))))
    m = new_map("empty", lang=lang)
    return SkyMap.model_validate({**m.model_dump(), "family": family, "domains": domains, "actors": actors,
                                  "links": links})


def cloud_key(text: str) -> str:
    """A cloud as a contact list names it: a standard cloud by its kind, whatever language."""
    key = name_key(text)
    for kind in STANDARD_DOMAINS:
        if key in (name_key(label(kind, "da")), name_key(label(kind, "en")), kind.value):
            return kind.value
    return key


def carried(m: SkyMap) -> tuple:
    """What a contact list carries of a map, for comparing."""
    clouds = {d.id: cloud_key(d.label) for d in m.domains}
    names = {p.id: name_key(p.name) for p in (*m.family, *m.actors)} | {FAMILY_ID: "<the family>"}
    people = sorted((name_key(a.name), a.kind, a.role.strip(), a.organisation.strip(), clouds.get(a.domain),
                     a.notes.strip(), a.coordinator, a.core_team, a.active) for a in m.actors)
    family = sorted((name_key(f.name), f.role, f.birth_year, f.notes.strip()) for f in m.family)
    ties = sorted((ln.kind, *(sorted((names[ln.source], names[ln.target])) if ln.kind is LinkKind.COORDINATION
                              else (names[ln.source], names[ln.target])), ln.quality, ln.frequency)
                  for ln in m.links)
    return people, family, ties


def read_back(text: str, lang: str) -> SkyMap:
    contacts = parse_contact_list(("\ufeff" + text).encode("utf-8"), "list.csv")
    doc = MapDocument(new_map("empty", lang=lang))
    apply_contact_list(doc, contacts.rows, contacts.columns, lang=lang)
    return doc.map


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(maps(), st.sampled_from([None, "da", "en"]))
def test_any_map_exported_as_csv_imports_as_the_same_people_clouds_and_ties(m, lang):
    assume(cannot_carry(m) is None)
    back = read_back(csv_text(m, lang), m.meta.language)
    assert carried(back) == carried(m)


@pytest.mark.slow
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(maps())
def test_a_map_a_contact_list_cannot_carry_is_refused_before_writing(tmp_path_factory, m):
    reason = cannot_carry(m)
    assume(reason is not None)
    out = tmp_path_factory.mktemp("csv") / "out.csv"
    with pytest.raises(SkymapError) as info:
        write_csv(m, out)
    for lang in ("da", "en"):
        assert "\n" not in info.value.message(lang)
    assert not out.exists()


@pytest.mark.parametrize("change, words", [
    (lambda m: m.actors[1].model_copy(update={"name": m.actors[0].name}), "two people are named"),
    (lambda m: m.actors[1].model_copy(update={"name": m.actors[0].name.upper()}), "are the same name"),
    (lambda m: m.actors[1].model_copy(update={"name": "  "}), "a person has no name"),
    (lambda m: m.actors[1].model_copy(update={"name": "Lund | Holm"}), 'contains "|"'),
    (lambda m: m.actors[1].model_copy(update={"notes": "cpr 010190-1234"}), "CPR number"),
])
def test_the_cli_says_what_a_contact_list_cannot_carry(tmp_path, capsys, monkeypatch, change, words):
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    from pathlib import Path

    from skymap.storage.mapfile import load_map

    m = load_map(Path(__file__).resolve().parents[2] / "resources" / "examples" / "familien-norgaard.json")
    m.actors[1] = change(m)
    path, out = tmp_path / "kort.json", tmp_path / "out.csv"
    save_map(m, path)
    assert main(["export", str(path), "-o", str(out), "--lang", "en"]) == 2  # (else in the map's Danish)
    err = capsys.readouterr().err
    assert "cannot be exported as a contact list" in err and words in err and err.count("\n") == 1
    assert not out.exists()


def test_a_name_with_a_comma_or_brackets_survives_as_the_only_tie():
    m = new_map("empty", lang="da")
    m = SkyMap.model_validate({**m.model_dump(),
                               "actors": [Actor(id="a-1", name="Lund, Hanne"), Actor(id="a-2", name="Holm [PPR]")],
                               "links": [Link(id="l-1", kind=LinkKind.COORDINATION, source="a-2", target="a-1"),
                                         ]})
    text = csv_text(m)
    assert "Lund, Hanne |" in text
    assert carried(read_back(text, "da")) == carried(m)
