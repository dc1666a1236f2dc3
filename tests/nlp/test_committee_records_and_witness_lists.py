"""Round 54 (news67): committee records, witness lists, listed measures and their goods.

One row per construction, with near misses beside each: a that-clause of advice and a report's recommendation item
are no deal, though a background fact they carry stands; 'no agreement ... had been proposed or discussed' denies
the talks; talks abandoned 'and would not be revived' lapsed; a state 'not a party to it' is no party; a singular
'it' stands for no coordination; a fund a sum is received from is no instrument; a measure in a colon list names
its own goods; a measure word modifying another is no second measure; a member or coordinated phrase the parser
hangs on the verb is the measure's goods; a destination is no owner; a past clause of time in a question is fact;
a halt after an accident, a yes/no question on an indefinite measure and permits firms received are no measures;
'its refiners handled ... of output' refines; a witness list's body after the title decides public or private.
"""

from __future__ import annotations

import pytest

from tests.nlp.agreement_cases import extract_pages, extract_table

HOUSE_HEAD = "Hearing summary\nSource: https://naturalresources.house.gov/news/1\nPublished: 2024-12-12\n\n"

AGREEMENTS = [
    ("The Committee recommends that the Government of Canada open negotiations with Finland on a cobalt agreement.",
     set()),
    ("The Committee noted that the Government of Canada signed a memorandum of understanding with Finland in 2022.",
     {(("CAN", "FIN"), "existing")}),
    ("Recommendation 5\n\nThat the Government of Canada seek a memorandum of understanding with Finland on "
     "geological data.", set()),
    ("That the Government of Canada, in cooperation with the Republic of Korea, with which it signed a memorandum "
     "on critical minerals supply chains in 2022, support joint processing ventures.", {(("CAN", "KOR"), "existing")}),
    ("We also ask that the negotiations on the Australia-European Union Free Trade Agreement, which resumed in June, "
     "include a chapter on critical minerals.", {(("AUS", "EU"), "negotiating")}),
    ("Estonia signed a declaration with Latvia in 2024, but the ministry said that no agreement with Washington had "
     "been proposed or discussed.", {(("EST", "LVA"), "existing")}),
    ("Exploratory talks between Canada and China on a free trade agreement had been abandoned in 2017 and would not "
     "be revived.", {(("CAN", "CHN"), "lapsed")}),
    ("Talks between Canada and China on a free trade agreement opened in 2023 and have not concluded.",
     {(("CAN", "CHN"), "negotiating")}),
    ("A peace agreement between the DRC and Rwanda was signed in Washington on 27 June; the United States is not a "
     "party to it.", {(("COD", "RWA"), "signed")}),
    ("He recalled that Denmark and the United States signed a defence agreement in 2023, and said that Washington "
     "regarded the minerals agreement it had signed with Ukraine in 2024 as a model.",
     {(("DNK", "USA"), "existing"), (("UKR", "USA"), "existing")}),
    ("The factory received EUR 18.7 million from the EU Just Transition Fund.", set()),
]  # fmt: skip

CONTROLS = [
    ("Witnesses described three measures abroad: China's licensing regime on gallium and germanium, in place since "
     "August 2023; the licences that Beijing has required since April 2025 for seven rare earths; and the "
     "suspension of cobalt exports that the Congolese authorities imposed in February.",
     {("CHN", "gallium", "in_force"), ("CHN", "germanium", "in_force"), ("CHN", "rare earths", "in_force"),
      ("COD", "cobalt", "in_force")}),
    ("The export licences for seven rare earths, among them samarium and terbium, that China introduced in April "
     "2025 still apply.",
     {("CHN", "rare earths", "in_force"), ("CHN", "samarium", "in_force"), ("CHN", "terbium", "in_force")}),
    ("China's licensing requirements on gallium, in force since August 2023, and on graphite, in force since "
     "December 2023, have lengthened delivery times.",
     {("CHN", "gallium", "in_force"), ("CHN", "graphite", "in_force")}),
    ("China notified licensing requirements on the export of gallium with effect from August 2023, on certain "
     "graphite products from December 2023 and on antimony from September 2024.",
     {("CHN", "gallium", "in_force"), ("CHN", "graphite", "in_force"), ("CHN", "antimony", "in_force")}),
    ("The Summit noted the prohibition by Namibia of the export of unprocessed lithium and graphite ores; and the "
     "suspension of cobalt exports by the Democratic Republic of the Congo.",
     {("NAM", "lithium", "in_force"), ("NAM", "graphite", "in_force"), ("COD", "cobalt", "in_force")}),
    ("China introduced export licences for antimony in 2024. The licence requirements for antimony still apply to "
     "all destinations, including Sweden.", {("CHN", "antimony", "in_force")}),
    ("One Member asked whether Greenland would follow suit after Beijing banned exports of gallium to the United "
     "States on 3 December.", {("CHN", "gallium", "in_force")}),
    ("Shipments of iron ore pellets through Narvik were halted for several days after a derailment.", set()),
    ("Indonesia halted nickel ore exports after floods in Sulawesi.", {("IDN", "nickel", "in_force")}),
    ("Senator SMITH: Has Australia looked at an export restriction on unprocessed spodumene of its own?", set()),
    ("Namibia has banned exports of lithium ore since 2023. In Indonesia the ban on copper concentrate has been "
     "relaxed for two producers, which received six-month export permits in March.",
     {("NAM", "lithium", "in_force"), ("IDN", "copper", "eased")}),
]  # fmt: skip

