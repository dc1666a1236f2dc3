"""Goods a sentence denies a measure (nlp/components/controls.py, control_denial.py; word list
export_control.negation_words).

A 'no' on the noun a control word modifies denies the measure ('no licence requirement on X exports', in a
series of denied measures); a measure as the agent of a negated passive leaves the goods out ('X exports are not
affected by the suspension'), as it does as the subject ('the suspension does not apply to X'). An affirmative
passive, a measure that is itself not affected by something else, and a 'no' on another measure of the sentence
leave the measure standing. Invented pairings of states and minerals, read in three page frames.
"""

from __future__ import annotations

import pytest

from tests.nlp.framed_controls import CONTROL_FRAMES, framed_controls

ROWS = [
    ("There is no export ban, no quota and no licence requirement on {m} carbonate exports.", set()),
    ("Peru has no export licence requirement on {m} concentrate.", set()),
    ("There is no export quota on {m} ore, the ministry said.", set()),
    (
        "Kenya suspended exports of manganese ore in 2023. {M} exports are not affected by the suspension.",
        {("KEN", "manganese", "in_force")},
    ),
    (
        "Laos banned exports of antimony in May. Shipments of {m} are not covered or affected by the ban.",
        {("LAO", "antimony", "in_force")},
    ),
    # near misses: the measure stands
    ("Chile introduced a licence requirement on {m} carbonate exports in March.", {("CHL", "{m}", "in_force")}),
    (
        "Kenya suspended exports of manganese ore in 2023. {M} exports are also affected by the suspension.",
        {("KEN", "manganese", "in_force"), ("KEN", "{m}", "in_force")},
    ),
    ("Ghana's ban on {m} exports is not affected by the court ruling.", {("GHA", "{m}", "in_force")}),
    (
        "Namibia has imposed an export quota on {m} ore, though there is no quota on graphite.",
        {("NAM", "{m}", "in_force")},
    ),
]
MINERALS = ["cobalt", "copper", "nickel"]
FRAMES = ["government", "wire", "bare"]
CASES = [
    (f, text.format(m=m, M=m.capitalize()), {(c, g.format(m=m), s) for c, g, s in want})
    for text, want in ROWS
    for m in MINERALS
    for f in FRAMES
]


@pytest.fixture(scope="module")
def got():
    return framed_controls(CONTROL_FRAMES, CASES, "denied_goods")


@pytest.mark.parametrize(("frame", "text", "expected"), CASES)
def test_denied_goods(got, frame, text, expected):
    assert got[(frame, text)] == expected
