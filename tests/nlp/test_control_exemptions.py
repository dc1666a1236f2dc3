"""Goods a measure leaves out (session 12, controls19).

The measure as the subject of a negated verb that would change something ('The prohibition does not affect Y',
'the new rules will not alter exports of Y') leaves those goods out; a text that leaves the measure untouched
('Nothing in this memorandum will affect the prohibition') still names the measure. A framework noun ('the
existing export regime') restricts only when a control word qualifies it ('the licensing regime') or it refers
back ('the same regime'). Invented names.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import control_triples


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Namibia banned exports of unprocessed lithium on Monday. The prohibition does not affect uranium, the "
            "ministry said.",
            {("NAM", "lithium", "in_force")},
        ),
        (
            "Peru restricted exports of raw zinc on Monday. The new rules will not alter exports of copper or tin, "
            "officials added.",
            {("PER", "zinc", "in_force")},
        ),
        (
            "Laos banned exports of tin ore on Monday. The measure, which takes effect in May, does not affect cobalt.",
            {("LAO", "tin", "in_force")},
        ),
        (
            "Nothing in this memorandum will affect the prohibition by Namibia on exports of lithium.",
            {("NAM", "lithium", "in_force")},
        ),
        (
            "Chile banned exports of lithium on Monday. The prohibition also covers cobalt.",
            {("CHL", "lithium", "in_force"), ("CHL", "cobalt", "in_force")},
        ),
        # a framework noun restricts only when a control word qualifies it
        ("Namibia said gold remains subject to the existing export regime.", set()),
        ("Tajikistan introduced an export licence regime for antimony on Monday.", {("TJK", "antimony", "in_force")}),
        ("Peru tightened its export control regime for tin on Monday.", {("PER", "tin", "in_force")}),
        (
            "Peru has required licences for exports of tin since May, and zinc was placed under the same regime in "
            "June.",
            {("PER", "tin", "in_force"), ("PER", "zinc", "in_force")},
        ),
    ],
)
def test_exempted_goods(text, expected):
    assert control_triples(text) == expected
