"""Rule layer: table-driven constructions, positive and negative."""

from __future__ import annotations

import pytest

from cmkg.nlp.article import make_article
from cmkg.nlp.extract import extract


def sheet(text: str, published: str = "2025-06-01") -> dict:
    return extract(make_article([text], title="t", source="case.txt", published=published))


def party_sets(s: dict) -> set[frozenset]:
    return {frozenset(a["parties"]) for a in s["agreements"]}


@pytest.mark.parametrize(
    "text,expected",
    [
        # coordination list + prepositional attachment to the verb, distributed into bilateral deals
        (
            "The US has already reached deals on critical minerals with Japan, Australia and Thailand.",
            {frozenset({"USA", "JPN"}), frozenset({"USA", "AUS"}), frozenset({"USA", "THA"})},
        ),
        # passive voice with metonymy
        (
            "A framework on rare earths was signed by Washington and Canberra at the White House.",
            {frozenset({"USA", "AUS"})},
        ),
        # coordinated subject
        ("Japan and Australia have agreed a critical minerals partnership.", {frozenset({"JPN", "AUS"})}),
        # deal between two other countries signed in Washington: not a US deal
        ("Congo and Rwanda signed a peace agreement in Washington in June.", {frozenset({"COD", "RWA"})}),
        # implicit subject carried over from the previous sentence by a pronoun
        (
            "Canada is widening its supply base. It signed a lithium agreement with Chile on Friday.",
            {frozenset({"CAN", "CHL"})},
        ),
        # demonym + capital metonymy
        ("Tokyo and the Indian government sealed a rare earths pact.", {frozenset({"JPN", "IND"})}),
        # a counted plural and the list that follows it
        (
            "Since 2020 Canada has signed mining partnerships with nine countries. "
            "The latest were Peru, Kenya and Mongolia.",
            {frozenset({"CAN", "PER"}), frozenset({"CAN", "KEN"}), frozenset({"CAN", "MNG"})},
        ),
        # ...but a list sentence that names its own subject country is not a continuation
        (
            "Since 2020 Canada has signed mining partnerships with nine countries. "
            "Peru's neighbours are Chile, Bolivia and Brazil.",
            set(),
        ),
        # a company deal is not a state agreement
        ("Glencore and Codelco signed a copper supply agreement with Japan's Sumitomo.", set()),
        # relative clause on a named agreement
        (
            "Both follow the Lithium Partnership Framework that Ottawa agreed with Santiago in May.",
            {frozenset({"CAN", "CHL"})},
        ),
        # coordinated subjects of a relative clause, one partner: one deal each
        (
            "Peru and Chile, which reached copper deals with Beijing in March, stayed away.",
            {frozenset({"PER", "CHN"}), frozenset({"CHL", "CHN"})},
        ),
        # membership of a named initiative led by another country
        ("Norway is a member of the US-led Minerals Security Partnership.", {frozenset({"NOR", "USA"})}),
        # a country that only hosted or witnessed the signing is not a party
        (
            "Washington hosted the signing of a peace accord between Armenia and Azerbaijan.",
            {frozenset({"ARM", "AZE"})},
        ),
        # an initiative named after a grouping has the grouping's members as parties
        ("The Quad Ports Initiative was launched on Monday.", {frozenset({"USA", "JPN", "AUS", "IND"})}),
        # passive in reported speech: the speakers' country is the other party
        (
            "Japanese officials said a similar framework could be signed with Canberra next month.",
            {frozenset({"JPN", "AUS"})},
        ),
        # 'the two leaders': the officials the sentence names
        (
            "Brazilian President Luiz Inacio Lula da Silva met US President Donald Trump, "
            "and the two leaders agreed a trade truce.",
            {frozenset({"BRA", "USA"})},
        ),
        # prospective membership is not a party
        ("Mexico said it would consider taking part in Project Atlas.", set()),
    ],
)
def test_agreement_parties(text, expected):
    assert party_sets(sheet(text)) == expected


@pytest.mark.parametrize(
    "text,status",
    [
        ("The United States said it planned to close a deal with the European Union within 30 days.", "planned"),
        ("India could sign a framework with the United States next month.", "planned"),
        ("The US also announced an agreement with Mexico on Monday.", "announced"),
        ("The US signed a minerals deal with Ukraine on Wednesday.", "signed"),
        ("Australia signed a critical minerals partnership with Japan in 2022.", "existing"),
        ("Talks are under way on a lithium agreement between Chile and the European Union.", "negotiating"),
        ("Kenya is considering a cobalt deal with the United States.", "planned"),
        ("Japan already has a graphite agreement with Mozambique.", "existing"),
    ],
)
def test_agreement_status(text, status):
    s = sheet(text)
    assert [a["status"] for a in s["agreements"]] == [status]


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam did not sign a deal with the United States.",
        "MP Materials and Ma'aden signed a memorandum of understanding on Wednesday.",
        "Peru has not signed an agreement with Canada.",
        "Norway is not a party to the lithium pact with Chile.",
        "Neither Chile nor Peru is a party to the copper agreement.",
        "Buyers in Europe could be financed under the Critical Minerals Framework.",
    ],
)
def test_no_state_agreement(text):
    assert sheet(text)["agreements"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Congo and Rwanda signed a peace agreement in Washington on Friday.",  # signed in Washington, between others
        "Trump witnessed the signing of a peace declaration between Thailand and Cambodia.",  # only witnessed
        "MP Materials signed a supply deal with Saudi Arabia's Ma'aden.",  # a company deal
    ],
)
def test_not_a_us_deal(text):
    s = sheet(text)
    assert s["deals_with_usa"] == [] and s["deals_with_usa_acceptable"] == []


