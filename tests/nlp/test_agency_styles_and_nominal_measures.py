"""Round 53 (news66): state agencies' styles, measures told as nouns, split lists and bare titles.

One row per construction, with near misses beside each: 'the Kingdom' on a state's own page is that state; the
content of an instrument agreed 'on' is the instrument; a relative clause after a list of states is on all of
them; a fund that signs instruments is no instrument; an agent's list the parser cut after its first state is
whole again; a visit's destination past its article is the other side; a bare title beside a named office is the
official the story gave it; 'the prohibition by A of ...' and 'the suspension of X exports by B' are A's and B's;
an 'including' list of states on a subject owns the measure; a distributive 'each' leaves the share verb a verb;
an import share is no share; styles are no part of a name; a title holds no other person's name; a royal style
gives way to the office apposed after the name; an agency's dateline ends in a colon or names bare initials.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.dateline import find_dateline
from cmkg.nlp.extract import extract_many
from cmkg.nlp.ingest import read_text_as_article
from tests.nlp.agreement_cases import extract_pages, extract_table

AGENCY_HEAD = "Ministry news\nSource: https://www.spa.gov.sa/en/N1\nPublished: 2026-01-14\n\n"
NEWS_HEAD = "Minerals update\nSource: https://www.harbourledger.com/news/minerals\nPublished: 2026-01-14\n\n"

PAGES = [
    (AGENCY_HEAD, "The Minister received the delegation in Riyadh. The Kingdom and the Republic of Ghana agreed, for "
     "their part, on the main elements of a framework agreement on bauxite.", {(("GHA", "SAU"), "announced")}),
    (NEWS_HEAD, "The Minister received the delegation on Monday. The Kingdom and the Republic of Ghana agreed, for "
     "their part, on the main elements of a framework agreement on bauxite.", set()),
    (AGENCY_HEAD, "The Minister also referred to the memoranda of understanding signed in December 2023 on the "
     "occasion of the visit of His Majesty the King to the United Arab Emirates.", {(("ARE", "SAU"), "existing")}),
]  # fmt: skip

AGREEMENTS = [
    ("Washington has moved to finance new mines with allies, among them Australia and Japan, with which it signed "
     "critical minerals frameworks in October.", {(("AUS", "USA"), "existing"), (("JPN", "USA"), "existing")}),
    ("Washington has moved to finance new mines with Australia, with which it signed a critical minerals framework "
     "in October.", {(("AUS", "USA"), "existing")}),
    ("The Kenya Development Fund also signed development loan agreements with several African countries.", set()),
    ("The Bank is among the signatories of the memorandum of understanding on the corridor signed in Accra by "
     "Ghana, the European Union, Togo, the Republic of Benin and Niger, together with a regional finance body.",
     {(("BEN", "EU", "GHA", "NER", "TGO"), "signed")}),
    ("The memorandum was signed in Accra by Ghana, with the support of Togo.", set()),
]  # fmt: skip

GHANA_HEAD = "Ministry news\nSource: https://www.mines.gov.gh/news/1\nPublished: 2026-01-14\n\n"
STORY = (
    "The Agreement was signed by the President of the Republic, Head of State, His Excellency Kwame Mensah Boateng, "
    "and by the President of Peru, Lucía Quispe Mamani, in Lima.\n\nOn the same day, in the presence of "
    "President Quispe Mamani, the Head of State and the President of the Republic of Togo, Essozimna Adjo, signed "
    "the Lomé Accords for Peace, which commit the two countries to a framework for integration."
)

CONTROLS = [
    ("The Summit noted the prohibition by the Republic of Zimbabwe of the export of raw lithium ore, in force since "
     "December 2022, and the suspension of cobalt exports by the Republic of Zambia, which remains in effect.",
     {("ZWE", "lithium", "in_force"), ("ZMB", "cobalt", "in_force")}),
    ("The Summit noted the prohibition by Namibia of the export of unprocessed lithium and cobalt ores and the "
     "suspension of cobalt exports by the Republic of Zambia.",
     {("NAM", "lithium", "in_force"), ("NAM", "cobalt", "in_force"), ("ZMB", "cobalt", "in_force")}),
    ("The minister said several producers, including Zimbabwe and Namibia, now prohibit exports of unprocessed "
     "lithium ore.", {("ZWE", "lithium", "in_force"), ("NAM", "lithium", "in_force")}),
    ("Several firms, including Nordvik Metals and Andes Ore, halted exports of cobalt after a fire.", set()),
]  # fmt: skip

SHARES = [
    ("Guinea and Australia each mine about a quarter of the world's bauxite.",
     {("GIN", "bauxite", 25.0), ("AUS", "bauxite", 25.0)}),
    ("Guinea mines nearly 30 percent of world bauxite, and China takes more than 70 percent of its imported bauxite "
     "from Guinea.", {("GIN", "bauxite", 30.0)}),
]  # fmt: skip

PEOPLE = [
    ("The Minister of Mines of Ghana, His Excellency Kofi Adjei Mensah, signed the decree.",
     {("Kofi Adjei Mensah", "Minister of Mines of Ghana", "GHA")}),
    ("The memorandum was signed for Bahrain by the Minister of Industry, HE Abdulla bin Adel Rahimi, on Monday.",
     {("Abdulla bin Adel Rahimi", "Minister of Industry", "BHR")}),
    ("The meeting was held in the presence of President Amara Koroma of Ghana, President Ingrid Halvorsen of Norway "
     "and President Tupac Huanca of Peru.",
     {("Amara Koroma", "President", "GHA"), ("Ingrid Halvorsen", "President", "NOR"),
      ("Tupac Huanca", "President", "PER")}),
    ("In Manama, His Royal Highness Prince Faisal bin Khalid Al Nuaimi, Crown Prince and Prime Minister, received "
     "the delegation from Bahrain's partners.",
     {("Faisal bin Khalid Al Nuaimi", "Crown Prince and Prime Minister", "BHR")}),
    ("In Windhoek, the Executive Director in the Ministry of Mines of Namibia, Ms. Ndapewa Shilongo, said the "
     "talks went well.", {("Ndapewa Shilongo", "Executive Director in the Ministry of Mines of Namibia", "NAM")}),
]  # fmt: skip

DATELINES = [
    ("Manama, Sept. 23 (BNA): The Kingdom of Bahrain signed a memorandum.", ("Manama", "BNA")),
    ("Riyadh, January 14, 2026, SPA -- The Minister chaired the roundtable.", ("Riyadh", "SPA")),
    ("Doha: The State of Qatar signed a memorandum.", ("Doha", None)),
    ("Summary: The State of Qatar signed a memorandum.", None),
    ("China: Beijing added gallium to its export control list.", None),
]  # fmt: skip


@pytest.fixture(scope="module")
def sheets():
    return extract_table([t for t, _ in AGREEMENTS + CONTROLS + SHARES + PEOPLE], "agency")


@pytest.mark.parametrize("head,text,expected", PAGES, ids=range(len(PAGES)))
def test_state_pages_styles_and_visits(head, text, expected):
    sheet = extract_pages([text], "page", head=head)[text]
    assert {(tuple(sorted(a["parties"])), a["status"]) for a in sheet["agreements"]} == expected


@pytest.mark.parametrize("text,expected", AGREEMENTS, ids=range(len(AGREEMENTS)))
def test_agreement_sets(sheets, text, expected):
    assert {(tuple(sorted(a["parties"])), a["status"]) for a in sheets[text]["agreements"]} == expected


def test_bare_title_beside_named_office_is_the_story_official():
    sheet = next(extract_many([read_text_as_article(GHANA_HEAD + STORY, "story.txt")]))
    sets = {tuple(sorted(a["parties"])) for a in sheet["agreements"]}
    assert ("GHA", "TGO") in sets
    assert ("PER", "TGO") not in sets


@pytest.mark.parametrize("text,expected", CONTROLS, ids=range(len(CONTROLS)))
def test_nominal_measures_and_listed_owners(sheets, text, expected):
    got = {(c["country"], m, c["status"]) for c in sheets[text]["export_controls"] for m in c["minerals"]}
    assert got == expected


@pytest.mark.parametrize("text,expected", SHARES, ids=range(len(SHARES)))
def test_distributed_and_import_shares(sheets, text, expected):
    got = {(s["country"], s["mineral"], s["share_percent"]) for s in sheets[text]["production_shares"]}
    assert got == expected


@pytest.mark.parametrize("text,expected", PEOPLE, ids=range(len(PEOPLE)))
def test_styles_lists_and_royal_titles(sheets, text, expected):
    assert {(p["name"], p["role"], p["country"]) for p in sheets[text]["people"]} == expected


@pytest.mark.parametrize("text,expected", DATELINES, ids=range(len(DATELINES)))
def test_agency_datelines(text, expected):
    found = find_dateline([text])
    assert (None if found is None else (found.place, found.agency)) == expected


def test_longer_ministry_name_is_not_the_gazetteer_body():
    text = (
        "Doha: Qatar and Mozambique signed a memorandum on graphite. It was signed on behalf of the Qatari side by "
        "Undersecretary of the Ministry of Commerce and Industry H.E. Mr. Nasser Al-Mansouri."
    )
    sheet = next(extract_many([read_text_as_article(NEWS_HEAD + text, "qna.txt")]))
    assert {tuple(sorted(a["parties"])) for a in sheet["agreements"]} == {("MOZ", "QAT")}
    assert "CHN" not in sheet["countries"]
