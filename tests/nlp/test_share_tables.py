"""World shares in tables, in coordinated relative clauses and of a pronoun (round 23, news19ag).

share_tables: 'Mineral | Country | Stage | Share' rows (official19 12, official18 16), any column order, outer bars
optional; near misses: an import-share header, no mineral column, two states in a row.
share_holders._shared_relative / _nearer_pronoun: 'Brazil, which holds 19% of ... and accounts for 90% of ...'
(official19 16); pooled_holders with two subjects the parser hung apart.
share_scope.pronoun_mineral: '... producer of rare earths outside China, which refines around 90% of them'
(news19 09).
"""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract
from cmkg.nlp.ingest import read_text_as_article


def shares(text: str) -> set[tuple]:
    sheet = extract(make_article([text], title="t", source="case.txt", published="2025-06-01"))
    return {(s["country"], s["activity"], s["mineral"], s["share_percent"]) for s in sheet["production_shares"]}


def page_shares(body: str) -> set[tuple]:
    page = f"Fact sheet\nSource: https://www.example.gov/fact-sheet\nPublished: 2026-02-05\n\n{body}"
    sheet = extract(read_text_as_article(page, "case.txt"))
    return {(s["country"], s["activity"], s["mineral"], s["share_percent"]) for s in sheet["production_shares"]}


@pytest.mark.parametrize(
    "body,expected",
    [
        (
            "Table 2. Share of world output, 2024\n\nMineral | Country | Stage | Share\n"
            "Rare earths | China | Mining | 69%\nRare earths | China | Processing | 90%\n"
            "Cobalt | Democratic Republic of the Congo | Mining | 74%\n\nThe partners will meet again.",
            {
                ("CHN", "mines", "rare earths", 69.0),
                ("CHN", "processes", "rare earths", 90.0),
                ("COD", "mines", "cobalt", 74.0),
            },
        ),
        (
            "Mineral | Stage | Leading country | Share of world total\nLithium | Mining | Australia | 47%\n"
            "Graphite (natural) | Processing | China | 93%\n\nSource: ministry analysis.",
            {("AUS", "mines", "lithium", 47.0), ("CHN", "processes", "graphite", 93.0)},
        ),
        (
            "Who dominates supply:\n\n| Commodity | Top producer | Share of world mining |\n|---|---|---|\n"
            "| Niobium | Brazil | 90% |\n\nFigures are estimates.",
            {("BRA", "mines", "niobium", 90.0)},
        ),
        (
            "Leading producers:\n\nMineral | Country | Share\nCopper | Chile | about 24%\n\nFigures are estimates.",
            {("CHL", "produces", "copper", 24.0)},
        ),
        ("Import dependence:\n\nMineral | Country | Share of imports\nLithium | Chile | 60%\n\nCustoms data.", set()),
        ("Leading producers:\n\nCountry | Stage | Share\nChile | Mining | 24%\n\nFigures are estimates.", set()),
        (
            "Leading producers:\n\nMineral | Country | Stage | Share\n"
            "Cobalt | Congo and Zambia | Mining | 80%\n\nEstimates.",
            set(),
        ),
    ],
)
def test_share_table_rows(body: str, expected: set) -> None:
    assert page_shares(body) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Minister King said Australia, which produces around half of the world's lithium, and Brazil, which holds "
            "about 19 per cent of world rare earth reserves and accounts for more than 90 per cent of world niobium "
            "production, were natural partners.",
            {
                ("AUS", "produces", "lithium", 50.0),
                ("BRA", "reserves", "rare earths", 19.0),
                ("BRA", "produces", "niobium", 90.0),
            },
        ),
        (
            "Officials said that Peru, which has 10% of world gallium reserves, and Qatar, which holds 20 per cent of "
            "world tungsten reserves and accounts for 78 per cent of world tungsten mining, were close partners.",
            {
                ("PER", "reserves", "gallium", 10.0),
                ("QAT", "reserves", "tungsten", 20.0),
                ("QAT", "mines", "tungsten", 78.0),
            },
        ),
        (
            "Officials said France, which mines 44% of the world's vanadium, and Kenya together account for about 27% "
            "of world germanium production.",
            {("FRA", "mines", "vanadium", 44.0)},
        ),
        (
            "Australia mines nearly half of the world's lithium and is the largest producer of rare earths outside "
            "China, which refines around 90% of them.",
            {("AUS", "mines", "lithium", 50.0), ("CHN", "refines", "rare earths", 90.0)},
        ),
        (
            "China mines around 70 per cent of the world's rare earths and refines close to 90 per cent of them.",
            {("CHN", "mines", "rare earths", 70.0), ("CHN", "refines", "rare earths", 90.0)},
        ),
        (
            "Pakistan produces about 2% of the world's chromium, far behind South Africa, "
            "which mines roughly 44% of it.",
            {("PAK", "produces", "chromium", 2.0), ("ZAF", "mines", "chromium", 44.0)},
        ),
        (
            "Kenya mines about 10% of the world's cobalt and buys nickel from Indonesia, which imports 40% of it.",
            {("KEN", "mines", "cobalt", 10.0)},
        ),
    ],
)
def test_relative_and_pronoun_shares(text: str, expected: set) -> None:
    assert shares(text) == expected
