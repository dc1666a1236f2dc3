"""A place phrase opening a government body's clause names the body's state (round 17, ctrl31).

'In Lusaka, the Ministry of Mines confirmed that a ban ... will take effect', 'Speaking in Accra, the Minerals
Commission announced': the capital's state owns the measure, on another state's government page, under a wire
dateline of another city, on a news page whose first paragraph is about another state, and in bare text. A body
named by its state keeps it. Invented wordings; capitals of many regions.
"""

from __future__ import annotations

import pytest

from tests.nlp.framed_controls import framed_controls

FRAMES = {
    "government": "Ministry of Mining\nSource: https://www.mining.go.ke/news/statement\nPublished: 2025-11-03\n\n",
    "wire": "Metals desk\nSource: https://www.metalswire.example.com/story\nPublished: 2025-11-03\n\n"
    "LONDON, Nov 3 (AFP) - ",
    "news": "Round-up\nSource: https://www.globalwirenews.com/markets/1\nPublished: 2025-11-03\n\n"
    "Chile's senate debated lithium royalties on Monday.\n\n",
    "bare": "Case\nSource: case\nPublished: 2025-11-03\n\n",
}

ROWS_BY_TEXT = [
    (
        "In Lusaka, the Ministry of Mines confirmed that a ban on exports of raw manganese will take effect next year.",
        ("ZMB", "manganese", "announced"),
    ),
    (
        "Speaking in Accra, the Minerals Commission announced a ban on raw bauxite exports from next year.",
        ("GHA", "bauxite", "announced"),
    ),
    (
        "At a briefing in Windhoek on Tuesday, the mines ministry said quotas on lithium exports would be tightened.",
        ("NAM", "lithium", "announced"),
    ),
    (
        "In a statement issued in Kigali, the Ministry of Trade said it had suspended tantalum exports.",
        ("RWA", "tantalum", "in_force"),
    ),
    (
        "In Ulaanbaatar, Peru's Ministry of Energy confirmed it will restrict exports of copper from July.",
        ("PER", "copper", "announced"),
    ),
]

ROWS = [(f, t, {e}) for f in FRAMES for t, e in ROWS_BY_TEXT]


@pytest.fixture(scope="module")
def sheets() -> dict[tuple[str, str], set[tuple[str, str, str]]]:
    return framed_controls(FRAMES, ROWS, "fronted_place")


@pytest.mark.parametrize(("frame", "text", "expected"), ROWS)
def test_fronted_place_names_the_body_state(sheets, frame, text, expected):
    assert sheets[(frame, text)] == expected