SHARES = [
    ("China accounted for about 98 percent of world gallium production, and its refiners handled close to 60 "
     "percent of germanium output.", {("CHN", "gallium", "produces", 98.0), ("CHN", "germanium", "refines", 60.0)}),
    ("Brazil holds about 23% of world rare earth reserves and answers for around 90% of world niobium production.",
     {("BRA", "rare earths", "reserves", 23.0), ("BRA", "niobium", "produces", 90.0)}),
    ("Indonesian output, a by-product of nickel processing, has grown to close to 10% of the world's cobalt "
     "production.", {("IDN", "cobalt", "produces", 10.0)}),
]  # fmt: skip

PEOPLE = [
    ("Witnesses:\n\n- Mr. Tobias Aldana, Associate Director for Mineral Resources, U.S. Geological Survey\n"
     "- Ms. Kerry Moffat, Vice President for Government Affairs, Redstone Antimony Corp.",
     {("Tobias Aldana", "USA")}),
    ("Witnesses:\n\n- Ms. Siti Rahmawati, Vice President for Government Affairs, Borealis Lithium", set()),
    ("Dr. Aino Virtanen (Research Director, Geological Survey of Finland) appeared by videoconference.",
     {("Aino Virtanen", "FIN")}),
    ("Dr. Aino Virtanen (Research Director, Kestrel Mining) appeared by videoconference from Finland.", set()),
    ("For further information: Marcus Teale, Company Secretary, +61 8 6100 4420", set()),
]  # fmt: skip

ROLES = [
    ("Department of Industry of Australia: Ms Felicity Rourke, Deputy Secretary, Resources and Strategy Division; "
     "Mr Anand Raman, General Manager, Critical Minerals Office",
     {("Felicity Rourke", "Deputy Secretary, Resources and Strategy Division"),
      ("Anand Raman", "General Manager, Critical Minerals Office")}),
    ("Report of the Standing Committee on Natural Resources of Canada. [Chair: Ms. Mélanie Thibault, MP]\n\nThe "
     "Committee heard evidence on graphite.", {("Mélanie Thibault", "Chair")}),
    ("James Litinsky, MP's chairman and chief executive, said the plant would open in 2027.", set()),
    ("The memorandum was signed by Korea's First Vice Minister of Trade, Industry and Resources, Mr. Yoon Seo-jin.",
     {("Yoon Seo-jin", "First Vice Minister of Trade, Industry and Resources")}),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    texts = [t for t, _ in AGREEMENTS + CONTROLS + SHARES + PEOPLE + ROLES]
    return extract_table(texts, "committee")


@pytest.mark.parametrize("text,expected", AGREEMENTS, ids=range(len(AGREEMENTS)))
def test_advice_denials_and_outsiders(sheets, text, expected):
    assert {(tuple(sorted(a["parties"])), a["status"]) for a in sheets[text]["agreements"]} == expected


def test_department_working_through_a_partnership_is_its_states():
    text = (
        "Deputy Assistant Secretary Whitcombe told the Subcommittee that the Department had been working through the "
        "Minerals Security Partnership, whose members include Sweden and Finland, to finance projects."
    )
    sheet = extract_pages([text], "house", head=HOUSE_HEAD)[text]
    assert ("FIN", "SWE", "USA") in {tuple(sorted(a["parties"])) for a in sheet["agreements"]}


@pytest.mark.parametrize("text,expected", CONTROLS, ids=range(len(CONTROLS)))
def test_listed_measures_goods_and_non_measures(sheets, text, expected):
    got = {(c["country"], m, c["status"]) for c in sheets[text]["export_controls"] for m in c["minerals"]}
    assert got == expected


@pytest.mark.parametrize("text,expected", SHARES, ids=range(len(SHARES)))
def test_share_activity_in_the_numbers_own_clause(sheets, text, expected):
    got = {(s["country"], s["mineral"], s["activity"], s["share_percent"]) for s in sheets[text]["production_shares"]}
    assert got == expected


@pytest.mark.parametrize("text,expected", PEOPLE, ids=range(len(PEOPLE)))
def test_witness_list_bodies(sheets, text, expected):
    assert {(p["name"], p["country"]) for p in sheets[text]["people"]} == expected


@pytest.mark.parametrize("text,expected", ROLES, ids=range(len(ROLES)))
def test_listed_titles_and_office_labels(sheets, text, expected):
    assert {(p["name"], p["role"]) for p in sheets[text]["people"]} == expected
