"""A control noun's participle gives its goods (round 15, controls26).

'new controls covering X', 'Controls announced on X and Y items', 'curbs imposed on X concentrate', 'licensing
requirements covering X': the noun names a control by itself (or a licence requirement), and a coverage
participle's object or a placing verb's 'on/for/to' phrase names the goods, also when a chronology entry opens
with the capitalised noun.  Imports, another activity and weak nouns ('new rules covering X projects') stay out.
Invented states and goods.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_pages, extract_table

CONTROLS = [
    (
        "Laos has required export licences for tin since 2021.\n\nOn 9 October it announced new controls covering "
        "niobium and its compounds.",
        {("LAO", "tin", "in_force"), ("LAO", "niobium", "announced")},
    ),
    (
        "Fiji's commerce ministry said on Monday that licensing requirements covering cobalt and nickel would take "
        "effect next month.",
        {("FJI", "cobalt", "announced"), ("FJI", "nickel", "announced")},
    ),
    ("Oman announced new rules covering lithium projects on Monday.", set()),
    ("Restrictions applying to zinc imports were introduced by Ghana in 2022.", set()),
    ("Restrictions applying to zinc exports were introduced by Ghana in 2022.", {("GHA", "zinc", "in_force")}),
]


@pytest.fixture(scope="module")
def sheets() -> dict[str, dict]:
    return extract_table([t for t, _ in CONTROLS], "participles")


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_a_participle_names_the_goods(sheets, text, expected):
    got = {(c["country"], m, c["status"]) for c in sheets[text]["export_controls"] for m in c["minerals"]}
    assert got == expected


def test_a_capitalised_entry_noun_takes_its_participle_goods():
    text = (
        "Chronology of export measures.\n\n4 May 2024 - Laos\nControls announced on tin and zinc items.\n\n"
        "9 June 2025 - Peru\nExport licences required for copper."
    )
    sheet = extract_pages([text], "participle_entries")[text]
    got = {(c["country"], m) for c in sheet["export_controls"] for m in c["minerals"]}
    assert got == {("LAO", "tin"), ("LAO", "zinc"), ("PER", "copper")}
