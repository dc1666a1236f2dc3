"""Status of talks still ahead and of pursuits kept up (branch status23).

'A and B would begin talks on X': talks a modal puts ahead are a planned deal, while talks begun are under
way; 'A continues to pursue X with B': a pursuit kept up is under negotiation, while 'plans to pursue' is
planned; 'announced the conclusion of negotiations on X': the end of talks named as a noun is an agreed text.
Words: status.onset_verbs, status.modal_auxiliaries / future_auxiliaries, status.continuation_verbs,
status.completion_nouns, status.acknowledging_verbs.  A relative clause whose pronoun founds an instrument
('signed a memorandum that launches a partnership') gives it the memorandum's status.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

CASES = [
    ("Ghana and Peru would begin talks on a trade agreement next month.",
     {(frozenset({"GHA", "PER"}), "planned")}),
    ("Kenya will open negotiations with Chile on a partnership on cobalt, officials said on Monday.",
     {(frozenset({"KEN", "CHL"}), "planned")}),
    ("Oman, a major producer, will launch negotiations on a memorandum on lithium with Benin in June.",
     {(frozenset({"OMN", "BEN"}), "planned")}),
    ("The ministers said Laos and Togo would commence talks on a minerals pact after the summit.",
     {(frozenset({"LAO", "TGO"}), "planned")}),
    ("Kenya continues to pursue a partnership on cobalt with Chile.", {(frozenset({"KEN", "CHL"}), "negotiating")}),
    ("Nepal will continue to pursue a framework on zinc with Fiji, the ministry said on Monday.",
     {(frozenset({"NPL", "FJI"}), "negotiating")}),
    ("Latvia, home to several large mines, is continuing to pursue an agreement on copper with Jordan.",
     {(frozenset({"LVA", "JOR"}), "negotiating")}),
    ("Uruguay keeps pursuing a partnership on lithium with Mongolia.", {(frozenset({"URY", "MNG"}), "negotiating")}),
    # the end of talks named as a noun: the text is agreed
    ("Indonesia and Peru announced the conclusion of negotiations on a comprehensive partnership agreement.",
     {(frozenset({"IDN", "PER"}), "announced")}),
    ("Kenya and Chile welcomed the completion of talks on a partnership on cobalt on Friday.",
     {(frozenset({"KEN", "CHL"}), "announced")}),
    # a relative clause founding an instrument: the founding instrument's status
    ("Kenya and Chile signed an agreement on Friday which establishes a partnership on cobalt.",
     {(frozenset({"KEN", "CHL"}), "signed")}),
    ("Nepal and Fiji will sign a memorandum that creates a partnership on zinc next year.",
     {(frozenset({"NPL", "FJI"}), "planned")}),
    # guards: talks begun or launched are under way; an intended pursuit is planned; a delayed end is no end
    ("Kenya and Chile delayed the conclusion of negotiations on a partnership on cobalt.",
     {(frozenset({"KEN", "CHL"}), "negotiating")}),
    ("Ghana and Peru began talks on a trade agreement on Monday.", {(frozenset({"GHA", "PER"}), "negotiating")}),
    ("Kenya opened negotiations with Chile on a partnership on cobalt on Monday.",
     {(frozenset({"KEN", "CHL"}), "negotiating")}),
    ("Kenya intends to pursue a partnership on cobalt with Chile.", {(frozenset({"KEN", "CHL"}), "planned")}),
    ("Senegal plans to pursue a framework on nickel with Estonia.", {(frozenset({"SEN", "EST"}), "planned")}),
]  # fmt: skip

TABLE: dict[str, dict] = {}


@pytest.fixture(scope="module")
def table() -> dict[str, dict]:
    if not TABLE:
        TABLE.update(extract_table([text for text, _ in CASES], "talks-ahead"))
    return TABLE


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[text[:50] for text, _ in CASES])
def test_status(table: dict[str, dict], text: str, expected: set) -> None:
    assert_agreements(table[text], expected, None)
