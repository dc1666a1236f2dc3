"""The state an official serves and the groupings a story names as actors, one row per mechanism.

Names are invented.  A row pins the country (and the role where the mechanism
touches it): an official found with the wrong state is no better than a miss.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract_many
from cmkg.nlp.publisher import publisher_country

# (paragraphs, url, name, role contained in the predicted role, country)
OFFICIALS = [
    # demonyms of states the tuning texts never name
    (["Burundian Minister of Mines Elise Ndikumana met Ugandan Minister of Energy Ruth Nakabiri in Kampala."],
     None, "Ruth Nakabiri", "Minister of Energy", "UGA"),
    (["Tunisian Deputy Minister of Industry Karim Ben Salah said phosphate exports would rise."],
     None, "Karim Ben Salah", "Deputy Minister of Industry", "TUN"),
    # the state one signs or speaks for, even when the parser hangs the name inside its title
    (["Kenya and Panama signed a memorandum on copper. Kenyan officials welcomed it. Minister of Mining and "
      "Metallurgy Pieter-Jan van Doorn signed on behalf of Panama, and Minister of Mines Grace Wanjiku signed for "
      "Kenya."], None, "Pieter-Jan van Doorn", "Minister of Mining and Metallurgy", "PAN"),
    (["The talks on graphite ended on Friday. Minister of Solid Minerals Development LIU Meiling, speaking for "
      "Jordan, said a deal was close. Serbia, Serbia and Serbia were not there."],
     None, "LIU Meiling", "Minister of Solid Minerals Development", "JOR"),
    # 'on cooperation ... with X's minister' is no behalf of X
    (["Korean officials said Minister Park Ji-ho signed a memorandum on cooperation in minerals with Tanzania's "
      "Minister of Minerals Juma Mrisho on Tuesday. Korea will invest in Korean-run projects."],
     None, "Park Ji-ho", "Minister", "KOR"),
    # a visitor describing the host speaks for no host; 'visited Windhoek' parsed as an adverb is still a visit
    (["Chile and Namibia agreed to cooperate. Minister of Geology Ana Beltrán visited Windhoek to sign the deal. "
      "Ana Beltrán noted that Namibia produces much of the world's uranium. Namibia and Namibia."],
     None, "Ana Beltrán", "Minister of Geology", "CHL"),
    # honorifics of many cultures and a post-nominal between commas
    (["Tan Sri Ahmad Zakaria, Malaysia's Minister of Investment, Trade and Industry, met Japanese officials."],
     None, "Ahmad Zakaria", "Minister of Investment, Trade and Industry", "MYS"),
    (["Hon. Mwansa Chileshe, MP, Minister of Mines and Minerals Development of Zambia, opened the conference."],
     None, "Mwansa Chileshe", "Minister of Mines and Minerals Development", "ZMB"),
    # a portfolio head after a portfolio word; a serial comma inside a portfolio
    (["Estonia's trade chief, Kadri Lepik, said the rules would change."], None, "Kadri Lepik", "Trade Chief", "EST"),
    (["Under Secretary of State for Economic Growth, Energy, and the Environment Joan R. Whitaker met Peruvian "
      "officials. Peru and Peru."], None, "Joan R. Whitaker", "Secretary of State for Economic Growth", None),
    # a deputy of a ministry whose minister the text names with a state; a later family-name-first surname
    (["On Monday, Minister SATO Kenji met H.E. Mr. Faisal bin Nasser Al-Harbi, Minister of Industry and Mineral "
      "Resources of the Kingdom of Saudi Arabia.",
      "Minister Sato also met H.E. Eng. Khalid bin Omar Al-Zahrani, Vice Minister for Mining Affairs of the "
      "Ministry of Industry and Mineral Resources. Japan and Japan welcomed this."],
     None, "Khalid bin Omar Al-Zahrani", "Vice Minister for Mining Affairs", "SAU"),
    # an office only one state has; a state or province after the name; 'Opposition Leader'
    (["China banned gallium exports on Tuesday. Chinese officials defended it. Commerce Secretary Dana Whitcombe "
      "said China was breaking its promises."], None, "Dana Whitcombe", "Commerce Secretary", "USA"),
    (["Japan won the contract. Japanese officials were pleased. Sen. Ana Beatriz da Costa of West Virginia said "
      "Japan must not control the supply."], None, "Ana Beatriz da Costa", "Senator", "USA"),
    (["Opposition Leader Peter Dunmore said the reserve was a waste of money. Australia will spend $1 billion."],
     None, "Peter Dunmore", "Opposition Leader", "AUS"),
    # a demonym of buyers and firms is no government: the story's state is the one that acts
    (["Chinese buyers poured into Zimbabwe. Chinese investors and Chinese firms bought mines. Zimbabwe banned ore "
      "exports. President Tendai Moyo welcomed the investment."], None, "Tendai Moyo", "President", "ZWE"),
    # the government that published the release, before the story's main country
    (["Mongolia and the United States held their dialogue. Under Secretary for Economic Growth Jose T. Ferrandiz "
      "co-chaired it. Mongolia, Mongolia and Mongolia welcomed the outcome."],
     "https://www.state.gov/joint-statement", "Jose T. Ferrandiz", "Secretary for Economic Growth", "USA"),
]  # fmt: skip

NOT_NAMES = [
    (["On Monday, Minister SATO Kenji met Saudi officials. Minister Sato said Japan would invest."], "Sato"),
    (["Industry leader John Forrester said the plan was good for Australia."], "John Forrester"),
    (["Rio Tinto chief Jakob Stenholm said the company would invest in Australia."], "Jakob Stenholm"),
    (["Minister Muto Hiro met H.E. Eng. Khalid Al-Zahrani, Vice Minister for Mining Affairs of Saudi Arabia."], "Eng"),
]  # fmt: skip

# (text, organizations the story names as actors)
ORGANIZATIONS = [
    ("ECOWAS leaders met on Monday. The bloc agreed to harmonise mining codes.", {"ECOWAS"}),
    ("The European Union said it would fund lithium projects. The bloc will also train engineers.", {"EU"}),
    ("China mines about 70% of the world's rare earths, according to the International Energy Agency.", set()),
    ("Japan said its export rules were consistent with WTO obligations.", set()),
    ("Ministers met in New York on the margins of the United Nations General Assembly.", set()),
    ("The African Union and SADC agreed to map cobalt deposits.", {"African Union", "SADC"}),
    (
        "Indonesia said its ore export ban was consistent with World Trade Organization rules. "
        "The World Trade Organization ruled against it.",
        {"WTO"},
    ),
]


def _article(paragraphs: list[str], url: str | None, i: int):
    return make_article(paragraphs, title="t", source=f"c{i}.txt", published="2025-06-01", url=url)


@pytest.fixture(scope="module")
def sheets():
    rows = (
        [(r[0], r[1]) for r in OFFICIALS] + [(r[0], None) for r in NOT_NAMES] + [([t], None) for t, _ in ORGANIZATIONS]
    )
    return list(extract_many(_article(p, u, i) for i, (p, u) in enumerate(rows)))


@pytest.mark.parametrize("row", range(len(OFFICIALS)))
def test_official_country(sheets, row):
    _, _, name, role, country = OFFICIALS[row]
    found = {p["name"]: p for p in sheets[row]["people"]}
    assert name in found, (name, sorted(found))
    assert role.lower() in (found[name]["role"] or "").lower(), found[name]
    if country is not None:
        assert found[name]["country"] == country, found[name]


@pytest.mark.parametrize("row", range(len(NOT_NAMES)))
def test_honorifics_and_surnames_are_no_extra_people(sheets, row):
    name = NOT_NAMES[row][1]
    assert name not in {p["name"] for p in sheets[len(OFFICIALS) + row]["people"]}


@pytest.mark.parametrize("row", range(len(ORGANIZATIONS)))
def test_groupings_as_actors(sheets, row):
    assert set(sheets[len(OFFICIALS) + len(NOT_NAMES) + row]["organizations"]) == ORGANIZATIONS[row][1]


@pytest.mark.parametrize(
    "url,code",
    [
        ("https://www.meti.go.jp/english/press/x.html", "JPN"),
        ("https://english.mofcom.gov.cn/a", "CHN"),
        ("https://www.gov.uk/government/news/x", "GBR"),
        ("https://2021-2025.state.gov/joint-statement", "USA"),
        ("https://single-market-economy.ec.europa.eu/news/x", "EU"),
        ("https://www.gob.mx/se/prensa/x", "MEX"),
        ("https://www.reuters.com/markets/x", None),
        ("https://www.example.org/news/x", None),
        (None, None),
    ],
)
def test_publisher_country(url, code):
    assert publisher_country(url) == code
