"""Second and third agreements in a trailing or subordinate clause (round 11, talks19).

Talks, negotiations or discussions 'with X' that a progress phrase describes are a deal under
negotiation of the sentence's earlier state, the speaker's state or the publishing government;
a similar instrument 'in force' with a partner is the earlier agreement owner's; 'the two
Governments' after a sentence on another state are that state and the page's government; a year
in a coordinated clause dates that clause, not the signing before it.  Names are invented
(states of many regions); the government page is Zambia's (.gov.zm), the news page a made-up site.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_sets import GOV, NEWS, page_agreements

_agreements = page_agreements


# (page, text, an agreement that must be found)
FOUND = [
    # talks with a state that a progress phrase describes: the earlier subject's (news) or the page's
    (
        NEWS,
        "Ghana signed an MOU on cobalt with Peru on Monday, and officials said negotiations with Nepal were "
        "at an advanced stage.",
        (("GHA", "NPL"), "negotiating"),
    ),
    (
        NEWS,
        "Uruguay, keen to attract investment, has had a framework with Kenya since 2019, and the government "
        "said discussions with Jordan had begun but were at an early stage.",
        (("JOR", "URY"), "negotiating"),
    ),
    (
        NEWS,
        "Tunisia has concluded a deal on lithium with Chile, and Tunisia's trade ministry said on Friday "
        "that discussions with Albania, a long-standing partner, were continuing.",
        (("ALB", "TUN"), "negotiating"),
    ),
    (
        NEWS,
        "The minister of Senegal said on Monday that talks with Latvia and with Panama on a regional "
        "battery corridor were under way.",
        (("LVA", "PAN", "SEN"), "negotiating"),
    ),
    (
        GOV,
        "The Minister stated that the Government was pursuing similar arrangements with several partners, "
        "while negotiations with Bhutan were at an advanced stage.",
        (("BTN", "ZMB"), "negotiating"),
    ),
    (
        GOV,
        "Negotiations with Honduras on a copper refining arrangement are ongoing, the Ministry said.",
        (("HND", "ZMB"), "negotiating"),
    ),
    (
        GOV,
        "He also indicated that the Government was holding talks with the Government of Mauritius on an "
        "arrangement of a similar nature.",
        (("MUS", "ZMB"), "negotiating"),
    ),
    (
        GOV,
        "Officials from the Ministry of Mines and Minerals Development are also in discussions with their "
        "counterparts in the Republic of Slovakia on a possible memorandum of cooperation.",
        (("SVK", "ZMB"), "negotiating"),
    ),
    (
        NEWS,
        "Cameroon has been in talks with Montenegro about a joint cobalt processing venture that would "
        "not be affected by the US agreement, the trade minister said.",
        (("CMR", "MNE"), "negotiating"),
    ),
    # a similar instrument with another partner 'in force': the earlier agreement's owner
    (
        NEWS,
        "Paraguay recalled that it has maintained a trade agreement with Kenya since 2011, and that a "
        "similar instrument with Lebanon has been in force since 2009.",
        (("LBN", "PRY"), "existing"),
    ),
    # the two Governments after a sentence on another state, on the page of the one that publishes
    (
        GOV,
        "Croatia is not a party to the memorandum, but Croatian firms, the Prime Minister said, are "
        "interested in investing, and the two Governments intend to sign a declaration of intent on "
        "raw materials in the autumn.",
        (("HRV", "ZMB"), "planned"),
    ),
    # an elided second instrument: 'and another with B' is its own agreement, with its own partner
    (
        NEWS,
        "The Commission signed a memorandum on raw materials with Liberia in 2022 and another with Nepal last year.",
        (("EU", "NPL"), "existing"),
    ),
    (
        NEWS,
        "On Monday, Namibia signed a joint action plan on tantalum with Eritrea and another with Bhutan, "
        "the ministry said.",
        (("BTN", "NAM"), "signed"),
    ),
    (
        NEWS,
        "On Monday, Namibia signed a joint action plan on tantalum with Eritrea and another with Bhutan, "
        "the ministry said.",
        (("ERI", "NAM"), "signed"),
    ),
    # the partner an earlier clause names: one each for a coordinated subject of a plural noun, and the lone one
    (
        NEWS,
        "Benin concluded a trade agreement with Japan on Monday, while Chile and Peru agreed frameworks for "
        "future agreements.",
        (("JPN", "PER"), "announced"),
    ),
    (
        NEWS,
        "Benin signed a trade agreement with Japan on Monday; Chile, in addition, signed a memorandum on cobalt.",
        (("CHL", "JPN"), "signed"),
    ),
    # a year or a plan in the next clause does not date or defer the signing before it
    (
        NEWS,
        "Eritrea signed an MOU on graphite with Nepal on Thursday, and officials said negotiations with "
        "Malta had collapsed in 2019.",
        (("ERI", "NPL"), "signed"),
    ),
    (
        NEWS,
        "Sudan and Cyprus signed a deal on manganese on Tuesday; Sudan and Malta intend to sign a "
        "separate declaration of intent on manganese cooperation in the autumn.",
        (("CYP", "SDN"), "signed"),
    ),
]


@pytest.mark.parametrize(("url", "text", "expected"), FOUND)
def test_second_agreement_in_a_trailing_clause(url, text, expected):
    assert expected in _agreements(url, text)


# talks on another matter, stalled talks, and talks a page's speaker only watches: no agreement with that state
NOT_FOUND = [
    (NEWS, "Talks between Ghana and Nepal on a visa waiver were under way, officials said on Monday.", "NPL"),
    (
        NEWS,
        "Eritrea signed an MOU on graphite with Nepal on Thursday, and officials said negotiations with "
        "Malta had collapsed in 2019.",
        "MLT",
    ),
    (GOV, "We are following the negotiations on a lithium agreement with Chile closely.", "ZMB"),
    (
        NEWS,
        "The Commission signed a memorandum on raw materials with Liberia in 2022 and another with Nepal last year.",
        "LBR+NPL",
    ),
    (NEWS, "Negotiations with Bhutan were at an advanced stage, the minister said.", "ZMB"),
    # the earlier clause's partner is not taken by a singular noun or across a sentence
    (
        NEWS,
        "Benin signed a trade agreement with Japan on Monday, while Chile and Peru signed an agreement on cobalt.",
        "JPN+PER",
    ),
    (
        NEWS,
        "Benin signed a trade agreement with Japan on Monday. Chile and Peru agreed frameworks on cobalt.",
        "CHL+JPN",
    ),
]


@pytest.mark.parametrize(("url", "text", "absent"), NOT_FOUND)
def test_no_agreement_from_unrelated_or_watched_talks(url, text, absent):
    found = _agreements(url, text)
    assert not any(set(absent.split("+")) <= set(parties) for parties, _ in found)


# review20 S5: talks reported on a government page belong to the page only when nobody else owns them: a speaker's
# title the text already gave another state, or a request or proposal 'of' a state above the talks
JPN_GOV = "https://www.mofa.go.jp/press/release1.html"
MWI_GOV = "https://www.mining.gov.mw/news/release"
OWNED_TALKS = [
    (
        JPN_GOV,
        "Minister Tanaka met the Chilean ambassador. The ambassador said negotiations with Peru on lithium were at "
        "an advanced stage.",
        set(),
        "JPN+PER",
    ),
    (
        GOV,
        "The Minister received the ambassador of Kenya. The ambassador said talks with Uganda on a cobalt framework "
        "were at an advanced stage.",
        set(),
        "UGA+ZMB",
    ),
    (
        GOV,
        "Minister Banda received the Bhutanese envoy. The envoy said talks with Nepal on a graphite framework were "
        "at an advanced stage.",
        set(),
        "NPL+ZMB",
    ),
    (
        MWI_GOV,
        "The Council took note of the request of Ghana to open consultations with Togo on a cobalt cooperation "
        "instrument.",
        {("GHA", "TGO")},
        "MWI+TGO",
    ),
    (
        GOV,
        "The Cabinet took note of the request of Namibia to open consultations with Angola on a copper cooperation "
        "instrument.",
        {("AGO", "NAM")},
        "AGO+ZMB",
    ),
    (
        MWI_GOV,
        "The Cabinet took note of the proposal of Benin to open negotiations with Niger on a lithium agreement.",
        {("BEN", "NER")},
        "MWI+NER",
    ),
]


@pytest.mark.parametrize(("url", "text", "pairs", "absent"), OWNED_TALKS)
def test_reported_talks_owned_by_another_state(url, text, pairs, absent):
    found = _agreements(url, text)
    assert {parties for parties, _ in found} == pairs
    assert not any(set(absent.split("+")) <= set(parties) for parties, _ in found)


# the page's own speaker keeps the page's talks
@pytest.mark.parametrize(
    ("url", "text", "expected"),
    [
        (
            JPN_GOV,
            "The Minister said negotiations with Peru on a lithium agreement were at an advanced stage.",
            ("JPN", "PER"),
        ),
        (
            GOV,
            "The Minister met the Chilean ambassador. The Minister said negotiations with Peru on a copper agreement "
            "were at an advanced stage.",
            ("PER", "ZMB"),
        ),
        (
            MWI_GOV,
            "The Council agreed to open consultations with Togo on a cobalt cooperation instrument.",
            ("MWI", "TGO"),
        ),
    ],
)
def test_reported_talks_of_the_page(url, text, expected):
    assert expected in {parties for parties, _ in _agreements(url, text)}
