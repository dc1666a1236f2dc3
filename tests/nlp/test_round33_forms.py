"""Round 33: an instrument noun the parser took for the sentence's verb after a relative clause's object
('Thailand, which signed its own minerals memorandum with Washington, has ...'); territories' seats of government
as owners of measures; a pronoun subject's state from the clause fronted before it; a name's glued hyphenated
syllable, 'Chief of Staff' and plural portfolio words in titles; a measure 'not going anywhere', or 'not up for
discussion' after a present-tense 'says'; shares 'with N%' and 'N% for State'; lists with roman enumerators and
tables of one state's minerals; a government page's side in subjectless talks (cases with other states, names and
wordings than the CheckList templates)."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_pages

AGREEMENTS = [
    (
        "Thailand, which signed its own minerals memorandum with Washington on the same day, has little output.",
        {(frozenset({"THA", "USA"}), "signed")},
    ),
    (
        "Ghana, which signed a cobalt deal with Seoul last year, wants more buyers.",
        {(frozenset({"GHA", "KOR"}), "existing")},
    ),
    (
        "Senegal, which is negotiating a minerals agreement with the EU, exports phosphate.",
        {(frozenset({"SEN", "EU"}), "negotiating")},
    ),
    ("Peru, which rejected a minerals deal with Canberra, has copper.", set()),
    ("Kenya and Uganda signed a protocol on lithium.", {(frozenset({"KEN", "UGA"}), "signed")}),
    (
        "He pointed to the critical minerals frameworks the United States signed in October with Ghana and Peru.",
        {(frozenset({"USA", "GHA"}), "existing"), (frozenset({"USA", "PER"}), "existing")},
    ),
    (
        "The critical minerals deal Chile signed with Korea in 2023 remains in force.",
        {(frozenset({"CHL", "KOR"}), "existing")},
    ),
    (
        "The critical minerals deal South Africa signed with Chile in 2021 remains in force.",
        {(frozenset({"ZAF", "CHL"}), "existing")},
    ),
    ("The cobalt deal Zambia signed with Japan in 2019 has lapsed.", {(frozenset({"ZMB", "JPN"}), "lapsed")}),
    ("Peru and Chile discussed copper projects but signed no minerals accord.", set()),
    (
        "Peru did not sign a memorandum with Chile, though talks were continuing.",
        {(frozenset({"PER", "CHL"}), "negotiating")},
    ),
    ("Kenya follows strict safety protocols at its mines, and Uganda does too.", set()),
    (
        "Angola and Namibia agreed to finalise, before the end of 2026, a protocol on copper transit.",
        {(frozenset({"AGO", "NAM"}), "announced")},
    ),
    (
        "Fiji's prime minister, Sitiveni Rabuka, visited Wellington. On Monday he and New Zealand Prime Minister "
        "Christopher Luxon signed a seabed minerals memorandum.",
        {(frozenset({"FJI", "NZL"}), "signed")},
    ),
]


PEOPLE = [
    (
        "Kenya wants partners. The minister was joined by Hon. Amina Mohamed, the trade secretary, in Nairobi.",
        {("amina mohamed", "KEN")},
    ),
    (
        "Peru wants partners. Vice Minister of Mining Affairs Rosa Quispe told reporters that talks went well.",
        {("rosa quispe", "PER")},
    ),
    (
        "Korea wants partners. Presidential Chief of Staff Park Min-seok met the buyers.",
        {("park min-seok", "KOR")},
    ),
    ("Korea wants partners. Minister Choi Eun-ji met Japan-based buyers.", {("choi eun-ji", "KOR")}),
    (
        "When Nairobi signs deals, it favours trade. Amara Otieno, the minister of trade, signed an agreement with "
        "Peru. The US is watching. The United States is big.",
        {("amara otieno", "KEN")},
    ),
    (
        "If Hanoi joins, it will sign quickly. Nguyen Thi Lan, the trade minister, met buyers in Paris. France "
        "and the United States are watching. The United States is big.",
        {("nguyen thi lan", "VNM")},
    ),
]


@pytest.fixture(scope="module")
def people_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in PEOPLE], "round33-people")


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_round33_officials(people_sheets: dict, text: str, expected: set) -> None:
    assert {(p["name"].lower(), p["country"]) for p in people_sheets[text]["people"]} == expected


@pytest.fixture(scope="module")
def agreement_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in AGREEMENTS], "round33-agreements")


@pytest.mark.parametrize(("text", "expected"), AGREEMENTS)
def test_round33_agreements(agreement_sheets: dict, text: str, expected: set) -> None:
    assert {(frozenset(a["parties"]), a["status"]) for a in agreement_sheets[text]["agreements"]} == expected


CONTROLS = [
    (
        "Noumea's government eased its limits on exports of low-grade nickel ore in August.",
        {("NCL", "nickel", "eased")},
    ),
    ("In Papeete, the government banned exports of raw cobalt crusts last year.", {("PYF", "cobalt", "in_force")}),
    (
        "Malawi's mining minister, Chifundo Banda, says the ban on exporting raw graphite ore, in force since 2024, "
        "is not up for discussion.",
        {("MWI", "graphite", "in_force")},
    ),
    (
        "Hanoi's ban on exports of rare earth ore isn't going anywhere, officials said.",
        {("VNM", "rare earths", "in_force")},
    ),
    ("The quota on cobalt exports will not go away, Kinshasa said.", {("COD", "cobalt", "in_force")}),
    ("Ghana's ban on exports of raw lithium ore did not go into effect.", set()),
    ("Ghana did not go ahead with a ban on exports of raw lithium ore.", set()),
    (
        "Zambia banned exports of raw copper ore in 2024. The ban, which does not cover cobalt, remains in force.",
        {("ZMB", "copper", "in_force")},
    ),
    (
        "Zambia banned exports of raw copper ore in 2024. The ban, which applies to firms that also mine cobalt, "
        "remains in force.",
        {("ZMB", "copper", "in_force")},
    ),
    (
        "Zambia banned exports of raw copper ore in 2024. The ban, which includes an exemption for cobalt "
        "concentrates, remains in force.",
        {("ZMB", "copper", "in_force")},
    ),
    ("Lima noted that the copper ban remains in force.", {("PER", "copper", "in_force")}),
    ("China accepted applications for gallium export licences.", {("CHN", "gallium", "in_force")}),
    (
        "The ministers noted with concern that Vietnam has required licences for exports of tungsten since 2024.",
        {("VNM", "tungsten", "in_force")},
    ),
    ("The concern that Seoul raised about the tungsten curbs was noted.", set()),
    (
        "Zambia banned exports of raw copper ore in 2024. The ban, which also covers raw cobalt and manganese ores, "
        "remains in force.",
        {("ZMB", "copper", "in_force"), ("ZMB", "cobalt", "in_force"), ("ZMB", "manganese", "in_force")},
    ),
]


@pytest.fixture(scope="module")
def control_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in CONTROLS], "round33-controls")


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_round33_controls(control_sheets: dict, text: str, expected: set) -> None:
    found = {(c["country"], m, c["status"]) for c in control_sheets[text]["export_controls"] for m in c["minerals"]}
    assert found == expected


SHARES = [
    (
        "Peru mines about 10% of the world's zinc, ahead of Bolivia with 6% and Mexico with 5%.",
        {("PER", "mines", "zinc", 10.0), ("BOL", "mines", "zinc", 6.0), ("MEX", "mines", "zinc", 5.0)},
    ),
    (
        "Ghana mined about 4% of the world's manganese in 2024, against about 36% for South Africa and about 20% "
        "for Gabon.",
        {("GHA", "mines", "manganese", 4.0), ("ZAF", "mines", "manganese", 36.0), ("GAB", "mines", "manganese", 20.0)},
    ),
    (
        "Zambia mines about 4% of the world's copper, followed by Peru with 10%.",
        {("ZMB", "mines", "copper", 4.0), ("PER", "mines", "copper", 10.0)},
    ),
    (
        "Chile mines 24% of the world's lithium, against growth of 5% last year.",
        {("CHL", "mines", "lithium", 24.0)},
    ),
    (
        "Chile mines 24% of the world's lithium, and tariffs of 10% for China apply.",
        {("CHL", "mines", "lithium", 24.0)},
    ),
    ("Chile mines 24% of the world's lithium, with tariffs of 10% for China.", {("CHL", "mines", "lithium", 24.0)}),
    (
        "Chile mines 24% of the world's lithium, ahead of imports by China with 40%.",
        {("CHL", "mines", "lithium", 24.0)},
    ),
]


@pytest.fixture(scope="module")
def share_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in SHARES], "round33-shares")


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_round33_shares(share_sheets: dict, text: str, expected: set) -> None:
    facts = share_sheets[text]["production_shares"]
    assert {(s["country"], s["activity"], s["mineral"], s["share_percent"]) for s in facts} == expected


KENYA_PAGE = "Answer on minerals\nSource: https://www.mining.go.ke/answers/q12\nPublished: 2025-07-24\n\n"

GOVERNMENT_AGREEMENTS = [
    (
        "Negotiations are under way on a Comprehensive Economic Partnership Agreement with Peru.",
        {(frozenset({"KEN", "PER"}), "negotiating")},
    ),
    ("Talks are continuing on a minerals agreement with Brazil.", {(frozenset({"KEN", "BRA"}), "negotiating")}),
    (
        "On Friday the Minister signed a Memorandum of Understanding on mining with the Minister of Mines of "
        "Uganda in Kampala.",
        {(frozenset({"KEN", "UGA"}), "signed")},
    ),
    (
        "The Minister met the ambassador of Chile. The ambassador said that talks with Peru on a copper agreement "
        "are continuing.",
        set(),  # a foreign envoy's report is not in the page's own voice
    ),
    (
        "To ask the Minister for Mining, what agreements his Ministry has concluded with other countries; and "
        "whether he plans to conclude an agreement with Peru on copper.",
        set(),  # a written question's conjoined ask: nothing is stated
    ),
    (
        "Japan signed a minerals agreement with Brazil last year.",  # a state the sentence names acts: not the page
        {(frozenset({"JPN", "BRA"}), "existing")},
    ),
]


@pytest.fixture(scope="module")
def government_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in GOVERNMENT_AGREEMENTS], "round33-government", head=KENYA_PAGE)


@pytest.mark.parametrize(("text", "expected"), GOVERNMENT_AGREEMENTS)
def test_round33_government_page_sides(government_sheets: dict, text: str, expected: set) -> None:
    assert {(frozenset(a["parties"]), a["status"]) for a in government_sheets[text]["agreements"]} == expected


SHARE_LISTS = [
    (
        "The shares of the leading countries in world mine production of cobalt in 2024 were as follows:\n"
        "(i) Congo: about 74%\n(ii) Indonesia: about 10%\n(iii) Russia: about 3%\nOur share was small.",
        {("COD", "mines", "cobalt", 74.0), ("IDN", "mines", "cobalt", 10.0), ("RUS", "mines", "cobalt", 3.0)},
    ),
    (
        "Table 2. Peru's share of world mine production, 2024\n"
        "Mineral | Peruvian output | Share of world output | World rank\n"
        "Copper | 2.6 Mt | 11% | 3\nZinc | 1.4 Mt | 11% | 2\nSilver | 3,100 t | 12% | 2",
        {("PER", "mines", "copper", 11.0), ("PER", "mines", "zinc", 11.0), ("PER", "mines", "silver", 12.0)},
    ),
    (
        "Table 3. Peru's exports by mineral, 2024\nMineral | Value | Share of exports\nCopper | $20 bn | 45%",
        set(),  # a share of a state's exports is no world share
    ),
]


@pytest.fixture(scope="module")
def share_list_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in SHARE_LISTS], "round33-share-lists", head=KENYA_PAGE)


@pytest.mark.parametrize(("text", "expected"), SHARE_LISTS)
def test_round33_share_lists_and_tables(share_list_sheets: dict, text: str, expected: set) -> None:
    facts = share_list_sheets[text]["production_shares"]
    assert {(s["country"], s["activity"], s["mineral"], s["share_percent"]) for s in facts} == expected
