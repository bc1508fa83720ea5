"""Consent (samtykke) and protected people (skærmet): findings, stats, statuses and diff,
on small maps built by hand, without Qt."""

from __future__ import annotations

from datetime import date

from skymap.model.consent import consent_findings, consent_stats, describe_consent
from skymap.model.document import MapDocument
from skymap.model.findings import findings, summary_lines
from skymap.model.metrics import stats
from skymap.model.objects import FAMILY_ID, Actor, FamilyMember, Link, SkyMap
from skymap.model.status import add_status, content_of, diff, sentences
from skymap.model.vocabulary import ActorKind, Consent, FamilyRole, LinkKind

C, K = LinkKind.CONTACT, LinkKind.COORDINATION


def a_map(**over) -> SkyMap:
    """Sofie and Emil; Hanne (core team, nothing recorded), Karin (coordinator, consent
    given), Rikke (consent withdrawn, two ties), Ole (ended, nothing recorded), a private
    grandmother in the core team and a protected father."""
    actors = {
        "a-hanne": Actor(id="a-hanne", name="Hanne", core_team=True),
        "a-karin": Actor(id="a-karin", name="Karin", coordinator=True, consent=Consent.GIVEN,
                         consent_date=date(2026, 2, 3), consent_scope="school and PPR may share"),
        "a-rikke": Actor(id="a-rikke", name="Rikke", consent=Consent.WITHDRAWN, consent_date=date(2026, 5, 1)),
        "a-ole": Actor(id="a-ole", name="Ole", core_team=True, active=False),
        "a-inger": Actor(id="a-inger", name="Inger", kind=ActorKind.PRIVATE, core_team=True),
        "a-tom": Actor(id="a-tom", name="Tom", consent=Consent.REFUSED),
    }
    actors.update(over)
    return SkyMap(
        family=[
            FamilyMember(id="m-sofie", name="Sofie", role=FamilyRole.MOTHER),
            FamilyMember(id="m-emil", name="Emil", role=FamilyRole.CHILD),
            FamilyMember(id="m-far", name="Jens", role=FamilyRole.FATHER, protected=True,
                         protected_reason="risk assessment pending"),
        ],
        actors=list(actors.values()),
        links=[
            Link(id="l-1", kind=C, source="a-rikke", target="m-emil"),
            Link(id="l-2", kind=K, source="a-rikke", target="a-karin"),
            Link(id="l-3", kind=C, source="a-hanne", target=FAMILY_ID),
        ],
    )


def _keys(found):
    return [f.key for f in found]


def test_protected_person_is_named_first_with_a_warning_that_says_the_risk():
    found = findings(a_map())
    assert found[0].key == "f_protected"
    assert found[0].severity == "warning" and found[0].ids == ("m-far",)
    en, da = found[0].text("en"), found[0].text("da")
    assert "Jens" in en and "must not be told about or involved" in en and "WARNING" in en
    assert "Jens er skærmet og må ikke orienteres om eller inddrages i sagen" in da
    assert "risk assessment" not in en  # the reason stays in the person's details only


def test_a_protected_professional_is_named_too():
    m = a_map(**{"a-tom": Actor(id="a-tom", name="Tom", protected=True)})
    assert [f.ids for f in findings(m) if f.key == "f_protected"] == [("m-far",), ("a-tom",)]


def test_withdrawn_consent_with_ties_still_there_is_a_finding_with_the_date():
    found = [f for f in findings(a_map()) if f.key.startswith("f_consent_withdrawn")]
    assert len(found) == 1 and found[0].ids == ("a-rikke",) and found[0].severity == "warning"
    assert found[0].text("en") == ("Consent for Rikke was withdrawn on 1 May 2026, but Rikke still has 2 active "
                                   "ties on the map. Share nothing more with Rikke until the ties are reviewed.")
    assert found[0].text("da").startswith("Samtykket til Rikke er trukket tilbage den 01.05.2026, men Rikke har "
                                          "stadig 2 aktive forbindelser")


