"""Round 13 (facts23): a lowercase apposed title with a comma series of portfolios, an office an onset verb
gives after its auxiliary in a relative clause, and offices at private bodies (invented names)."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table

CASES = [
    (
        "Baraka Mwakilema, the trade, industry and energy minister, told reporters that supplies were secure.",
        {("Baraka Mwakilema", "Trade, Industry and Energy Minister")},
    ),
    (
        "Speaking on Monday, Marieke de Vries, the economy, trade and industry minister, said the measure was studied.",
        {("Marieke de Vries", "Economy, Trade and Industry Minister")},
    ),
    (
        "Pieter-Jan van den Broek, the energy minister, told reporters on Monday that supplies were secure.",
        {("Pieter-Jan van den Broek", "Energy Minister")},
    ),
    (
        "Folasade Adeyemi, the foreign affairs, trade and investment secretary, met Batbayar Ganzorig, the energy "
        "and mines minister, on Monday.",
        {
            ("Folasade Adeyemi", "Foreign Affairs, Trade and Investment Secretary"),
            ("Batbayar Ganzorig", "Energy and Mines Minister"),
        },
    ),
    (
        "Yerlan Saparbekov, who was sworn in as president in May, said the contracts would be reviewed.",
        {("Yerlan Saparbekov", "President")},
    ),
    (
        "Dewi Kartika Sari, who was appointed mines minister last year, said output would rise.",
        {("Dewi Kartika Sari", "Mines Minister")},
    ),
    (
        "Tran Thi Thu Ha, who was installed as energy secretary after the election, spoke on Friday.",
        {("Tran Thi Thu Ha", "Energy Secretary")},
    ),
    (
        "Ravi Malhotra, who was named head of metals research at Tessera Economics last year, expects demand to grow.",
        set(),
    ),
    (
        '"Bans work when markets are tight," said Marta Lindqvist, head of battery research at Corvid Metals Advisory.',
        set(),
    ),
    (
        '"The message is clear," said Hana Okafor, a director at the Kivu Lithium Producers Forum, an industry lobby.',
        set(),
    ),
    ("Last week, the energy minister said supplies were secure.", set()),
    (
        "The memorandum was signed in the presence of President of the Republic Aleksandar Novak and Chancellor "
        "Wolfgang von Stettin.",
        {("Aleksandar Novak", "President of the Republic"), ("Wolfgang von Stettin", "Chancellor")},
    ),
    (
        "Head of the Presidency Neema Wanjiru Mutua opened the forum.",
        {("Neema Wanjiru Mutua", "Head of the Presidency")},
    ),
    ("The President of the Republic, whose name was not given, attended the ceremony.", set()),
    (
        "The memorandum was signed by Argentina's Minister of Foreign Affairs, International Trade and Worship, "
        "Santiago Ferreyra, in the presence of the president.",
        {("Santiago Ferreyra", "Minister of Foreign Affairs, International Trade and Worship")},
    ),
    (
        "The accord was signed by Kenya's Cabinet Secretary for Mining, Sofia Wanjiku, on Monday.",
        {("Sofia Wanjiku", "Cabinet Secretary for Mining")},
    ),
    ("In Santiago on Monday, officials of Peru and Chile discussed lithium supplies.", set()),
]


COUNTRIES = [
    (
        "Ghana will require permits for bauxite exports. South Korea said on Monday it would monitor shipments. "
        "Choi Min-jun, the trade and energy minister, told executives the government would help firms.",
        "KOR",
    ),
    (
        "Ghana will require permits for bauxite exports. South Korea said on Monday it would monitor shipments. "
        "Choi Min-jun, Japan's trade minister, told executives the government would help firms.",
        "JPN",
    ),
]


@pytest.mark.parametrize(("text", "country"), COUNTRIES)
def test_state_of_the_sentence_before(text: str, country: str) -> None:
    (person,) = extract_table([text], "turn")[text]["people"]
    assert person["country"] == country


@pytest.fixture(scope="module")
def sheets() -> dict[str, dict]:
    return extract_table([t for t, _ in CASES], "offices")


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_people(sheets: dict[str, dict], text: str, expected: set) -> None:
    assert {(p["name"], p["role"]) for p in sheets[text]["people"]} == expected
