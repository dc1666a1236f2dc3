"""Parties outside a plain 'A signed X with B' (branch parties23, census-ag of official10 and news10).

An instrument that binds its object ('The memorandum commits the three governments to ...') has the bound
states as parties: named, 'the governments of A and B', or a counted collective resolved to the latest list
of that many states, else to a title naming exactly that many (capitals included).  Guards: one state, a
denied verb, people or firms 'in' states, a count no list matches.  Names invented, states real.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract_batch
from tests.nlp.agreement_cases import assert_agreements, extract_table

NEWS = "https://www.harbourledger.example.com/news/1"

BOUND = [
    ("The accord commits Ghana, Peru and Japan to share geological data on cobalt.",
     {(frozenset({"GHA", "PER", "JPN"}), "existing")}),
    ("The MOU obliges the governments of Chad and Niger to exchange data on uranium reserves.",
     {(frozenset({"TCD", "NER"}), "existing")}),
    ("Fiji, Oman and Chile met in Lima on Monday.\n\nThe memorandum, signed on Tuesday on the sidelines of the "
     "meeting, commits the three governments to develop a lithium value chain.",
     {(frozenset({"FJI", "OMN", "CHL"}), "signed")}),
    ("Kenya and Japan have long cooperated on graphite. The framework, the first of its kind, binds both countries "
     "to joint exploration.", {(frozenset({"KEN", "JPN"}), "existing")}),
    ("The pact, drafted over two rounds of talks, requires Laos and Nepal to report on tin output every year.",
     {(frozenset({"LAO", "NPL"}), "existing")}),
    # guards
    ("The agreement requires Indonesia to remove restrictions on exports of nickel.", set()),
    ("The agreement does not commit Ghana and Peru to anything.", set()),
    ("The memorandum requires exporters in Chile and Peru to register their copper shipments.", set()),
    ("Fiji, Oman and Chile met in Lima on Monday.\n\nThe memorandum commits the four governments to develop a "
     "lithium value chain.", set()),
    ("The framework, the first of its kind, commits both countries to joint exploration.", set()),
]  # fmt: skip


@pytest.fixture(scope="module")
def bound_sheets():
    return extract_table([c[0] for c in BOUND], "bound")


@pytest.mark.parametrize("text,expected", BOUND, ids=range(len(BOUND)))
def test_bound_parties(bound_sheets, text, expected):
    assert_agreements(bound_sheets[text], expected, None)


TITLED = [
    # the title names the three states by their capitals; the body's lead names two of them
    ("Accra, Lima and Hanoi put battery pact on paper",
     "Ghana and Peru have a new partner in their plan to process cobalt at home.\n\nA memorandum signed on Tuesday "
     "on the sidelines of a summit commits the three governments to support a battery value chain.",
     [({"GHA", "PER", "VNM"}, "signed")]),
    # a title naming two states is no set of three
    ("Accra and Lima put battery pact on paper",
     "A memorandum signed on Tuesday commits the three governments to support a battery value chain.", []),
]  # fmt: skip


@pytest.fixture(scope="module")
def titled_sheets():
    articles = [
        make_article(body.split("\n\n"), title=title, source=f"bound{i}.txt", url=NEWS, published="2025-06-01")
        for i, (title, body, _) in enumerate(TITLED)
    ]
    return extract_batch(articles)


@pytest.mark.parametrize("k", range(len(TITLED)))
def test_bound_group_from_title(titled_sheets, k):
    got = [(set(a["parties"]), a["status"]) for a in titled_sheets[k]["agreements"]]
    assert got == TITLED[k][2]


SIDES = [
    # a pair made earlier in the same sentence counts toward the story's hub: B's talks, not C's
    ("Kenya and Japan signed a memorandum on cobalt on Monday.\n\nGhana is expected to sign a similar framework with "
     "Tokyo in the coming weeks, officials said, while negotiations with Peru are still under way.",
     {(frozenset({"KEN", "JPN"}), "signed"), (frozenset({"GHA", "JPN"}), "planned"),
      (frozenset({"JPN", "PER"}), "negotiating")}),
    # no earlier pair: the clause's subject stays the other side
    ("Ghana signed a similar framework with Japan on Tuesday, and negotiations with Peru are continuing.",
     {(frozenset({"GHA", "JPN"}), "signed"), (frozenset({"GHA", "PER"}), "negotiating")}),
    # an instrument entering into force is no joiner of the earlier agreement's members
    ("Chad and Nepal announced a trade agreement on Monday.\n\nThe interim trade agreement that Santiago signed with "
     "the European Union entered into force on Feb. 1.",
     {(frozenset({"TCD", "NPL"}), "announced"), (frozenset({"CHL", "EU"}), "existing")}),
    ("Chad and Nepal announced a trade agreement on Monday.\n\nOn Feb. 1 Laos joined the trade agreement.",
     {(frozenset({"TCD", "NPL", "LAO"}), "announced")}),
]  # fmt: skip


@pytest.fixture(scope="module")
def side_sheets():
    return extract_table([c[0] for c in SIDES], "sides")


@pytest.mark.parametrize("text,expected", SIDES, ids=range(len(SIDES)))
def test_story_sides(side_sheets, text, expected):
    assert_agreements(side_sheets[text], expected, None)
