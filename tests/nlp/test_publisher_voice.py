"""Whose side an agreement is on when the page does not name it: the publisher's own voice.

Names of ministries, sites and people are invented.  Three mechanisms, one table each:
the government a page with no URL belongs to (masthead and footer), a subjectless series
of partners on that page, and host-voice subjects ('Officials', 'we', 'the Cabinet') on
a government's page.  Directional rows keep the publisher out where it is no party: a
news site, a ministry reporting two other states' deal, an owned subject.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.extract import extract_many
from cmkg.nlp.ingest import read_text_as_article
from cmkg.nlp.publisher import page_government, publisher_country

# (masthead and footer lines, government)
FURNITURE = [
    (["Ministry of Water and Mines Republic of Tavolia", "Home", "(c) 2025 Ministry of Water and Mines"], None),
    (["Ministry of Energy and Mineral Resources Republic of Indonesia", "Home | About"], "IDN"),
    (["Ministry of Mines and Mining Development", "Republic of Zimbabwe", "Home"], "ZWE"),
    (["Ministry of Trade and Industry", "Menu", "Address: 12 Harbour Road, Port Louis, Mauritius"], "MUS"),
    (["European Commission | Press corner", "Home > Press releases"], "EU"),
    (["Ministers for the Department of Industry", "\u00a9 Commonwealth of Australia"], "AUS"),
    (["news.gv | The Official Government News Portal of Ghana"], "GHA"),
    # a news masthead names no government; a menu of sections is no owner
    (["South China Herald", "Sign in", "Copyright (c) 2025 South China Herald Publishers Ltd."], None),
    (["The Andes Ledger", "Home | Peru | Chile | Government | Markets"], None),
    (["Ministry of Foreign Affairs", "Home | Peru | Chile"], None),
    # two states in government segments: no single owner
    (["Embassy of Peru in Chile", "Ministry of Foreign Affairs of Peru and of Chile"], None),
    # owned body phrases: 'of <state>', '<state> Government', a formal style on the same line
    (["Ministry of Foreign Affairs of the Republic of Tavolia", "Ministry of Foreign Affairs of Chile"], "CHL"),
    (["Namibia Government | Media releases"], "NAM"),
    # menu items, sections and news or industry mastheads: no publisher (review18 M3)
    (["Kenya Times", "Home | News | Business | Government | Sport", "\u00a9 2025 Kenya Times | Privacy"], None),
    (["Zimbabwe Independent | Politics | Cabinet watch"], None),
    (["Ghana Chamber of Mines | Home | Policy | Ministry relations"], None),
    (["South Africa Mining Weekly | Department news | Markets"], None),
    (["Mining Ministry Watch - independent news from Peru"], None),
    (["(c) 2025 Reuters. Ministry of Trade data used with permission. Published in Singapore"], None),
    (["Ministry of Foreign Affairs", "Home | Peru"], None),
    (["Ministry of Mines", "Republic of Zimbabwe Times"], None),
    (["Namibia News Agency \u00a9 2025 | About | Contact"], None),
    # still a government's: a banner, a demonym's government, an unlabelled address, a separated title line
    (["An official website of the United States government", "Home | News"], "USA"),
    (["Australian Government", "Media releases", "Privacy | Copyright"], "AUS"),
    (["Ministry of Trade and Industry | 18, Harbour-ro, Sejong-si, Republic of Korea"], "KOR"),
]

_NEWS_PAGES = [
    # review18 M3: a news site's menu item 'Government'; a headline on line 0 naming a ministry
    "Kenya Times\nHome | News | Business | Government | Sport\n\n"
    "Lithium talks move ahead as ministers meet in Santiago\n\nNovember 20, 2025\n\n"
    "Officials are negotiating a lithium agreement with Chile, a spokesman said on Tuesday.\n\n"
    "\u00a9 2025 Kenya Times | Privacy | Contact\n",
    "Peru's mines ministry watches lithium talks in Santiago\n\nNovember 20, 2025\n\n"
    "Negotiators from Chile and Argentina met in Santiago on Tuesday.\n\n"
    "Officials are negotiating a lithium agreement with Bolivia, a spokesman said.\n",
    '<html><head><title>Lithium talks</title><meta property="og:site_name" content="Kenya Times"></head><body>'
    "<header><nav><a>Home</a><a>Business</a><a>Government</a><a>Sport</a></nav></header><article>"
    "<h1>Lithium talks move ahead</h1><p>Officials are negotiating a lithium agreement with Chile, a spokesman "
    "said on Tuesday.</p></article><footer><p>\u00a9 2025 Kenya Times</p></footer></body></html>",
]


@pytest.mark.parametrize("page", _NEWS_PAGES)
def test_news_page_has_no_government(page):
    suffix = ".html" if page.startswith("<html") else ".txt"
    assert read_text_as_article(page, "page", suffix).government is None
    assert _agreements_of(page, suffix) == set()


def _agreements_of(text: str, suffix: str) -> set[tuple[str, ...]]:
    sheet = next(extract_many([read_text_as_article(text, "page", suffix)]))
    return {tuple(sorted(a["parties"])) for a in sheet["agreements"]}


@pytest.mark.parametrize(("lines", "code"), FURNITURE)
def test_page_government(lines, code):
    assert page_government(lines) == code


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("https://www.parliament.nz/en/pb/order-paper/x", "NZL"),
        ("https://www.presidence.ga/communiques/x", "GAB"),
        ("https://www.presidencia.gov.ar/x", "ARG"),
        ("https://www.parliamentnews.example.com/x", None),
    ],
)
def test_parliament_and_presidency_hosts(url, code):
    assert publisher_country(url) == code


_DUMP = """Skip to content
{masthead}
Home | News | Contact
Press release
{title}
12 March 2025
{body}
Related
Other news of the week
{footer}
"""

_SERIES = (
    "Lima, 12 March 2025 - Peru and the Union today signed a partnership on lithium and copper value chains. "
    "Peru is the fifth partner with which the Union has concluded an arrangement of this kind. Earlier "
    "partnerships were signed with Ghana and Mongolia in 2021, with Kenya in 2022, and with Chile and Norway "
    "earlier this year."
)


def _agreements(text: str) -> set[tuple[str, ...]]:
    sheet = next(extract_many([read_text_as_article(text, "page")]))
    return {tuple(sorted(a["parties"])) for a in sheet["agreements"]}


# (masthead, footer, sets that must be found, sets that must not)
PAGES = [
    (
        "European Commission | Press corner",
        "\u00a9 European Union, 2025",
        {("EU", "GHA"), ("EU", "MNG"), ("EU", "KEN"), ("CHL", "EU"), ("EU", "NOR")},
        {("GHA", "PER"), ("MNG", "PER")},
    ),
    # a news site's page: no government voice, the series is not given to the publisher
    (
        "The Lakeside Courier",
        "(c) 2025 The Lakeside Courier Ltd. All rights reserved.",
        set(),
        {("EU", "GHA")},
    ),
]


@pytest.mark.parametrize(("masthead", "footer", "found", "absent"), PAGES)
def test_series_on_a_page_without_url(masthead, footer, found, absent):
    title = "Union and Peru sign strategic partnership on raw materials"
    got = _agreements(_DUMP.format(masthead=masthead, title=title, body=_SERIES, footer=footer))
    assert found <= got
    assert not absent & got


_HEADER = "Release\nSource: {url}\nPublished: 2025-03-02\n\n"
GOV = "https://www.mines.gov.zm/news/x"
NEWS = "https://www.lakesidecourier.example.com/news/x"

# (url, sentence, set that must be found, set that must not)
VOICES = [
    (GOV, "Officials are negotiating a similar arrangement with the Republic of Korea.", ("KOR", "ZMB"), None),
    (
        GOV,
        "Officials are in discussions with their counterparts in Namibia and Botswana on a regional framework.",
        ("BWA", "NAM", "ZMB"),
        ("BWA", "NAM"),
    ),
    (GOV, "We are negotiating a critical minerals agreement with Peru.", ("PER", "ZMB"), None),
    (GOV, "The authorities are negotiating a lithium agreement with Peru.", ("PER", "ZMB"), None),
    (GOV, "The Cabinet approved a memorandum of understanding with Peru on critical minerals.", ("PER", "ZMB"), None),
    (
        GOV,
        "The Council heard a report on the negotiations under way with Peru on a framework agreement.",
        ("PER", "ZMB"),
        None,
    ),
    (GOV, "Cooperation with Australia continues under the critical minerals partnership.", ("AUS", "ZMB"), None),
    # owned subjects and reported deals are not the publisher's
    (GOV, "Chinese officials are negotiating a critical minerals agreement with Peru.", ("CHN", "PER"), None),
    (GOV, "Officials from Peru and Chile are negotiating a critical minerals agreement.", ("CHL", "PER"), None),
    (GOV, "Peru's officials are negotiating a lithium agreement with Chile.", ("CHL", "PER"), ("CHL", "ZMB")),
    (GOV, "The Government of Peru signed a lithium agreement with Chile.", ("CHL", "PER"), ("CHL", "ZMB")),
    (
        GOV,
        "The Ministry welcomed the agreement between Peru and Chile on lithium.",
        ("CHL", "PER"),
        ("CHL", "PER", "ZMB"),
    ),
    (GOV, "The Ministry welcomed the lithium agreement that Peru signed with Chile.", ("CHL", "PER"), ("CHL", "ZMB")),
    (GOV, "The Ministry welcomed the agreement that it signed with Chile on Monday.", ("CHL", "ZMB"), None),
    (NEWS, "Japan welcomed the lithium agreement that Peru signed with Chile.", ("CHL", "PER"), ("CHL", "JPN")),
    (NEWS, "Japan hailed the agreement which Peru and Chile signed on Monday.", ("CHL", "PER"), None),
    (GOV, "Cooperation between Peru and Chile continues under the lithium partnership.", None, ("CHL", "PER", "ZMB")),
    (GOV, "Peru's cooperation with Chile continues under the lithium partnership.", None, ("CHL", "ZMB")),
    # a news site: the same words have no publisher's side
    (NEWS, "Officials are negotiating a similar arrangement with the Republic of Korea.", None, ("KOR", "ZMB")),
    (NEWS, "Cooperation with Australia continues under the critical minerals partnership.", None, ("AUS", "ZMB")),
]


@pytest.mark.parametrize(("url", "sentence", "found", "absent"), VOICES)
def test_host_voice(url, sentence, found, absent):
    got = _agreements(_HEADER.format(url=url) + sentence)
    if found:
        assert found in got
    if absent:
        assert absent not in got


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # the last 'with' of a series parsed as a conjunct of the verb is still one of its partners
        (
            "Peru signed partnerships with Ghana in 2021, with Kenya in 2022, and with Chile and Norway earlier "
            "this year.",
            {("GHA", "PER"), ("KEN", "PER"), ("CHL", "PER"), ("NOR", "PER")},
        ),
    ],
)
def test_last_with_of_a_series(sentence, found):
    assert found <= _agreements(_HEADER.format(url=NEWS) + sentence)
