"""Instruments under discussion or only proposed, the partner in a 'with' phrase (round 12, talks21).

The partner is often a capital standing for its government, in two words or a local spelling ('Ha Noi',
'Nay Pyi Taw', 'Bandar Seri Begawan'); the instrument is often a generic head ('dialogue', 'platform', 'fund')
that a state weighs, proposes or holds talks about, which makes it an instrument still to be set up,
not a meeting.  A venue ('in Ha Noi'), a meeting, one state's own programme and a refused or denied
proposal stay no agreement.  Names are invented sentences over real states of many regions (news9 10,
11, 12 gave the constructions, not the wordings).
"""

from __future__ import annotations

import pytest

from cmkg.nlp.extract import extract_many
from cmkg.nlp.ingest import read_text_as_article
from tests.nlp.agreement_sets import agreements


@pytest.mark.parametrize(
    "capital,code",
    [
        ("Ha Noi", "VNM"),
        ("Hà Nội", "VNM"),
        ("Nay Pyi Taw", "MMR"),
        ("Ulan Bator", "MNG"),
        ("Bandar Seri Begawan", "BRN"),
        ("Yamoussoukro", "CIV"),
        ("Bujumbura", "BDI"),
        ("Nur-Sultan", "KAZ"),
    ],
)
def test_capital_forms_stand_for_their_state(capital, code):
    text = f"Peru, for its part, is discussing a tin processing arrangement with {capital}, though no date is fixed."
    assert agreements(text) == {("+".join(sorted(("PER", code))), "negotiating")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a capital as the venue is no party
        ("Kenya and Chile signed a lithium memorandum at a meeting in Ulan Bator.", {("CHL+KEN", "signed")}),
        ("Oman and Peru signed a copper framework in Ha Noi on Tuesday.", {("OMN+PER", "signed")}),
    ],
)
def test_capital_as_venue(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # weighed or proposed: planned
        (
            "Ghana said last year that it was considering a bilateral cobalt dialogue with Seoul, a proposal that "
            "has not been taken up.",
            {("GHA+KOR", "planned")},
        ),
        ("Uruguay is weighing a joint lithium platform with Norway, people familiar said.", {("NOR+URY", "planned")}),
        ("Kenyan officials have proposed a graphite investment fund with Poland.", {("KEN+POL", "planned")}),
        ("Nepal is mulling a copper agreement with Chile, two officials said.", {("CHL+NPL", "planned")}),
        ("Jordan floated a joint manganese mechanism with Peru at a forum on Monday.", {("JOR+PER", "planned")}),
        # talks about a new dialogue: under negotiation
        (
            "Senegal held talks with Canada on a bilateral economic security dialogue on Friday.",
            {("CAN+SEN", "negotiating")},
        ),
        (
            "Tunisia has been in discussions with Ha Noi about a nickel dialogue, officials said.",
            {("TUN+VNM", "negotiating")},
        ),
        # not an instrument between states
        ("Ghana and Peru held a cobalt dialogue in Lima on Monday.", set()),
        ("Chile rejected a proposed lithium dialogue with Canada on Monday.", set()),
        ("Chile is not considering a lithium dialogue with Canada, the minister said.", set()),
        ("Chile is considering a lithium fund to support small miners.", set()),
        ("Japan is seeking a dialogue with mining investors on lithium, officials said.", set()),
    ],
)
def test_proposed_and_talked_about_instruments(text, expected):
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Chile and Kenya agreed to deepen ties. A memorandum on cobalt, signed on Monday by the two governments' "
            "mines ministries, sets up a working group.",
            {("CHL+KEN", "signed")},
        ),
        (
            "Peru and Ghana agreed to deepen ties. Both countries' trade ministries signed a lithium memorandum.",
            {("GHA+PER", "signed")},
        ),
        # a collective's companies are no government
        ("Peru and Ghana agreed to deepen ties. The two countries' companies signed a lithium memorandum.", set()),
    ],
)
def test_bodies_of_the_two_governments(text, expected):
    """'the two governments' ministries': a body owned by the pair acts for the pair (news9 06)."""
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Ghana was negotiating a trade agreement with Chile that would include a chapter on lithium, and a "
            "similar chapter was being discussed with Peru, the minister said.",
            {("CHL+GHA", "negotiating"), ("GHA+PER", "negotiating")},
        ),
        ("Kenya is negotiating a critical minerals chapter with Norway.", {("KEN+NOR", "negotiating")}),
        ("A chapter on cobalt is being negotiated with Canada, Kenya said.", {("CAN+KEN", "negotiating")}),
        ("Oman held talks with Peru on a minerals chapter on Monday.", {("OMN+PER", "negotiating")}),
        # a relationship metaphor, a part of a text, a denial: none
        ("Ghana and Peru launched a new chapter in their relations on Monday.", set()),
        ("Ghana and Peru opened a new chapter in bilateral ties on Monday.", set()),
        ("The second chapter of the report discusses lithium supply from Chile and Peru.", set()),
        ("Ghana is not negotiating a minerals chapter with Peru.", set()),
    ],
)
def test_negotiated_chapters(text, expected):
    """A chapter of a larger agreement negotiated with a partner is the deal with it (news9 13)."""
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Peru, which signed a cobalt framework with Oman in 2019, held talks with Canada on a bilateral economic "
            "security dialogue that officials said could be launched before the end of the year.",
            {("OMN+PER", "existing"), ("CAN+PER", "planned")},
        ),
        (
            "Kenya held talks with Norway on a lithium agreement that could be signed next year.",
            {("KEN+NOR", "planned")},
        ),
        ("Chile is in talks with Ghana on a copper platform expected to be launched in May.", {("CHL+GHA", "planned")}),
        # the making not put ahead: still under negotiation
        (
            "Kenya held talks with Norway on a lithium agreement that could not be signed soon.",
            {("KEN+NOR", "negotiating")},
        ),
        (
            "Kenya held talks with Norway on a lithium agreement that would cover refining.",
            {("KEN+NOR", "negotiating")},
        ),
        ("Kenya held talks with Norway on a lithium agreement.", {("KEN+NOR", "negotiating")}),
    ],
)
def test_talks_on_an_instrument_still_to_be_made(text, expected):
    """Talks on an instrument whose own clause puts its making ahead: planned (news9 12)."""
    assert agreements(text) == expected


