"""A practice or charge forbidden on exports is no export control (round 15, controls26).

'bars dual pricing of lithium exports', 'prohibits subsidies for cobalt exports', 'bans duties on copper exports':
the restricting verb's object is a practice or a charge, which is what it forbids; the exports are only that
noun's modifier.  A ban whose object is the exports themselves still counts.  Invented states and goods.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table

CONTROLS = [
    ("The pact between Laos and Chile includes a chapter that bars dual pricing of tin exports.", set()),
    ("Fiji and Peru signed a trade pact on Monday that prohibits subsidies for nickel exports.", set()),
    ("Under the new code, Oman outlaws price fixing in cobalt exports, the trade ministry said.", set()),
    ("Ghana bans duties on exports of zinc to Kenya under the deal signed on Friday.", set()),
    ("Ghana prohibits dumping of zinc exports on the markets of Kenya, its trade minister said.", set()),
    ("Ghana bans exports of zinc to Kenya under the deal signed on Friday.", {("GHA", "zinc")}),
    ("Ghana banned the export of zinc ore in 2021.", {("GHA", "zinc")}),
    ("Ghana prohibits the sale of zinc abroad.", {("GHA", "zinc")}),
    (
        "Laos banned exports of raw tin ore in 2020, and its new pact with Chile bars dual pricing of zinc exports.",
        {("LAO", "tin")},
    ),
]


@pytest.fixture(scope="module")
def sheets() -> dict[str, dict]:
    return extract_table([t for t, _ in CONTROLS], "practices")


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_a_practice_on_exports_is_no_control(sheets, text, expected):
    got = {(c["country"], m) for c in sheets[text]["export_controls"] for m in c["minerals"]}
    assert got == expected
