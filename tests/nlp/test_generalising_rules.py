"""Constructions of real text the rules must handle whatever the names: one row per mechanism."""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract_many

CASES = [
    # signatories stand for their countries: demonym titles, possessive titles, long portfolio titles
    ("Estonian Foreign Minister Dragan Petrovic and Indonesian Minister of State for International Trade "
     "Omar Haddadin signed a joint action plan on tungsten on Thursday.", {frozenset({"EST", "IDN"})}),
    ("South Africa's Minister of Economy, Trade and Industry, Chukwuemeka Okonkwo, and Sweden's Commerce "
     "Minister, Morikawa Sayuri, signed a partnership on nickel on Friday.", {frozenset({"SWE", "ZAF"})}),
    ("An MOU on gallium was signed by South African Finance Minister Dragan Petrovic and Peruvian Minister of "
     "Energy and Mineral Resources Kim Dong-hwan on Friday.", {frozenset({"PER", "ZAF"})}),
    # official prose
    ("The Memorandum of Understanding between the Government of Cambodia and the Government of Brazil on "
     "Cooperation in the Field of Critical Minerals was signed on Wednesday.", {frozenset({"KHM", "BRA"})}),
    ("The Department of State of the United States of America and the Ministry of Mines and Energy of the "
     "Federative Republic of Brazil announce the establishment of a U.S.-Brazil Critical Minerals Working Group.",
     {frozenset({"USA", "BRA"})}),
    ("MSP partners include Australia, Canada, Japan and the United States.", {frozenset({"AUS", "CAN", "JPN", "USA"})}),
    ("Talks between Egypt and Bolivia on an MOU on nickel are under way.", {frozenset({"EGY", "BOL"})}),
    ("The governments of Spain and Mexico signed a deal on niobium exploration on Thursday.",
     {frozenset({"ESP", "MEX"})}),
    ("Thailand's Commerce Minister said Bangkok had signed a letter of intent with Washington on rare earths.",
     {frozenset({"THA", "USA"})}),
    # negatives: refusal, relationships, a country inside a programme's name
    ("Japan refused to sign a declaration of intent on nickel with Norway on Thursday.", set()),
    ("The loans will deepen strategic U.S. partnerships with the DRC and Rwanda.", set()),
    ("The Bank's China and Transformational Exports Program supports exporters.", set()),
]  # fmt: skip

PEOPLE = [
    ("Mexican Minister of Mines and Energy Ricardo Ibarra Soto said talks would go on.", "Ricardo Ibarra Soto", "MEX"),
    ("Zambian Minister for Foreign Affairs and Trade Park Seo-yeon said talks would continue.", "Park Seo-yeon", "ZMB"),
    ("Cambodian Minister for Trade Faisal al-Harthy said talks would continue.", "Faisal al-Harthy", "KHM"),
    ("Treasurer Jim Chalmers will brief Australia's allies this week.", "Jim Chalmers", "AUS"),
    ("Siti Rahmawati, Canada's Minister of Economy, Trade and Industry, told reporters that supplies were secure.",
     "Siti Rahmawati", "CAN"),
    ("Dr. Nguyen Thi Lan, Namibia's Minister of Economy, said investment would rise.", "Nguyen Thi Lan", "NAM"),
]  # fmt: skip

SHARES = [
    ("China refines about 70 per cent of the world's lithium.", ("CHN", "lithium", "refines", 70.0)),
    ("China controls around 90% of global rare earth processing.", ("CHN", "rare earths", "processes", 90.0)),
    ("About 44% of the world's niobium is mined in Brazil.", ("BRA", "niobium", "mines", 44.0)),
    ("China's share of global gallium production is 98%.", ("CHN", "gallium", "produces", 98.0)),
]


@pytest.fixture(scope="module")
def sheets():
    texts = [t for t, _ in CASES] + [t for t, *_ in PEOPLE] + [t for t, _ in SHARES]
    arts = [make_article([t], title="t", source=f"case{i}.txt", published="2025-06-01") for i, t in enumerate(texts)]
    return dict(zip(texts, extract_many(arts), strict=True))


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_agreement_parties_generalise(sheets, text, expected):
    assert {frozenset(a["parties"]) for a in sheets[text]["agreements"]} == expected


@pytest.mark.parametrize("text,name,country", PEOPLE, ids=range(len(PEOPLE)))
def test_titled_people_are_found_whatever_their_names(sheets, text, name, country):
    people = {p["name"]: p for p in sheets[text]["people"]}
    assert name in people and people[name]["country"] == country and people[name]["role"]


@pytest.mark.parametrize("text,expected", SHARES, ids=range(len(SHARES)))
def test_share_forms(sheets, text, expected):
    got = {(s["country"], s["mineral"], s["activity"], s["share_percent"]) for s in sheets[text]["production_shares"]}
    assert expected in got


def test_possessive_follows_its_own_clause():
    text = "Zambia banned exports of tungsten in October. Meanwhile, Germany extended its ban on cobalt exports."
    (sheet,) = extract_many([make_article([text], title="t", source="c.txt", published="2025-06-01")])
    assert {(c["country"], tuple(c["minerals"])) for c in sheet["export_controls"]} == {
        ("ZMB", ("tungsten",)),
        ("DEU", ("cobalt",)),
    }


def test_a_preamble_binds_the_governments_that_open_it():
    paras = [
        'The Government of Finland and the Government of Morocco (hereinafter referred to as "the Participants"),',
        "RECOGNISING the importance of secure supply chains for antimony,",
        "DESIRING to deepen cooperation between both countries,",
        "have reached the following understandings:",
    ]
    (sheet,) = extract_many([make_article(paras, title="t", source="p.txt", published="2025-06-01")])
    assert [(frozenset(a["parties"]), a["status"]) for a in sheet["agreements"]] == [
        (frozenset({"FIN", "MAR"}), "announced")
    ]
