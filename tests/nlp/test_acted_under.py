"""An instrument that something else is made or done under is in place (branch status24), one row per wording.

'The fund that A and B set up under their April agreement held its first meeting', 'have opened a centre
according to a memorandum signed by the ministries', 'under the terms of', 'pursuant to': existing.  Negative rows: the
instrument's own clause dated to the news keeps it signed; a doing with no object of its own leaves the chain.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import assert_agreements, extract_table

FO, CL = frozenset({"FJI", "OMN"}), frozenset({"CHL", "LAO"})
CASES = [
    (
        "The cooperation centre that Fiji and Oman set up under their April memorandum on cobalt held its "
        "first meeting.",
        {(FO, "existing")},
    ),
    (
        "The research centre that Chile and Laos launched under the framework on nickel opened its doors on Tuesday.",
        {(CL, "existing")},
    ),
    (
        "Chile and Laos have opened a training centre according to an MOU on graphite signed by ministries "
        "of the two countries.",
        {(CL, "existing")},
    ),
    (
        "Chile and Laos have opened a pilot plant pursuant to an agreement on gallium signed by ministries "
        "of the two countries.",
        {(CL, "existing")},
    ),
    (
        "The joint venture that Fiji and Oman created under the terms of their partnership on lithium began work.",
        {(FO, "existing")},
    ),
    ("Fiji and Oman opened a pilot plant under an MOU on graphite signed on Wednesday.", {(FO, "signed")}),
    ("Fiji and Oman already cooperate under a 2023 memorandum on cobalt.", {(FO, "existing")}),
    ("Fiji and Oman have agreed to fund the first two projects under their cobalt partnership.", {(FO, "announced")}),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([c[0] for c in CASES], "au")


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_acted_under(sheets, text, expected):
    assert_agreements(sheets[text], expected, None)
