"""The other side named by role (the host) and a subject named by title alone (its/the minister)."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table

CASES = [
    # the host: the venue's state, or the agent of a host verb
    ("At a forum in Lima on Monday, Kenya's trade minister signed a memorandum on zinc with the host government.",
     [{"KEN", "PER"}]),
    ("At a summit hosted by Ghana on Friday, Chile signed a framework with its host.", [{"CHL", "GHA"}]),
    ("Officials from Latvia met in Nairobi on Tuesday, where they signed a pact with their hosts.", [{"LVA", "KEN"}]),
    # no venue, no host verb: no side to add
    ("Chile signed a framework with its host on Friday.", []),
    # a title with 'its' is the state just made subject; with 'the', the state whose official was just named
    ("Ecuador wants more copper.\n\nOn Monday, its trade minister signed a deal with Latvia in Riga.",
     [{"ECU", "LVA"}]),
    ("Kenya's mines minister Ada Fenwick travelled to Peru on Monday. There, the minister signed a framework "
     "on zinc with the Peruvian government.", [{"KEN", "PER"}]),
    # a title with its own state keeps it
    ("Ghana's trade minister signed a deal with Chile on Monday.", [{"GHA", "CHL"}]),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_side_named_by_role(sheets, text, expected):
    assert [set(a["parties"]) for a in sheets[text]["agreements"]] == expected


SIGNATORIES = [
    # a possessive inside the run of titled names before the verb
    ("U.S. Under Secretary of State Ada Fenwick and Kenya's Trade Minister Tomas Quell signed a pact on Monday.",
     [{"USA", "KEN"}]),
    # 'said after signing': the speaker signed
    ("Ghana's mines minister Orla Penhaligon said after signing a framework with Peruvian Trade Minister Ivo Stanek "
     "on Monday that supplies would grow.", [{"GHA", "PER"}]),
    ("Kenya said after signing a framework with Peru on Thursday that supplies would rise.", [{"KEN", "PER"}]),
    # the signed copies of an agreement: a signing, not a mention
    ("Chile's Minister of Mines Ada Fenwick and Latvian Foreign Minister Tomas Quell exchanged the signed copies "
     "of a partnership on zinc on Monday.", [{"CHL", "LVA"}]),
    # a mention after 'said' with nobody signing stays nothing
    ("Kenya said after the meeting that a framework was possible.", []),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", SIGNATORIES, ids=range(len(SIGNATORIES)))
def test_signatories_stand_for_their_states(sheets, text, expected):
    assert [set(a["parties"]) for a in sheets[text]["agreements"]] == expected


BYSTANDERS = [
    # a facilitator or backer is no party; 'as' opening a clause keeps the whole list of signers
    ("The talks between Ghana and Peru were facilitated by Chile, and the two governments signed a pact on Monday.",
     [{"GHA", "PER"}]),
    ("Kenya attended as an observer as Ghana, Peru and Chile signed a trilateral pact on Monday.",
     [{"GHA", "PER", "CHL"}]),
    ("Ghana and Peru signed a Chile-brokered pact on zinc on Monday.", [{"GHA", "PER"}]),
    ("Latvia and Ecuador signed a US-backed framework on zinc on Friday.", [{"LVA", "ECU"}]),
    # a backer with only one other side stays a side
    ("Ghana signed a US-backed deal on zinc on Monday.", [{"USA", "GHA"}]),
    # 'a second one': the earlier agreement noun again, with its own partner
    ("Kenya and Chile signed a framework on Monday, and Kenya signed a second one with Washington.",
     [{"KEN", "CHL"}, {"KEN", "USA"}]),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", BYSTANDERS, ids=range(len(BYSTANDERS)))
def test_bystanders_are_no_party(sheets, text, expected):
    assert [set(a["parties"]) for a in sheets[text]["agreements"]] == expected


@pytest.fixture(scope="module")
def sheets():
    """One extraction pass for every table of this file."""
    return extract_table([t for t, _ in CASES + SIGNATORIES + BYSTANDERS], "side")
