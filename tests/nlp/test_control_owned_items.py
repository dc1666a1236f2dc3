"""Each measure its own owner (round 15, fix27b, from review27's false facts).

An agenda list 'A's licence requirements for X, the B-demonym proposal for Y, and C's ban on Z' gives each item
its own owner (a coordinated noun with its own state is an item of its own, and a proposal is no control);
'B took note of A's announcement of licence requirements for X' is A's (the possessor of the noun the measure is
'of'); 'B and C say their makers will be hit by the X controls' names the ones hit, not the owner (the agent of
a passive verb of consequence).  Invented states and goods.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table

CONTROLS = [
    (
        "The agenda listed three items: Fiji's licence requirements for cobalt exports, the Omani proposal for a "
        "regional zinc price index, and Kenya's new ban on exports of tin ore, which Nairobi announced last week.",
        {("FJI", "cobalt"), ("KEN", "tin")},
    ),
    (
        "Ministers discussed Laos's export quotas on cobalt, a Peruvian plan for a zinc exchange and Fiji's "
        "licensing rules for nickel exports.",
        {("LAO", "cobalt"), ("FJI", "nickel")},
    ),
    (
        "The talks on Tuesday covered Mexico's ban on nickel exports and Ghana's quotas on graphite exports.",
        {("MEX", "nickel"), ("GHA", "graphite")},
    ),
    (
        "The talks covered Peru's ban on lithium exports and the Chilean proposal for a copper price index.",
        {("PER", "lithium")},
    ),
    ("Oman restricted cobalt exports and Kenyan exports of zinc in 2022.", {("OMN", "cobalt"), ("OMN", "zinc")}),
    (
        "2 May 2023 - Chile\n\nSantiago took note of Laos's announcement of licence requirements for gallium "
        "exports, which took effect on 1 August 2023.\n\n4 April 2025 - Chile\n\nThe government convened "
        "industry after Vientiane imposed licence requirements on dysprosium.",
        {("LAO", "gallium"), ("LAO", "dysprosium")},
    ),
    (
        "Laos imposed export licence requirements on indium in 2024.\n\nChile and Peru say their chip makers "
        "will be hit by the indium controls.",
        {("LAO", "indium")},
    ),
    ("Smelters in Fiji and Oman were disrupted by the export curbs on tin, officials in Fiji said.", set()),
]


@pytest.fixture(scope="module")
def sheets() -> dict[str, dict]:
    return extract_table([t for t, _ in CONTROLS], "owned_items")


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_each_measure_its_own_owner(sheets, text, expected):
    got = {(c["country"], m) for c in sheets[text]["export_controls"] for m in c["minerals"]}
    assert got == expected
