"""Owners, goods and statuses a neighbouring clause must not set (round 14, controls24).

A state named only in a clause that dates the measure by another event ('hours after new US tariffs take
effect'), in a clause describing a reaction ('the dispute brought by the European Union'), as an addressee
('to his American counterparts') or as the target of the measure ('the US-specific ban') leaves the measure to
its own or the story's state. A permit referred back that ends is an exemption ending, not the measure lifted;
'their tax credit rules' refer back to no control. Two or more rare-earth elements are also 'rare earths'.
Invented pairings of states and minerals.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table

CONTROLS = [
    (
        "Peru added tin and zinc to its export licence list on Monday, hours after new Brazilian tariffs took effect.",
        {("PER", "tin", "in_force"), ("PER", "zinc", "in_force")},
    ),
    (
        "Ghana's commerce ministry has spent two years adding metals to its export licence lists.\n\n"
        "4 February 2024 - Cobalt and nickel products join the licence list, hours after new Chilean tariffs take "
        "effect.",
        {("GHA", "cobalt", "in_force"), ("GHA", "nickel", "in_force")},
    ),
    (
        "Laos banned exports of raw tin ore in 2019.\n\nA trade panel rules in the dispute brought by Canada that "
        "the tin ore ban is inconsistent with the GATT.\n\n10 June 2023 - The ban on exports of zinc takes effect.",
        {("LAO", "tin", "in_force"), ("LAO", "zinc", "in_force")},
    ),
    (
        "Oman's energy ministry briefed reporters on Monday.\n\nThe ban on exports of raw cobalt ore, which has "
        "applied since 2020, stays in place, and the minister has said the same thing to his Mexican counterparts.",
        {("OMN", "cobalt", "in_force")},
    ),
    (
        "Kenya has banned exports of raw graphite ore since 2021.\n\nOne company received a temporary permit after "
        "a fire at its smelter, and that permit ends next month.",
        {("KEN", "graphite", "in_force")},
    ),
    (
        "Fiji bans exports of raw nickel ore, the ministry said.\n\nWe are negotiating with Canberra on an "
        "agreement, because our nickel products should qualify under their tax credit rules.",
        {("FJI", "nickel", "in_force")},
    ),
    (
        "Mongolia has banned exports of tungsten to Japan since 2024.\n\nThe Japan-specific ban also covers antimony.",
        {("MNG", "tungsten", "in_force"), ("MNG", "antimony", "in_force")},
    ),
    (
        "Vietnam's commerce ministry said that export control measures on samarium, terbium and dysprosium related "
        "items shall continue to be implemented.",
        {("VNM", m, "in_force") for m in ("samarium", "terbium", "dysprosium", "rare earths")},
    ),
    (
        "Chile restricted exports of scandium and hafnium on Monday.",
        {("CHL", "scandium", "in_force"), ("CHL", "hafnium", "in_force")},
    ),
]


@pytest.fixture(scope="module")
def sheets() -> dict[str, dict]:
    return extract_table([t for t, _ in CONTROLS], "story_owners")


@pytest.mark.parametrize("text,expected", CONTROLS)
def test_control_story_owners(sheets, text, expected):
    got = {(c["country"], m, c["status"]) for c in sheets[text]["export_controls"] for m in c["minerals"]}
    assert got == expected
