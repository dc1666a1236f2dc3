"""Clause-sized list items are sentences of their own (branch pages23), one row per wording.

Ingestion keeps an item line ('*', '\u2022', '-', '1)', '2.', '(a)', '|') on its own line, and the line break
before an item that holds a clause starts a sentence, so one item's parties do not leak into the next
item's agreement.  A short item (a member list's state) stays in one run with its opener.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.components.item_lines import clause_item
from tests.nlp.agreement_cases import extract_pages

LINES = [
    ("* the Kenya-Peru Copper Partnership, in place since 2022, under which both fund refineries;", True),
    ("\u2022 an exchange of letters with Laos on the sharing of geological data;", True),
    ("1) negotiations between Chile and Oman on a lithium agreement;", True),
    ("(b) the details of agreements signed or under negotiation with other countries;", True),
    ("| Fiji and Nepal signed a memorandum on cobalt on Monday |", True),
    ("   a memorandum between Ghana and Peru on refining signed in Lima;", True),  # a blanked glyph's indent
    ("* Australia", False),
    ("- the Republic of Korea (chair)", False),
    ("- the European Union, represented by the European Commission", False),  # a member's name: no closing mark
    ("- the Democratic Republic of the Congo", False),
    ("Ghana and Peru signed a memorandum on refining in Lima on Monday;", False),  # no marker: prose
    ("2026 budget measures include a memorandum with Peru on refining", False),
]  # fmt: skip


@pytest.mark.parametrize("line,expected", LINES, ids=range(len(LINES)))
def test_clause_item(line, expected):
    assert clause_item(line) is expected


CASES = [
    ("These include:\n* a memorandum between Ghana and Peru on copper processing, signed in Lima on Monday;\n"
     "* negotiations between Ghana and Oman on a comprehensive copper agreement, which are well advanced;\n"
     "* the Ghana-Fiji Copper Partnership, in place since 2021.",
     {(frozenset({"GHA", "PER"}), "signed"), (frozenset({"GHA", "OMN"}), "negotiating"),
      (frozenset({"FJI", "GHA"}), "existing")}),
    ("Key facts:\n1) Nepal and Chile signed a framework on lithium refining on Tuesday;\n"
     "2) Laos and Kenya are negotiating a lithium supply agreement, officials said;\n3) Chile has no export ban.",
     {(frozenset({"CHL", "NPL"}), "signed"), (frozenset({"KEN", "LAO"}), "negotiating")}),
    ("Agreements in the region:\n| Oman and Peru signed a memorandum on cobalt exploration on Monday |\n"
     "| Fiji and Kenya are negotiating a cobalt processing agreement |",
     {(frozenset({"OMN", "PER"}), "signed"), (frozenset({"FJI", "KEN"}), "negotiating")}),
    ("The Cobalt Supply Alliance has the following members:\n\u2022 Ghana\n\u2022 Peru\n\u2022 Oman\n"
     "The members meet twice a year.",
     {(frozenset({"GHA", "OMN", "PER"}), "existing")}),
    # a relative 'which' on the talks noun is the talks, not the story's last state
    ("Sweden reported a rise in tourist arrivals.\n\nNegotiations between Poland and Japan on a copper agreement, "
     "which are well advanced, resume in May.",
     {(frozenset({"JPN", "POL"}), "negotiating")}),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_pages([text for text, _ in CASES], "li")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_items_are_sentences(sheets, text, expected):
    assert {(frozenset(a["parties"]), a["status"]) for a in sheets[text]["agreements"]} == expected
