"""The owner of a measure in a participle after a reporting tail (round 17, controls30).

'Harare has brought forward its ban on X, the mines minister said, extending the 2022 ban on raw Y ore': the
participle has no subject of its own and continues the reported clause, so that clause's subject owns its
measure, not the reporter, an earlier paragraph's state or the government whose page it is. Each row is read on
another government's release page, after a wire dateline and as bare text. Invented states and goods.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.extract import extract_many
from cmkg.nlp.ingest import read_text_as_article
from tests.nlp.framed_controls import CONTROL_FRAMES

FRAMES = CONTROL_FRAMES  # a Zambian ministry page, a Geneva wire dateline, bare text

LEAD = "Peru reported record mine output on Monday.\n\n"

ROWS = [
    (
        "Harare has tightened its ban on exports of lithium concentrates, the mines minister said, extending the "
        "2022 ban on raw tin ore.",
        {("ZWE", "lithium", "in_force"), ("ZWE", "tin", "in_force")},
    ),
    (
        "Fiji has widened its quota on zinc exports, a ministry spokesperson said, adding to the 2021 ban on raw "
        "cobalt ore.",
        {("FJI", "zinc", "in_force"), ("FJI", "cobalt", "in_force")},
    ),
    (
        "Ghana's government has imposed a ban on exports of bauxite concentrates, officials said, reinforcing the "
        "2020 quota on manganese exports.",
        {("GHA", "bauxite", "in_force"), ("GHA", "manganese", "in_force")},
    ),
    (
        "Laos has tightened its ban on exports of tin concentrates, the mines minister said, while Oman kept the "
        "2022 ban on raw zinc ore.",
        {("LAO", "tin", "in_force"), ("OMN", "zinc", "in_force")},
    ),
]

CASES = [(f, t, e) for f in FRAMES for t, e in ROWS]


@pytest.fixture(scope="module")
def sheets() -> dict[tuple[str, str], dict]:
    keys = [(f, t) for f, t, _ in CASES]
    arts = [read_text_as_article(FRAMES[f] + LEAD + t, f"participles/{i}.txt") for i, (f, t) in enumerate(keys)]
    return dict(zip(keys, extract_many(arts), strict=True))


@pytest.mark.parametrize(("frame", "text", "expected"), CASES)
def test_reported_clause_subject_owns_the_participle_measure(sheets, frame, text, expected):
    got = {(c["country"], m, c["status"]) for c in sheets[(frame, text)]["export_controls"] for m in c["minerals"]}
    assert got == expected
