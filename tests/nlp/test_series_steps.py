"""Partners named by reference across sentences (round 12, branch series21).

A series of one owner's instruments (a counted plural, or a plural instrument with one owner and no partner:
'has spent years building a network of MOUs', "A's partnerships") is continued by steps that name partners
without an instrument noun: a headless series subject ('the first two', 'the earliest', 'the most recent',
'others') with a copula list or a 'with' phrase, states as subject of a sequel verb ('followed', 'joined',
'came next', 'signed theirs'). 'further ones, including with B' is a plural anaphor; 'with each of the two
countries' / 'with each of B and C' gives one instrument per partner; 'an agreement that the two neighbours
signed with C' is a relative clause the parser misreads. Names are invented or varied.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table


def _each(owner: str, partners: str, status: str) -> set:
    return {(frozenset({owner, p}), status) for p in partners.split()}


CASES = [
    # headless series subjects: a 'with' phrase, a copula list (also when the parser makes the states subjects)
    ("Norway has spent years building a network of memorandums on cobalt. The first two were signed in 2019 "
     "with Peru and Ghana.", _each("NOR", "PER GHA", "existing")),
    ("Canada's partnerships on nickel have multiplied since 2018. The earliest, agreed in 2019, were Chile and "
     "Oman, the ministry said.", _each("CAN", "CHL OMN", "existing")),
    ("Kenya, a major producer, has been building a web of deals on graphite. None of them is binding.\n\nThe most "
     "recent were Peru, Ghana and Vietnam.", _each("KEN", "PER GHA VNM", "existing")),
    ("India has struck MOUs on cobalt since 2018. Others followed with Bolivia and Chile, the ministry said.",
     _each("IND", "BOL CHL", "existing")),
    # states as subject of a sequel verb, or of a committing verb whose object points back
    ("Japan has concluded frameworks on lithium with several partners. Fiji and Laos followed in 2020, and "
     "Mongolia signed theirs in 2021, officials said.", _each("JPN", "FJI LAO MNG", "existing")),
    ("Brazil has built up a string of agreements on tin. Ghana joined in 2020, and Peru and Oman came next.",
     _each("BRA", "GHA PER OMN", "existing")),
    ("The European Union has signed strategic partnerships on raw materials with fourteen countries. The first "
     "two were signed in 2021 with Canada and Ukraine. Kazakhstan and Namibia followed in November 2022. The most "
     "recent, signed in 2024, were Rwanda and Norway.", _each("EU", "CAN UKR KAZ NAM RWA NOR", "existing")),
    # round 14 (lists24): a copula's 'with' list after a participle the parser makes the main verb ('Those
    # concluded ... were with'), an attribution tail ('according to' is no accord), and a headless subject that
    # includes plural instruments with the partners is no other side of them
    ("Since 2019, Namibia has concluded memorandums on zinc with nine partners. Those concluded earlier this year "
     "were with Fiji, Laos and Oman.", _each("NAM", "FJI LAO OMN", "existing")),
    ("Peru has signed frameworks on tin with twelve countries since 2020. Those signed before 2022 were with Ghana "
     "and Kenya, according to a government statement.", _each("PER", "GHA KEN", "existing")),
    ("Mongolia has now signed partnerships with more than 20 countries. Those already in force include agreements "
     "with Chile, Vietnam and Ghana, the ministry said.", _each("MNG", "CHL VNM GHA", "existing")),
    # a plural anaphor with an 'including with' phrase
    ("Chile has signed partnerships on copper with some 14 nations and plans to conclude further ones, including "
     "with Kenya.", {(frozenset({"CHL", "KEN"}), "planned")}),
    ("Laos has signed agreements on tin with many countries and plans to conclude further ones, including with "
     "Peru.", {(frozenset({"LAO", "PER"}), "planned")}),
    # one instrument per member of a distributive 'each of'
    ("Peru and Ghana signed a framework on zinc in 2020, and Fiji wants to explore a similar instrument with each "
     "of the two countries.", {(frozenset({"PER", "GHA"}), "existing")} | _each("FJI", "PER GHA", "planned")),
    ("Oman is negotiating declarations of intent on tin with each of Laos and Chile.",
     _each("OMN", "LAO CHL", "negotiating")),
    # 'that the two neighbours signed with C': the relative clause, its subject the pair named before
    ("Kenya has been talking to Uganda about a joint refinery, building on an agreement on graphite that the two "
     "neighbours signed with Rwanda in 2019.", {(frozenset({"KEN", "UGA", "RWA"}), "existing")}),
    ("Egypt has been talking to Oman about a joint refinery, building on an MOU on cobalt that the two neighbours "
     "signed with Rwanda in 2018.", {(frozenset({"EGY", "OMN", "RWA"}), "existing")}),
    # 'the two neighbours' of another sentence: the pair named together there, not the speaker of this one
    ("Peru and Chile have long cooperated on mining. Bolivia said the mining accord that the two neighbours signed "
     "with Argentina in 2019 should be widened.", {(frozenset({"PER", "CHL", "ARG"}), "existing")}),
    ("Ghana and Togo met in Accra on Monday. Nigeria welcomed the memorandum on lithium that the two sides signed "
     "with Benin in 2019.", {(frozenset({"GHA", "TGO", "BEN"}), "existing")}),
    # a signing the main clause only refers back to is background
    ("Ghana and Togo did not sign a new accord on Monday. Their statement pointed to the memorandum on lithium that "
     "the two governments signed in March.", {(frozenset({"GHA", "TGO"}), "existing")}),
    # no series, or a step that is no step: nothing
    ("The first two were signed in 2019 with Peru and Ghana.", set()),
    ("Fiji and Laos followed in 2020, officials said.", set()),
    ("Norway has signed partnerships on cobalt. Peru and Ghana followed the talks closely.", set()),
    ("Norway has built a network of partnerships on cobalt. Peru and Ghana did not follow.", set()),
    ("Norway has built a network of partnerships on cobalt. The first two producers were Peru and Ghana.", set()),
    # the window: two sentences of other states' news close the series
    ("Norway has built a network of partnerships on cobalt. Peru banned exports of cobalt in 2019. Chile imposed "
     "a tax on copper. Ghana and Laos followed in 2020.", set()),
    # a prospective member is no party ('expressed interest in joining')
    ("Denmark has expressed interest in joining the Minerals Security Partnership.", set()),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "ss")


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_series_steps(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
