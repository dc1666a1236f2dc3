"""Dashed names keep both sides (round 22, precision22; premodifiers.dash_compound read from the noun itself in
agreements._modifiers).

A pair of states joined by a hyphen, an en dash or an em dash, glued or spaced ('the India–Oman Comprehensive
Economic Partnership Agreement', 'the Chile - Japan partnership'), gives both states as parties, also where the
parser hangs the agreement noun as an apposition of the dash's first side; a state whose own name has a hyphen
('Guinea-Bissau', 'Timor-Leste') stays one state, and a double-barrelled person's name is no pair of states.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import agreements


@pytest.mark.parametrize(
    "text,expected",
    [
        # the noun hung as an apposition of the first side: both sides still read
        (
            "The visit also saw the signing of the India–Oman Comprehensive Economic Partnership Agreement by the "
            "commerce ministers.",
            {("IND+OMN", "existing")},
        ),
        (
            "The two ministers also agreed to launch negotiations on upgrading the Korea–Chile Free Trade Agreement, "
            "in force since 2004.",
            {("CHL+KOR", "existing")},
        ),
        # every dash, glued or spaced
        ("Ministers signed the Kenya-Ghana memorandum on lithium on Monday.", {("GHA+KEN", "signed")}),
        ("Ministers signed the Kenya – Ghana memorandum on lithium on Monday.", {("GHA+KEN", "signed")}),
        ("Ministers signed the Kenya–Ghana memorandum on lithium on Monday.", {("GHA+KEN", "signed")}),
        ("The Chile - Japan lithium partnership was signed in Tokyo on Monday.", {("CHL+JPN", "signed")}),
        ("The Chile—Japan lithium partnership was signed in Tokyo on Monday.", {("CHL+JPN", "signed")}),
        ("The Chile — Japan lithium partnership was signed in Tokyo on Monday.", {("CHL+JPN", "signed")}),
        # the parser tags the noun after an em dash pair a verb: still an agreement noun
        ("Ministers signed the Qatar—Italy memorandum on manganese on Friday.", {("ITA+QAT", "signed")}),
        ("Ministers signed the Argentina—Indonesia memorandum on germanium on Friday.", {("ARG+IDN", "signed")}),
        # a state whose name has a hyphen is one side
        ("The Guinea-Bissau–Ghana memorandum on bauxite was signed on Monday.", {("GHA+GNB", "signed")}),
        ("Timor-Leste signed a memorandum on copper with Fiji on Monday.", {("FJI+TLS", "signed")}),
        ("The Timor-Leste–Fiji memorandum on copper was signed on Monday.", {("FJI+TLS", "signed")}),
        # a double-barrelled person's name is no pair of states
        (
            "Ngozi Okonjo-Iweala welcomed the memorandum on copper that Fiji and Peru signed on Monday.",
            {("FJI+PER", "signed")},
        ),
    ],
)
def test_dashed_names_keep_both_sides(text, expected):
    assert agreements(text) == expected
