"""Export controls whose denial sits in another clause than the trigger (round 17, ctrl31).

A measure deliberated in one clause and refused in a coordinated one by a pronoun or a noun for the proposal
('weighed a ban on X but rejected it', 'looked at restricting X exports and dropped the idea') never became a
measure; 'if' under a verb of asking ('A reporter asked if A would curb exports') opens a question like
'whether'; the refusal may be the next sentence ('considered a ban on X. It decided against it'). Each row is
read in three page frames: a government release page, a wire dateline and bare text; the owned measures beside
them stay (approved after weighing, a conditional 'if'). Invented states and goods.
"""

from __future__ import annotations

import pytest

from tests.nlp.framed_controls import CONTROL_FRAMES, framed_controls

FRAMES = CONTROL_FRAMES  # a Zambian ministry page, a Geneva wire dateline, bare text

DENIED = [
    "Fiji's cabinet weighed a ban on tin exports in March but rejected it, a spokesperson said.",
    "Oman's mines ministry looked at restricting cobalt exports last year and dropped the idea, the minister said.",
    "Officials in Vientiane discussed export quotas on zinc at length and then shelved the plan.",
    "The Estonian government studied licensing requirements for lithium exports and ruled them out.",
    "Ghana's cabinet debated a ban on raw bauxite exports on Monday but turned the proposal down.",
    "The trade ministry of Peru considered export restrictions on copper and decided against them.",
    'A reporter asked if Accra would curb exports of manganese. "No decision has been taken," the minister said.',
    'Asked if Kenya planned export quotas on graphite, the minister said: "There is no such plan."',
    "Fiji's cabinet considered a ban on tin exports last week. It decided against it, the minister said.",
    "The Omani mines ministry weighed export quotas on cobalt in May. In the end, officials rejected the idea.",
    "The trade ministry of Laos studied licensing requirements for zinc exports. The plan was shelved in June.",
]

OWNED = [
    (
        "Fiji's cabinet weighed a ban on tin exports in March and approved it on Friday, a spokesperson said.",
        ("FJI", "tin", "announced"),
    ),
    ("Ghana will ban bauxite exports if prices fall further, the minister said.", ("GHA", "bauxite", "announced")),
]

ROWS = [(f, t, set()) for f in FRAMES for t in DENIED] + [(f, t, {e}) for f in FRAMES for t, e in OWNED]


@pytest.fixture(scope="module")
def sheets() -> dict[tuple[str, str], set[tuple[str, str, str]]]:
    return framed_controls(FRAMES, ROWS, "denied_apart")


@pytest.mark.parametrize(("frame", "text", "expected"), ROWS)
def test_controls_denied_apart_in_every_frame(sheets, frame, text, expected):
    assert sheets[(frame, text)] == expected
