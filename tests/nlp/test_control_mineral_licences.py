"""Measures named by two coordinated minerals, and licences named by their minerals (session 22, news8).

'the gallium and germanium licences': the parser reads the first mineral as the clause's subject and the noun
as its conjunct (nlp/components/coordinated_modifiers.py), so only the second mineral was read. A licence named
by its minerals is an export control when it is definite and exports are named in the sentence or the three
before it; licences counted or awarded ('dozens of bauxite licences') are permits held by firms. Invented
names.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.model import load_pipeline
from tests.nlp.control_cases import control_pairs


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Chile's cobalt and nickel quotas are still in place.",
            {("CHL", "cobalt", "in_force"), ("CHL", "nickel", "in_force")},
        ),
        (
            "Peru imposed a tin and zinc export ban on Monday.",
            {("PER", "tin", "in_force"), ("PER", "zinc", "in_force")},
        ),
        (
            "Laos restricted exports of antimony last week. The gallium and indium licences, which took effect in "
            "2023, are still in place.",
            {("LAO", "antimony", "in_force"), ("LAO", "gallium", "in_force"), ("LAO", "indium", "in_force")},
        ),
        # no exports in view: a mining licence as often as not
        (
            "Kenya awarded new mining rights in May. The lithium licences, which took effect in 2023, remain valid.",
            set(),
        ),
        # licences counted and revoked are permits held by firms
        (
            "Ghana revoked dozens of bauxite licences last year, a move aimed at companies rather than at exports.",
            set(),
        ),
    ],
)
def test_mineral_named_measures(text, expected):
    assert control_pairs(text) == expected


def test_coordinated_minerals_both_modify_the_noun():
    doc = load_pipeline()("The gallium and germanium licences are still in place.")
    licences = next(t for t in doc if t.lower_ == "licences")
    gallium = next(t for t in doc if t.lower_ == "gallium")
    assert gallium.head == licences and licences.dep_ == "nsubj"
