"""A pseudonymised changes page: one full stop after initials ("1 er gået: K.H."), and with
--pseudonymise roles the person who left is given by role, never by initials."""

from __future__ import annotations

from datetime import date

import pytest

from skymap.model.document import MapDocument
from skymap.model.status import add_status, content_of, diff, sentences
from skymap.storage.mapfile import load_map
from tests.export.test_changes_page import EXAMPLE, changes_text


def karin_left():
    doc = MapDocument(load_map(EXAMPLE))
    add_status(doc, "Opstart", date(2026, 9, 14))
    karin = next(a for a in doc.map.actors if a.name == "Karin Holm")
    doc.remove("actors", karin.id)
    return doc


@pytest.mark.parametrize("lang, words", [("da", "1 er gået: K.H."), ("en", "1 left: K.H.")])
def test_initials_end_the_sentence_with_one_full_stop(lang, words):
    text = changes_text(karin_left().map, lang=lang, pseudonymise="initials")
    assert words in text
    assert ".." not in text


@pytest.mark.parametrize("lang, words", [("da", "1 er gået: PPR-psykolog."), ("en", "1 left: PPR-psykolog.")])
def test_roles_give_the_person_who_left_by_role(lang, words):
    text = changes_text(karin_left().map, lang=lang, pseudonymise="roles")
    assert words in text
    assert "K.H." not in text and "Karin" not in text and "Holm" not in text and ".." not in text


def test_sentences_end_with_one_full_stop_after_initials():
    doc = karin_left()
    snap = doc.map.snapshots[0]
    old = snap.content.model_copy(update={"actors": [a.model_copy(update={"name": "E.K."})
                                                      if a.name == "Karin Holm" else a for a in snap.content.actors]})
    said = sentences(diff(old, content_of(doc.map, None)), "da")
    assert "1 er gået: E.K." in said
