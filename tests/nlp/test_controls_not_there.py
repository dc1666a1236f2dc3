"""Controls a text names without any state imposing them (round 17, controls30).

A measure chosen against ('decided against extending the ban to X', 'voted against a quota'), with the goods it
is denied to reach and the licences they keep; an existential 'no' ('There is no proposal before the government
to ban exports'); the topic of working together ('will coordinate on export restrictions'); a bare measure a
worry holds as its subject ('expressed concern that export restrictions have disrupted supply chains'). Each
row is read in three page frames: a government release page, a wire dateline and bare text; the owned
measures beside them stay. Invented states and goods.
"""

from __future__ import annotations

import pytest

from tests.nlp.framed_controls import CONTROL_FRAMES, framed_controls

FRAMES = CONTROL_FRAMES  # a Zambian ministry page, a Geneva wire dateline, bare text

NOT_THERE = [
    "Fiji's cabinet has considered, and decided against, extending the export ban to tin ore, which will continue "
    "to be exported under existing licences.",
    "The Laotian parliament voted against a ban on zinc exports on Tuesday.",
    "Officials in Oman opted against imposing export quotas on lithium, the mines ministry said.",
    "There is no proposal before the government of Ghana to ban exports of cobalt, the minister said.",
    "There are no plans at this stage to restrict nickel exports, Peru's trade ministry said on Monday.",
    "Chile and Kenya will cooperate on copper investment and coordinate on export restrictions.",
    "Estonia and Fiji agreed to consult each other on export controls for tin and zinc.",
    "Ministers of Oman and Laos pledged to exchange information on export restrictions affecting cobalt.",
    "Partners expressed concern that export restrictions, including recent licensing requirements on graphite, "
    "have disrupted supply chains.",
    "Buyers complained that export curbs on lithium have raised costs for battery makers.",
]

OWNED = [
    ("Fiji's cabinet has banned exports of tin ore since 2020.", ("FJI", "tin", "in_force")),
    (
        "Chile has banned exports of copper since 2019, and will coordinate on export restrictions with Kenya.",
        ("CHL", "copper", "in_force"),
    ),
    (
        "Partners expressed concern that Ghana's export restrictions on cobalt have disrupted supply chains.",
        ("GHA", "cobalt", "in_force"),
    ),
]

ROWS = [(f, t, set()) for f in FRAMES for t in NOT_THERE] + [(f, t, {e}) for f in FRAMES for t, e in OWNED]


@pytest.fixture(scope="module")
def sheets() -> dict[tuple[str, str], set[tuple[str, str, str]]]:
    return framed_controls(FRAMES, ROWS, "not_there")


@pytest.mark.parametrize(("frame", "text", "expected"), ROWS)
def test_controls_not_there_in_every_frame(sheets, frame, text, expected):
    assert sheets[(frame, text)] == expected
