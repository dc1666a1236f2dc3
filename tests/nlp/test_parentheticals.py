"""A partner series cut by a bracketed note after one item rejoins (branch series30), one row per wording.

'with B (the Critical Minerals Partnership of October 2022), C, D and E', 'with B (in 2021), C and D',
'with B, C (note) and D', 'with B (note), C (renewed last year) and D': one set of the owner with each state.
Negative rows: a state after the series that a verb follows ('..., E said') is no item; a clause with its own
subject after the series keeps its own pair.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table


def _sets(owner: str, *partners: str, status: str = "existing") -> set:
    return {(frozenset({owner, p}), status) for p in partners}


CASES = [
    ("Since 2022, Fiji has concluded critical minerals arrangements with Japan (the Critical Minerals Partnership "
     "of October 2022), the Republic of Korea, India and the United Kingdom.",
     _sets("FJI", "JPN", "KOR", "IND", "GBR")),
    ("Oman has signed memorandums of understanding on lithium with Kenya (in 2021), Ghana and Norway.",
     _sets("OMN", "KEN", "GHA", "NOR")),
    ("Oman has concluded frameworks on graphite with Malaysia, Morocco (the first of its kind) and Indonesia.",
     _sets("OMN", "MYS", "MAR", "IDN")),
    ("Laos has concluded deals with Chile (see the annex), Peru (renewed last year) and Ghana.",
     _sets("LAO", "CHL", "PER", "GHA")),
    ("Laos has signed deals with Chile (in 2020), Peru and Ghana, Fiji said.", _sets("LAO", "CHL", "PER", "GHA")),
    ("Laos has concluded MOUs on cobalt with Chile, Peru (in 2019) and Ghana (renewed last year), and Fiji has "
     "signed one with Oman.", _sets("LAO", "CHL", "PER", "GHA") | {(frozenset({"FJI", "OMN"}), "signed")}),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "paren")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_parenthetical_series(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
