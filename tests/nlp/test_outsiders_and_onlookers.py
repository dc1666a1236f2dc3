"""Outsiders, onlookers and company deals scoped to the instrument's own sides (nlp/components/outsiders.py,
nlp/components/attention.py, nlp/components/company_deals.py), each case in three page frames: bare text,
a wire story under a dateline and a government release (a Zambian ministry's page, whose state no case
names)."""

from __future__ import annotations

import pytest
from agreement_sets import GOV, agreements, page_agreements

WIRE = "LIMA, March 3 (Andes Wire) - "


def _bare(text: str) -> set[tuple[str, str]]:
    return agreements(text)


def _wire(text: str) -> set[tuple[str, str]]:
    return agreements(WIRE + text)


def _release(text: str) -> set[tuple[str, str]]:
    return {("+".join(parties), status) for parties, status in page_agreements(GOV, text)}


FRAMES = {"bare": _bare, "wire": _wire, "release": _release}

CASES = [
    # a negated membership copula: the outsider goes, the instrument's own sides stay, as existing
    (
        "Norway is not a party to the recent minerals agreement between Peru and Kenya.",
        {("KEN+PER", "existing")},
    ),
    (
        "Mongolia is not a signatory of the lithium memorandum signed by Chile, Bolivia and Argentina in 2019.",
        {("ARG+BOL+CHL", "existing")},
    ),
    (
        "Vietnam is no party to the cobalt partnership between Ghana and Indonesia, officials said on Monday.",
        {("GHA+IDN", "existing")},
    ),
    (
        "Uzbekistan was never a party to the cooperation agreement signed by Morocco and Egypt on phosphates, "
        "but supports it.",
        {("EGY+MAR", "existing")},
    ),
    # attention verbs: the watcher is no side of the talks or the instrument it watches
    (
        "Argentina is following with interest the negotiations between Chile and Kenya on lithium.",
        {("CHL+KEN", "negotiating")},
    ),
    (
        "Portugal is closely watching the talks between Peru and Ghana on copper supplies.",
        {("GHA+PER", "negotiating")},
    ),
    # directional: the same clause made positive keeps the state
    (
        "Norway is a party to the recent minerals agreement between Peru and Kenya.",
        {("KEN+NOR+PER", "existing")},
    ),
    # near misses: a future clause on a planned instrument, a generic instrument, a company deal, a market
    ("Norway will not be a party to the planned minerals agreement between Peru and Kenya.", set()),
    ("Mongolia is not a party to any lithium agreement with Chile.", set()),
    (
        "Kazakhstan welcomed the agreement between U.S. company Kestrel Mining and Kazakh state company "
        "Tau-Ken Samruk on Friday.",
        set(),
    ),
    ("Ghana is monitoring the cobalt market closely, the ministry said on Tuesday.", set()),
    # 'follow' as a sequence keeps the pronoun's set; an outsider clause takes only the instrument's own
    # named sides as given
    (
        "The EU signed a memorandum with Chile on Monday. It follows a similar memorandum with Argentina.",
        {("CHL+EU", "signed"), ("ARG+EU", "existing")},
    ),
    (
        "Fiji is not a party to the exploration agreements that some Pacific neighbours, including Tonga, "
        "have concluded with foreign partners.",
        set(),
    ),
    # company deals: a member a company noun introduces, a commercial instrument
    ("Ghana signed a partnership with Japanese trading company Sojitz on Monday.", set()),
    ("Ghana signed a partnership with Japan on Monday.", {("GHA+JPN", "signed")}),
    ("Peru and Kenya met on Monday. This is a commercial agreement, officials said.", set()),
    # talks on carrying out instruments are talks on them; a question names only the sets it names itself
    (
        "Mongolia said that negotiation with Portugal on the implementation of agreements on uranium is continuing.",
        {("MNG+PRT", "negotiating")},
    ),
    ("Chile and Kenya held talks on Monday. Will the two sides sign agreements on copper?", set()),
    ("Will Chile and Kenya sign a copper agreement next week?", {("CHL+KEN", "planned")}),
]


@pytest.mark.parametrize("frame", sorted(FRAMES))
@pytest.mark.parametrize("text,expected", CASES)
def test_outsiders_and_onlookers(frame, text, expected):
    assert FRAMES[frame](text) == expected
