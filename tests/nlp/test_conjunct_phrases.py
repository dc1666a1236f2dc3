"""A party phrase set off after 'and,' belongs to the second clause's verb (branch official19ag, official19 03;
nlp/components/conjunct_phrases.py).

"A signed X with B in 2021 and, together with C, launched Y": the parser hangs 'with C' on the first verb, so C
joined A's pact with B. Each case is read on bare text and on a government page of another state (its publisher
joins nothing); near misses keep a fronted companion ('A, together with B, signed ... with C') and a plain series
of phrases on one verb ('with B in 2021 and with C in 2022').
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import GOV, agreements, page_agreements

CASES = [
    (
        "Kenya signed a cobalt memorandum with Peru in 2021 and, together with Chile, launched a copper initiative "
        "in 2022.",
        {("KEN+PER", "existing"), ("CHL+KEN", "existing")},
    ),
    (
        "Kenya concluded a framework with Peru in 2021 and, along with Ghana and Chile, signed a memorandum on "
        "cobalt in 2022.",
        {("KEN+PER", "existing"), ("CHL+GHA+KEN", "existing")},
    ),
    (
        "Kenya reached a deal with Peru in 2021 and, alongside Chile, announced a lithium partnership in 2022.",
        {("KEN+PER", "existing"), ("CHL+KEN", "existing")},
    ),
    # near misses: a companion before the only verb, a series of phrases on one verb
    ("Kenya, together with Peru, signed a cobalt memorandum with Chile in 2021.", {("CHL+KEN+PER", "existing")}),
    (
        "Kenya signed a cobalt memorandum with Peru in 2021 and with Chile in 2022.",
        {("KEN+PER", "existing"), ("CHL+KEN", "existing")},
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_second_clause_phrase_bare(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize("text,expected", CASES)
def test_second_clause_phrase_on_a_government_page(text, expected):
    got = {("+".join(parties), status) for parties, status in page_agreements(GOV, text)}
    assert got == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # official19 12: 'of the Z' after the closing comma is the member noun's, the companion a fellow member
        (
            "Canada is a founding member, with the United States, of the Minerals Security Partnership.",
            {("CAN+USA", "existing")},
        ),
        ("Kenya is a member, along with Peru, of the Lithium Alliance.", {("KEN+PER", "existing")}),
        # near misses: a comparison is no companion; a plain member phrase keeps its one state
        ("Kenya is a member, like Peru, of the Lithium Alliance.", {("KEN", "existing")}),
        ("Kenya is a founding member of the Lithium Alliance.", {("KEN", "existing")}),
    ],
)
def test_membership_after_a_set_off_companion(text, expected):
    assert agreements(text) == expected
