"""Signatories named by surname alone after their full introduction stand for their states (round 22).

'US President Donald Trump hosted Ukraine's President Volodymyr Zelensky ... Trump and Zelensky signed a
minerals agreement': the model tags one surname and leaves the other untagged; a capitalised proper noun that
is the surname of a person met in full earlier is that person, and their state a party. A surname met nowhere
in full gives no state. Invented officials of many origins.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

INTRO = "{a} hosted {b} in the capital on Friday. "
CASES = [
    (
        INTRO.format(a="Ghana's President Kwame Asante", b="Peru's President Lucia Quispe")
        + "Asante and Quispe signed a minerals agreement on Saturday.",
        {(frozenset({"GHA", "PER"}), "signed")},
    ),
    (
        INTRO.format(a="Indonesian Trade Minister Budi Santoso", b="Chilean Mining Minister Aurora Williams")
        + "Santoso and Williams signed a memorandum on lithium.",
        {(frozenset({"IDN", "CHL"}), "signed")},
    ),
    (
        INTRO.format(a="Kenya's President Amani Otieno", b="Norway's Prime Minister Ingrid Solberg")
        + "Solberg and Otieno later signed a cooperation agreement on graphite.",
        {(frozenset({"NOR", "KEN"}), "signed")},
    ),
    # surnames met nowhere in full name no state
    ("Asante and Quispe signed a minerals agreement on Saturday.", set()),
]


@pytest.fixture(scope="module")
def sheets():
    return extract_table([t for t, _ in CASES], "sur")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_surname_signatories(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
