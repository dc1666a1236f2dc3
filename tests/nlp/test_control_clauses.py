"""Goods a measure takes from its sentence, but not from a coordinated clause of its own (session 12, controls19).

A measure whose phrase names no goods ('a ban on exports of the raw ore took effect') takes its sentence's
minerals, except those of a conjoined or contrasting clause with its own subject, however deep it sits ('and
officials have said that Y could follow', 'while traders said Y prices would rise'). Invented names.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import control_triples


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Chile applied the same rule to cobalt in May, when a ban on exports of the raw ore took effect, and "
            "officials have said that zinc could follow.",
            {("CHL", "cobalt", "in_force")},
        ),
        (
            "Peru's mines ministry extended the policy to tin on Monday, when curbs on shipments of the unrefined "
            "metal came into force, but ministers warned that lithium and copper may be added later.",
            {("PER", "tin", "in_force")},
        ),
        (
            "Malawi applied the rule to graphite in June, when a ban on exports of the raw ore took effect, while "
            "traders in Lusaka said that nickel prices would rise.",
            {("MWI", "graphite", "in_force")},
        ),
        (
            "Officials in Hanoi said a ban on exports of the raw ore took effect on Monday, and traders said that "
            "tungsten prices would rise.",
            set(),
        ),
        (
            "Zimbabwe deferred a royalty increase on platinum, and no decision was made on a ban on chrome exports.",
            set(),
        ),
        (
            "Chile applied the same rule to cobalt in May, when a ban on exports of the raw ore took effect.",
            {("CHL", "cobalt", "in_force")},
        ),
    ],
)
def test_coordinated_goods(text, expected):
    assert control_triples(text) == expected
