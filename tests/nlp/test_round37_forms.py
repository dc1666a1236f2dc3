"""Round 37: refuted reports, rumours a clause denies and corrected claims; an instrument announced but never
launched; a pronoun doing what an instrument does; composition verbs, 'whose other members' completing a named
instrument, a member verb read as a plural noun; a minister's own page in the first person; language pairs;
consultations on a deal topic; lifted permit suspensions, freed exports, a rule held by a condition, an FAQ's
question; facts-box clause cells, pooled shares, refinery subjects, footnote markers, producers' and plain tables;
Hansard speakers and chair lines (cases with other states, names and wordings than the corpus and the
CheckList templates)."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_pages

AGREEMENTS = [
    ("Rumours that Peru had signed a copper pact with Korea were untrue, a spokesman said.", set()),
    (
        "The story did not stop a report that Fiji was negotiating a fisheries and minerals deal with Beijing, "
        "which the prime minister's office denied on Friday.",
        set(),
    ),
    ("An earlier version of this story said Laos had signed a potash memorandum with Vietnam.", set()),
    (
        "Critics dismissed claims about the tin agreement that Rwanda signed with the UAE in 2023.",
        {(frozenset({"RWA", "ARE"}), "existing")},
    ),
    (
        "A Chile-India lithium dialogue announced in 2022 was never launched.",
        {(frozenset({"CHL", "IND"}), "lapsed")},
    ),
    (
        "The Philippines-Korea Economic Partnership Agreement entered into force in 2024. It covers the trade part "
        "of the Strategic Partnership Agreement, which still awaits ratification.",
        {(frozenset({"PHL", "KOR"}), "existing")},
    ),
    (
        "Ghana wants more refining. Its 2022 memorandum with Morocco has done little. It is now in talks with "
        "Egypt on a new agreement.",
        {(frozenset({"GHA", "MAR"}), "existing"), (frozenset({"GHA", "EGY"}), "negotiating")},
    ),
    (
        "The Baltic Graphite Alliance is composed of Estonia, Latvia and Lithuania.",
        {(frozenset({"EST", "LVA", "LTU"}), "existing")},
    ),
    (
        "Colombia is not bound by the Peru-Chile Trade Agreement, in force for Peru since 2009, whose other members "
        "are Mexico and Panama.",
        {(frozenset({"PER", "CHL", "MEX", "PAN"}), "existing")},
    ),
    (
        "Senegal signed the Dakar Iron Accord with Mali, at a summit whose other participants included Niger and Chad.",
        {(frozenset({"SEN", "MLI"}), "signed"), (frozenset({"NER", "TCD"}), "existing")},
    ),
    (
        "The Nacala Corridor partnership links Malawi and Mozambique with Japan.",
        {(frozenset({"MWI", "MOZ", "JPN"}), "existing")},
    ),
    (
        "Uganda's cabinet met on Monday. Ministers approved a tin agreement with Rwanda.",
        {(frozenset({"UGA", "RWA"}), "announced")},
    ),
]


@pytest.fixture(scope="module")
def agreement_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in AGREEMENTS], "round37-agreements")


@pytest.mark.parametrize(("text", "expected"), AGREEMENTS)
def test_round37_agreements(agreement_sheets: dict, text: str, expected: set) -> None:
    assert {(frozenset(a["parties"]), a["status"]) for a in agreement_sheets[text]["agreements"]} == expected


THREAD_PAGE = (
    "Posts by Nomin Bat-Erdene, Minister of Mining and Heavy Industry of Mongolia, after Brussels\n"
    "Source: https://x.com/mining_mn/status/1\nPublished: 2025-03-02\n\n"
)
KAZ_PAGE = "Briefing\nSource: https://www.gov.kz/memleket/entities/mfa/press/news/details/7\nPublished: 2025-11-12\n\n"
OWN_VOICE = [
    (
        THREAD_PAGE,
        "In Brussels I signed a memorandum on raw materials with Commissioner Stephane Sejourne.",
        {(frozenset({"MNG", "EU"}), "signed")},
    ),
    (
        THREAD_PAGE,
        "Minister Kenji Ota of Japan and I held a first round of negotiations on a partnership between our two "
        "countries.",
        {(frozenset({"MNG", "JPN"}), "negotiating")},
    ),
    (
        KAZ_PAGE,
        "The briefing was held in Kazakh and Russian.\n\nWe expect our roadmap with Japan to be approved in May.",
        {(frozenset({"KAZ", "JPN"}), "planned")},
    ),
    (
        KAZ_PAGE,
        "Consultations with the Korean side on tungsten processing are continuing.",
        {(frozenset({"KAZ", "KOR"}), "negotiating")},
    ),
]


@pytest.mark.parametrize(("page", "text", "expected"), OWN_VOICE)
def test_round37_own_voice(page: str, text: str, expected: set) -> None:
    sheet = extract_pages([text], "round37-voice", page)[text]
    assert {(frozenset(a["parties"]), a["status"]) for a in sheet["agreements"]} == expected


CONTROLS = [
    ("Guinea lifted the suspension of export permits for bauxite on 1 May.", {("GIN", ("bauxite",), "lifted")}),
    ("Guinea refused to lift the suspension of export permits for bauxite.", {("GIN", ("bauxite",), "suspended")}),
    (
        "Under the decree of the Council of Ministers of Laos, from 1 March potash may be exported without "
        "restriction.",
        {("LAO", ("potash",), "lifted")},
    ),
    ("Traders asked whether, from 1 March, Lao potash may be exported without restriction.", set()),
    (
        "Cobalt hydroxide from Zambia may be exported only under a permit issued by the ministry.",
        {("ZMB", ("cobalt",), "in_force")},
    ),
    (
        "If the senate passes the bill, cobalt hydroxide from Zambia may be exported only under a permit.",
        {("ZMB", ("cobalt",), "announced")},
    ),
    ("What are the rules for chromite?", set()),
    (
        "What are the effects of Zimbabwe's ban on lithium ore exports, which took effect in 2022?",
        {("ZWE", ("lithium",), "in_force")},
    ),
]


@pytest.fixture(scope="module")
def control_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in CONTROLS], "round37-controls")


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_round37_controls(control_sheets: dict, text: str, expected: set) -> None:
    facts = control_sheets[text]["export_controls"]
    assert {(c["country"], tuple(sorted(c["minerals"])), c["status"]) for c in facts} == expected


SHARES = [
    (
        "| Share of world nickel mining, 2024 | Indonesia mined about 59% of the world's nickel. |",
        {("IDN", "mines", "nickel", 59.0)},
    ),
    (
        "She said Chile and Peru together mined almost 40 percent of the world's copper, and that Congo, a fast "
        "riser, now mined about 12 percent.",
        {("COD", "mines", "copper", 12.0)},
    ),
    ("Indian refineries produce about a fifth of the world's zinc.", {("IND", "refines", "zinc", 20.0)}),
    (
        "Australia mines about half of the world's lithium,[3] and Chile refines about 30% of the world's lithium.[4]",
        {("AUS", "mines", "lithium", 50.0), ("CHL", "refines", "lithium", 30.0)},
    ),
    (
        "World mine production of cobalt, 2024 (share of world total)\n\nCountry | Output | Share of world\n"
        "Congo | 170 | 74%\nIndonesia | 28 | 12%",
        {("COD", "mines", "cobalt", 74.0), ("IDN", "mines", "cobalt", 12.0)},
    ),
    ("One Korean-backed group, Posco, accounts for about a tenth of world nickel supply.", set()),
]


@pytest.fixture(scope="module")
def share_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in SHARES], "round37-shares")


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_round37_shares(share_sheets: dict, text: str, expected: set) -> None:
    facts = share_sheets[text]["production_shares"]
    assert {(s["country"], s["activity"], s["mineral"], s["share_percent"]) for s in facts} == expected


HANSARD_PAGE = "Official Report\nSource: https://www.parliament.gh/docs/hansard/9\nPublished: 2025-07-17\n\n"
PEOPLE = [
    (
        HANSARD_PAGE,
        "The House met at 10 a.m.\nMADAM SPEAKER (Rt Hon. Efua Mensah-Bonsu) in the Chair.\n\n"
        'Mr Yaw Owusu-Ansah (Minority): "The ore still leaves!"',
        {("Efua Mensah-Bonsu", "Speaker"), ("Yaw Owusu-Ansah", "Member of Parliament")},
    ),
    (
        "Market wrap\nSource: https://www.minesdaily.com/wrap/3\nPublished: 2025-07-17\n\n",
        "An official report released on Monday forecast a copper deficit.\n\n"
        'Dr Mei Tanaka (Sumitomo): "Prices will rise."',
        set(),
    ),
]


@pytest.mark.parametrize(("page", "text", "expected"), PEOPLE)
def test_round37_people(page: str, text: str, expected: set) -> None:
    sheet = extract_pages([text], "round37-people", page)[text]
    assert {(p["name"], p["role"]) for p in sheet["people"]} == expected
