"""Controls weighed and concluded against, or examined and set aside: no measure (round 18, facts18).

'The Government has considered the case for restricting exports of X, as some have proposed, and has concluded
that such restrictions would not be in the interests of ...': a deliberation whose coordinated conclusion denies
the measure named again by an anaphor ('such restrictions', 'this ban', 'it'); 'a proposal by some Members of
Parliament to ban the export of X had been examined by Cabinet and set aside': a plan that is the passive subject
of a coordinated dropping verb. Each row is read in three page frames (a government release page, a wire
dateline, bare text); invented pairings of states and goods. Directional rows: a conclusion that affirms the
measure, or a plan examined and approved beside an owned ban, keep the owned measures.
"""

from __future__ import annotations

import pytest

from tests.nlp.framed_controls import CONTROL_FRAMES, framed_controls

FRAMES = CONTROL_FRAMES  # a Zambian ministry page, a Geneva wire dateline, bare text

NOT_THERE = [
    "The Government of Norway has considered the case for restricting exports of copper and aluminium scrap, as "
    "some have proposed, and has concluded that such restrictions would not be in the interests of Norway.",
    "Uruguay's cabinet weighed the case for a ban on zinc exports and concluded that such a ban would not serve "
    "the economy.",
    "The Government of Malawi has examined the case for restricting exports of graphite and decided that it would "
    "not be justified.",
    "Senegal's Cabinet said a proposal by some Members of Parliament to ban the export of manganese and bauxite had "
    "been examined by Cabinet and set aside for now.",
    "A proposal to ban exports of tin ore from Bolivia was examined by the cabinet and set aside.",
    "A plan to restrict exports of nickel from the Philippines was debated in parliament and dropped.",
]

OWNED = [
    (
        "The Government of Norway banned exports of copper scrap in May, and has concluded that such restrictions "
        "serve the interests of Norway.",
        ("NOR", "copper", "in_force"),
    ),
    (
        "Uzbekistan has considered the case for restricting exports of cobalt and concluded that this ban would not "
        "harm investors; it banned cobalt exports on Monday.",
        ("UZB", "cobalt", "in_force"),
    ),
    (
        "A proposal to ban exports of tin ore was examined and set aside, but Bolivia banned exports of zinc "
        "concentrate in March.",
        ("BOL", "zinc", "in_force"),
    ),
]

ROWS = [(f, t, set()) for f in FRAMES for t in NOT_THERE] + [(f, t, {e}) for f in FRAMES for t, e in OWNED]


@pytest.fixture(scope="module")
def sheets() -> dict[tuple[str, str], set[tuple[str, str, str]]]:
    return framed_controls(FRAMES, ROWS, "concluded_against")


@pytest.mark.parametrize(("frame", "text", "expected"), ROWS)
def test_controls_concluded_against_in_every_frame(sheets, frame, text, expected):
    assert sheets[(frame, text)] == expected
