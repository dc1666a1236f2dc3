"""Status from what surrounds the signing verb (status22 census): a commitment verb with a signing infinitive
('agreed to sign', 'undertook on Friday to conclude') is a signing still to come (planned); a signing that measures
a span of days, weeks or years before another event ('The forum comes two months after X and Y signed') is
background (existing). Party sets are the same either way: only the status moves."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import agreements

PLANNED = [
    "Peru and Ghana agreed to sign a memorandum of understanding on copper before the end of the year.",
    "We agreed to sign a memorandum of understanding on copper by June, the ministers of Peru and Ghana said.",
    "Peru and Ghana undertook on Friday to conclude a framework agreement on copper at their next summit.",
    "Peru and Ghana resolved on Monday to sign a deal on copper next year.",
    "Peru and Ghana pledged to ink a partnership on copper within six months.",
    "Peru and Ghana decided to formally sign an accord on copper in March.",
]

EXISTING = [
    "The forum comes two months after Peru and Ghana signed a strategic framework on copper.",
    "The deal comes less than a month after Peru and Ghana signed a trade agreement on copper.",
    "The ban takes effect a week after a summit in Lima, where Peru signed a memorandum on copper with Ghana.",
    "It was signed in Tokyo, three weeks after Peru concluded a similar framework on copper with Ghana.",
    "Talks on tariffs resumed barely a year after Peru and Ghana signed an accord on copper.",
]

SIGNED = [
    # a commitment to something other than a signing is the agreement itself
    ("Peru and Ghana agreed on Monday to establish a partnership on copper.", "announced"),
    ("Peru and Ghana signed an accord on copper on Monday and agreed to meet again next year.", "signed"),
    # an interval on the signing's own clause, 'hours', or a bare 'after': the signing stays the news
    ("Peru and Ghana signed an accord on copper on Monday, two weeks after talks began in Lima.", "signed"),
    ("Two weeks after talks began in Lima, Peru and Ghana signed an accord on copper on Monday.", "signed"),
    ("The visit comes hours after Peru and Ghana signed an accord on copper on Monday.", "signed"),
    ("The call comes days after Peru and Ghana signed an accord on copper in Lima.", "signed"),
    ("Peru and Ghana signed an accord on copper on Monday after talks in Lima.", "signed"),
]


@pytest.mark.parametrize("text", PLANNED)
def test_commitment_to_sign_is_planned(text):
    assert agreements(text) == {("GHA+PER", "planned")}


@pytest.mark.parametrize("text", EXISTING)
def test_signing_before_an_interval_is_background(text):
    assert agreements(text) == {("GHA+PER", "existing")}


@pytest.mark.parametrize("text,status", SIGNED)
def test_other_frames_keep_their_status(text, status):
    assert agreements(text) == {("GHA+PER", status)}


def test_denied_commitment_is_no_agreement():
    assert agreements("Peru and Ghana did not agree to sign an accord on copper.") == set()
