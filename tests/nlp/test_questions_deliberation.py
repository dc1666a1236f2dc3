"""Questions and deliberation state no set: an intention question, an indirect question the answer leaves
open, 'Will C join?' after a pair's deal, states weighing joining or instruments of their own.

Each case runs in three page frames (bare text, a wire dateline, a ministry release); every name is a state
the gazetteer knows, the instruments invented.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import GOV, page_agreements

WIRE = "KAMPALA, May 6 (Agency) - "


def _sets(frame: str, text: str) -> set[tuple[tuple[str, ...], str]]:
    if frame == "gov":
        return page_agreements(GOV, text)
    body = WIRE + text if frame == "wire" else text
    return page_agreements("https://www.lakesidecourier.example.com/news/x", body)


CASES = [
    # an intention asked about: no plan
    ("Does Kenya plan to sign a cobalt memorandum with Lima?", set()),
    ("Is Norway planning a lithium partnership with Canberra?", set()),
    ("Ghana and Peru signed a lithium framework on Monday. Does Ghana intend to sign a similar framework with Chile?",
     {(("GHA", "PER"), "signed")}),
    # a question after a pair's deal adds nobody
    ("Ghana and Peru signed a lithium framework on Monday. Will Chile join?", {(("GHA", "PER"), "signed")}),
    # an indirect question the answer leaves open
    ("Asked whether Ghana and Peru would sign a cobalt agreement, the minister said there was nothing to announce.",
     set()),
    ("Asked if Oslo would sign a graphite deal with Santiago, the spokesperson said it was too early to say.", set()),
    ("Kenya and Peru signed a cobalt memorandum in March. Asked whether the two governments would sign their own "
     "lithium agreement, the minister said no decision had been taken.", {(("KEN", "PER"), "signed")}),
    # ... and one the answer confirms as talks
    ("Asked whether Ghana and Peru would sign a cobalt agreement, the minister said the two sides were still "
     "negotiating.", {(("GHA", "PER"), "negotiating")}),
    # deliberating states: no set of their own
    ("Ghana and Peru signed a lithium partnership on Monday. Chile and Kenya are considering joining the partnership.",
     {(("GHA", "PER"), "signed")}),
    ("Ghana and Peru launched a joint cobalt fund on Monday. Chile and Kenya are considering whether to set up "
     "similar funds of their own.", {(("GHA", "PER"), "announced")}),
    # near misses that keep their set
    ("Chile and Kenya are considering a lithium agreement.", {(("CHL", "KEN"), "planned")}),
    ("Kenya plans to sign a cobalt memorandum with Peru.", {(("KEN", "PER"), "planned")}),
]  # fmt: skip


@pytest.mark.parametrize("frame", ["bare", "wire", "gov"])
@pytest.mark.parametrize("text,expected", CASES)
def test_questions_and_deliberation(frame, text, expected):
    assert _sets(frame, text) == expected