def test_withdrawn_consent_without_ties_or_ended_is_no_finding():
    lone = Actor(id="a-rikke", name="Rikke", consent=Consent.WITHDRAWN)
    m = a_map(**{"a-rikke": lone})
    m = m.model_copy(update={"links": [ln for ln in m.links if "a-rikke" not in (ln.source, ln.target)]})
    assert not [f for f in findings(m) if f.key.startswith("f_consent_withdrawn")]
    ended = a_map(**{"a-rikke": Actor(id="a-rikke", name="Rikke", consent=Consent.WITHDRAWN, active=False)})
    assert not [f for f in findings(ended) if f.key.startswith("f_consent_withdrawn")]


def test_one_tie_left_says_one_tie():
    m = a_map()
    m = m.model_copy(update={"links": [ln for ln in m.links if ln.id != "l-2"]})
    (f,) = [f for f in findings(m) if f.key.startswith("f_consent_withdrawn")]
    assert f.key == "f_consent_withdrawn_1" and "still has 1 active tie on" in f.text("en")


def test_core_team_or_coordinator_without_consent_is_a_finding_only_for_active_professionals():
    (f,) = [f for f in findings(a_map()) if f.key == "f_consent_missing"]
    # Hanne: core team, nothing recorded. Not Karin (given), Ole (ended), Inger (private), Tom (not core team).
    assert f.ids == ("a-hanne",)
    assert f.text("en") == "Consent is missing for Hanne (core team or family coordinator)."
    assert f.text("da") == "Samtykke mangler for Hanne (kerneteam eller familiekoordinator)."
    coordinator = a_map(**{"a-karin": Actor(id="a-karin", name="Karin", coordinator=True)})
    (f,) = [f for f in findings(coordinator) if f.key == "f_consent_missing"]
    assert f.ids == ("a-hanne", "a-karin") and "Hanne and Karin" in f.text("en") and "Hanne og Karin" in f.text("da")


def test_a_map_with_everything_recorded_has_no_consent_finding():
    m = a_map(**{"a-hanne": Actor(id="a-hanne", name="Hanne", core_team=True, consent=Consent.REFUSED),
                 "a-rikke": Actor(id="a-rikke", name="Rikke", consent=Consent.GIVEN)})
    m = m.model_copy(update={"family": [f.model_copy(update={"protected": False}) for f in m.family]})
    assert consent_findings(m) == ([], [])
    assert not [k for k in _keys(findings(m)) if "consent" in k or "protected" in k]


def test_stats_json_lists_active_professionals_by_consent_and_protected_people():
    data = stats(a_map())
    assert data["consent"] == {"given": ["Karin"], "refused": ["Tom"], "withdrawn": ["Rikke"], "missing": ["Hanne"]}
    assert data["protected"] == ["Jens"]
    assert list(data["consent"]) == ["given", "refused", "withdrawn", "missing"]
    assert consent_stats(SkyMap()) == {"consent": {"given": [], "refused": [], "withdrawn": [], "missing": []},
                                       "protected": []}


def test_summary_lines_carry_the_warnings():
    text = "\n".join(summary_lines(a_map(), "da"))
    assert "Jens er skærmet" in text and "Samtykke mangler for Hanne" in text


def test_describe_consent_for_a_contact_list():
    assert describe_consent(Consent.GIVEN, date(2026, 2, 3), "da") == "givet 03.02.2026"
    assert describe_consent(Consent.WITHDRAWN, date(2026, 2, 3), "en") == "withdrawn 3 Feb 2026"
    assert describe_consent(None, None, "da") == "mangler"  # as the window says it
    assert describe_consent(None, None, "en") == "missing"
    assert describe_consent(Consent.REFUSED, None, "en") == "refused"


