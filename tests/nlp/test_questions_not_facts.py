"""A question reports no fact (branch pages23), one row per wording.

Yes/no questions after a speaker label give no agreement or export control; an open 'whether' clause gives
no export control; a confirming answer and a statement beside a question keep their facts.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.extract import extract_many
from cmkg.nlp.ingest import read_text_as_article

HEAD = "Minerals briefing\nSource: https://www.harbourledger.example.com/news/minerals\nPublished: 2025-03-02\n\n"

CASES = [
    ("QUESTION (Korean broadcaster): Will Vietnam join an agreement with China on processing?", set(), set()),
    ("Q: Does Peru plan to sign a memorandum with Ghana on copper this year?\nA: We do not comment.", set(), set()),
    ("Is Chile about to ban exports of raw lithium? Officials in Santiago would not say.", set(), set()),
    ("The ministry was asked:\n(c) whether the Government has imposed any restriction on the export of lithium; "
     "and\n(d) if so, the details thereof.", set(), set()),
    ("Could Oman and Fiji conclude a framework on cobalt before the summit? Diplomats were doubtful.", set(), set()),
    ("Q: Did Chile sign a lithium agreement with Japan on Monday?\nA: Yes, the two governments signed it in Tokyo.",
     {(frozenset({"CHL", "JPN"}), "signed")}, set()),
    ("Chile signed a lithium agreement with Japan on Monday. Will Peru follow?",
     {(frozenset({"CHL", "JPN"}), "signed")}, set()),
    ("Chile will ban exports of raw lithium from next year, officials in Santiago said.",
     set(), {("CHL", "lithium", "announced")}),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    arts = [read_text_as_article(HEAD + c[0], f"q{i}.txt") for i, c in enumerate(CASES)]
    return dict(zip([c[0] for c in CASES], extract_many(arts), strict=True))


@pytest.mark.parametrize("text,agreements,controls", CASES, ids=range(len(CASES)))
def test_questions(sheets, text, agreements, controls):
    sheet = sheets[text]
    assert {(frozenset(a["parties"]), a["status"]) for a in sheet["agreements"]} == agreements
    assert {(c["country"], m, c["status"]) for c in sheet["export_controls"] for m in c["minerals"]} == controls
