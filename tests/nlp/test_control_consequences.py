"""States hit by a measure do not own it (round 15, controls26).

'Licensing requirements on rare earths have caused production stoppages at European plants': the measure is the
subject of a verb of consequence, and the states of that clause are the ones hit.  The owner comes from the
measure's own phrase or the story; an unowned measure stays unowned, and what the measure does to others does
not change its status ('have delayed deliveries' is no delay of the measure).  Invented states and goods.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table

CONTROLS = [
    (
        "Laos tightened export licensing for tin in 2021.\n\nOver the past year, licensing requirements on tin have "
        "caused production stoppages at Chilean plants, and Chile remains dependent on a single supplier.",
        {("LAO", "tin", "in_force")},
    ),
    (
        "Export curbs on cobalt, in place since 2020, have delayed deliveries to Omani battery makers, a trade "
        "group in Oman said.",
        set(),
    ),
    (
        "Fiji's export curbs on nickel, in place since 2020, have delayed deliveries to Omani battery makers, a "
        "trade group in Oman said.",
        {("FJI", "nickel", "in_force")},
    ),
    (
        "Restrictions on zinc exports have idled factories in Kenya and Peru for weeks, according to Kenyan officials.",
        set(),
    ),
    ("Ghana's ban on zinc ore exports has forced smelters in Kenya to cut output.", {("GHA", "zinc", "in_force")}),
    ("The ban on zinc ore exports was delayed by Ghana until 2027.", {("GHA", "zinc", "suspended")}),
]


@pytest.fixture(scope="module")
def sheets() -> dict[str, dict]:
    return extract_table([t for t, _ in CONTROLS], "consequences")


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_the_ones_hit_do_not_own_the_measure(sheets, text, expected):
    got = {(c["country"], m, c["status"]) for c in sheets[text]["export_controls"] for m in c["minerals"]}
    assert got == expected
