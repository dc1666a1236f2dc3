"""A background series told through a pronoun (nlp/components/included_series.py, round 16, lists28): 'Earlier
partnerships include those concluded with A in 2022, and with B and C in 2023' gives one existing set per partner,
owned by the instrument's possessor or the page's government.  Names are invented; the page is Zambia's."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import GOV, NEWS, page_agreements

_agreements = page_agreements


def _existing(*pairs: tuple[str, str]) -> set[tuple[tuple[str, ...], str]]:
    return {(tuple(sorted(p)), "existing") for p in pairs}


SERIES = [
    (
        GOV,
        "Earlier partnerships include those concluded with Chile in 2022, and with Peru and Ghana in 2023.",
        _existing(("CHL", "ZMB"), ("PER", "ZMB"), ("GHA", "ZMB")),
    ),
    (
        GOV,
        "Our previous memoranda comprise the ones signed with Ghana and with Kenya.",
        _existing(("GHA", "ZMB"), ("KEN", "ZMB")),
    ),
    (
        GOV,
        "Previous lithium frameworks include those agreed with Chile in 2019 and with Japan in 2023.",
        _existing(("CHL", "ZMB"), ("JPN", "ZMB")),
    ),
    (
        NEWS,
        "Peru's earlier partnerships include those concluded with Chile in 2022, and with Bolivia and Ecuador in 2023.",
        _existing(("CHL", "PER"), ("BOL", "PER"), ("ECU", "PER")),
    ),
    (NEWS, "Earlier partnerships include those concluded with Chile in 2022, and with Peru in 2023.", set()),
    (GOV, "Earlier partnerships include those on lithium and copper.", set()),
]


@pytest.mark.parametrize(("url", "sentence", "expected"), SERIES)
def test_series_through_a_pronoun(url, sentence, expected):
    assert _agreements(url, sentence) == expected
