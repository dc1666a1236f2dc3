"""Round 52 (news65): elided instruments, defined terms, labels, plural titles with places, restated packages.

One row per construction, with near misses beside each: 'the one with C' coordinated with an instrument is a
second instrument; what leaves an instrument as it stands is no side of it; initials a bracket defines in quotes
name the instrument, so 'the two sides ... under the AFA' are its signers; two coordinated 'by' phrases are both
agents; what a labelling verb calls its object is no instrument; a grouping whose members the text listed stands
for them later; a plural title before a list is every name's, each with its own place; a bundle of measures named
again is its first mention's state's; a negative subject denies a measure; numbered state headings own their
section's officials; a contact line's places are no actors.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.extract import extract_many
from cmkg.nlp.ingest import read_text_as_article
from tests.nlp.agreement_cases import extract_table

AGREEMENTS = [
    ("Kenya's Free Trade Agreement with Peru, in force since 2014, and the one with Vietnam, in force since 2019, "
     "remain the basis of its commercial relations with its two largest buyers of copper.",
     {(("KEN", "PER"), "existing"), (("KEN", "VNM"), "existing")}),
    ("Kenya's Free Trade Agreement with Peru, in force since 2014, remains the basis of its relations with its "
     "largest buyer of copper.", {(("KEN", "PER"), "existing")}),
    ("Kenya's trade minister said the new partnership does not affect the Trade Promotion Agreement with Peru, in "
     "force since 2012, which remains the framework of the country's main commercial relation.",
     {(("KEN", "PER"), "existing")}),
    ('Kenya and Peru signed their Advanced Framework Agreement (the "AFA") on Monday.\n\nVietnam has banned exports '
     "of raw nickel ore since 2020.\n\nInvestors should note that the two sides have agreed to a future dialogue on "
     "raw materials under the AFA.", {(("KEN", "PER"), "signed"), (("KEN", "PER"), "announced")}),
    ('Kenya and Peru signed their Advanced Framework Agreement (the "AFA") on Monday. The AFA was signed in Lima by '
     "Kenya's Trade Minister, Amina Otieno, and by Peru's Foreign Minister, Luis Paredes. It replaces the 2002 "
     "Association Agreement.", {(("KEN", "PER"), "signed")}),
    ("Kenya and Peru signed a memorandum on copper on Monday. The memorandum, which the Government defines as a "
     "Letter of Intent and not as a treaty, identifies lithium as a priority.", {(("KEN", "PER"), "signed")}),
    ("The European Union and the four Mercosur States, Argentina, Brazil, Paraguay and Uruguay, signed a partnership "
     "agreement on Monday. Mercosur also signed a memorandum on lithium with Japan on Tuesday.",
     {(("ARG", "BRA", "EU", "PRY", "URY"), "signed"), (("ARG", "BRA", "JPN", "PRY", "URY"), "signed")}),
    ("Mercosur signed a memorandum on lithium with Japan on Tuesday.", set()),
]  # fmt: skip

CONTROLS = [
    ("1. On 9 October, Kenya's Ministry of Commerce published a package of announcements on export controls.\n\n"
     "2. Peru has ended its suspension of copper exports.\n\nKenya's October package\n\nThe package requires "
     "licences for exports of gallium from 8 November.",
     {("KEN", "gallium", "announced"), ("PER", "copper", "lifted")}),
    ("Peru banned exports of copper concentrate in May.\n\nBrussels challenged the measure at the WTO.\n\nThe "
     "measure also covers exports of molybdenum.", {("PER", "copper", "in_force"), ("PER", "molybdenum", "in_force")}),
    ("These are fiscal disciplines; none of the Parties currently bans or licenses the export of lithium.", set()),
    ("Neither government permits exports of lithium ore, officials said.", set()),
    ("No exports of raw cobalt are permitted in Zambia.", {("ZMB", "cobalt", "in_force")}),
]  # fmt: skip

PEOPLE = [
    ("The governors of the three lithium provinces, Raúl Jalil of Catamarca, Gerardo Morales of Jujuy and Gustavo "
     "Sáenz of Salta, took part in the meeting in Argentina.",
     {("Raúl Jalil", "Governor of Catamarca", "ARG"), ("Gerardo Morales", "Governor of Jujuy", "ARG"),
      ("Gustavo Sáenz", "Governor of Salta", "ARG")}),
    ("The foreign ministers of the two countries, Amina Otieno of Kenya and Luis Paredes of Peru, met in Hanoi.",
     {("Amina Otieno", "Foreign Minister of Kenya", "KEN"), ("Luis Paredes", "Foreign Minister of Peru", "PER")}),
    ("In Poland, the governors of the two cobalt provinces, Olena Kovalchuk and Sofia Rahman, took part in the "
     "meeting.", {("Olena Kovalchuk", "Governor of the Two Cobalt Provinces", "POL"),
                  ("Sofia Rahman", "Governor of the Two Cobalt Provinces", "POL")}),
    ('"We want factories," said Bolivia\'s Vice Minister of High Technology Energies, Wilfredo Condori Salinas, after '
     "the signing.", {("Wilfredo Condori Salinas", "Vice Minister of High Technology Energies", "BOL")}),
    ("The President of the People's Republic of China, Xi Jinping, received the delegation in Beijing.",
     {("Xi Jinping", "President of the People's Republic of China", "CHN")}),
    ("The Minister of Chile Kwame Osei, Ana Perez and Xu Li met in Lima.",
     {("Kwame Osei", "Minister of Chile", "CHL")}),
]  # fmt: skip

SECTIONED = (
    "Latin America mining update\nSource: https://www.northgatelaw.ca/insights/latam-update\nPublished: 2024-07-20\n\n"
    "1. Argentina: the incentive regime becomes law\n\nThe regime gives projects above US$200 million thirty years of "
    "tax stability, and the Secretary of Mining, Luis Lucero, has said the provinces keep their powers.\n\n"
    "2. Chile: the salt flats\n\nThe Minister of Mining, Aurora Williams, has stated that other salt flats will be "
    "offered to private investors through a public process.\n\n"
    "Contacts: Johanna Brandt (Brussels), Emeka Okafor (London). This alert does not constitute legal advice."
)


@pytest.fixture(scope="module")
def sheets():
    texts = [t for t, _ in AGREEMENTS + CONTROLS + PEOPLE]
    return extract_table(texts, "elided")


@pytest.mark.parametrize("text,expected", AGREEMENTS, ids=range(len(AGREEMENTS)))
def test_agreement_sets(sheets, text, expected):
    assert {(tuple(sorted(a["parties"])), a["status"]) for a in sheets[text]["agreements"]} == expected


@pytest.mark.parametrize("text,expected", CONTROLS, ids=range(len(CONTROLS)))
def test_restated_packages_and_denying_subjects(sheets, text, expected):
    got = {(c["country"], m, c["status"]) for c in sheets[text]["export_controls"] for m in c["minerals"]}
    assert got == expected


@pytest.mark.parametrize("text,expected", PEOPLE, ids=range(len(PEOPLE)))
def test_plural_titles_places_and_portfolios(sheets, text, expected):
    assert {(p["name"], p["role"], p["country"]) for p in sheets[text]["people"]} == expected


def test_numbered_state_headings_own_their_officials_and_contact_lines_name_no_actor():
    sheet = next(extract_many([read_text_as_article(SECTIONED, "sectioned.txt")]))
    people = {p["name"]: p["country"] for p in sheet["people"]}
    assert people == {"Luis Lucero": "ARG", "Aurora Williams": "CHL"}
    assert "GBR" not in sheet["countries"] and "EU" not in sheet["countries"]
