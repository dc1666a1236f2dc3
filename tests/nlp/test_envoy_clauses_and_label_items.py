"""Round 50 (news63): partner envoys, time asides, exceptions, label items, unnamed holders and styled names.

One row per construction, with near misses beside each: a partner's own envoy in a relative clause makes nothing,
so the reporter is the other side; a truce that only dates someone's paperwork has no parties; an exception names
the one instrument a denial leaves; a goods label with a control noun continues a list of measures; 'one country'
holds no named state's share; 'the Most Hon.' is a style, 'wa' a particle of a name.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table

AGREEMENTS = [
    ("Officials in Kinshasa have said that talks with Washington on a minerals partnership, which Massad Boulos, the "
     "US senior adviser for Africa, has discussed on several visits, are progressing.",
     {(("COD", "USA"), "negotiating")}),
    ("Officials in Lima have said that talks with Tokyo on a minerals partnership, which Japan's envoy Sato Kenji has "
     "discussed, are progressing.", {(("JPN", "PER"), "negotiating")}),
    ("Ghana signed a memorandum with Peru on Monday.\n\nBeijing's licence approvals are slowing again after the "
     "truce, traders said.", {(("GHA", "PER"), "signed")}),
    ("Chile's trade minister said there is no equivalent instrument with Canada beyond the free trade agreement in "
     "force since 1997.", {(("CAN", "CHL"), "existing")}),
    ("Chile's trade minister said there is no instrument with Canada at all.", set()),
    ("Tajikistan is in talks with Chinese buyers on offtake, a commercial matter rather than a government agreement.",
     set()),
    ("Zambia's partnership with the EU, signed alongside an identical one with Kinshasa, is producing finance.",
     {(("EU", "ZMB"), "signed")}),
    ("Tonga and Nauru issued a joint statement on seabed minerals on Monday.", set()),
    ("Tonga welcomed the joint statement issued with Nauru on 6 May, in which the two Governments agreed to share "
     "regulatory experience.", {(("NRU", "TON"), "announced")}),
    ("Conakry and Abu Dhabi have opened talks on a settlement, though neither government has confirmed them.",
     {(("ARE", "GIN"), "negotiating")}),
]  # fmt: skip

DEALS = (
    "Japan and Australia have each signed critical minerals frameworks with the United States since October, and "
    "both governments describe them as insurance against a breakdown of the truce."
)

CONTROLS = [
    ("China banned exports of gallium to the United States in 2024.\n\nAntimony: licences since September 2024.",
     {("CHN", "gallium", "in_force"), ("CHN", "antimony", "in_force")}),
    ("China suspended its ban on exports of gallium to the United States for a year.\n\n* Graphite: licences also "
     "suspended.", {("CHN", "gallium", "suspended"), ("CHN", "graphite", "suspended")}),
    ("China banned exports of gallium to the United States in 2024.\n\nCobalt: prices up 5% this week.",
     {("CHN", "gallium", "in_force")}),
    ("Guinea revoked the permit of one refiner. Port agents said the measure targets one company's permit, not "
     "bauxite exports as such.", set()),
    ("Under the new regulations, no nodules or any product containing cobalt may be exported from Tonga without a "
     "licence.", {("TON", "cobalt", "in_force")}),
]  # fmt: skip

SHARES = [
    ("Tonga notes that demand for nickel continues to grow, with one country now producing more than half of the "
     "world's mined nickel.", set()),
    ("Today one country, China, refines about 90 percent of the world's rare earths.",
     {("CHN", "rare earths", "refines", 90.0)}),
    ("Brazil holds about 23% of the world's rare-earth reserves, according to the figures the Ministry of Mines and "
     "Energy uses, second only to China, which holds roughly 49%.",
     {("BRA", "rare earths", "reserves", 23.0), ("CHN", "rare earths", "reserves", 49.0)}),
]  # fmt: skip

STYLED = "Prime Minister, the Most Hon. Andrew Holness, said on Monday that Jamaica welcomes the renewed interest."
PARTICLE = "ARECOMS director-general Marie-Claire Nsimba wa Kalala said the first permits would be issued within days."
CONVENTION = (
    "Tonga will act under the United Nations Convention on the Law of the Sea and the International Seabed "
    "Authority's rules."
)


@pytest.fixture(scope="module")
def sheets():
    texts = [t for t, _ in AGREEMENTS + CONTROLS + SHARES] + [DEALS, STYLED, PARTICLE, CONVENTION]
    return extract_table(texts, "envoys")


@pytest.mark.parametrize("text,expected", AGREEMENTS, ids=range(len(AGREEMENTS)))
def test_agreement_sets(sheets, text, expected):
    assert {(tuple(sorted(a["parties"])), a["status"]) for a in sheets[text]["agreements"]} == expected


def test_a_truce_in_another_clause_leaves_the_frameworks_deals_with_the_us(sheets):
    assert sorted(sheets[DEALS]["deals_with_usa"]) == ["AUS", "JPN"]


@pytest.mark.parametrize("text,expected", CONTROLS, ids=range(len(CONTROLS)))
def test_label_items_and_set_against_goods(sheets, text, expected):
    got = {(c["country"], m, c["status"]) for c in sheets[text]["export_controls"] for m in c["minerals"]}
    assert got == expected


@pytest.mark.parametrize("text,expected", SHARES, ids=range(len(SHARES)))
def test_share_holders_and_activities(sheets, text, expected):
    got = {(s["country"], s["mineral"], s["activity"], s["share_percent"]) for s in sheets[text]["production_shares"]}
    assert got == expected


def test_graded_honourable_is_a_style(sheets):
    assert [(p["name"], p["role"]) for p in sheets[STYLED]["people"]] == [("Andrew Holness", "Prime Minister")]


def test_wa_joins_a_family_name(sheets):
    assert [p["name"] for p in sheets[PARTICLE]["people"]] == ["Marie-Claire Nsimba wa Kalala"]


def test_a_convention_named_after_a_grouping_is_no_act_of_it(sheets):
    assert sheets[CONVENTION]["organizations"] == ["International Seabed Authority"]
