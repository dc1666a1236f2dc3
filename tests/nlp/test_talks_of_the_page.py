"""Talks the page's own government holds (round 16, lists28): a singular talks noun ('the negotiation with X ...
is continuing'), talks on the renewal, extension or review of an instrument (negotiating, whatever year it was
signed), people of the page's own body ('experts from the Ministry'), talks with counterparts in several
states (one set each), and a masthead naming the publisher's own government ('Ministry of Mines | Government of
A') that is no other state's title.  Names are invented; the page is Zambia's (.gov.zm) or carries a masthead."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import GOV, NEWS, page_agreements

NO_URL = "a press office handout"
MASTHEAD = "Ministry of Mines | Government of Zambia\nHome | News | Media releases\n\n"


_agreements = page_agreements


# (sentence on Zambia's page, the agreements expected: parties, status)
OWN_TALKS = [
    (
        "The Government informs that the negotiation with Peru on the strategic partnership is continuing.",
        {(("PER", "ZMB"), "negotiating")},
    ),
    (
        "He also informed that negotiation with Chile on a memorandum on cobalt is ongoing, and the Zambian side "
        "hopes to finalise it soon.",
        {(("CHL", "ZMB"), "negotiating")},
    ),
    (
        "The Minister noted that the discussion with Ghana regarding a lithium framework is progressing.",
        {(("GHA", "ZMB"), "negotiating")},
    ),
    (
        "The Minister noted that discussions with Peru for the renewal of the 2019 memorandum on nickel "
        "are continuing.",
        {(("PER", "ZMB"), "negotiating")},
    ),
    (
        "Talks with Chile on the extension of the 2020 framework on copper are under way, the Ministry said.",
        {(("CHL", "ZMB"), "negotiating")},
    ),
    (
        "Officials said negotiations with Ghana on a review of the existing manganese partnership were in progress.",
        {(("GHA", "ZMB"), "negotiating")},
    ),
    (
        "In May, experts from the Ministry began negotiations with Peru on an instrument for cooperation in "
        "lithium processing.",
        {(("PER", "ZMB"), "negotiating")},
    ),
    (
        "A technical team of the Ministry opened talks with Chile on a memorandum on cobalt last week.",
        {(("CHL", "ZMB"), "negotiating")},
    ),
    (
        "Officials are in discussions with counterparts in Chile and in Brazil on closer cooperation on lithium.",
        {(("CHL", "ZMB"), "negotiating"), (("BRA", "ZMB"), "negotiating")},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), OWN_TALKS)
def test_page_governments_own_talks(sentence, expected):
    assert _agreements(GOV, sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), OWN_TALKS[:2])
def test_masthead_naming_the_publisher_is_its_own_voice(sentence, expected):
    """'Government of Zambia' in Zambia's own masthead is not another state's earlier title."""
    assert _agreements(NO_URL, MASTHEAD + sentence) == expected


NOT_AGREEMENTS = [
    "The Government informs that discussions with Peru on the renewal of visas are continuing.",
    "Experts from a university began negotiations with Peru on an instrument for cooperation in lithium processing.",
    "Experts from the Ministry of Chile began negotiations with Peru on an instrument for lithium processing.",
    "The Government said that the negotiation of the tariff schedule is continuing.",
]


@pytest.mark.parametrize("sentence", NOT_AGREEMENTS)
def test_no_agreement_of_the_page(sentence):
    assert not {p for p, _ in _agreements(GOV, sentence) if "ZMB" in p}


def test_news_site_has_no_implied_side():
    assert _agreements(NEWS, "The negotiation with Peru on the strategic partnership is continuing.") == set()


def test_one_counterpart_state_is_one_set():
    sentence = "Officials are in discussions with counterparts in Chile on closer cooperation on lithium."
    assert _agreements(GOV, sentence) == {(("CHL", "ZMB"), "negotiating")}


# talks held by negotiators or delegations 'for' two states, the topic hung on the verb after a place
SIDES_TALKS = [
    "Trade Minister Ana Ruiz said negotiators for Chile and Peru had held a further round of talks in Lima on a "
    "lithium partnership.",
    "Negotiators for Chile and Peru held a further round of talks on a lithium partnership on Monday.",
    "Delegations for Chile and Peru held talks in Quito on a copper framework, officials said.",
]


@pytest.mark.parametrize("sentence", SIDES_TALKS)
def test_negotiators_for_two_states_hold_their_talks(sentence):
    assert _agreements(NEWS, sentence) == {(("CHL", "PER"), "negotiating")}


def test_talks_on_another_matter_are_no_agreement():
    sentence = "Negotiators for Chile and Peru held a further round of talks in Lima on a visa waiver."
    assert _agreements(NEWS, sentence) == set()
