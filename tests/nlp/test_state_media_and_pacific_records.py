"""Round 55 (news68): state-agency reports and Pacific governments' records.

One row per construction, with near misses beside each: a definite text noun adopted by named states is an
instrument; 'a similar document with B' is another of the kind just named; 'such memoranda' with a coordinated
subject takes the last instrument's partner, one each, but not in a generic remark; a state set off from its verb is
its subject; sideless talks beside 'A and B discussed' are theirs; a named A-B instrument keeps its pair; 'never
entered into force' lapsed, 'not yet' did not; signers in a 'by' phrase of a signing; two 'between' pairs in one
coordination; a named zone in a place phrase is no instrument, a dashed pair's trade zone is; a state's supply ban
to a named state is an export ban, a firm's halt is not; a split auxiliary hung on a higher verb; a measure in a
phrase governed by its own relative clause; a lifted hold on shipments, not talks on hold or a hold only talked
about; an export ban 'from A' hung on the verb; capitalised plural titles, 'responsible for' portfolios and an
official in an absolute 'with' clause; a share inside a 'where' clause on a state, not on a firm, a province or the
country's own economy.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_table

AGREEMENTS = [
    ("Following the summit, the leaders discussed transport links. The document, which covers energy and critical "
     "raw materials, was adopted by Kazakhstan, Tajikistan, Uzbekistan and the EU.",
     {(("EU", "KAZ", "TJK", "UZB"), "announced")}),
    ("Following the summit, the leaders discussed transport links. The document was discussed by experts from "
     "Kazakhstan and Tajikistan.", set()),
    ("Uzbekistan already has a memorandum of understanding with the European Union, signed in 2024, and Kazakhstan "
     "has had a similar document with Brussels since 2022.",
     {(("EU", "UZB"), "existing"), (("EU", "KAZ"), "existing")}),
    ("Uzbekistan already has a memorandum of understanding with the European Union on raw materials. The Tajik and "
     "Kyrgyz sides expressed interest in concluding such memoranda.",
     {(("EU", "UZB"), "existing"), (("EU", "TJK"), "planned"), (("EU", "KGZ"), "planned")}),
    ("The UAE signed an economic partnership agreement with Kenya in January, and its trade minister has described "
     "minerals as a core part of such deals.", {(("ARE", "KEN"), "existing")}),
    ("Azerbaijan, for its part, signed with the United States a memorandum on establishing a working group.",
     {(("AZE", "USA"), "signed")}),
    ("Tajikistan and the United States discussed cooperation on minerals, although talks on a memorandum are "
     "continuing.", {(("TJK", "USA"), "negotiating")}),
    ("Tajikistan and the United States discussed cooperation on minerals, while talks on a memorandum with Japan are "
     "continuing.", {(("JPN", "TJK"), "negotiating")}),
    ("Australia's critical minerals cooperation with Japan, under the Japan-Australia Critical Minerals Partnership "
     "of 2022, and with India, under the Australia-India Critical Minerals Investment Partnership, will continue.",
     {(("AUS", "JPN"), "existing"), (("AUS", "IND"), "existing")}),
    ("Japan has pursued similar cooperation with other partners, including the Japan-Australia Critical Minerals "
     "Partnership concluded in October 2022 and cooperation on critical raw materials with the European Union.",
     {(("AUS", "JPN"), "existing")}),
    ("The CPTPP replaced the original Trans-Pacific Partnership, which New Zealand signed with the United States in "
     "2016, but which never entered into force after the United States withdrew in 2017.",
     {(("NZL", "USA"), "lapsed")}),
    ("New Zealand signed the Trans-Pacific Partnership with Chile in 2016, but it has not yet entered into force.",
     {(("CHL", "NZL"), "existing")}),
    ("Leaders welcomed the signing of the Treaty establishing the Pacific Resilience Facility by Tonga, Tuvalu, Nauru "
     "and Palau at the margins of the meeting.", {(("NRU", "PLW", "TON", "TUV"), "signed")}),
    ("Leaders noted the Nukualofa Compact between Australia and Tuvalu and the Nakamarra Treaty between Australia and "
     "Nauru as bilateral arrangements.", {(("AUS", "TUV"), "existing"), (("AUS", "NRU"), "existing")}),
    ("Companies in the US-Japan Trade Zone will pay no tariff on lithium hydroxide.", {(("JPN", "USA"), "existing")}),
    ("The document was discussed by Brazil and Chile, but no decision was taken.", set()),
    ("Indonesia has a nickel deal with Japan. Analysts in Malaysia and Thailand said such deals harm local "
     "smelters.", {(("IDN", "JPN"), "existing")}),
    ("Nauru, which sponsors one of the contractors that pioneered nodule exploration in the Clarion-Clipperton Zone, "
     "has not signed any agreement with Washington.", set()),
]  # fmt: skip

CONTROLS = [
    ("In December 2024 China banned the supply of antimony, gallium and germanium to the United States.",
     {("CHN", "antimony", "in_force"), ("CHN", "gallium", "in_force"), ("CHN", "germanium", "in_force")}),
    ("In December 2024 Indonesia banned the sale of nickel ore to domestic smelters below a floor price.", set()),
    ("The Prime Minister reminded the guest that neighbouring China has, since February, subjected exports of "
     "tungsten and indium to licensing.", {("CHN", "tungsten", "in_force"), ("CHN", "indium", "in_force")}),
    ("He said Kazakhstan will keep its market open for all partners, in contrast to the licensing of tungsten "
     "exports that China introduced in February.", {("CHN", "tungsten", "in_force")}),
    ("At the same meeting, the Solomon Islands Cabinet lifted the hold placed in January on shipments of nickel ore "
     "from the Kolosori project.", {("SLB", "nickel", "lifted")}),
    ("The Cabinet of Solomon Islands put talks on nickel ore shipments on hold in January.", set()),
    ("Foreign Minister Penny Wong said the hold on lithium shipments to China was a matter for companies.", set()),
    ("Korea Zinc stopped the supply of germanium to Japan after an accident at its Onsan smelter.", set()),
    ("China Northern Rare Earth halted supplies of neodymium to Japan after a fire at its Baotou plant.", set()),
    ("The National Executive Council has approved a policy which will prohibit the export of unprocessed nickel ore "
     "from Papua New Guinea from 1 January 2028.", {("PNG", "nickel", "announced")}),
]  # fmt: skip

PEOPLE = [
    ("The Foreign Ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov, initialled the text.",
     {("Ararat Mirzoyan", "ARM"), ("Jeyhun Bayramov", "AZE")}),
    ("Washington has issued an order on seabed minerals.\n\nNew Zealand, the Cook Islands' partner in free "
     "association, paused its funding in June, with Foreign Minister Winston Peters saying Wellington had not been "
     "consulted.", {("Winston Peters", "NZL")}),
]  # fmt: skip

ROLES = [
    ("Fiji's Minister responsible for mining and energy, Mr. Jone Usamate, explained the decision.",
     {("Jone Usamate", "Minister Responsible for Mining and Energy")}),
    ("Fiji's minister of mining, Mr. Jone Usamate, explained the decision.",
     {("Jone Usamate", "Minister of Mining")}),
]  # fmt: skip

SHARES = [
    ("Leaders noted the economic situation in New Caledonia, where the nickel sector, which accounts for about 6 per "
     "cent of global nickel mining, has been hit by low prices.", {("NCL", "nickel", "mines", 6.0)}),
    ("Leaders noted the economic situation in the region, where the nickel sector, which accounts for about 6 per "
     "cent of global nickel mining, has been hit by low prices.", set()),
    ("Competition is fierce in Chile, where SQM, which produces about 20 per cent of the world's lithium, holds key "
     "leases.", set()),
    ("Fires broke out in Western Australia, where the lithium sector, which accounts for about half of global "
     "lithium mining, is concentrated.", set()),
    ("Strikes spread in Chile, where the copper sector, which accounts for about 10 per cent of economic output, is "
     "unionised.", set()),
    ("Chile's copper sector accounts for about 10 per cent of national output.", set()),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    texts = [t for t, _ in AGREEMENTS + CONTROLS + PEOPLE + ROLES + SHARES]
    return extract_table(texts, "pacific")


@pytest.mark.parametrize("text,expected", AGREEMENTS, ids=range(len(AGREEMENTS)))
def test_documents_compared_instruments_and_named_pairs(sheets, text, expected):
    assert {(tuple(sorted(a["parties"])), a["status"]) for a in sheets[text]["agreements"]} == {
        (tuple(sorted(p)), s) for p, s in expected
    }


@pytest.mark.parametrize("text,expected", CONTROLS, ids=range(len(CONTROLS)))
def test_supply_bans_split_auxiliaries_and_holds(sheets, text, expected):
    got = {(c["country"], m, c["status"]) for c in sheets[text]["export_controls"] for m in c["minerals"]}
    assert got == expected


@pytest.mark.parametrize("text,expected", PEOPLE, ids=range(len(PEOPLE)))
def test_plural_titles_and_absolute_speakers(sheets, text, expected):
    assert {(p["name"], p["country"]) for p in sheets[text]["people"]} == expected


@pytest.mark.parametrize("text,expected", ROLES, ids=range(len(ROLES)))
def test_responsible_for_portfolios(sheets, text, expected):
    assert {(p["name"], p["role"]) for p in sheets[text]["people"]} == expected


@pytest.mark.parametrize("text,expected", SHARES, ids=range(len(SHARES)))
def test_share_in_a_where_clause_on_a_state(sheets, text, expected):
    got = {(s["country"], s["mineral"], s["activity"], s["share_percent"]) for s in sheets[text]["production_shares"]}
    assert got == expected
