"""Descriptive nouns for a state named just before ('the archipelago', 'the island', 'the emirate').

News refers back to a state by what it is as often as by 'the country'; the noun list is
``agreement.singular_state_nouns`` (nlp/components/state_reference.py).
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import sheet


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The Philippines banned exports of nickel ore in 2024.\n\nThe archipelago now produces roughly 12% of "
            "the world's mined nickel, according to government figures.",
            {("PHL", "mines", "nickel", 12.0)},
        ),
        (
            "Taiwan signed a supply agreement with Japan on Monday. The island refines about 8% of the world's "
            "gallium.",
            {("TWN", "refines", "gallium", 8.0)},
        ),
    ],
)
def test_share_owner_named_by_a_state_noun(text, expected):
    assert {
        (s["country"], s["activity"], s["mineral"], s["share_percent"]) for s in sheet(text)["production_shares"]
    } == expected


def test_agreement_owner_named_by_a_state_noun():
    text = "Brunei signed a memorandum with Vietnam on Monday. The sultanate also agreed to a framework with Chile."
    assert {frozenset(a["parties"]) for a in sheet(text)["agreements"]} == {
        frozenset({"BRN", "VNM"}),
        frozenset({"BRN", "CHL"}),
    }


@pytest.mark.parametrize(
    "text",
    [
        # a state noun with its own place ('the island of X', 'the emirate of X') refers to that place (review20 M2)
        "Greece signed a memorandum with the United States on Monday. Separately, the island of Cyprus banned exports "
        "of copper ore.",
        "Saudi Arabia signed a cobalt agreement with Chile. The emirate of Dubai also signed a lithium memorandum with "
        "Peru.",
    ],
)
def test_a_state_noun_that_names_its_own_place(text):
    got = sheet(text)
    assert not any(c["country"] == "GRC" for c in got["export_controls"])
    assert frozenset({"SAU", "PER"}) not in {frozenset(a["parties"]) for a in got["agreements"]}


@pytest.mark.parametrize(
    "text,noun,plain,with_governments",
    [
        ("The country signed the pact.", "country", True, True),
        ("The kingdom signed the pact.", "kingdom", True, True),
        ("The government signed the pact.", "government", False, True),
        ("The island of Vanua signed the pact.", "island", False, False),
        ("The companies signed the pact.", "companies", False, False),
    ],
)
def test_state_noun_reads_government_only_when_asked(text, noun, plain, with_governments):
    """One test of 'the country' for every caller: parties reads 'the government' as a state only when a
    speaker stands for it, through ``state_noun(..., governments=True)``."""
    from cmkg.nlp.components.state_reference import state_noun
    from cmkg.nlp.model import load_pipeline

    tok = next(t for t in load_pipeline()(text) if t.lower_ == noun)
    assert (state_noun(tok), state_noun(tok, governments=True)) == (plain, with_governments)
