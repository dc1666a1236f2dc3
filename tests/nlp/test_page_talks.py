"""Talks, interest and proposals in official prose, and witnesses of a signing (round 19, talks19).

On a government's page, talks the page's own voice reports with one state ('talks are under way with B'), a
state's interest in a partnerless instrument and a proposal 'from' a state that the page's government studies pair
the publisher with that state (nlp/components/page_talks.py); a bare 'Government' subject on such a page is the
publisher.  On a wire page or in bare text nobody speaks for a government, so the same sentences give no pair.
A witness of a signing ('with the President of C as witness', 'in the presence of ...') is no party in any frame.
Names are invented; the pages are of several governments (the site decides whose page it is)."""

from __future__ import annotations

from functools import cache

import pytest

from cmkg.nlp.extract import extract_many
from cmkg.nlp.ingest import read_text_as_article

_PAGE = "Release\nSource: {url}\nPublished: 2025-11-03\n\n"
FRAMES = {
    "ZMB": _PAGE.format(url="https://www.mines.gov.zm/news/release"),
    "MNG": _PAGE.format(url="https://mfa.gov.mn/en/news/release"),
    "GAB": _PAGE.format(url="https://www.presidence.ga/communique"),
    "GHA": _PAGE.format(url="https://www.mines.gov.gh/news/release"),
    "wire": "Metals desk\nSource: https://www.metalswire.example.com/story\nPublished: 2025-11-03\n\n"
    "GENEVA, Nov 3 (AFP) - ",
    "bare": "Case\nSource: case\nPublished: 2025-11-03\n\n",
}
GOVERNMENTS = ("ZMB", "MNG", "GAB", "GHA")

# (sentence, partner code, status): on a government's page the pair is the publisher and the partner
PAGE_PAIRS = [
    (
        "The Council noted that exploratory talks are under way with the Kingdom of Morocco on cooperation in "
        "industrial processing, and that a memorandum of understanding could be signed before the end of the year.",
        "MAR",
        "negotiating",
    ),
    (
        "Exploratory discussions are under way with Peru on a framework on lithium, the Ministry said.",
        "PER",
        "negotiating",
    ),
    ("Talks with the Republic of Korea on a similar instrument continue.", "KOR", "negotiating"),
    ("Talks with Chile on a memorandum on copper processing continue.", "CHL", "negotiating"),
    (
        "The Council was also informed that the Republic of India has expressed interest in an agreement on the "
        "supply of processed manganese.",
        "IND",
        "planned",
    ),
    (
        "Vietnam has expressed its interest in a partnership on graphite exploration, the Minister said.",
        "VNM",
        "planned",
    ),
    (
        "Minister Oyunaa Batbold informed the Council that the Government is studying proposals from the Republic of "
        "Korea on a joint rare earth processing centre.",
        "KOR",
        "planned",
    ),
    ("The Ministry is considering a proposal from Kazakhstan for a memorandum on tungsten.", "KAZ", "planned"),
    (
        "Government has also held discussions with the Kingdom of Saudi Arabia on the financing of the exploration "
        "programme.",
        "SAU",
        "negotiating",
    ),
]

# sentences that give the page no pair in any frame: no state partner, another matter, negated, someone else's
NO_PAGE_PAIR = [
    "The Council was also informed that Tamarind Steel has expressed interest in an agreement on the supply of "
    "processed manganese.",
    "The Council noted that talks with Peru on the renewal of visas are under way.",
    "The Council noted that talks with Peru on a memorandum on copper have not begun.",
    "The Government is studying proposals from Sahel Cobalt Ltd on a joint cobalt processing centre.",
    "The Ministry has rejected a proposal from Kazakhstan for a memorandum on tungsten.",
    "The Government has dismissed proposals from Kazakhstan on a joint tungsten processing centre.",
    "In addition, Kestrel Minerals, a company backed by a fund of Qatar, is in discussions with a mine owner on "
    "the acquisition of a 20% stake.",
]

# (sentence, the sets it gives in every frame): named sides stay theirs; witnesses are no party
NAMED_SETS = [
    ("Talks between Chile and Peru on a lithium memorandum are under way.", {(("CHL", "PER"), "negotiating")}),
    (
        "The Ministry is following the talks between Chile and Peru on a lithium memorandum.",
        {(("CHL", "PER"), "negotiating")},
    ),
    (
        "Officials are closely monitoring the negotiations between the European Union and Chile on a raw materials "
        "partnership.",
        {(("CHL", "EU"), "negotiating")},
    ),
    (
        "Kenya and Tanzania signed a memorandum of understanding on graphite, with Prime Minister Ravi Menon of "
        "India as witness.",
        {(("KEN", "TZA"), "signed")},
    ),
    (
        "Ghana and Togo signed a lithium agreement in the presence of the President of Brazil.",
        {(("GHA", "TGO"), "signed")},
    ),
    (
        "The leaders of Armenia and Azerbaijan signed a peace declaration at the presidential palace on Tuesday in "
        "the presence of the President of France.",
        {(("ARM", "AZE"), "signed")},
    ),
    (
        "The President of Egypt witnessed the signing of a memorandum on phosphate between Morocco and Senegal.",
        {(("MAR", "SEN"), "signed")},
    ),
    (
        "Thailand and Cambodia are bound by the peace accord signed in Kuala Lumpur in October, which the President "
        "of Indonesia witnessed.",
        {(("KHM", "THA"), "existing")},
    ),
]


def _rows() -> list[tuple[str, str]]:
    rows = [(f, s) for s, _, _ in PAGE_PAIRS for f in FRAMES]
    rows += [(f, s) for s in NO_PAGE_PAIR for f in FRAMES]
    rows += [(f, s) for s, _ in NAMED_SETS for f in ("ZMB", "wire", "bare")]
    return rows


@cache
def _sets() -> dict[tuple[str, str], set[tuple[tuple[str, ...], str]]]:
    """Every (frame, sentence) extracted once, in one batch."""
    rows = _rows()
    arts = [read_text_as_article(FRAMES[f] + s, f"page_talks/{i}.txt") for i, (f, s) in enumerate(rows)]
    return {
        row: {(tuple(sorted(a["parties"])), a["status"]) for a in sheet["agreements"]}
        for row, sheet in zip(rows, extract_many(arts), strict=True)
    }


@pytest.mark.parametrize("frame", GOVERNMENTS)
@pytest.mark.parametrize(("sentence", "partner", "status"), PAGE_PAIRS)
def test_government_page_pairs_the_publisher(frame, sentence, partner, status):
    assert _sets()[(frame, sentence)] == {(tuple(sorted((frame, partner))), status)}


@pytest.mark.parametrize("frame", ("wire", "bare"))
@pytest.mark.parametrize(("sentence", "partner", "status"), PAGE_PAIRS)
def test_no_government_no_pair(frame, sentence, partner, status):
    """Nobody speaks for a government: the partner has no other side."""
    assert not [p for p, _ in _sets()[(frame, sentence)] if partner in p and len(p) > 1]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("sentence", NO_PAGE_PAIR)
def test_near_misses_give_no_pair(frame, sentence):
    assert not [p for p, _ in _sets()[(frame, sentence)] if len(p) > 1]


@pytest.mark.parametrize("frame", ("ZMB", "wire", "bare"))
@pytest.mark.parametrize(("sentence", "expected"), NAMED_SETS)
def test_named_sides_and_witnesses(frame, sentence, expected):
    got = {(p, s) for p, s in _sets()[(frame, sentence)] if len(p) > 1}
    assert got == expected
