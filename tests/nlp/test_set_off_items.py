"""A state set off by commas inside a series ('by Angola, the DRC, Zambia and ...') is a member of it.

The parser hangs an item with an article or an abbreviation on the next item as a modifier; ``list_members``
takes it back when a comma sets it off (CheckList capability set_off_list_items has the generated cases).
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table

CASES = [
    ("The memorandum signed in 2023 by Peru, the DRC, Ghana and the European Union commits all of them to a railway.",
     {"PER", "COD", "GHA", "EU"}),
    ("A framework on cobalt was signed on Monday by Fiji, the UAE, Laos and Oman.", {"FJI", "ARE", "LAO", "OMN"}),
    ("The accord signed last year by Kenya, the Philippines, Chile and Norway covers nickel.",
     {"KEN", "PHL", "CHL", "NOR"}),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "so")


@pytest.mark.parametrize(("text", "members"), CASES)
def test_set_off_item_is_a_member(sheets, text, members):
    sets = [set(a["parties"]) for a in sheets[text]["agreements"]]
    assert members in sets, sets
