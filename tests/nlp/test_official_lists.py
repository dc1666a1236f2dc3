"""Lists of officials, long portfolio series and runs of styles (nlp/components/official_lists.py, title_tails.py,
persons.py; word lists in data/rules/lexicons.json: persons.portfolio_words, persons.honorifics).

In a list that alternates title and name each title is the name's after it, not shifted one along; 'and' closing
a comma series of portfolios keeps the series' last word in the title when the name follows with no comma; a run
of styles ('Datuk Seri Haji', 'Eng. Dr.') is no part of the name; 'the presidents of <Company> and <Company>' are
no people. Every case runs in three page frames: a government release, a wire story with a dateline, bare text.
Every name is invented.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract

FRAMES = {
    "government": lambda text: make_article(
        [text],
        title="Ministry of Mining and Heavy Industry: news",
        source="https://www.mnr.gov.mn/en/news/4412",
        published="2025-06-01",
    ),
    "wire": lambda text: make_article(
        [f"GENEVA, June 3 (Reuters) - {text}"], title="Officials meet", source="case.txt", published="2025-06-03"
    ),
    "bare": lambda text: make_article([text], title="t", source="case.txt", published="2025-06-01"),
}

CASES = [
    # an alternating list: each title is the next name's
    (
        "Chile's Minister of Mining, Lucía Araya Soto, Peru's Minister of Energy and Mines, Rómulo Quispe Huamán, "
        "and Bolivia's Minister of Hydrocarbons, Ernesto Mamani, met to discuss lithium supplies.",
        {
            ("Lucía Araya Soto", "Minister of Mining", "CHL"),
            ("Rómulo Quispe Huamán", "Minister of Energy and Mines", "PER"),
            ("Ernesto Mamani", "Minister of Hydrocarbons", "BOL"),
        },
    ),
    (
        "The minister met the Federal Minister for Economic Affairs of Germany, Katrin Vollmer, the Minister of "
        "Enterprises of Italy, Paolo Castellani, and the Minister of Industry of France, Hélène Marchand, with whom "
        "he discussed critical minerals.",
        {
            ("Katrin Vollmer", "Federal Minister for Economic Affairs of Germany", "DEU"),
            ("Paolo Castellani", "Minister of Enterprises of Italy", "ITA"),
            ("Hélène Marchand", "Minister of Industry of France", "FRA"),
        },
    ),
    # a comma inside a listed title's portfolios
    (
        "Rwanda's Minister of Economy, Trade and Industry, Zhang Weiming, Tanzania's Finance Minister, Kwame "
        "Asante-Boateng, and Uzbekistan's Minister of Energy Transition, Pham Van Duc, met to discuss cobalt.",
        {
            ("Zhang Weiming", "Minister of Economy, Trade and Industry", "RWA"),
            ("Kwame Asante-Boateng", "Finance Minister", "TZA"),
            ("Pham Van Duc", "Minister of Energy Transition", "UZB"),
        },
    ),
    # one apposed title between two names stays the first name's
    (
        "The memorandum was signed by Kofi Darko, Ghana's Minister of Mines, and Ama Owusu.",
        {("Kofi Darko", "Minister of Mines", "GHA")},
    ),
    # the last portfolio of a series the list does not know
    (
        "Argentina's Minister of Foreign Affairs, International Trade and Worship Tomás Ibarguren signed the "
        "memorandum.",
        {("Tomás Ibarguren", "Minister of Foreign Affairs, International Trade and Worship", "ARG")},
    ),
    (
        "Bolivian Minister of Mines, Water and Sanitation Konstantin von Ahlen said talks on lithium would continue.",
        {("Konstantin von Ahlen", "Minister of Mines, Water and Sanitation", "BOL")},
    ),
    (
        "Kazakh Minister for Industrial Safety and Technical Supervision Aidos Nurlanov said exports would be "
        "reviewed.",
        {("Aidos Nurlanov", "Minister for Industrial Safety and Technical Supervision", "KAZ")},
    ),
    # a known last portfolio: unchanged
    (
        "Korea's Minister of Trade, Industry and Energy Park Seo-yeon signed the memorandum.",
        {("Park Seo-yeon", "Minister of Trade, Industry and Energy", "KOR")},
    ),
    # runs of styles
    (
        "Malaysia's Minister of Natural Resources and Environmental Sustainability, Datuk Seri Haji Rahim bin Othman, "
        "said the roadmap was ready.",
        {("Rahim bin Othman", "Minister of Natural Resources and Environmental Sustainability", "MYS")},
    ),
    (
        "Eng. Dr. Kwame Asante Boateng, Ghana's Minister of Lands and Natural Resources, said exports would rise.",
        {("Kwame Asante Boateng", "Minister of Lands and Natural Resources", "GHA")},
    ),
    # a body's name after a title is no part of the name
    (
        "The memorandum was signed by Ghana's Director of the Agency for Mine Rehabilitation Kofi Darko.",
        {("Kofi Darko", "Director of the Agency for Mine Rehabilitation", "GHA")},
    ),
    # near misses: bodies headed by a plural title are no people
    (
        "Chile's Minister of Mining, Lucía Araya Soto, met the presidents of Kestrel Mining and Andes Copper Corp.",
        {("Lucía Araya Soto", "Minister of Mining", "CHL")},
    ),
    ("The minister met the presidents of Norsk Hydro and Boliden Mineral in Oslo.", set()),
    # negation keeps the people
    (
        "Chile's Minister of Mining, Lucía Araya Soto, did not meet Peru's Minister of Energy and Mines, Rómulo "
        "Quispe Huamán.",
        {
            ("Lucía Araya Soto", "Minister of Mining", "CHL"),
            ("Rómulo Quispe Huamán", "Minister of Energy and Mines", "PER"),
        },
    ),
]


@pytest.mark.parametrize("frame", sorted(FRAMES))
@pytest.mark.parametrize("text,expected", CASES)
def test_official_lists(frame: str, text: str, expected: set[tuple]) -> None:
    sheet = extract(FRAMES[frame](text))
    got = {(p["name"], p["role"], p["country"]) for p in sheet["people"]}
    assert got == expected
