"""A measure put before a meeting is not its speakers' (round 15, controls26).

'they said the rare earth controls would be on the agenda', 'the ban will feature in talks between B and C':
the measure is the subject of a clause that places it before talks, so the speakers and the sides of the talks
do not own it; its own phrase or the story's controller does.  Invented states and goods.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table

CONTROLS = [
    (
        "Laos restricted exports of tin in 2021.\n\nOfficials in both Chile and Peru have played down hopes of a "
        "broad deal, though they said the tin controls would be on the agenda.",
        {("LAO", "tin")},
    ),
    (
        "Fiji banned exports of raw nickel ore in 2020.\n\nThe ban on nickel ore exports will feature in talks "
        "between Oman and Kenya next month, officials said.",
        {("FJI", "nickel")},
    ),
    (
        "Ghana imposed export curbs on zinc in 2022.\n\nChile and Peru said on Monday that the curbs on zinc "
        "exports would top the agenda of their summit.",
        {("GHA", "zinc")},
    ),
    (  # a measure with its own owner on the agenda keeps that owner
        "Laos restricted exports of tin in 2021.\n\nOfficials in both Chile and Peru said Chile's copper controls "
        "would be on the agenda.",
        {("LAO", "tin"), ("CHL", "copper")},
    ),
]


@pytest.fixture(scope="module")
def sheets() -> dict[str, dict]:
    return extract_table([t for t, _ in CONTROLS], "agenda")


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_speakers_of_an_agenda_item_do_not_own_it(sheets, text, expected):
    got = {(c["country"], m) for c in sheets[text]["export_controls"] for m in c["minerals"]}
    assert got == expected
