"""Partner-list items the parser hung as adverbial nouns are list items (usdeals22, syntax_states.list_members).

"Morocco, Peru, Paraguay, ... and Guinea each signed": with a floating "each" the parser hangs "Peru" on "Morocco"
as an npadvmod and the rest of the list on "Peru", so only the first item signed.  A state set off by a comma
right after an item is another item, and so is a first item hung on the verb right before the subject.  Lists
vary in length and in a "the" before a name; near misses: a capital's description, a fronted time.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table


def _set(*codes: str) -> frozenset[str]:
    return frozenset(codes)


def _pairs(*codes: str) -> set[tuple[frozenset[str], str]]:
    return {(_set("USA", c), "signed") for c in codes}


CASES = [
    ("Morocco, Peru, Paraguay, Ecuador, the Philippines and Guinea each signed bilateral memoranda with Washington.",
     _pairs("MAR", "PER", "PRY", "ECU", "PHL", "GIN")),
    ("Norway, Peru, Chile and Kenya each signed memoranda of understanding on copper with Washington on Monday.",
     _pairs("NOR", "PER", "CHL", "KEN")),
    ("Ghana, Togo, Benin and Niger each signed an MOU on lithium with the United States on Friday.",
     _pairs("GHA", "TGO", "BEN", "NER")),
    # the first item hung on the verb before the subject
    ("Malaysia, Norway and Germany each signed joint action plans on germanium with the United States on Tuesday.",
     _pairs("MYS", "NOR", "DEU")),
    ("Malaysia, the Philippines and Germany each signed MOUs on nickel with the United States on Tuesday.",
     _pairs("MYS", "PHL", "DEU")),
    # near misses: a capital's description is no list item, a fronted time is no state
    ("Yesterday, Norway and Germany signed an MOU on nickel.", {(_set("NOR", "DEU"), "signed")}),
    ("Canberra, the capital, hosted the signing of an MOU between Ghana and Togo on Monday.",
     {(_set("GHA", "TGO"), "signed")}),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "al")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_adverbial_list_items(sheets, text, expected):
    got = {(frozenset(a["parties"]), a["status"]) for a in sheets[text]["agreements"]}
    assert got == expected
    partners = {c for parties, _ in expected if "USA" in parties for c in parties} - {"USA"}
    assert set(sheets[text]["deals_with_usa"]) == partners
