"""Controls referred back to, followed, and given by place (round 19, controlref19).

'Zimbabwe banned exports of unprocessed lithium in 2022. Namibia followed in 2023': a following state owns the same
measure (nlp/components/control_followers.py); 'Graphite followed in December 2023': following goods join the
measure's owner; 'its October measures', 'The April rules were suspended', "Chile's April rules": a dated reference
takes the measure filed in that month, whatever the last measure named was (nlp/components/control_dated.py);
'Hanoi has restricted exports ...': a capital is its state.  Each row is read in three page frames (a
government release page, a wire dateline, bare text); invented pairings of states, goods and months.  Near misses:
a negated, modal or expected follower, 'followed with' another step, talks that followed, an import ban followed,
a follower with no measure before it, a dated reference that only describes, a dated reference naming another
state than the story's last controller.
"""

from __future__ import annotations

import pytest

from tests.nlp.framed_controls import CONTROL_FRAMES, framed_controls

FRAMES = CONTROL_FRAMES  # a Zambian ministry page, a Geneva wire dateline, bare text

ROWS_BY_TEXT = [
    # a state that follows
    (
        "Zimbabwe banned exports of unprocessed lithium in 2022. Namibia followed in 2023.",
        {("ZWE", "lithium", "in_force"), ("NAM", "lithium", "in_force")},
    ),
    (
        "Guinea banned exports of raw bauxite ore in December 2022, and Sierra Leone followed a year later.",
        {("GIN", "bauxite", "in_force"), ("SLE", "bauxite", "in_force")},
    ),
    (
        "Mongolia has restricted exports of fluorspar concentrate since 2019. Kazakhstan followed suit in 2021.",
        {("MNG", "fluorspar", "in_force"), ("KAZ", "fluorspar", "in_force")},
    ),
    (
        "Laos suspended its ban on tin ore exports on Monday. Myanmar followed on Friday.",
        {("LAO", "tin", "suspended"), ("MMR", "tin", "suspended")},
    ),
    # goods that follow
    (
        "Vietnam imposed licence requirements on tungsten exports in 2021. Antimony followed in 2023.",
        {("VNM", "tungsten", "in_force"), ("VNM", "antimony", "in_force")},
    ),
    # a dated reference
    (
        "In April Peru imposed export rules on zinc and tin. In June Peru banned exports of copper concentrate. "
        "The April rules were suspended on Friday.",
        {
            ("PER", "zinc", "in_force"),
            ("PER", "tin", "in_force"),
            ("PER", "copper", "in_force"),
            ("PER", "zinc", "suspended"),
            ("PER", "tin", "suspended"),
        },
    ),
    (
        "On October 9 China announced export controls on holmium and erbium. In December 2024 China banned exports "
        "of gallium and antimony to the United States. Beijing agreed to pause its October measures.",
        {
            ("CHN", "holmium", "announced"),
            ("CHN", "erbium", "announced"),
            ("CHN", "rare earths", "announced"),
            ("CHN", "gallium", "in_force"),
            ("CHN", "antimony", "in_force"),
            ("CHN", "holmium", "suspended"),
            ("CHN", "erbium", "suspended"),
            ("CHN", "rare earths", "suspended"),
        },
    ),
    (
        "In April Chile imposed export rules on lithium. In June Bolivia banned exports of tin. Chile's April rules "
        "were suspended on Monday.",
        {("CHL", "lithium", "in_force"), ("BOL", "tin", "in_force"), ("CHL", "lithium", "suspended")},
    ),
    (
        "In March Ghana imposed export rules on manganese. In May Ghana banned exports of lithium ore. The May ban was "
        "lifted on Tuesday.",
        {("GHA", "manganese", "in_force"), ("GHA", "lithium", "in_force"), ("GHA", "lithium", "lifted")},
    ),
    # a capital as the controlling state
    (
        "Hanoi has restricted exports of raw rare earth ore since 2024, and said that ban was not affected.",
        {("VNM", "rare earths", "in_force")},
    ),
    # near misses
    (
        "Zimbabwe banned exports of unprocessed lithium in 2022. Namibia did not follow.",
        {("ZWE", "lithium", "in_force")},
    ),
    (
        "Zimbabwe banned exports of unprocessed lithium in 2022. Namibia may follow next year.",
        {("ZWE", "lithium", "in_force")},
    ),
    (
        "Zimbabwe banned exports of unprocessed lithium in 2022. Namibia is expected to follow.",
        {("ZWE", "lithium", "in_force")},
    ),
    (
        "Zimbabwe banned exports of unprocessed lithium in 2022. Namibia followed with a royalty on copper sales.",
        {("ZWE", "lithium", "in_force")},
    ),
    (
        "Zimbabwe banned exports of unprocessed lithium in 2022. Talks with Namibia followed a year later.",
        {("ZWE", "lithium", "in_force")},
    ),
    ("Chile banned imports of lithium batteries in 2022. Peru followed in 2023.", set()),
    ("Chile signed a lithium supply agreement with Japan in 2022. Peru followed in 2023.", set()),
    (
        "In April Peru imposed export rules on zinc. In June Peru banned exports of copper concentrate. The April "
        "rules were a big step.",
        {("PER", "zinc", "in_force"), ("PER", "copper", "in_force")},
    ),
    # a chronology's entry heading names the line's state: the goods filed before under another entry stay theirs
    (
        "Tracker of export measures.\n\n12 May 2020 - Chile\n\nBan on exports of tin and zinc, announced by the "
        "mines ministry.\n\n12 May 2020 - Mongolia\n\nAnnual tin export quotas introduced for 2026.",
        {("CHL", "tin", "in_force"), ("CHL", "zinc", "in_force"), ("MNG", "tin", "in_force")},
    ),
]

ROWS = [(f, t, e) for f in FRAMES for t, e in ROWS_BY_TEXT]


@pytest.fixture(scope="module")
def sheets() -> dict[tuple[str, str], set[tuple[str, str, str]]]:
    return framed_controls(FRAMES, ROWS, "backrefs")


@pytest.mark.parametrize(("frame", "text", "expected"), ROWS)
def test_control_back_references_in_every_frame(sheets, frame, text, expected):
    assert sheets[(frame, text)] == expected