def test_deals_with_usa_core_and_borderline():
    s = sheet(
        "The US announced an agreement with Mexico. India could sign a framework with the United States next month."
    )
    assert s["deals_with_usa"] == ["MEX"]
    assert s["deals_with_usa_acceptable"] == ["IND"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("China refines roughly 90% of the world's rare earths.", [("CHN", "refines", "rare earths", 90)]),
        (
            "China mines about 60% of the world's rare earths and processes around 90%.",
            [("CHN", "mines", "rare earths", 60), ("CHN", "processes", "rare earths", 90)],
        ),
        ("Australia mines about half of the world's lithium.", [("AUS", "mines", "lithium", 50)]),
        ("Chinese refiners process around three-quarters of the world's cobalt.", [("CHN", "processes", "cobalt", 75)]),
        # not production shares: imports, prices, tariffs
        ("China accounted for roughly 75% of India's imports of lithium.", []),
        ("Cobalt prices are up about 60% since February.", []),
        ("Washington cut the tariff on Chinese goods to 10% from 20%.", []),
        ("Saudi Arabia took a 10% stake in the nickel unit of a Brazilian miner.", []),
        ("Indonesia produces more than 50% of the world's nickel.", [("IDN", "produces", "nickel", 50)]),
    ],
)
def test_production_shares(text, expected):
    got = [
        (x["country"], x["activity"], x["mineral"], round(x["share_percent"])) for x in sheet(text)["production_shares"]
    ]
    assert got == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "China last year tightened controls on critical minerals, including rare earths.",
            [("CHN", "rare earths", "in_force")],
        ),
        (
            "China has suspended a ban on exports of gallium and germanium to the United States.",
            [("CHN", "gallium", "suspended"), ("CHN", "germanium", "suspended")],
        ),
        ("Beijing announced new licensing rules for rare earth exports.", [("CHN", "rare earths", "announced")]),
        ("Malaysia promised not to ban exports of rare earths to the United States.", []),
        # relative clause: the antecedent imposes it, not the main clause's subject
        (
            "Zambia's plan copies Zimbabwe, which banned exports of raw lithium ore in 2022.",
            [("ZWE", "lithium", "in_force")],
        ),
        # a measure 'on' a mineral, no export word
        ("Vietnam lifted its quota on tungsten last week.", [("VNM", "tungsten", "lifted")]),
        # licensing requirements naming minerals, with the country carried from the previous sentence
        (
            "China tightened its grip on supply chains. "
            "Licensing requirements for gallium imposed in 2023 remain in force.",
            [("CHN", "gallium", "in_force")],
        ),
        # import caps, price limits and equipment controls are not mineral export controls
        ("India set a cap on lithium imports from China.", []),
        ("The Netherlands restricted exports of chipmaking equipment.", []),
    ],
)
def test_export_controls(text, expected):
    got = [(x["country"], m, x["status"]) for x in sheet(text)["export_controls"] for m in x["minerals"]]
    assert got == expected


def test_seed_relations(seed_sheet):
    s = seed_sheet
    assert set(s["deals_with_usa"]) == {"EU", "JPN", "MEX", "AUS", "SAU", "KOR", "THA"}
    status = {frozenset(a["parties"]): a["status"] for a in s["agreements"]}
    assert status[frozenset({"USA", "EU", "JPN"})] == "announced"
    assert status[frozenset({"USA", "MEX"})] == "announced"
    for c in ("JPN", "AUS", "SAU", "KOR", "THA"):
        assert status[frozenset({"USA", c})] == "existing"
    shares = {(x["activity"], x["share_percent"]) for x in s["production_shares"] if x["country"] == "CHN"}
    assert shares == {("mines", 60.0), ("processes", 90.0)}
    assert any(x["country"] == "CHN" and "rare earths" in x["minerals"] for x in s["export_controls"])
    assert {"kind": "territory_of", "territory": "GRL", "country": "DNK"}.items() <= next(
        r for r in s["relations"] if r["kind"] == "territory_of"
    ).items()
    atcm = next(a for a in s["agreements"] if a.get("name") == "Agreement on Trade in Critical Minerals")
    assert atcm["announced_by"] == ["JD Vance"] and atcm["status"] == "announced"
    assert any(r["kind"] == "participation" and r["count"] == 55 for r in s["relations"])
    for group in (s["agreements"], s["export_controls"], s["production_shares"]):
        for fact in group:
            ev = fact["provenance"]
            assert ev["sentence"] and 0 <= ev["start"] < ev["end"] and ev["rule"]
