"""Officials named in signature, letterhead and contact blocks, and in apposition forms of official prose.

Every name is invented.  Blocks go through ingestion (``read_text_as_article``),
since the line breaks that pair a name with its title must survive it.
"""

from __future__ import annotations

import pytest

from cmkg.nlp.extract import extract_many
from cmkg.nlp.ingest import read_text_as_article
from tests.nlp.test_people import assert_official

HEADER = "A story\nSource: https://example.org/x\nPublished: 2025-06-01\n\n"

BLOCKS = [
    # signature block: the state comes from the 'For the Government of X' opener
    ("Chile and Kenya signed a memorandum on lithium.\n\nFor the Government of the Republic of Chile\n"
     "Aurelia Quintanar Vidal\nMinister of Mining\n\nFor the Government of the Republic of Kenya\n"
     "Wanjiru Kamau-Otieno\nCabinet Secretary for Mining",
     "Wanjiru Kamau-Otieno", "Cabinet Secretary for Mining", "KEN"),
    # 'Signed:' list: honorifics before the name, the country after the title's last comma
    ("We agreed to map supply chains.\n\nSigned:\n\nSenator the Hon Dara Whitcombe\n"
     "Minister for Trade and Tourism, Australia\n\nShri Anand Raghunathan\nMinister of Commerce and Industry, India",
     "Anand Raghunathan", "Minister of Commerce and Industry", "IND"),
    # family name first in capitals
    ("We agreed to map supply chains.\n\nSigned:\n\nTAKEDA Haruto\nMinister of Economy, Trade and Industry, Japan",
     "TAKEDA Haruto", "Minister of Economy, Trade and Industry", "JPN"),
    # letterhead: post-nominals after the name; a surname that is also a title word
    ("The Rt Hon Elspeth Bishop MP\nSecretary of State for Business and Trade, United Kingdom\n\n"
     "The United Kingdom will fund a lithium refinery.", "Elspeth Bishop", "Secretary of State for Business and Trade",
     "GBR"),
    # an opener line ending in a colon is still a block line: the name stays on its own line
    ("Both sides signed the memorandum.\n\nFor the Government of the Republic of Ghana:\nKwabena Asante-Mensah\n"
     "Minister of Lands and Natural Resources", "Kwabena Asante-Mensah", "Minister of Lands and Natural Resources",
     "GHA"),
    # a letterhead set in capitals: the honorific and post-nominals mark a name whose surname is a title word
    ("THE HON ROSALIND KING MP\nMINISTER FOR TRADE, NEW ZEALAND\n\nNew Zealand will fund a nickel refinery.",
     "Rosalind King", "Minister for Trade", "NZL"),
    ("SENATOR THE HON TOBIAS MARSHALL-CHIEF\nMINISTER FOR INDUSTRY, AUSTRALIA\n\nAustralia will fund a plant.",
     "Tobias Marshall-Chief", "Minister for Industry", "AUS"),
    # contact block: the title line comes first
    ("Indonesia will review copper permits in December.\n\nHead of the Bureau of Communication and Cooperation\n"
     "Rahmat Wibisono", "Rahmat Wibisono", "Head of the Bureau of Communication and Cooperation", "IDN"),
]  # fmt: skip

PROSE = [
    # post-nominals after an apposed name; the title before it keeps the role
    ("Australia's Minister for Resources, the Honourable Cressida Vane MP, welcomed the deal.",
     "Cressida Vane", "Minister for Resources", "AUS"),
    # a title apposed before a nobility title
    ("The energy minister, Prince Faisal bin Turki Al-Rashed, said Saudi Arabia would not restrict exports.",
     "Faisal bin Turki Al-Rashed", "Energy Minister", None),
    # lowercase apposed titles with portfolios, and 'Director General'
    ("Indonesia's coordinating minister for maritime affairs and investment, Budi Santosa Wirawan, said the ban "
     "would stay.", "Budi Santosa Wirawan", "Coordinating Minister for Maritime Affairs and Investment", "IDN"),
    ('"The ore stays here," Director General of Mineral and Coal Tri Sulistyo Hadi told reporters in Indonesia.',
     "Tri Sulistyo Hadi", "Director General of Mineral and Coal", "IDN"),
    # a serial comma inside the portfolio list, the country at the end of the title
    ("The meeting was chaired by Corwin T. Halloway, Under Secretary of State for Economic Growth, Energy, and the "
     "Environment of the United States.", "Corwin T. Halloway", "Environment", "USA"),
    # 'in the presence of' opens no apposition: the title before the name stands
    ("The Memorandum was signed by the Assistant Secretary of State for Energy Resources of the United States, "
     "Dorian K. Fell, in the presence of Philippine Ambassador Luzviminda Ocampo.", "Dorian K. Fell",
     "Assistant Secretary of State for Energy Resources", "USA"),
    # the delegation a person leads is the state they serve
    ("The meeting was chaired by Argentina. The delegation of Brazil was led by the Minister of Mines and Energy, "
     "Joaquim Tavares Neto.", "Joaquim Tavares Neto", "Minister of Mines and Energy", "BRA"),
    # a relative clause gives the office; 'who' marks a person the model missed
    ("Norwegian exports of nickel will be reviewed, said Ingrid Solvang Aas, who heads the Norwegian mining ministry.",
     "Ingrid Solvang Aas", "Mining Ministry", "NOR"),
    # title abbreviations with case: 'PM', 'FM', 'USTR'
    ("Indian PM Arvind Kulkarni and Japanese FM Haruka Tsuda discussed rare earths at 3 PM.", "Haruka Tsuda",
     "Foreign Minister", "JPN"),
    # the office in parentheses after the name, the country after its comma
    ("Pilar Ortega Ruizvaldo (Minister of Energy, Chile) spoke at the forum.", "Pilar Ortega Ruizvaldo",
     "Minister of Energy", "CHL"),
    # a visitor is no official of the host: the untitled office goes to the other country
    ("Egypt and Thailand agreed on Thursday to deepen cooperation on graphite. Minister of Solid Minerals "
     "Development Tran Thi Thu Hanh visited Bangkok to sign the deal.", "Tran Thi Thu Hanh",
     "Minister of Solid Minerals Development", "EGY"),
    # a private-sounding title in a state agency is a public office
    ('"We will not go back," ARECOMS chairman Kabasele Mwamba Ilunga said.', "Kabasele Mwamba Ilunga", "Chairman",
     "COD"),
    # a junta is a government body (round 22)
    ("Mali's military government has moved closer to Russia. Colonel Amadou Keita, who heads the junta, has said "
     "Mali's gold should serve its own development first.", "Amadou Keita", "Head of Junta", "MLI"),
]  # fmt: skip

