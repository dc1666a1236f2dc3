"""Generic instrument heads ('initiative', 'dialogue', 'document', 'fund', 'platform', 'instrument').

They are an agreement only where the clause makes them one: a committing or negotiating verb governs them,
a relative clause on them commits to them, or they are the topic of talks; not a meeting, one state's
programme, a company's fund, or an apposition describing a named instrument (census13 rows 8, 33, 34, 48).
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import agreements


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Ghana and Estonia launched a nickel dialogue on Thursday.", {("EST+GHA", "announced")}),
        ("Argentina and Finland launched a niobium initiative on Wednesday.", {("ARG+FIN", "announced")}),
        (
            "Brazilian officials said a lithium document with Finland could be signed at a summit next month.",
            {("BRA+FIN", "planned")},
        ),
        (
            "The minister said Kenya was in talks with Peru on a joint exploration fund.",
            {("KEN+PER", "negotiating")},
        ),
        (
            "Exploratory discussions between Poland and Zambia on a similar instrument began in April 2024.",
            {("POL+ZMB", "negotiating")},
        ),
        (
            "Chile, Mexico and Vietnam launched a cobalt platform on Monday to pool exploration data.",
            {("CHL+MEX+VNM", "announced")},
        ),
        ("Serbia and Morocco set up a joint gallium investment fund on Tuesday.", {("MAR+SRB", "announced")}),
        # not instruments
        ("Kenya and Norway held a dialogue on lithium supply chains in Oslo on Monday.", set()),
        ("Ghana launched a lithium initiative on Monday to train geologists.", set()),
        ("Peru's minister attended a copper dialogue in Nairobi on Friday.", set()),
        ("Thailand published a graphite strategy document on Monday, citing demand from India.", set()),
        ("Norway and Egypt did not launch a lithium dialogue on Monday.", set()),
    ],
)
def test_governed_heads(text, expected):
    assert agreements(text) == expected


def test_joining_a_named_initiative_is_no_new_instrument():
    """'join the Initiative' is membership of the instrument the sentence before launched, not a second one."""
    text = (
        "The United States, Australia and Japan announced a Trilateral Pacific Minerals Initiative to coordinate "
        "finance for mining. Tonga announced its intention to join the Initiative."
    )
    assert ("AUS+JPN+USA", "announced") in agreements(text)