def test_a_status_keeps_consent_and_protection_and_diff_reports_the_changes():
    doc = MapDocument(a_map())
    add_status(doc, "Opstart", date(2026, 1, 1))
    doc.update("actors", "a-hanne", consent=Consent.GIVEN, consent_date=date(2026, 6, 1))
    doc.update("actors", "a-karin", consent=Consent.WITHDRAWN, consent_date=date(2026, 6, 2))
    doc.update("actors", "a-rikke", consent=None, consent_date=None)
    doc.update("actors", "a-tom", consent_date=date(2026, 6, 3))
    doc.update("actors", "a-inger", protected=True)
    doc.update("family", "m-far", protected=False)
    kept = content_of(doc.map, "Opstart")
    assert next(a for a in kept.actors if a.id == "a-karin").consent is Consent.GIVEN
    assert next(a for a in kept.actors if a.id == "a-karin").consent_scope == "school and PPR may share"
    assert next(f for f in kept.family if f.id == "m-far").protected

    d = diff(kept, doc.map.content())
    data = d.as_dict()
    assert data["consent_changes"] == [
        {"name": "Hanne", "from": "missing", "to": "given", "date": "2026-06-01"},
        {"name": "Karin", "from": "given", "to": "withdrawn", "date": "2026-06-02"},
        {"name": "Rikke", "from": "withdrawn", "to": "missing", "date": None},
        {"name": "Tom", "from": "refused", "to": "refused", "date": "2026-06-03"},
    ]
    assert data["protection_changes"] == [{"name": "Jens", "protected": False}, {"name": "Inger", "protected": True}]
    en = sentences(d, "en")
    for line in ("Consent for Hanne is now recorded: given on 1 Jun 2026.",
                 "Consent for Karin went from given to withdrawn on 2 Jun 2026.",
                 "Consent for Rikke is now missing.",
                 "Consent for Tom (refused) is now dated 3 Jun 2026.",
                 "Jens is no longer marked as protected.",
                 "Inger is now marked as protected (skærmet)."):
        assert line in en
    da = sentences(d, "da")
    for line in ("Samtykke for Hanne er nu registreret: givet den 01.06.2026.",
                 "Samtykket for Karin er gået fra givet til trukket tilbage den 02.06.2026.",
                 "Samtykke for Rikke mangler nu.",
                 "Jens er ikke længere markeret som skærmet.",
                 "Inger er nu markeret som skærmet."):
        assert line in da


def test_diff_without_consent_changes_says_nothing_about_consent():
    m = a_map()
    d = diff(m.content(), m.content())
    assert d.as_dict()["consent_changes"] == [] and d.as_dict()["protection_changes"] == []
    assert not [s for s in sentences(d, "en") if "onsent" in s or "protected" in s]


def test_someone_new_who_is_protected_is_a_change():
    before = a_map().content()
    after = a_map(**{"a-new": Actor(id="a-new", name="Nils", protected=True)}).content()
    assert diff(before, after).as_dict()["protection_changes"] == [{"name": "Nils", "protected": True}]


def test_dates_in_sentences_are_written_as_people_write_them():
    """01.12.2026 in Danish, 1 Dec 2026 in English; never the ISO form of JSON output."""
    from skymap.model.messages import date_text  # noqa: PLC0415

    assert date_text(date(2026, 12, 1), "da") == "01.12.2026"
    assert date_text(date(2026, 12, 1), "en") == "1 Dec 2026"
    assert describe_consent(Consent.GIVEN, date(2026, 12, 1), "da") == "givet 01.12.2026"


def test_a_protected_person_who_owns_open_agreements_is_a_warning():
    from skymap.model.objects import Agreement  # noqa: PLC0415
    from skymap.model.vocabulary import AgreementStatus  # noqa: PLC0415

    m = a_map()
    m.agreements = [Agreement(id="g-1", text="Fetch Emil on Tuesdays", owner="m-far"),
                    Agreement(id="g-2", text="Call the school", owner="m-far"),
                    Agreement(id="g-3", text="Old plan", owner="m-far", status=AgreementStatus.DONE),
                    Agreement(id="g-4", text="Hanne calls", owner="a-hanne")]
    owner = [f for f in findings(m) if f.key.startswith("f_protected_owner")]
    assert [(f.key, f.ids) for f in owner] == [("f_protected_owner_n", ("m-far",))]
    assert "Jens is protected, but owns 2 open agreements" in owner[0].text("en")
    assert "Jens er skærmet, men står som ansvarlig for 2 åbne aftaler" in owner[0].text("da")
    m.agreements = m.agreements[:1]
    assert [f.key for f in findings(m) if f.key.startswith("f_protected_owner")] == ["f_protected_owner_1"]
    m.agreements = [m.agreements[0].model_copy(update={"owner": "a-hanne"})]
    assert not [f for f in findings(m) if f.key.startswith("f_protected_owner")]
