"""Host voice (nlp/components/host_voice.py): on a government's page a subject qualified by a common-noun
compound or preposition phrase belongs to someone else (a company, a union, a port, a region), and talks the
clause only refers to ('following the negotiations') are another's.  Review18 M1's cases must give no
publisher's agreement; the government's own bodies ('the Ministry of Mines', 'Ministry officials') still do.
Names of sites are invented; the page is Zambia's (.gov.zm)."""

from __future__ import annotations

import pytest

from cmkg.nlp.extract import extract_many
from cmkg.nlp.ingest import read_text_as_article

_HEADER = "Release\nSource: {url}\nPublished: 2025-03-02\n\n"
GOV = "https://www.mines.gov.zm/news/x"
NEWS = "https://www.lakesidecourier.example.com/news/x"
HOST = ("CHL", "ZMB")


def _agreements(url: str, sentence: str) -> set[tuple[str, ...]]:
    sheet = next(extract_many([read_text_as_article(_HEADER.format(url=url) + sentence, "page")]))
    return {tuple(sorted(a["parties"])) for a in sheet["agreements"]}


# a subject owned by a non-state, or talks the clause watches: not the publisher's agreement
NOT_HOST = [
    "Industry officials are negotiating a lithium supply agreement with Chile.",
    "Company officials are in talks with Chile on a lithium agreement.",
    "Officials in the region are negotiating an agreement with Chile on lithium.",
    "Officials of the mining company are negotiating an agreement with Chile on lithium.",
    "The port authority signed an agreement with Chile on lithium shipments.",
    "The council of the mining association signed an agreement with Chile on lithium.",
    "The council of mayors signed an agreement with Chile on lithium.",
    "The consumer council is negotiating a lithium agreement with Chile.",
    "Negotiators for the miners' union are in talks with Chile on a lithium agreement.",
    "We are following the negotiations on a lithium agreement with Chile closely.",
    "Officials welcomed the agreement with Chile on copper.",
]


@pytest.mark.parametrize("sentence", NOT_HOST)
def test_owned_or_watching_subject_is_not_the_host(sentence):
    assert HOST not in _agreements(GOV, sentence)


# the government's own voice and bodies: still the publisher's side
HOST_VOICE = [
    "Officials are negotiating a lithium agreement with Chile.",
    "The Ministry of Mines signed an agreement with Chile on lithium.",
    "Ministry officials are in talks with Chile on a lithium agreement.",
    "Officials of the Ministry are negotiating an agreement with Chile on lithium.",
    "The Council heard a report on the negotiations under way with Chile on a framework agreement.",
    "We are negotiating a critical minerals agreement with Chile.",
]


@pytest.mark.parametrize("sentence", HOST_VOICE)
def test_government_voice_is_the_host(sentence):
    assert HOST in _agreements(GOV, sentence)


@pytest.mark.parametrize("sentence", HOST_VOICE)
def test_news_site_has_no_host(sentence):
    assert HOST not in _agreements(NEWS, sentence)
