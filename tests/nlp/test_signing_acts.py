"""Side-level agreement mechanisms of round 9: signing acts told without 'sign', and their status.

Each row is (text, parties, status) with invented people; the whole sheet's agreements must be exactly that one
fact, so a witness or a venue that became a party fails the row too.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table

SIGNING_ACTS = [
    # a signature told by a light verb and its object
    ("Latvian envoy Orla Penhaligon and Ecuadorian minister Tomas Quell put their signatures to a pact on Monday.",
     {"LVA", "ECU"}, "signed"),
    ("Ecuador and Latvia exchanged letters of intent on zinc smelting on Friday.", {"ECU", "LVA"}, "signed"),
    ("Ghana and Peru exchanged the signed copies of an accord on bauxite on Tuesday.", {"GHA", "PER"}, "signed"),
    ("Kenya's trade minister Ada Fenwick penned a memorandum with Chile on Monday on copper smelting.",
     {"KEN", "CHL"}, "signed"),
    # a signing noun governs the agreement: whoever witnesses it is no party, the signing is today's
    ("Mexican diplomat Ivo Stanek witnessed the signing of a framework between Peru and Ghana on Monday.",
     {"PER", "GHA"}, "signed"),
    # 'earlier' with a time phrase of the same day is not background
    ("Officials said Peru and Kenya had signed a partnership on cobalt earlier today.", {"PER", "KEN"}, "signed"),
    ("The ministry said that Chile and Ghana had signed a deal on zinc earlier in the day.", {"CHL", "GHA"},
     "signed"),
    # 'earlier' alone, or with a year, stays background
    ("Chile and Ghana had signed a deal on zinc earlier, the ministry said.", {"CHL", "GHA"}, "existing"),
]  # fmt: skip


@pytest.mark.parametrize("text,parties,status", SIGNING_ACTS, ids=range(len(SIGNING_ACTS)))
def test_signing_acts(sheets, text, parties, status):
    got = [(set(a["parties"]), a["status"]) for a in sheets[text]["agreements"]]
    assert got == [(parties, status)]


LAPSES = [
    # a lapsing main verb outranks the relative clause that tells when the text was signed
    ("The accord on bauxite that Ghana and Peru signed in 2016 expired last year.", {"GHA", "PER"}, "lapsed"),
    ("Kenya terminated the framework it had signed with Chile in 2019, officials said on Monday.", {"KEN", "CHL"},
     "lapsed"),
    ("Peru withdrew on Friday from the agreement on zinc it has had with Ghana since 2017.", {"PER", "GHA"}, "lapsed"),
    # without a lapsing verb the relative clause still dates the signing
    ("Kenya praised the framework it had signed with Chile in 2019.", {"KEN", "CHL"}, "existing"),
]  # fmt: skip


@pytest.mark.parametrize("text,parties,status", LAPSES, ids=range(len(LAPSES)))
def test_lapsing_verb_outranks_relative_clause(sheets, text, parties, status):
    got = [(set(a["parties"]), a["status"]) for a in sheets[text]["agreements"]]
    assert got == [(parties, status)]


INSTRUMENTS = [
    # roadmaps, charters, joint statements and communiqués are instruments when a verb commits to them
    ("Ghana and Peru adopted a roadmap for cooperation on zinc smelting on Monday.", [({"GHA", "PER"}, "announced")]),
    ("Chile, Kenya and Latvia signed a charter on Tuesday setting up a forum for bauxite producers.",
     [({"CHL", "KEN", "LVA"}, "signed")]),
    ("Ecuador and Kenya adopted a joint statement on zinc cooperation on Friday.", [({"ECU", "KEN"}, "announced")]),
    ("Ghana and Peru abandoned their roadmap on zinc on Monday.", [({"GHA", "PER"}, "lapsed")]),
    # ... and no instrument when nothing commits to them, or when they only carry what was said
    ("Ecuador and Kenya issued a joint statement on Friday.", []),
    ("In a joint statement, Ghana and Peru agreed to lower their tariffs.", []),
    ("Kenya published a roadmap for its copper industry.", []),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", INSTRUMENTS, ids=range(len(INSTRUMENTS)))
def test_committed_instrument_nouns(sheets, text, expected):
    got = [(set(a["parties"]), a["status"]) for a in sheets[text]["agreements"]]
    assert got == expected


MORE_INSTRUMENTS = [
    ("Ghana and Peru signed a convention on zinc mining on Monday.", [({"GHA", "PER"}, "signed")]),
    ("Kenya and Chile signed a plan of action on bauxite on Monday.", [({"KEN", "CHL"}, "signed")]),
    ("Kenya and Chile signed an MoC on bauxite on Monday.", [({"KEN", "CHL"}, "signed")]),
    ("Ecuador and Latvia signed an exchange of notes on zinc on Friday.", [({"ECU", "LVA"}, "signed")]),
    ("Ecuador and Latvia put pen to paper on a zinc pact on Friday.", [({"ECU", "LVA"}, "signed")]),
    ("Ghana and Peru formalised a partnership on zinc on Monday.", [({"GHA", "PER"}, "signed")]),
    # initialling agrees the text; the signature is still to come
    ("Ghana and Peru initialled a framework on zinc on Monday.", [({"GHA", "PER"}, "announced")]),
    ("Under the convention, Ghana sells zinc to Peru.", []),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", MORE_INSTRUMENTS, ids=range(len(MORE_INSTRUMENTS)))
def test_more_instrument_wordings(sheets, text, expected):
    assert [(set(a["parties"]), a["status"]) for a in sheets[text]["agreements"]] == expected


@pytest.fixture(scope="module")
def sheets():
    """One extraction pass for every table of this file."""
    return extract_table([t for t, *_ in SIGNING_ACTS + LAPSES + INSTRUMENTS + MORE_INSTRUMENTS], "act")
