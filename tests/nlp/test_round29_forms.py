"""Round 29: a title split from its name between a fronted phrase and the subject (either side may hold the
name); a name particle the parser reads as a noun root ('van [den] Broek') or as the verb's auxiliary ('Maria [do]
Carmo'), also when the model tags the name's words as an organisation or a place; the name after a title that the
parser hung on the fronted phrase's own name (cases with other states, names and wordings than the CheckList
templates; read on a news page and on a government's page, whose state must not join)."""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_pages

GOVERNMENT_PAGE = (
    "Ministry of Mines release\nSource: https://www.minerals.gov.bw/news/release\nPublished: 2025-03-02\n\n"
)

SPLIT_SIGNERS = [
    (
        "This afternoon, in a meeting with Prime Minister Farid bin Osman, Chile's Deputy Minister Rosa Mamani and "
        "Belgium's Minister of Economy, Energy and Climate Jan-Willem van der Berg signed a memorandum on cobalt.",
        {frozenset({"CHL", "BEL"})},
    ),
    (
        "Kenya's Cabinet Secretary Grace Wanjiru and Portugal's Minister of Environment Maria do Rosário Lopes "
        "signed a framework on lithium.",
        {frozenset({"KEN", "PRT"})},
    ),
    (
        "During talks with President Ahmed Nasser, Vietnamese Trade Minister Tran Van Long and Polish Finance "
        "Minister Anna Kowalska concluded a graphite partnership.",
        {frozenset({"VNM", "POL"})},
    ),
    (
        "On the sidelines of a visit by President Hamid Karimov, Peru's Minister of Production and Trade, Gabriela "
        "Quispe do Amaral, has also signed an agreement on zinc with Finland.",
        {frozenset({"PER", "FIN"})},
    ),
    (
        "Ghana's Minister of Lands and Chile's Minister of Mining Aurora Williams signed a memorandum on copper.",
        {frozenset({"GHA", "CHL"})},
    ),
    (
        "During a visit by President Ahmed Nasser, Vietnamese Trade Minister Tran Van Long and Polish Finance "
        "Minister Anna Kowalska did not sign a graphite partnership.",
        set(),
    ),
]


@pytest.fixture(scope="module")
def news_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in SPLIT_SIGNERS], "round29-news")


@pytest.fixture(scope="module")
def government_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in SPLIT_SIGNERS], "round29-gov", head=GOVERNMENT_PAGE)


@pytest.mark.parametrize(("text", "expected"), SPLIT_SIGNERS)
def test_split_signers_on_a_news_page(news_sheets: dict[str, dict], text: str, expected: set) -> None:
    assert {frozenset(a["parties"]) for a in news_sheets[text]["agreements"]} == expected


@pytest.mark.parametrize(("text", "expected"), SPLIT_SIGNERS)
def test_split_signers_on_a_government_page(government_sheets: dict[str, dict], text: str, expected: set) -> None:
    """The publishing government (Botswana) signs none of them."""
    assert {frozenset(a["parties"]) for a in government_sheets[text]["agreements"]} == expected


CONTROLS = [
    (
        "Peru has made the export of indium, germanium and tellurium, and of alloys containing them, subject to a "
        "licence.",
        {("PER", "indium", "in_force"), ("PER", "germanium", "in_force"), ("PER", "tellurium", "in_force")},
    ),
    (
        "Namibian President Nangolo Haufiku said that exports of unprocessed lithium ore would end on July 1, 2028.",
        {("NAM", "lithium", "announced")},
    ),
    (
        "Shipments of raw chromite will cease in 2027, Zimbabwe's mines ministry said.",
        {("ZWE", "chromium", "announced")},
    ),
    ("Zimbabwe said exports of chromite will end in 2027 when the last mine closes.", set()),
    ("Exports of raw chromite ended in 2019 when the last mine in Zimbabwe closed.", set()),
    (
        "The cobalt notice came a week after Tokyo tightened its rules on exports of lithography equipment and "
        "photoresists to Korea.",
        set(),
    ),
    ("Chile is considering restrictions on exports of lithium carbonate.", set()),
    ("Chile will consider restricting exports of lithium carbonate next year.", set()),
    ("Chile restricted exports of lithium carbonate in 2024.", {("CHL", "lithium", "in_force")}),
    (
        "The new royalty rates for cobalt announced by Zambia in the budget do not affect export permits.",
        set(),
    ),
]

SHARES = [
    (
        "Brazil ships most of its ore to Japan, where smelters refine about a third of the world's niobium.",
        {("JPN", "niobium", 33.0)},
    ),
    (
        "Kenya is the region's largest producer of titanium, mining about 7 per cent of the world's supply.",
        {("KEN", "titanium", 7.0)},
    ),
    (
        "Ghana is West Africa's biggest manganese producer, but the region as a whole supplies only about 8 per cent "
        "of the world's mined manganese.",
        set(),
    ),
]


@pytest.fixture(scope="module")
def fact_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in CONTROLS + SHARES], "round29-facts")


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_controls(fact_sheets: dict[str, dict], text: str, expected: set) -> None:
    got = {(c["country"], m, c["status"]) for c in fact_sheets[text]["export_controls"] for m in c["minerals"]}
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), SHARES)
def test_shares(fact_sheets: dict[str, dict], text: str, expected: set) -> None:
    got = {(s["country"], s["mineral"], s["share_percent"]) for s in fact_sheets[text]["production_shares"]}
    assert got == expected


COMPANIONS = [
    (
        "Signatories of the Andes Copper Pact alongside Chile, signed on Monday: Peru, Bolivia and Ecuador.",
        {frozenset({"CHL", "PER", "BOL", "ECU"})},
    ),
    (
        "Signatories of the Andes Copper Pact, signed on Monday: Peru, Bolivia and Ecuador.",
        {frozenset({"PER", "BOL", "ECU"})},
    ),
    (
        "Canada and Gabon are negotiating a partnership that would give Canadian firms access to Gabonese manganese, "
        "alongside a peace process between Kinshasa and Kigali that Ottawa is mediating.",
        {frozenset({"CAN", "GAB"})},
    ),
]


@pytest.fixture(scope="module")
def companion_sheets() -> dict[str, dict]:
    return extract_pages([t for t, _ in COMPANIONS], "round29-companions")


@pytest.mark.parametrize(("text", "expected"), COMPANIONS)
def test_companions_of_sets_and_processes(companion_sheets: dict[str, dict], text: str, expected: set) -> None:
    assert {frozenset(a["parties"]) for a in companion_sheets[text]["agreements"]} == expected
