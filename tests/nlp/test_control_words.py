"""Export-control words the templates held fixed and real text varies (census13 rows 10, 28, 37, 43).

A licensing verb ('would license exports of'), 'that' pointing back like 'this', goods a measure is denied to
reach ('is not extending the ban to X': no record, not 'lifted'), and a mineral that only describes a listed
technology ('the technology used to refine rare earths').
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import control_triples


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Ghana said on Monday it would license exports of gallium and germanium.",
            {("GHA", "gallium", "announced"), ("GHA", "germanium", "announced")},
        ),
        ("Peru will license exports of tungsten from May 1.", {("PER", "tungsten", "announced")}),
        (
            "Kenya suspended exports of niobium in 2022. On Friday the cabinet decided to lift that suspension.",
            {("KEN", "niobium", "in_force"), ("KEN", "niobium", "lifted")},
        ),
        (
            "Chile will ban exports of manganese from April, but it is not extending the ban to nickel.",
            {("CHL", "manganese", "announced")},
        ),
        (
            "Zambia will ban exports of cobalt from June. Zambia is not extending the ban to copper, officials said.",
            {("ZMB", "cobalt", "announced")},
        ),
        (
            "Norway's commerce ministry has proposed adding the technology used to refine gallium to its list of "
            "technologies that may not be exported.",
            set(),
        ),
        # unchanged: a denied renewal without further goods ends the measure; a conjunct beside equipment is goods
        (
            "Vietnam banned exports of tin in 2023. Vietnam will not extend the ban when it expires.",
            {("VNM", "tin", "in_force"), ("VNM", "tin", "lifted")},
        ),
        ("Malaysia banned exports of chipmaking equipment and rare earths.", {("MYS", "rare earths", "in_force")}),
        ("Ghana licensed a new lithium mine in 2024.", set()),
    ],
)
def test_control_words(text, expected):
    assert control_triples(text) == expected