NOT_OFFICIALS = [
    '"No mine here," said Milena Petrović, a spokeswoman for the environmental group Zeleni Talas, on Monday.',
    "Rhoswen Kealey, head of metals research at Brisbane-based consultancy Coral Sea Analytics, said prices rose.",
    '"A menu, not a meal," said Lucinda Ferraz, director of the Toronto-based think tank Resource Futures Institute.',
    "Media contact: Odette Crane, Head of Investor Relations, +61 8 5550 0142",
    "Prices will rise, said Dana Whitlow-Reyes, who heads the consultancy Ore Insights.",
    # a clause on the body says what it does, not what it is (round 22)
    "Marta Lindqvist, who heads a think tank that studies the junta, said Mali would sell more gold.",
    # a signatory for a firm under a 'For X:' opener holds no public office, whatever the page's state
    "The refinery loan was signed today.\n\nFor Meridian Harbour Bank:\nTobias Okonjo-Lind\nHead of Resources Finance",
    "The offtake was signed today.\n\nFor Kestrel Lithium Ltd\nSunniva Aaltonen\nDirector of Operations",
    # a capitalised letterhead line with an honorific and no name names no one
    "THE HON MEMBER FOR KALGOORLIE\nOFFICE OF THE PREMIER\n\nThe state will fund a lithium plant.",
]


@pytest.fixture(scope="module")
def sheets():
    texts = [row[0] for row in BLOCKS + PROSE] + NOT_OFFICIALS
    arts = [read_text_as_article(HEADER + t, f"b{i}.txt") for i, t in enumerate(texts)]
    return dict(zip(texts, extract_many(arts), strict=True))


@pytest.mark.parametrize("text,name,role,country", BLOCKS + PROSE, ids=range(len(BLOCKS + PROSE)))
def test_official_with_role_and_country(sheets, text, name, role, country):
    assert_official(sheets[text], name, role, country)


@pytest.mark.parametrize("text", NOT_OFFICIALS, ids=range(len(NOT_OFFICIALS)))
def test_no_official(sheets, text):
    assert sheets[text]["people"] == [], sheets[text]["people"]


def test_block_lines_survive_ingestion_and_wrapped_prose_does_not():
    block = read_text_as_article(HEADER + "For the Government of Chile\nAurelia Quintanar\nMinister of Mining", "a.txt")
    prose = read_text_as_article(HEADER + "Chile signed a memorandum\nwith Kenya on Monday.", "b.txt")
    assert block.body == "For the Government of Chile\nAurelia Quintanar\nMinister of Mining"
    assert prose.body == "Chile signed a memorandum with Kenya on Monday."


# a page dump of a parliamentary answer: the office line above the bracketed name is kept with it
ANSWER_PAGE = (
    "GOVERNMENT OF INDIA\nMINISTRY OF STEEL\nLOK SABHA\nUNSTARRED QUESTION NO. 2210\nANSWERED ON 04.08.2025\n\n"
    "NICKEL SUPPLIES FROM ABROAD\n\n2210. SHRIMATI R. K. ANANTHALAKSHMI:\n"
    "Will the Minister of STEEL be pleased to state:\n(a) whether the Government has signed agreements on nickel;\n\n"
    "ANSWER\n\nTHE MINISTER OF STATE FOR STEEL\n(SHRI B. N. VARADARAJAN)\n\n"
    "(a) Yes, Sir. The Ministry has signed a Memorandum of Understanding with Indonesia on nickel supplies this year."
)


def test_parliamentary_answer_page_names_asker_and_minister():
    sheet = next(extract_many([read_text_as_article(ANSWER_PAGE, "answer.txt")]))
    people = {p["name"]: (p["role"], p["country"]) for p in sheet["people"]}
    assert people == {
        "R. K. Ananthalakshmi": ("Member of Parliament", "IND"),
        "B. N. Varadarajan": ("Minister of State for Steel", "IND"),
    }
