"""Export controls named by what the exports still are (session 12, controls19).

A restricting participle after a continuing verb whose subject is the exports: 'the export of X remains
prohibited', 'exports of raw X continue to be banned', 'X exports stay restricted', also when the parser reads
'remains' as an auxiliary or the participle as an adjective; and a participle that describes the exports
themselves ('the export of X, banned since 2023, ...'); and goods a control list already holds ('a list of
controlled minerals that since August has included X'). Imports, sales at home and exports that are
merely strong, open or unrestricted are no control. Invented pairings of states and minerals.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import control_triples


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Qatar said on Monday that the export of antimony remains prohibited.", {("QAT", "antimony", "in_force")}),
        ("Laos said on Monday that exports of raw tin remain banned.", {("LAO", "tin", "in_force")}),
        ("According to the Peruvian government, zinc exports remain restricted.", {("PER", "zinc", "in_force")}),
        (
            "Uganda's mines ministry said that the export of unprocessed cobalt continues to be prohibited.",
            {("UGA", "cobalt", "in_force")},
        ),
        (
            "Officials in Astana said exports of tungsten will remain restricted until 2028.",
            {("KAZ", "tungsten", "in_force")},
        ),
        (
            "Thai authorities said on Friday that exports of manganese remain barred.",
            {("THA", "manganese", "in_force")},
        ),
        (
            "Kenya said that the export of graphite, a mineral used in batteries and alloys, remains forbidden.",
            {("KEN", "graphite", "in_force")},
        ),
        # the participle describes the exports themselves
        (
            "The export of raw tungsten, banned by Ghana since March 2023, fell to zero last year.",
            {("GHA", "tungsten", "in_force")},
        ),
        (
            "Shipments of cobalt abroad, restricted by Lima since 2022, have fallen by half.",
            {("PER", "cobalt", "in_force")},
        ),
        (
            "Indonesia said the export of bauxite, banned since June 2023, continues to be prohibited; this will be "
            "reviewed next year.",
            {("IDN", "bauxite", "in_force")},
        ),
        # goods a control list already holds
        (
            "Peru said its list of controlled minerals includes tin and copper.",
            {("PER", "tin", "in_force"), ("PER", "copper", "in_force")},
        ),
        ("The list of controlled items, which Laos published in May, includes zinc.", {("LAO", "zinc", "in_force")}),
        (
            "Chile will require licences for exports of cobalt from June, a step that adds the metal to a list of "
            "controlled minerals that since March has included lithium.",
            {("CHL", "cobalt", "announced"), ("CHL", "lithium", "in_force")},
        ),
        ("Peru's list of critical minerals includes tin and copper.", set()),
        # no control
        ("Exports of cobalt from Peru, halted by floods in March, resumed on Monday.", set()),
        ("Imports of cobalt, banned by Malawi since 2021, fell to zero last year.", set()),
        ("Qatar said on Monday that imports of antimony remain banned.", set()),
        ("Laos said on Monday that exports of tin remain strong.", set()),
        ("Peru said on Monday that exports of zinc remain unrestricted.", set()),
        ("Kenya said that sales of graphite at home remain restricted to licensed dealers.", set()),
        ("Uganda said that the export of cobalt continues to be encouraged.", set()),
    ],
)
def test_standing_controls(text, expected):
    assert control_triples(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # review20 S3: the restriction's or the inclusion's own clause closes it in the past
        ("A list of controlled minerals that once included tin was abolished by Malaysia in 2015.", set()),
        ("Exports of manganese, restricted by Gabon between 2010 and 2014, are now free.", set()),
        ("Exports of copper, banned by Zambia until 2019, have resumed.", set()),
        ("The export of raw tungsten, restricted by Ghana from 2012 to 2016, is now allowed.", set()),
        ("Exports of nickel, once restricted by Laos, are now free.", set()),
        ("Peru said its list of controlled minerals included tin until 2018.", set()),
        ("Malaysia's export control list, which included zinc, was scrapped last year.", {("MYS", "zinc", "lifted")}),
        # an open or a future end keeps it in force
        ("Exports of cobalt, banned by Togo until 2028, fell sharply.", {("TGO", "cobalt", "in_force")}),
        ("The export of raw tungsten, restricted by Ghana from 2012, fell.", {("GHA", "tungsten", "in_force")}),
        ("Kenya said the export of graphite, banned from 2021 to 2029, fell.", {("KEN", "graphite", "in_force")}),
    ],
)
def test_closed_periods_are_not_in_force(text, expected):
    assert control_triples(text) == expected
