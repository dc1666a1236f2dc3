"""Talks with B and with C are talks with each (round 22, precision22; agreement_facts._each_with).

A partner phrase repeated with its own preposition ('talks with Peru and with Chile on lithium') gives one set per
phrase, wherever the parser hangs the second preposition; talks on a joint topic ('on a regional corridor',
``agreement.joint_scope_modifiers``) and 'talks with B and C' keep their one set; denied talks give none, and talks
that will continue keep their status.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import agreements

NEG = "negotiating"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kenya held talks with Peru and with Chile on lithium.", {("KEN+PER", NEG), ("CHL+KEN", NEG)}),
        ("Kenya is in talks with Peru and with Chile on lithium supplies.", {("KEN+PER", NEG), ("CHL+KEN", NEG)}),
        (
            "Negotiations with Peru and with Chile on cobalt processing are continuing, the Kenyan ministry said.",
            {("KEN+PER", NEG), ("CHL+KEN", NEG)},
        ),
        (
            "Kenya has been in discussions with Peru and with the Government of Chile on cobalt.",
            {("KEN+PER", NEG), ("CHL+KEN", NEG)},
        ),
        # the parser hangs the repeated phrase on the verb: the topic after it still found
        (
            "Serbia held talks with Estonia and with Zimbabwe on antimony on Wednesday.",
            {("EST+SRB", NEG), ("SRB+ZWE", NEG)},
        ),
        (
            "Italy held talks with Brazil and with Malaysia on germanium on Friday.",
            {("BRA+ITA", NEG), ("ITA+MYS", NEG)},
        ),
        # a joint topic keeps one set
        ("Kenya held talks with Peru and with Chile on a joint lithium corridor.", {("CHL+KEN+PER", NEG)}),
        (
            "The minister of Senegal said on Monday that talks with Latvia and with Panama on a regional battery "
            "corridor were under way.",
            {("LVA+PAN+SEN", NEG)},
        ),
        (
            "Kazakhstan said negotiations with the Kyrgyz Republic and the Republic of Uzbekistan on a regional rare "
            "metals cluster are continuing.",
            {("KAZ+KGZ+UZB", NEG)},
        ),
        # denied talks give none; talks that will continue stay under way
        ("Kenya did not hold talks with Peru and with Chile on lithium.", set()),
        ("Kenya held no talks with Peru on lithium.", set()),
        (
            "Kenya and Peru held talks on a lithium agreement, and talks will continue in March.",
            {("KEN+PER", NEG)},
        ),
        ("Kenya and Peru failed to sign a lithium agreement, but talks will continue in March.", {("KEN+PER", NEG)}),
    ],
)
def test_talks_with_each(text, expected):
    assert agreements(text) == expected
