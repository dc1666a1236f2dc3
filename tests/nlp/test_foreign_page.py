"""A sentence that names its own sides states them on any page (round 17, frames31): on a third state's ministry
page, a news site's page or as bare text.  Talks 'between A and B' on an instrument are A's and B's (the mutual
preposition on the talks noun above the instrument, nlp/components/host_voice.py); an unowned instrument 'with C'
in a sentence whose clause makes a state its subject is that state's before it is the publisher's, which the
sentence does not name (counterpart.py, story_owner.acting_states).  The page's own voice ('we', 'the Ministry',
'Officials are negotiating ...' with no state acting) still gives the publisher.  Names of sites are invented."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import page_sheet

FRAMES = {
    "foreign": "Ministry of Mining and Heavy Industry of Mongolia: news\nSource: https://www.mnr.gov.mn/en/news/77\n"
    "Published: 2025-11-10\n\n",
    "news": "Resources desk\nSource: https://www.gulfeconomicreview.ae/resources/12\nPublished: 2025-11-10\n\n",
    "wire": "Note\nSource: notes:1\nPublished: 2025-11-10\n\nACCRA, Nov 10 (Meridian Wire) - ",
    "bare": "Note\nSource: notes:1\nPublished: 2025-11-10\n\n",  # no site: no publisher (as the suite runs)
}


def _agreements(text: str) -> set[tuple[str, ...]]:
    sheet = page_sheet(text)
    return {tuple(sorted(a["parties"])) for a in sheet["agreements"]}


# talks between two named states on an instrument: the pair, whoever publishes
MUTUAL = [
    ("Talks between Finland and Peru on a memorandum of understanding on vanadium are under way.", {("FIN", "PER")}),
    (
        "Exploratory discussions between Ghana and Vietnam on a framework on graphite began in October 2021.",
        {("GHA", "VNM")},
    ),
    ("The negotiations between Chile and Kenya on an agreement on lithium collapsed in 2019.", {("CHL", "KEN")}),
    (
        "Consultations between Senegal and Japan on a partnership on cobalt are continuing, officials said.",
        {("JPN", "SEN")},
    ),
    ("Talks among Canada, Peru and Zambia on an accord on copper stalled last year.", {("CAN", "PER", "ZMB")}),
    (
        "The talks between Estonia and Morocco on a declaration of intent on rare earths were called off in 2020.",
        {("EST", "MAR")},
    ),
]

# an instrument with one named partner in a sentence whose own clause names the acting state
ACTING = [
    (
        "Kazakhstan signed a deal on gallium with Bolivia on Friday, and officials said negotiations with Namibia"
        " were at an advanced stage.",
        ("KAZ", "NAM"),
    ),
    (
        "Uruguay concluded an MOU on lithium with Chile in May, and negotiators said talks with Ghana on a similar"
        " memorandum were progressing.",
        ("GHA", "URY"),
    ),
    (
        "Indonesia and Egypt signed a memorandum on nickel on Tuesday, while Indonesia is also closer to sealing a"
        " similar deal with Peru.",
        ("IDN", "PER"),
    ),
]


@pytest.mark.parametrize("frame", sorted(FRAMES))
@pytest.mark.parametrize(("sentence", "pairs"), MUTUAL)
def test_talks_between_named_states_are_theirs_on_any_page(frame, sentence, pairs):
    assert _agreements(FRAMES[frame] + sentence) == pairs


@pytest.mark.parametrize("frame", ["foreign", "wire", "bare"])
@pytest.mark.parametrize(("sentence", "pair"), ACTING)
def test_the_sentence_acting_state_owns_its_unowned_instrument(frame, sentence, pair):
    got = _agreements(FRAMES[frame] + sentence)
    assert pair in got and not any("MNG" in p for p in got)


# the page's own voice: still the publisher's (Mongolia's) side
VOICE = [
    (
        "We signed a memorandum on copper with Peru on Friday, and officials said talks with Ghana were continuing.",
        ("GHA", "MNG"),
    ),
    ("Officials are negotiating a lithium agreement with Chile.", ("CHL", "MNG")),
    ("The Ministry is in talks with Kenya on a framework on graphite.", ("KEN", "MNG")),
]


@pytest.mark.parametrize(("sentence", "pair"), VOICE)
def test_the_publisher_voice_keeps_its_side(sentence, pair):
    assert pair in _agreements(FRAMES["foreign"] + sentence)


# signatories placed by the behalf phrase right before their 'by': the publisher is not their state, nor a party
BEHALF = [
    (
        "An MOU on tungsten was signed on behalf of South Africa by Deputy Prime Minister Amina Odhiambo and on behalf"
        " of Türkiye by Trade Minister Layla Abdel-Rahman on Friday.",
        ("TUR", "ZAF"),
    ),
    (
        "A memorandum of understanding on manganese was signed on Wednesday on behalf of Australia by Minister for"
        " Foreign Affairs and Trade Nurul Huda binti Ismail and on behalf of Kenya by Minister of Economy, Trade and"
        " Industry Konstantin von Ahlen.",
        ("AUS", "KEN"),
    ),
    (
        "The framework on cobalt was initialled on behalf of the Government of Chile by Undersecretary Rosa Quispe"
        " and on behalf of the Republic of Zambia by Permanent Secretary Mwansa Chanda.",
        ("CHL", "ZMB"),
    ),
]


@pytest.mark.parametrize("frame", ["foreign", "wire", "bare"])
@pytest.mark.parametrize(("sentence", "pair"), BEHALF)
def test_signatories_act_for_the_state_named_before_their_by(frame, sentence, pair):
    assert _agreements(FRAMES[frame] + sentence) == {pair}
