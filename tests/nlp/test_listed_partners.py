"""Partner lists that distribute or not (branch lists23).

A plural instrument 'with the following countries' or 'with the governments of the following countries' whose list
opens at the end of the clause (after a relative clause) is one deal per listed state, whether the states stand one
a line (joined by ingestion), in a table row or in prose; a member list given as a table row after a colon is one
set; 'the Union' is the EU once the European Union is named; a plural instrument whose owner the text leaves unknown
is no set of its partners. Names are invented or varied.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table


def _each(owner: str, partners: str, status: str) -> set:
    return {(frozenset({owner, p}), status) for p in partners.split()}


def _one(parties: str, status: str) -> set:
    return {(frozenset(parties.split()), status)}


CASES = [
    # heralded lists at the end of the clause: one deal each with the owner
    (
        "Laos has signed memoranda of understanding on geology with the Governments of the following countries, which "
        "are being implemented through joint working groups:\n  Peru\n  Ghana\n  Fiji",
        _each("LAO", "PER GHA FJI", "existing"),
    ),
    (
        "Mongolia signed frameworks on copper on Tuesday with the authorities of the following states, a spokeswoman "
        "said: Chile | Oman | Bolivia",
        _each("MNG", "CHL OMN BOL", "signed"),
    ),
    (
        "Since 2019, Oman has signed agreements with the following nations, in the order of signature: Kenya, Chile "
        "and Fiji.",
        _each("OMN", "KEN CHL FJI", "existing"),
    ),
    # member lists as a table row after a colon, also when the splitter cuts the row off
    (
        "The partners whose institutions form the Network at its launch are:\n\nPeru | Ghana | Sweden | Fiji | "
        "European Union\n\nThe Network will meet again next year.",
        _one("PER GHA SWE FJI EU", "existing"),
    ),
    (
        "The members of the Northern Minerals Partnership are:\n\nChile | South Korea | Cambodia",
        _one("CHL KOR KHM", "existing"),
    ),
    # 'the Union' once the European Union is named
    (
        "The European Union is Ghana's largest buyer of cobalt. The Union concluded similar partnerships with Peru and "
        "Fiji in 2021 and with Laos and Oman in 2022, all of which are being implemented through roadmaps.",
        _each("EU", "PER FJI LAO OMN", "existing"),
    ),
    # no owner: no set of the partners; a named owner distributes; a joint instrument stays one set
    ("The Union signed memoranda with Peru, Fiji and Laos on Monday.", set()),
    ("The ministry said it had signed memoranda with Peru, Fiji and Laos on Monday.", set()),
    ("Ghana said it had signed memoranda with Peru, Fiji and Laos on Monday.", _each("GHA", "PER FJI LAO", "signed")),
    ("Ghana, Peru and Fiji signed a trilateral memorandum on cobalt on Monday.", _one("GHA PER FJI", "signed")),
    # numbered items ('1) A', '2. B' one a line, '(a) A'): the numbers are the list's bullets (fix24a)
    (
        "Fiji signed an accord on nickel on Friday with the following countries:\n1) Laos\n2) Oman\n3) Chile",
        _one("FJI LAO OMN CHL", "signed"),
    ),
    (
        "Nepal signed memoranda on lithium on Friday with the governments of the following states: 1) Ghana 2) Peru "
        "3) Jordan.",
        _each("NPL", "GHA PER JOR", "signed"),
    ),
    (
        "Oman signed a compact on cobalt on Monday with the following nations:\n1. Kenya\n2. Tonga\n3. Bolivia",
        _one("OMN KEN TON BOL", "signed"),
    ),
    (
        "Chile signed frameworks on copper on Monday with the following countries: (a) Samoa, (b) Gabon and (c) "
        "Latvia.",
        _each("CHL", "WSM GAB LVA", "signed"),
    ),
    # the listed states alone are never a set of their own beside the owner's ('with', not 'between')
    (
        "Gabon signed an agreement on manganese on Monday with the following countries: Peru, Fiji and Laos.",
        _one("GAB PER FJI LAO", "signed"),
    ),
]


@pytest.fixture(scope="module")
def sheets() -> dict[str, dict]:
    return extract_table([text for text, _ in CASES], "listed")


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_listed_partners(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
