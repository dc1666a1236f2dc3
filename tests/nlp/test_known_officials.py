"""A well-known office holder's state comes from data/gazetteer/officials.tsv whatever the sentence around the
name suggests (a list neighbour's title, a venue, the dateline); the role is still read from the text."""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract


def people(paragraphs: list[str]) -> set[tuple]:
    sheet = extract(make_article(paragraphs, title="t", source="case.txt", published="2025-06-01"))
    return {(p["name"], p["role"], p["country"]) for p in sheet["people"]}


@pytest.mark.parametrize(
    "paragraphs,expected",
    [
        (
            [
                "HIROSHIMA - The compact was announced by President Joe Biden in Hiroshima on Saturday.",
                "The leaders - Biden, Japan's Prime Minister Fumio Kishida and others - met later.",
            ],
            {("Joe Biden", "President", "USA"), ("Fumio Kishida", "Prime Minister", "JPN")},
        ),
        (
            ["Secretary of State Antony Blinken spoke in New Delhi on Monday."],
            {("Antony Blinken", "Secretary of State", "USA")},
        ),
        (
            ["The summit in Belgrade was hosted by President Aleksandar Vučić, with the Chancellor of Germany."],
            {("Aleksandar Vučić", "President", "SRB")},
        ),
    ],
)
def test_known_holders_keep_their_state(paragraphs, expected):
    assert people(paragraphs) >= expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a common name the gazetteer also holds: the title's own state wins (review20 S4)
        ("Chile's mines minister Pedro Sanchez said exports would resume.", ("Pedro Sanchez", "Mines Minister", "CHL")),
        (
            "Mexican economy minister Jonathan Reynolds met the delegation.",
            ("Jonathan Reynolds", "Economy Minister", "MEX"),
        ),
    ],
)
def test_a_title_that_states_its_state_wins(text, expected):
    assert expected in people([text])
