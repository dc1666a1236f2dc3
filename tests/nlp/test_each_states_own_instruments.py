"""Demonyms before a plural instrument noun are each state's own instrument (round 22, precision22;
premodifiers.own_demonyms, agreement_facts._main_facts).

'The Japanese and Australian strategies', 'Indian and Brazilian national roadmaps', 'the Congolese and Zambian
memorandums': one instrument per state, not one two-party agreement; with a partner ('the Kenyan and Peruvian
memorandums with Chile') each state's own with that partner. Demonyms on the doers ('the Japanese and Australian
governments signed a memorandum'), a singular noun ('the Japanese and Australian memorandum') and a dashed pair stay
one joint instrument.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import agreements


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The Congolese and Zambian memorandums were signed together in October.", set()),
        ("Indian and Brazilian national roadmaps were adopted last year.", set()),
        ("The Japanese and Australian strategies were published in 2023.", set()),
        ("Officials compared the Kenyan, Ghanaian and Peruvian lithium strategies on Monday.", set()),
        (
            "Kenya and Peru signed the Kenyan and Peruvian memorandums with Chile.",
            {("CHL+KEN", "signed"), ("CHL+PER", "signed")},
        ),
        (
            "The Congolese and Zambian memorandums with the EU were signed together in October.",
            {("COD+EU", "existing"), ("EU+ZMB", "existing")},
        ),
        # the parser coordinates the noun with the first demonym
        ("The Thai and Australian memorandums were signed together in April.", set()),
        ("The Zimbabwean and Moroccan memorandums on tantalum were signed in 2020.", set()),
        # near misses: one joint instrument
        ("The Japanese and Australian governments signed a lithium memorandum.", {("AUS+JPN", "signed")}),
        ("The Japanese and Australian memorandum was signed in 2023.", {("AUS+JPN", "existing")}),
        ("A Japanese-Australian memorandum was signed in 2023.", {("AUS+JPN", "existing")}),
    ],
)
def test_each_states_own_instruments(text, expected):
    assert agreements(text) == expected
