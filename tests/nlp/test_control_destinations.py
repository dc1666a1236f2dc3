"""A state named as where the goods go is not the owner of the measure (round 17, controls30).

'The enhanced end-user checks on graphite exports to the United States announced in October remain in force': the
destination before a participle on the measure is neither that participle's subject nor a state the sentence is
about, so the owner is the story's state or the government whose page it is. Read on a government release page,
after a wire dateline and as bare text after a lead that names the owner. Invented states and goods.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.extract import extract_many
from cmkg.nlp.ingest import read_text_as_article

FRAMES = {
    "government": (
        "Ministry of Mines release\nSource: https://www.mines.gov.zm/news/release\nPublished: 2025-11-03\n\n"
        "The Ministry said on Monday that it would ease several measures.\n\n",
        "ZMB",
    ),
    "wire": (
        "Metals desk\nSource: https://www.metalswire.example.com/story\nPublished: 2025-11-03\n\n"
        "GENEVA, Nov 3 (AFP) - Fiji's commerce ministry said on Monday that it would ease several measures.\n\n",
        "FJI",
    ),
    "bare": (
        "Case\nSource: case\nPublished: 2025-11-03\n\n"
        "Fiji's commerce ministry said on Monday that it would ease several measures.\n\n",
        "FJI",
    ),
}

ROWS = [
    ("The enhanced end-user checks on tin exports to the United States announced in October remain in force.", "tin"),
    ("The licensing requirement on zinc exports to Japan introduced in May stays in place.", "zinc"),
    ("Controls on cobalt exports to Germany imposed last year remain in force.", "cobalt"),
]

CASES = [(f, t, m) for f in FRAMES for t, m in ROWS]


@pytest.fixture(scope="module")
def sheets() -> dict[tuple[str, str], dict]:
    keys = [(f, t) for f, t, _ in CASES]
    arts = [read_text_as_article(FRAMES[f][0] + t, f"destinations/{i}.txt") for i, (f, t) in enumerate(keys)]
    return dict(zip(keys, extract_many(arts), strict=True))


@pytest.mark.parametrize(("frame", "text", "mineral"), CASES)
def test_destination_is_not_the_owner(sheets, frame, text, mineral):
    got = {(c["country"], m, c["status"]) for c in sheets[(frame, text)]["export_controls"] for m in c["minerals"]}
    assert got == {(FRAMES[frame][1], mineral, "in_force")}
