"""A state in a relative clause that only looks on is no party (usdeals22, relative_clauses).

"the Thailand-Cambodia peace accord ..., which U.S. President Donald Trump witnessed" gave the US a seat beside
the two signers: a clause whose verb is of ``agreement.onlooker_clause_verbs`` (witness, host, criticise,
welcome, question) names an onlooker.  Near misses: a relative clause whose state signs stays a party.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table


def _set(*codes: str) -> frozenset[str]:
    return frozenset(codes)


PAIR = {(_set("GHA", "TGO"), "signed")}
CASES = [
    ("Ghana and Togo signed a peace accord on Monday, which China has criticised.", PAIR, []),
    ("Ghana and Togo signed a lithium accord on Monday, which Japan hosted.", PAIR, []),
    ("The Ghana-Togo accord, which the US President witnessed, was signed on Monday.", PAIR, []),
    ("Ghana and Togo signed a lithium accord on Monday, which Japan welcomed.", PAIR, []),
    ("Ghana and Togo signed a lithium accord, which Brazil has questioned, on Monday.", PAIR, []),
    # near miss: the clause's state signs
    ("The Ghana-Togo accord, which the United States signed with them, was signed on Monday.",
     {(_set("GHA", "TGO", "USA"), "signed")}, ["GHA", "TGO"]),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "oc")


@pytest.mark.parametrize("text,expected,deals", CASES, ids=range(len(CASES)))
def test_onlooker_clauses(sheets, text, expected, deals):
    got = {(frozenset(a["parties"]), a["status"]) for a in sheets[text]["agreements"]}
    assert got == expected
    assert sorted(sheets[text]["deals_with_usa"]) == sorted(deals)
