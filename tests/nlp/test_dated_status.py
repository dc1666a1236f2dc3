"""A signing dated 'on <day> <Month> <year>' (a full date: dates.dated_prepositions) in a month before the article's
is background (existing), like 'in <Month>' (dates.time_prepositions; recall17 census rows 9, 10); a bare 'on 15
January' is not. The article here is dated 2025-12-15."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import agreements


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The accord signed between Peru and Ghana on 30 October 2025 covers copper.", {("GHA+PER", "existing")}),
        (
            "Following the understanding reached between Laos and Oman on 3 March 2025, tariffs on tin were cut.",
            {("LAO+OMN", "existing")},
        ),
        ("Peru and Ghana signed an accord on copper on December 12.", {("GHA+PER", "signed")}),
        ("Peru and Ghana signed an accord on copper on Monday.", {("GHA+PER", "signed")}),
        # a bare day and month, no year: left as the news it reads as
        ("Peru and Ghana signed an accord on copper on 15 January.", {("GHA+PER", "signed")}),
    ],
)
def test_dated_status(text, expected):
    assert agreements(text, published="2025-12-15") == expected
