"""Deals told by their predicate with no instrument noun (refs23, review23 mechanism 2).

'it said it was negotiating with C', 'It is also in talks with B', 'they hoped to sign with Hanoi', 'are close to
concluding a partnership': a talking, hoped-signing or nearing predicate with a state partner continues the
instrument or mineral of its sentence or the one before.  Not denied, not on another matter, not a meeting.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import agreements


@pytest.mark.parametrize(
    "text,expected",
    [
        # talking verbs and talks nouns in the engagement idiom: negotiating, one deal per partner
        (
            "Oman signed a cobalt agreement with Peru in 2022, and it said on Monday that it was negotiating "
            "with Ghana and Laos.",
            {("OMN+PER", "existing"), ("GHA+OMN", "negotiating"), ("LAO+OMN", "negotiating")},
        ),
        (
            "Estonia signed a memorandum with Chile on graphite in 2023. It is also in talks with Nigeria, whose "
            "state miner has bought exploration blocks.",
            {("CHL+EST", "existing"), ("EST+NGA", "negotiating")},
        ),
        (
            "Mongolia was in conversation with Fiji and Ghana about a regional lithium platform, the minister said.",
            {("FJI+GHA+MNG", "negotiating")},
        ),
        (
            "Kenya signed a nickel framework with Peru in 2022. Kenya has been holding talks with Oman since March.",
            {("KEN+PER", "existing"), ("KEN+OMN", "negotiating")},
        ),
        # a hoping or planning verb over the predicate: planned
        (
            "Laos has had a tin memorandum with Chile since 2019. Officials in Vientiane said they hoped to sign "
            "with Accra in the coming weeks.",
            {("CHL+LAO", "existing"), ("GHA+LAO", "planned")},
        ),
        (
            "Peru signed a lithium agreement with Chile last year. Peru intends to negotiate with Ghana next year.",
            {("CHL+PER", "existing"), ("GHA+PER", "planned")},
        ),
        # a nearing word: negotiating, also over a deal the noun rules found
        (
            "Separately, Fiji and Estonia are close to concluding a bilateral minerals partnership.",
            {("EST+FJI", "negotiating")},
        ),
        ("Kenya is nearing an MOU on cobalt with Italy, officials said.", {("ITA+KEN", "negotiating")}),
        (
            "Peru signed a copper memorandum with Chile on Monday. Peru is on the verge of signing with Ghana.",
            {("CHL+PER", "signed"), ("GHA+PER", "negotiating")},
        ),
        # not deals
        (
            "Peru signed a copper memorandum with Chile in 2023. It is not negotiating with Ghana.",
            {("CHL+PER", "existing")},
        ),
        (
            "Peru signed a copper memorandum with Chile in 2023. It is also in talks with Ghana on a visa waiver.",
            {("CHL+PER", "existing")},
        ),
        ("Peru won the regional football cup in 2023. It is also in talks with Ghana about a friendly match.", set()),
        (
            "Peru signed a copper memorandum with Chile in 2023. Its miners are talking with investors in Ghana.",
            {("CHL+PER", "existing")},
        ),
        (
            "All five took part in the critical minerals dialogue on lithium. Kenya and Peru were in the room.",
            set(),
        ),
    ],
)
def test_bare_deal_predicates(text, expected):
    assert agreements(text) == expected
