"""Accession by a decision noun (branch groups20, official8 14): 'We welcome the decision of M to accede to the
Declaration', 'hailed M's move to join the compact' -- the decision's holder joins the agreement's existing members
(the states that signed it earlier in the story, or the speaking 'we' of a joint communique), and the welcomer stays
aside.  The accession is decided, not yet done, so the members' own set stands beside the enlarged one.  A
decision is taken, unlike an intention: the clause gives the status.  A decision not to join, to leave, or to join
another agreement adds no member.

Built from an inventory of slots: decision noun (decision, move, choice), holder form ('of M', 'M's', 'by M'
is not a holder), welcoming verb, joining verb (join, accede to, take part in, participate in), where the members
come from, an inserted relative clause.  States vary in origin; agreement names are invented.
"""

from __future__ import annotations

import itertools

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

MEMBERS = [
    ("Fiji signed the Nickel Compact with Oman and Chad in 2023.", "the compact", {"FJI", "OMN", "TCD"}),
    ("Norway, Ghana and Peru launched the Graphite Charter in 2022.", "the Charter", {"NOR", "GHA", "PER"}),
    ("Laos signed the Cobalt Declaration with Chile and Kenya last year.", "the Declaration", {"LAO", "CHL", "KEN"}),
]
HOLDERS = [("Mongolia", "MNG"), ("Uruguay", "URY"), ("Senegal", "SEN"), ("Vietnam", "VNM")]
DECISIONS = [
    "On Monday officials welcomed the decision of {H} to join {Z}.",
    "On Tuesday ministers hailed {H}'s decision to accede to {Z}.",
    "The secretariat welcomed {H}'s move to join {Z}.",
    "Ministers applauded the choice of {H} to take part in {Z}.",
    "Officials welcomed the decision of {H}, which attended the meeting as an observer, to accede to {Z}.",
    "On Friday the members noted with satisfaction the decision of {H} to participate in {Z}.",
]

POSITIVE = [
    (
        f"{lead} {frame.format(H=name, Z=ref)}",
        {(frozenset(members), "existing"), (frozenset({*members, code}), "announced")},
    )
    for frame, (lead, ref, members), (name, code) in zip(
        DECISIONS * 2, itertools.cycle(MEMBERS), itertools.cycle(HOLDERS), strict=False
    )
]

COMMUNIQUE = (
    "We, the Ministers of Fiji, Oman and Chad, met in Suva on 3 May 2024 and declare the following.\n\n"
    "We reaffirm the Cobalt Cooperation Declaration adopted by our three Governments in 2023.\n\n"
    "We welcome the decision of the Republic of Peru, which attended this meeting as an observer, to accede to the "
    "Declaration."
)

OTHER = [
    # the speaking 'we' of a joint communique are the members
    (COMMUNIQUE,
     {(frozenset({"FJI", "OMN", "TCD"}), "existing"), (frozenset({"FJI", "OMN", "TCD", "PER"}), "announced")}),
    # a decision not to join, to leave, or to join another agreement adds no member
    ("Fiji signed the Nickel Compact with Oman and Chad in 2023. Officials welcomed the decision of Ghana not to "
     "join the compact.", {(frozenset({"FJI", "OMN", "TCD"}), "existing")}),
    ("Fiji signed the Nickel Compact with Oman and Chad in 2023. Officials regretted the move by Ghana to withdraw "
     "from the compact.", {(frozenset({"FJI", "OMN", "TCD"}), "existing")}),
    ("Fiji signed the Nickel Compact with Oman and Chad in 2023. Ministers questioned the decision of Ghana to join "
     "a rival pact with Peru.",
     {(frozenset({"FJI", "OMN", "TCD"}), "existing"), (frozenset({"GHA", "PER"}), "announced")}),
    # a decision to sign with a partner: the holder is a party, the welcomer is not
    ("Chad welcomed the decision of Peru to sign a memorandum on lithium with Ghana.",
     {(frozenset({"PER", "GHA"}), "signed")}),
]  # fmt: skip

CASES = POSITIVE + OTHER


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "da")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_decision_accession(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
