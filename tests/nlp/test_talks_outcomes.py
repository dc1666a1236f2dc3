"""How talks on an agreement stand, read off the talks' own predicate (branch status24), one row per wording.

Shelved, abandoned or collapsed talks make the agreement lapsed; talks that have not produced, led to or
concluded anything are still under way (negotiating, not denied talks), and so are talks that have only
stalled; talks suspended and then resumed are under way.  An agreement whose relative clause tells its earlier
signing and whose own past predicate ends it lapsed.  Negative rows: no talks at all; an agreement not allowed
to lapse is in place.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

L, N, E = "lapsed", "negotiating", "existing"
FO, CL = frozenset({"FJI", "OMN"}), frozenset({"CHL", "LAO"})
CASES = [
    ("Talks between Fiji and Oman on a cobalt pact were shelved in 2023.", {(FO, L)}),
    ("The negotiations between Fiji and Oman on a lithium accord, begun in 2022, collapsed last year.", {(FO, L)}),
    ("Fiji and Oman abandoned their talks on a graphite agreement in March, the ministry said.", {(FO, L)}),
    (
        "Talks on such an agreement between Chile and Laos, opened in 2023, were shelved last year without a text.",
        {(CL, L)},
    ),
    ("Talks between Fiji and Oman on a similar instrument did not produce a text during the summit week.", {(FO, N)}),
    ("Discussions on a partnership between Chile and Laos have not yet led to a text.", {(CL, N)}),
    ("The discussions between Fiji and Oman on a framework for minerals investment have not concluded.", {(FO, N)}),
    ("Negotiations between Fiji and Oman on a cobalt pact have yet to yield a text.", {(FO, N)}),
    ("Negotiations between Fiji and Oman on a cobalt pact were suspended in 2022 but resumed this month.", {(FO, N)}),
    (
        "A raw materials partnership that Chile signed with Laos in 2012 was allowed to lapse later in the decade.",
        {(CL, L)},
    ),
    ("The cobalt accord, which Fiji and Oman concluded in 2016, was left to lapse in 2021.", {(FO, L)}),
    ("The memorandum that Chile signed with Laos in 2019 expired last year.", {(CL, L)}),
    ("The cobalt pact between Fiji and Oman was not allowed to lapse.", {(FO, E)}),
    ("No talks between Fiji and Oman on a cobalt pact have started.", set()),
    ("The negotiations between Fiji and Oman on a cobalt pact were called off in 2021.", {(FO, L)}),
    ("Talks between Fiji and Oman on a cobalt pact broke down in 2021.", {(FO, L)}),
    ("Talks have started between Chile and Laos on a lithium agreement.", {(CL, N)}),
    ("Talks between Fiji and Oman on a cobalt pact will begin next month.", {(FO, "planned")}),
    ("Fiji and Oman announced that they intend to begin negotiations on a cobalt agreement.", {(FO, "planned")}),
    ("Fiji's talks on a similar raw materials partnership with Oman have stalled, an official said.", {(FO, N)}),
    ("The talks between Chile and Laos on a graphite accord, which began in 2021, have stalled.", {(CL, N)}),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "to")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_talks_outcome(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
