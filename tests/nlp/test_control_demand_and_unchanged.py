"""A need for goods and an unchanged measure are no new control (session 22, official16).

After a licence requirement has been named, 'its requirement of lithium' is the country's demand for lithium,
not that requirement again; 'There are no changes to the measures applying to X' says nothing new of the
measure's goods, and never that a measure was lifted. Invented names.
"""

from __future__ import annotations

import pytest

from tests.nlp.control_cases import control_pairs


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Chile has required export licences for gallium since 2023. Peru meets nearly all of its requirement "
            "of lithium and cobalt through imports.",
            {("CHL", "gallium", "in_force")},
        ),
        (
            "Chile has required export licences for gallium since 2023. Peru has a growing need of nickel.",
            {("CHL", "gallium", "in_force")},
        ),
        # the requirement itself, referred to again, still carries new goods
        (
            "Chile has required export licences for gallium since 2023. The requirement was extended to indium in May.",
            {("CHL", "gallium", "in_force"), ("CHL", "indium", "in_force")},
        ),
        (
            "In 2023 Zambia suspended the export of manganese ore. The suspension has been lifted with effect from "
            "1 October 2024. There are no changes to the measures applying to cobalt or copper.",
            {("ZMB", "manganese", "in_force"), ("ZMB", "manganese", "lifted")},
        ),
        # the measure's goods told by a sequel with no denial above it
        (
            "Zambia announced new export restrictions on Monday. The measures apply to cobalt and copper.",
            {("ZMB", "cobalt", "announced"), ("ZMB", "copper", "announced")},
        ),
    ],
)
def test_demand_and_unchanged_measures(text, expected):
    assert control_pairs(text) == expected
