"""Groupings among the parties and counted collectives (branch groups17, census13 rows 6, 22, 31, 35, 38, 39).

A grouping stands for its members only where the text fixes them: a relative clause that lists them ('X and
the Mercosur bloc, whose members are A, B, C and D'), a count its gazetteer membership matches ('the four
founding members of Mercosur'), or an agreement named after it ('the X-Mercosur Partnership Agreement').
A counted collective beside a named party ('Kenya and the four countries') is the latest list of that many
states.  A grouping's own membership is not an agreement; a count that matches no membership gives nothing; a
grouping named alone adds no members.  Names of groupings are real (the gazetteer's), the rest invented.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

CASES = [
    # a relative clause lists the grouping's members, wherever the parser hangs it in the list
    ("Fiji and the Mercosur bloc, whose members are Ghana, Oman, Peru and Chad, signed an accord on cobalt on Monday.",
     {(frozenset({"FJI", "GHA", "OMN", "PER", "TCD"}), "signed")}),
    ("Kenya and ECOWAS, whose members include Laos, Nepal and Chile, are negotiating a framework on nickel.",
     {(frozenset({"KEN", "LAO", "NPL", "CHL"}), "negotiating")}),
    ("On Friday Norway signed a memorandum on lithium with SADC, whose members are Peru, Mali and Togo.",
     {(frozenset({"NOR", "PER", "MLI", "TGO"}), "signed")}),
    ("Italy and Mercosur, whose members are Norway, India and Estonia, signed an MOU on cobalt on Monday.",
     {(frozenset({"ITA", "NOR", "IND", "EST"}), "signed")}),
    ("Malaysia and Mercosur, whose members are China, Qatar and Bolivia, could sign a joint action plan next year.",
     {(frozenset({"MYS", "CHN", "QAT", "BOL"}), "planned")}),
    ("On Monday, Thailand signed a declaration of intent on gallium with the G20, whose members are Zimbabwe, "
     "Estonia and Serbia.", {(frozenset({"THA", "ZWE", "EST", "SRB"}), "signed")}),
    # a count the gazetteer membership matches
    ("Fiji and the four founding members of Mercosur signed a partnership agreement on Saturday.",
     {(frozenset({"FJI", "ARG", "BRA", "PRY", "URY"}), "signed")}),
    ("The Fiji-Mercosur Partnership Agreement was signed on Saturday in Asuncion.",
     {(frozenset({"FJI", "ARG", "BRA", "PRY", "URY"}), "signed")}),
    ("Kenya and the seven G7 governments signed a framework on cobalt on Monday.",
     {(frozenset({"KEN", "USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN"}), "signed")}),
    ("The four Quad leaders launched a clean energy supply chains initiative in Hiroshima.",
     {(frozenset({"USA", "JPN", "AUS", "IND"}), "announced")}),
    ("The six G7 leaders signed a framework on cobalt on Monday.", set()),
    ("Kenya and the G7 governments signed a framework on cobalt on Monday.", set()),
    # a counted collective beside a named party, or after 'with': the latest list of exactly that many states
    ("Leaders of Fiji, Oman, Chad and Peru met in Lima on Monday. Kenya and the four countries signed a memorandum "
     "on lithium.", {(frozenset({"KEN", "FJI", "OMN", "TCD", "PER"}), "signed")}),
    ("Ministers from Fiji, Oman, Chad and Peru met in Lima on Monday. On Tuesday Kenya signed a framework on cobalt "
     "with the four governments.", {(frozenset({"KEN", "FJI", "OMN", "TCD", "PER"}), "signed")}),
    ("Leaders of Fiji, Oman and Chad met in Lima on Monday. Kenya and the four countries signed a memorandum on "
     "lithium.", set()),
    ("Kenya and the four countries signed a memorandum on lithium.", set()),
    # negative rows: the membership itself, a count that matches nothing, a clause naming no members
    ("Mercosur, whose members are Ghana, Oman, Peru and Chad, held a summit in Lima on Monday.", set()),
    ("Fiji and the three founding members of Mercosur signed a partnership agreement on Saturday.", set()),
    ("Fiji and ECOWAS, whose headquarters are in Abuja, signed an accord on cobalt on Monday.", set()),
    ("Fiji and the Mercosur bloc signed an accord on cobalt on Monday.", set()),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "g")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_counted_group(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
