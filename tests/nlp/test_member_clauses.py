"""Members a clause lists for a standing format (branch groups28; nlp/components/member_clauses.py).

A format, platform, dialogue or initiative described by what it joins ('a platform that has brought together
A, B, C and D since 2019', 'a dialogue launched in 2015 that brings together A and B with C', 'which links the
four countries with E', 'The Z format, created in 2015, brings together A and the five Central Asian
countries') is one existing set of all of them.  A head that is no instrument, a modal, future, negated or ended
clause, and a count no list matches give nothing.  Format names and the states' order are invented.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

EX = "existing"
CASES = [
    # relative clause on an apposed format noun, perfect and present, 'with' on the verb or on the last item
    ("The meeting was the first summit of the 4+1 format, a diplomatic platform that has brought together Ghana, "
     "Laos, Peru and Chile since 2019.", {(frozenset({"GHA", "LAO", "PER", "CHL"}), EX)}),
    ("The dinner was held under the Orsk format, a dialogue launched in 2015 that brings together Oman, Fiji, "
     "Nepal and Chad with Norway.", {(frozenset({"OMN", "FJI", "NPL", "TCD", "NOR"}), EX)}),
    ("Cobalt dominated the agenda of the Varna Process, which has linked Mali and Togo with Ecuador since 2018, "
     "officials said.", {(frozenset({"MLI", "TGO", "ECU"}), EX)}),
    ("The Tessa Compact, a partnership that unites Serbia, Bhutan and Belize, will meet in Lima next month.",
     {(frozenset({"SRB", "BTN", "BLZ"}), EX)}),
    # a counted collective: the latest list of exactly that many states
    ("Leaders of Fiji, Oman, Chad and Peru met in Lima on Monday. The talks took place within the Lumo "
     "Initiative, which links the four countries with Kenya.", {(frozenset({"FJI", "OMN", "TCD", "PER", "KEN"}), EX)}),
    # the format as the subject of a member-list verb, a regional count the gazetteer matches
    ("The Kelso format, created in 2015, brings together Mongolia and the five Central Asian countries.",
     {(frozenset({"MNG", "KAZ", "KGZ", "TJK", "TKM", "UZB"}), EX)}),
    # no instrument head, a hedged or ended clause, a count no list matches: nothing
    ("Peru hosted a conference on nickel that brought together Ghana, Laos and Chile on Monday.", set()),
    ("The railway, which links Zambia and Malawi with ports in Angola, carries copper ore to the coast.", set()),
    ("Cobalt dominated the agenda of the Varna Process, which could one day link Mali and Togo with Ecuador.", set()),
    ("Envoys met in Quito for the Orsk Dialogue, a platform that no longer brings together Fiji, Oman and Chad.",
     set()),
    ("Leaders of Fiji, Oman, Chad and Peru met in Lima on Monday. The talks took place within the Lumo "
     "Initiative, which links the three countries with Kenya.", set()),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "mc")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_member_clause(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
