"""Generic instrument heads ('initiative', 'dialogue', 'document', 'fund', 'platform', 'instrument').

They are an agreement only where the clause makes them one: a committing or negotiating verb governs them,
a relative clause on them commits to them, or they are the topic of talks; not a meeting, one state's
programme, a company's fund, or an apposition describing a named instrument (census13 rows 8, 33, 34, 48).
"""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract
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
        # a consultation with companies or investors (review18 S4), not an instrument between states
        ("Ghana and Nigeria launched a dialogue with mining investors on lithium royalties.", set()),
        ("Peru and Chile set up a platform with copper companies to share tender data.", set()),
        ("Kenya and Oman launched a cobalt dialogue with great fanfare on Monday.", {("KEN+OMN", "announced")}),
        # a known body meeting: its relative clause describes its founding, the sentence reports a meeting
        ("The committee that Kenya and Uganda set up in 1999 met on Tuesday to discuss lithium smuggling.", set()),
        ("The dialogue that Laos and Chile launched in 2021 convened in Lima on Friday.", set()),
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


@pytest.mark.parametrize(
    "text,expected",
    [
        # one record per talks: the governed topic noun is the trigger, the talks noun steps back (review18 S1)
        (
            "Chile and Peru are in talks on a fund managed by the World Bank to support copper miners.",
            [("CHL+PER", "negotiating")],
        ),
        ("Kenya is in talks with Peru on a joint fund for cobalt exploration.", [("KEN+PER", "negotiating")]),
        # talks on the sector with no instrument named: the talks noun is the trigger
        ("Ghana is in talks with Japan on closer cooperation on lithium.", [("GHA+JPN", "negotiating")]),
    ],
)
def test_one_record_per_talks(text, expected):
    sheet = extract(make_article([text], title="t", source="case.txt", published="2025-06-01"))
    assert [("+".join(sorted(a["parties"])), a["status"]) for a in sheet["agreements"]] == expected
