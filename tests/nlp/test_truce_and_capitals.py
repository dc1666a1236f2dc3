"""Two recall17 census rows: a lapsing verb with its own object acts under an agreement that stays in force
('suspended the rules for a year under its trade truce with B': existing, not lapsed; row 11), and the
capitals of Pacific states stand for their governments like any capital ('Wellington and Avarua')."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import agreements


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Ankara has suspended the new tariffs for a year under its trade truce with Brussels.",
            {("EU+TUR", "existing")},
        ),
        ("Lima suspended the port fees under its trade agreement with Ghana.", {("GHA+PER", "existing")}),
        ("Oman froze the project in 2024 despite its memorandum with Ghana.", {("GHA+OMN", "existing")}),
        # the agreement is what ends: still lapsed
        ("Peru suspended its trade agreement with Ghana on Monday.", {("GHA+PER", "lapsed")}),
        ("Peru withdrew from the trade agreement with Ghana on Monday.", {("GHA+PER", "lapsed")}),
        ("Chile suspended its participation in the partnership with Ghana.", {("CHL+GHA", "lapsed")}),
    ],
)
def test_lapses_under(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "capital,code",
    [
        ("Avarua", "COK"),
        ("Suva", "FJI"),
        ("Nuku'alofa", "TON"),
        ("Apia", "WSM"),
        ("Honiara", "SLB"),
        ("Port Vila", "VUT"),
        ("Tarawa", "KIR"),
        ("Majuro", "MHL"),
        ("Funafuti", "TUV"),
        ("Alofi", "NIU"),
        ("Palikir", "FSM"),
    ],
)
def test_pacific_capitals(capital, code):
    text = f"Officials from Wellington and {capital} have been negotiating a new seabed minerals framework."
    assert agreements(text) == {("+".join(sorted(["NZL", code])), "negotiating")}
