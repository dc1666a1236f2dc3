"""A compound product is its first mineral's; a measure that 'remains in force' is in force (round 15, fix27b).

'The licence requirement was extended to lithium iron phosphate cathode materials': the run of minerals with no
comma or conjunction between names one product, whose mineral is the first (lithium), not iron and phosphate.
'Controls announced on X in August 2024 remain in force': the continuing verb outranks the participle.
Invented states.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table

CONTROLS = [
    (
        "Laos has widened its export licensing system.\n\nThe licence requirement, first applied in 2023, was "
        "extended to lithium iron phosphate cathode materials and to synthetic graphite, the ministry said.",
        {("LAO", "lithium", "in_force"), ("LAO", "graphite", "in_force")},
    ),
    (
        "Fiji banned exports of cobalt and nickel in 2022.",
        {("FJI", "cobalt", "in_force"), ("FJI", "nickel", "in_force")},
    ),
    (
        "Laos has widened its export licensing system.\n\nControls announced on antimony in August 2024 remain "
        "in force, the notice said.",
        {("LAO", "antimony", "in_force")},
    ),
    (
        "Fiji has widened its export licensing system.\n\nCurbs announced on cobalt last year remain in effect, "
        "officials said.",
        {("FJI", "cobalt", "in_force")},
    ),
    (
        "Fiji has widened its export licensing system.\n\nControls announced on cobalt last week will take effect "
        "in May.",
        {("FJI", "cobalt", "announced")},
    ),
]


@pytest.fixture(scope="module")
def sheets() -> dict[str, dict]:
    return extract_table([t for t, _ in CONTROLS], "compound_goods")


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_compound_goods_and_standing_status(sheets, text, expected):
    got = {(c["country"], m, c["status"]) for c in sheets[text]["export_controls"] for m in c["minerals"]}
    assert got == expected