ZMB_PAGE = "Release\nSource: https://www.mines.gov.zm/news/x\nPublished: 2025-03-02\n\n"


def _page_agreements(text: str) -> set[tuple[str, str]]:
    sheet = next(extract_many([read_text_as_article(ZMB_PAGE + text, "page")]))
    return {("+".join(sorted(a["parties"])), a["status"]) for a in sheet["agreements"]}


@pytest.mark.parametrize(
    "text,expected",
    [
        # made by a participle or relative clause naming no maker, reported in the page's voice: the page's own
        (
            "The Minister noted that the trade agreement with Canada, announced in July, provides for cooperation.",
            {("CAN+ZMB", "existing")},
        ),
        ("The memorandum with Peru, which was signed last year, covers copper exploration.", {("PER+ZMB", "existing")}),
        (
            "Officials said the framework with Norway, which was concluded in 2023, covers cobalt.",
            {("NOR+ZMB", "existing")},
        ),
        # another state's, a maker named, a side named, nothing made: not the page's
        ("Ghana's agreement with Peru, signed in July, covers copper exploration.", {("GHA+PER", "existing")}),
        # the speaker's office names its state, as 'The Chilean President' and 'Chile's President' always did
        (
            "The President of Chile said the memorandum with Peru, signed last year, covers copper.",
            {("CHL+PER", "existing")},
        ),
        (
            "The memorandum with Peru, which Chile signed last year, covers copper exploration.",
            {("CHL+PER", "existing")},
        ),
        ("The agreement with Peru, which was rejected last year, covered copper exploration.", set()),
    ],
)
def test_instrument_made_in_the_pages_voice(text, expected):
    """'the Agreement on Reciprocal Trade with the United States, announced in July, provides ...' on a
    government's page: the page's government and the partner (official9 13)."""
    assert _page_agreements(text) == expected
