"""A sentence-opening 'Its' and officials signing with 'his A and B counterparts' (round 26).

'Chile's links with Europe are stronger. Its framework agreement with the European Union ...': no owner stands
before the pronoun in its sentence, so the instrument had one party and the story's state (or nothing)
completed it; the pronoun points to the sentence before, its subject or that subject's possessor.  'The
memoranda were signed by [minister] and his Egyptian and Jordanian counterparts': one set of three was filed,
where each counterpart signed with the minister.  Found on eval/news21 (08, 10); the rows are invented states
and officials, with companies, singular instruments and one counterpart as near misses.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

LEAD = "Peru raised tariffs on copper imports on Monday. "

CASES = [
    (
        LEAD + "Ghana's links with Europe are stronger. Its free trade agreement with Japan took effect in 2019.",
        {(frozenset({"GHA", "JPN"}), "existing")},
    ),
    (
        LEAD
        + "Oman's trade with India grew last year. Its strategic partnership with Chile has been in force since 2020.",
        {(frozenset({"OMN", "CHL"}), "existing")},
    ),
    (
        LEAD
        + "Fiji sold most of its cobalt to Korea last year. Its 2018 framework with Chile on nickel expired in May.",
        {(frozenset({"FJI", "CHL"}), "lapsed")},
    ),
    # the pronoun's own sentence names its owner: that one, not the sentence before's
    (
        LEAD + "Ghana's links with Europe are stronger. Oman said its agreement with Japan took effect in 2019.",
        {(frozenset({"OMN", "JPN"}), "existing")},
    ),
    # a relative 'whose' is its clause's antecedent, not the subject before it
    (
        LEAD
        + "Oman and the EU resumed talks. Fiji, whose own trade agreement with the EU took effect in 2024, watched.",
        {(frozenset({"FJI", "EU"}), "existing"), (frozenset({"OMN", "EU"}), "negotiating")},
    ),
    (
        LEAD + "Chile signed a deal with Japan, whose earlier agreement with Korea expired.",
        {(frozenset({"CHL", "JPN"}), "signed"), (frozenset({"JPN", "KOR"}), "lapsed")},
    ),
    # a company's instrument has no state party, whichever state the story would lend it
    (LEAD + "Kestrel Mining is the largest miner in Chile. Its supply agreement with Japan covers copper.", set()),
    (LEAD + "Andes Copper Corp said its supply agreement with Japan took effect in 2019.", set()),
    # counterparts: one instrument per counterpart when the noun is plural
    (
        "The memoranda were signed by Ghana's Minister of Mines Kofi Mensah and his Peruvian and Omani counterparts.",
        {(frozenset({"GHA", "PER"}), "signed"), (frozenset({"GHA", "OMN"}), "signed")},
    ),
    (
        "Chile's Foreign Minister, Ana Rojas, and her Japanese and Korean counterparts signed memorandums on lithium.",
        {(frozenset({"CHL", "JPN"}), "signed"), (frozenset({"CHL", "KOR"}), "signed")},
    ),
    (
        "Three agreements were signed by Oman's trade minister and his counterparts from Fiji, Chile and Peru.",
        {(frozenset({"OMN", x}), "signed") for x in ("FJI", "CHL", "PER")},
    ),
    # a singular instrument is one of all the signers; one counterpart is one pair
    (
        "Chile's Foreign Minister and her Japanese and Korean counterparts signed a memorandum on lithium.",
        {(frozenset({"CHL", "JPN", "KOR"}), "signed")},
    ),
    (
        "The memoranda were signed by Ghana's Minister of Mines and his Peruvian counterpart.",
        {(frozenset({"GHA", "PER"}), "signed")},
    ),
]


@pytest.fixture(scope="module")
def sheets():
    return extract_table([t for t, _ in CASES], "own")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_pronoun_owners_and_counterpart_pairs(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
