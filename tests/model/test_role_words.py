"""A family member's role typed as a word that is not kept as typed is said (model/role_words.py);
daughter and son are roles of their own (format version 6), read back as typed."""

from __future__ import annotations

import pytest

from skymap.model.merge import parse_family_role
from skymap.model.role_words import role_not_kept
from skymap.model.vocabulary import FamilyRole, label


@pytest.mark.parametrize(("word", "role"), [("datter", FamilyRole.DAUGHTER), ("søn", FamilyRole.SON),
                                            ("Daughter", FamilyRole.DAUGHTER), ("son", FamilyRole.SON),
                                            ("datteren", FamilyRole.DAUGHTER), ("barn", FamilyRole.CHILD)])
def test_daughter_and_son_are_roles_of_their_own(word, role):
    assert parse_family_role(word) is role


def test_daughter_and_son_have_danish_and_english_labels():
    assert [label(r, "da") for r in (FamilyRole.DAUGHTER, FamilyRole.SON)] == ["datter", "søn"]
    assert [label(r, "en") for r in (FamilyRole.DAUGHTER, FamilyRole.SON)] == ["daughter", "son"]


@pytest.mark.parametrize("word", ["datter", "søn", "mor", "barn", "anden omsorgsperson", "daughter", "Son", " far ", ""])
def test_a_roles_own_name_is_kept_and_nothing_is_said(word):
    assert role_not_kept(word, FamilyRole.OTHER, "da") is None


def test_a_word_taken_as_another_role_is_said_in_the_users_language():
    da = role_not_kept("bedstemor", FamilyRole.OTHER, "da")
    en = role_not_kept("bedstemor", FamilyRole.OTHER, "en")
    assert da is not None and "»bedstemor« er gemt som rollen »anden omsorgsperson«" in da and "datter" in da
    assert en is not None and "“bedstemor” is saved as the role “other carer”" in en and "daughter" in en


def test_a_word_that_names_no_role_is_said_and_the_role_stays():
    da = role_not_kept("storebror", FamilyRole.CHILD, "da")
    en = role_not_kept("storebror", FamilyRole.CHILD, "en")
    assert da is not None and "»storebror« er ikke en rolle i familien: rollen er stadig »barn«" in da
    assert en is not None and "“storebror” is not a family role: the role is still “child”" in en
