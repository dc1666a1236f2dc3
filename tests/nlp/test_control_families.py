"""Export controls as real texts spread them over sentences and lists (issue 12, round 7).

A measure named in one sentence and its goods in the next; goods in bullets after a colon; a
replacement that is a measure of its own; the followed states of 'follow A in banning'; 'the
country' after a sentence naming one state; and the constructions that name no control at all.
Each row is one construction, with countries and minerals no tuning text pairs.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import control_triples


@pytest.mark.parametrize(
    "text,expected",
    [
        # the goods in the next sentence, whose subject is the measure
        (
            "Peru said on Tuesday it would restrict exports of several minerals. "
            "The rules apply to seven rare earths, including samarium and terbium.",
            {("PER", "rare earths", "announced"), ("PER", "samarium", "announced"), ("PER", "terbium", "announced")},
        ),
        (
            "Ghana tightened its export control regime on Monday. The restrictions target manganese and bauxite.",
            {("GHA", "manganese", "in_force"), ("GHA", "bauxite", "in_force")},
        ),
        # the goods in a list after a colon, one item per line; an item of technology names none
        (
            "Chile announced export controls on Monday. The measures cover:\n\n- gallium\n\n- antimony",
            {("CHL", "gallium", "announced"), ("CHL", "antimony", "announced")},
        ),
        (
            "Since May 1, Laotian exporters have needed a permit for the following items:\n\n"
            "- tin ores and concentrates\n- copper smelting and separation technology",
            {("LAO", "tin", "in_force")},
        ),
        # a replacement is a measure of its own on the same goods
        (
            "Kinshasa replaced its cobalt export ban with quotas in October, and those quotas remain in force.",
            {("COD", "cobalt", "lifted"), ("COD", "cobalt", "in_force")},
        ),
        # goods put on a list; a shipment abroad; the state a relative clause places the measure in
        (
            "Mongolia already requires licences for exports of tungsten, and fluorspar was added to the list in May.",
            {("MNG", "tungsten", "in_force"), ("MNG", "fluorspar", "in_force")},
        ),
        ("Uzbekistan prohibits the sale of uranium abroad, its ministry said.", {("UZB", "uranium", "in_force")}),
        (
            "Ministers voiced concern over the export curbs on antimony that have been in place in Tajikistan"
            " since 2023.",
            {("TJK", "antimony", "in_force")},
        ),
        # the followed states own the ban; 'the country' is the state the previous sentence named
        (
            "Asked whether Kenya would follow Zambia and Malawi in banning raw graphite exports, officials declined.",
            {("ZMB", "graphite", "in_force"), ("MWI", "graphite", "in_force")},
        ),
        (
            "The accord is unlikely to dent Vietnam's lead soon. The country put tungsten under export licensing "
            "in April.",
            {("VNM", "tungsten", "in_force")},
        ),
        # statuses: a past effect date, a phased-in quota
        (
            "Bolivia's export curbs on lithium, imposed in 2023, took effect on August 1.",
            {("BOL", "lithium", "in_force")},
        ),
        (
            "Mongolia will phase in a quota on molybdenum exports over three years.",
            {("MNG", "molybdenum", "announced")},
        ),
    ],
)
def test_controls_spread_over_sentences_and_lists(text, expected):
    assert control_triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ghana, for its part, has taken a stake in its first lithium mine rather than restrict exports.",
        "Namibian lawmakers dropped a provision that would have banned exports of raw lithium ore.",
        "Zimbabwe deferred a royalty rise on platinum, and no decision was made on a ban on chrome ore exports.",
        "Chile announced export controls on Monday. The rules do not cover copper.",
        "Peru restricted overseas investment in copper mines on Monday.",
    ],
)
def test_what_names_no_control(text):
    assert control_triples(text) == set()
