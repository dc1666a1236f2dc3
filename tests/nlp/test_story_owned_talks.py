"""Talks and series with no stated owner on a news page (round 16, owner29): the state the story is about there,
the state of the official the sentence quotes, else the one state the sentence before named through its
official or made its subject once the story had paired it; nothing without such a state.  Names are invented;
the page is a news site's (no publisher)."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import GOV, NEWS, page_agreements

_agreements = page_agreements


CASES = [
    (  # the subject state of the sentence before owns the series
        "Chile has signed frameworks on lithium with Japan and Korea, the minister said. Earlier partnerships "
        "include those concluded with Peru in 2022 and with Ghana and Kenya in 2023.",
        {(("CHL", x), "existing") for x in ("JPN", "KOR", "PER", "GHA", "KEN")},
    ),
    (  # the official the sentence quotes
        "Seoul wants to diversify its supply of nickel, said Park Ji-hoon, South Korea's trade minister. Ministry "
        "officials are in discussions with counterparts in Indonesia on a nickel framework, Park told a briefing.",
        {(("IDN", "KOR"), "negotiating")},
    ),
    (  # the speaker wins over the earlier subject
        "Norway signed an MOU on nickel with France in 2018. Ministry officials are in discussions with "
        "counterparts in Qatar on a nickel framework, Tanzanian Trade Minister Amani Mwakyusa told a briefing.",
        {(("FRA", "NOR"), "existing"), (("QAT", "TZA"), "negotiating")},
    ),
    (  # abandoned talks keep their owner: a status, not an absence
        "Mozambique signed a partnership on lithium with Spain in 2022, the minister said. "
        "Officials later abandoned negotiations with Italy on a lithium framework.",
        {(("ESP", "MOZ"), "existing"), (("ITA", "MOZ"), "lapsed")},
    ),
    (  # no story state before: nobody's talks
        "Ministry officials are in discussions with counterparts in Peru on a lithium framework.",
        set(),
    ),
    (  # a state the story has not paired with anyone is no owner by being a subject
        "Chile wants more lithium buyers. Officials began negotiations with Peru on an instrument for "
        "cooperation in lithium processing.",
        set(),
    ),
    (  # talks about a state are no talks with it
        "Zimbabwe signed a partnership on rare earths with Chile in 2018. Analysts are holding discussions "
        "about Bolivia and its niobium reserves.",
        {(("CHL", "ZWE"), "existing")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_news_page_talks_take_the_story_state(text: str, expected: set) -> None:
    assert _agreements(NEWS, text) == expected


def test_government_page_keeps_its_publisher() -> None:
    text = (
        "Chile signed a partnership on copper with Peru in 2021. Officials are in discussions with counterparts "
        "in Ghana on a cobalt framework."
    )
    assert (("GHA", "ZMB"), "negotiating") in _agreements(GOV, text)
