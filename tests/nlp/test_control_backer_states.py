"""A state that only backs something else is no owner of an export control (round 18, facts18).

'The nickel ore export ban is reinstated, after a surge in Chinese-backed smelter investment': a state word joined
by a hyphen to a backer participle ('backed', 'funded', 'owned', word list ``export_control.backer_participles``)
names who funds or holds the smelters, not who restricts; the owner is the story's state named before. Each row
is read in three page frames (a government release page, a wire dateline, bare text); invented pairings of
states and goods. The direction holds: a state that bans in its own words stays the owner beside a backer.
"""

from __future__ import annotations

import pytest

from tests.nlp.framed_controls import CONTROL_FRAMES, framed_controls

FRAMES = CONTROL_FRAMES  # a Zambian ministry page, a Geneva wire dateline, bare text

# (story sentence naming the owner, sentence with a backer state, owner, mineral, backer)
CASES = [
    (
        "Gabon first banned manganese ore exports in 2014.",
        "The manganese ore export ban is reinstated, after a surge in Korean-backed smelter investment.",
        "GAB",
        "manganese",
        "KOR",
    ),
    (
        "Guinea first banned bauxite exports in 2016.",
        "The bauxite export ban is reinstated, after a wave of Emirati-funded refinery projects.",
        "GIN",
        "bauxite",
        "ARE",
    ),
    (
        "Zimbabwe first banned lithium ore exports in 2022.",
        "The lithium ore export ban was extended, after a rush of Chinese-owned processing plants.",
        "ZWE",
        "lithium",
        "CHN",
    ),
    (
        "Bolivia first banned tin exports in 2019.",
        "The tin export ban is reinstated, after a surge in Brazilian-financed smelter investment.",
        "BOL",
        "tin",
        "BRA",
    ),
    (
        "Namibia first banned copper ore exports in 2021.",
        "The copper ore export ban was extended, after a surge in Indian-backed smelter investment.",
        "NAM",
        "copper",
        "IND",
    ),
]

ROWS = [
    (f, f"{story} {text}", {(owner, mineral, "in_force")}, backer)
    for f in FRAMES
    for story, text, owner, mineral, backer in CASES
]
# the owner in its own words beside a backer keeps the measure
OWN_WORDS = [
    (
        "Ghana banned exports of raw cobalt in March, after a surge in Turkish-backed refinery investment.",
        "GHA",
        "cobalt",
        "TUR",
    ),
    (
        "Peru restricted exports of zinc concentrate in May, citing a rush of Japanese-funded smelter projects.",
        "PER",
        "zinc",
        "JPN",
    ),
]
ROWS += [(f, t, {(o, m, "in_force")}, b) for f in FRAMES for t, o, m, b in OWN_WORDS]


@pytest.fixture(scope="module")
def sheets() -> dict[tuple[str, str], set[tuple[str, str, str]]]:
    return framed_controls(FRAMES, [(f, t, e) for f, t, e, _ in ROWS], "backer_states")


@pytest.mark.parametrize(("frame", "text", "expected", "backer"), ROWS)
def test_backer_state_is_no_owner(sheets, frame, text, expected, backer):
    got = sheets[(frame, text)]
    assert expected <= got
    assert not {c for c in got if c[0] == backer}
